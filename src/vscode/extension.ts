/** Desktop entry: the analysis runs in a worker thread, so large articles never block the extension host. */
import type * as vscode from 'vscode';
import { activateArticleLens, type ArticleLensApi } from './activate';
import { workerAnalyzer } from './workerAnalyzer';

export type { ArticleLensApi } from './activate';

/** Wires every feature; the worker starts with the first article. */
export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const worker = workerAnalyzer();
  context.subscriptions.push({ dispose: () => worker.dispose() });
  return activateArticleLens(context, async () => worker.analyze);
}

/** Nothing to do: everything is disposed through `context.subscriptions`. */
export function deactivate(): void {}
