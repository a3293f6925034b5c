import * as vscode from 'vscode';
import type { AnalysisCache } from './cache';
import { ARTICLE_LANGUAGE } from './config';
import { claimIndexAt } from './model/claimsTree';
import { layerVisible } from './model/settings';
import { hostProfile } from './profile';

/**
 * Highlights the claim under the cursor (background, border, overview ruler) — the one thing
 * semantic tokens cannot show. The decoration type is created once.
 */
export function registerCurrentClaimDecoration(cache: AnalysisCache): vscode.Disposable {
  const type = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('articleLens.currentClaimBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('articleLens.currentClaimBorder'),
    borderRadius: '2px',
    overviewRulerColor: new vscode.ThemeColor('articleLens.claimOverviewRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const shown = new Map<vscode.TextEditor, string>();
  const update = (editor: vscode.TextEditor | undefined) => hostProfile.time('current-claim decoration', () => {
    if (!editor || editor.document.languageId !== ARTICLE_LANGUAGE) return;
    const entry = cache.get(editor.document);
    let key = '';
    let ranges: vscode.Range[] = [];
    if (entry?.analysis && layerVisible(cache.currentSettings, 'claims')) {
      const i = claimIndexAt(entry.analysis, editor.document.offsetAt(editor.selection.active));
      const c = i >= 0 ? entry.analysis.claims[i] : undefined;
      if (c) {
        ranges = [new vscode.Range(editor.document.positionAt(c.start), editor.document.positionAt(c.end))];
        key = `${entry.version}:${c.start}-${c.end}`;
      }
    }
    if (shown.get(editor) === key) return;
    shown.set(editor, key);
    editor.setDecorations(type, ranges);
  });
  return vscode.Disposable.from(
    type,
    vscode.window.onDidChangeTextEditorSelection((e) => update(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const e of shown.keys()) if (!editors.includes(e)) shown.delete(e);
    }),
    cache.onDidChangeAnalysis((entry) => {
      for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === entry.uri.toString()) {
        shown.delete(e);
        update(e);
      }
    }),
  );
}
