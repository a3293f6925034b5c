/**
 * Web extension entry (vscode.dev, code-server's web worker extension host): the same adapter, the
 * analysis in a Web Worker (`dist/webWorker.js`); the core runs on this thread only if no worker starts.
 */
import * as vscode from 'vscode';
import { activateArticleLens, type ArticleLensApi } from './activate';
import { webWorkerAnalyzer } from './webWorkerAnalyzer';

/** Wires every feature; the worker starts with the first article. */
export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webWorker.js').toString(true);
  const worker = webWorkerAnalyzer(script);
  context.subscriptions.push({ dispose: () => worker.dispose() });
  return activateArticleLens(context, async () => worker.analyze);
}

/** Nothing to do: everything is disposed through `context.subscriptions`. */
export function deactivate(): void {}
