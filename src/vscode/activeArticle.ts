import * as vscode from 'vscode';
import type { AnalysisCache, AnalysisEntry } from './cache';
import { ARTICLE_LANGUAGE } from './config';
import { TaskEmitter } from './model/taskEmitter';
import { statusText, statusTooltip } from './model/outline';
import { hostProfile } from './profile';

/**
 * The article the panels show: the active editor's document when it is an article, else the last
 * one (so focusing a panel keeps its contents). Sets the `articleLens.activeArticle` context key.
 */
export class ActiveArticle implements vscode.Disposable {
  private doc: vscode.TextDocument | undefined;
  private readonly emitter = new TaskEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires when the article changes or its analysis does; each panel refreshes in a task of its own. */
  readonly onDidChange: vscode.Event<void> = this.emitter.event;

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions = [
      { dispose: () => this.emitter.dispose() },
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.doc) this.set(undefined);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (vscode.window.activeTextEditor?.document === d) this.follow(vscode.window.activeTextEditor);
      }),
      cache.onDidChangeAnalysis((entry) => {
        if (this.doc && entry.uri.toString() === this.doc.uri.toString()) this.emitter.fire();
      }),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  /** The article document shown in the panels. */
  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  /** Its latest analysis entry (possibly one version behind while an edit is debounced). */
  get entry(): AnalysisEntry | undefined {
    if (!this.doc) return undefined;
    return this.cache.get(this.doc) ?? this.cache.peek(this.doc.uri);
  }

  /** A visible editor showing the article, preferring the active one. */
  get editor(): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (active && active.document === this.doc) return active;
    return vscode.window.visibleTextEditors.find((e) => e.document === this.doc);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId === ARTICLE_LANGUAGE) this.set(editor.document);
    else if (this.doc && this.doc.languageId !== ARTICLE_LANGUAGE) this.set(undefined);
  }

  private set(doc: vscode.TextDocument | undefined): void {
    if (doc === this.doc) return;
    this.doc = doc;
    void vscode.commands.executeCommand('setContext', 'articleLens.activeArticle', !!doc);
    // At once: the panels switch with the editor (a new analysis, in contrast, refreshes them in turns).
    this.emitter.fireNow();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

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
