import * as vscode from 'vscode';
import type { AnalysisCache } from './cache';
import { ARTICLE_LANGUAGE } from './config';
import { stepIndex, sortedByStart } from './model/lookup';
import type { Span } from '../core/types';

function step(cache: AnalysisCache, pickSpans: (a: NonNullable<ReturnType<AnalysisCache['get']>>) => readonly Span[], direction: 1 | -1, what: string): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== ARTICLE_LANGUAGE) return;
  const entry = cache.get(editor.document);
  if (!entry?.analysis) {
    void vscode.window.setStatusBarMessage(entry?.message || 'Article Lens: the article is being analysed…', 3000);
    return;
  }
  const spans = sortedByStart(pickSpans(entry));
  // From a selected claim, "previous" starts at its start and "next" at its end (not at the cursor end).
  const from = direction === 1 ? editor.selection.end : editor.selection.start;
  const i = stepIndex(spans, editor.document.offsetAt(from), direction);
  if (i < 0) {
    void vscode.window.setStatusBarMessage(`Article Lens: no ${what} in this article`, 3000);
    return;
  }
  const s = spans[i];
  selectInEditor(editor, new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end)));
}

/** Next/previous claim and quote commands (keybindings in package.json). */
export function registerNavigationCommands(cache: AnalysisCache): vscode.Disposable {
  const claims = (e: NonNullable<ReturnType<AnalysisCache['get']>>) => e.analysis?.claims ?? [];
  const quotes = (e: NonNullable<ReturnType<AnalysisCache['get']>>) => e.analysis?.quotes ?? [];
  return vscode.Disposable.from(
    vscode.commands.registerCommand('articleLens.nextClaim', () => step(cache, claims, 1, 'claims')),
    vscode.commands.registerCommand('articleLens.previousClaim', () => step(cache, claims, -1, 'claims')),
    vscode.commands.registerCommand('articleLens.nextQuote', () => step(cache, quotes, 1, 'quotes')),
    vscode.commands.registerCommand('articleLens.previousQuote', () => step(cache, quotes, -1, 'quotes')),
  );
}

/**
 * Opens a document range with it selected, keeping the focus where it is (the built-in
 * `vscode.open` command with `selection` and `preserveFocus`).
 */
export function openRangeCommand(uri: vscode.Uri, range: vscode.Range, title = 'Go to'): vscode.Command {
  const options: vscode.TextDocumentShowOptions = { selection: range, preserveFocus: true };
  return { command: 'vscode.open', title, arguments: [uri, options] };
}

/** Selects and reveals a range in an editor, centred when it is off-screen. */
export function selectInEditor(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
