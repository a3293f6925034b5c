/** Commands: layer toggles, document commands and next/previous claim or quote navigation. */
import * as vscode from 'vscode';
import type { AnalysisCache } from './cache';
import { ARTICLE_LANGUAGE } from './config';
import { LAYERS, type Layer } from './model/settings';
import { stepIndex, sortedByStart } from './model/lookup';
import type { Span } from '../core/types';

/** Toggle commands: one per layer and a master switch, each flipping its setting. */
export function registerToggles(cache: AnalysisCache): vscode.Disposable {
  const flip = async (key: string, current: boolean, what: string) => {
    await vscode.workspace.getConfiguration('articleLens').update(key, !current, vscode.ConfigurationTarget.Global);
    void vscode.window.setStatusBarMessage(`Article Lens: ${what} ${current ? 'off' : 'on'}`, 2500);
  };
  const name: Record<Layer, string> = { quotes: 'Quotes', dates: 'Dates', officials: 'Officials', claims: 'Claims' };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('articleLens.toggleHighlights', () => flip('highlight.enabled', cache.currentSettings.highlight.enabled, 'all highlights')),
    ...LAYERS.map((layer) => vscode.commands.registerCommand(`articleLens.toggle${name[layer]}`,
      () => flip(`highlight.${layer}`, cache.currentSettings.highlight[layer], `${layer} highlights`))),
  );
}

/** "Treat This File as an Article", "Open Sample Article" and "Analyse Anyway". */
export function registerDocumentCommands(context: vscode.ExtensionContext, cache: AnalysisCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('articleLens.treatAsArticle', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('Open a text file first, then run "Treat This File as an Article".');
        return;
      }
      const article = await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
      await vscode.window.showTextDocument(article);
    }),
    vscode.commands.registerCommand('articleLens.openSample', async () => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(context.extensionUri, 'media', 'sample.article'));
      await vscode.window.showTextDocument(doc);
    }),
    vscode.commands.registerCommand('articleLens.analyseAnyway', () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc?.languageId === ARTICLE_LANGUAGE) void cache.analyseAnyway(doc);
    }),
  );
}

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
