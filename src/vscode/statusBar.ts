import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { ARTICLE_LANGUAGE } from './config';
import { statusText, statusTooltip } from './model/outline';
import { hostProfile } from './profile';

/**
 * "4 officials · 10 claims" for the active article (click: focus the Claims panel); when the
 * article was not analysed, the reason and, for the size cap, "Analyse Anyway".
 */
export function registerStatusBar(active: ActiveArticle): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('articleLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Article Lens';
  const update = () => hostProfile.time('status bar', () => {
    const editor = vscode.window.activeTextEditor;
    const entry = active.entry;
    if (!editor || editor.document.languageId !== ARTICLE_LANGUAGE || !entry || editor.document !== active.document) {
      item.hide();
      return;
    }
    if (entry.analysis) {
      item.text = `$(quote) ${statusText(entry.analysis)}`;
      item.tooltip = statusTooltip(entry.analysis);
      item.command = 'articleLens.focusPanel';
      item.backgroundColor = undefined;
    } else {
      item.text = entry.gate.kind === 'too-large' ? `$(warning) Article Lens: not analysed (${entry.gate.sizeKB} KB)` : '$(warning) Article Lens: not analysed';
      item.tooltip = entry.message;
      item.command = entry.gate.kind === 'too-large' ? 'articleLens.analyseAnyway' : undefined;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    item.show();
  });
  update();
  return vscode.Disposable.from(item, active.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
}
