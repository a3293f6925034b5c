import * as vscode from 'vscode';
import type { AnalysisCache } from './cache';
import { ARTICLE_LANGUAGE } from './config';
import { LAYERS, type Layer } from './model/settings';

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
