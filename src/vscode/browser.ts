/** Web extension entry (vscode.dev, code-server's browser host): the same adapter, the core on this thread. */
import type * as vscode from 'vscode';
import { activateArticleLens, type ArticleLensApi } from './activate';

/** Wires every feature; the core is loaded with the first article. */
export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  return activateArticleLens(context, async () => {
    const { analyze } = await import('../core/analyze');
    return async (text, options) => analyze(text, options);
  });
}

/** Nothing to do: everything is disposed through `context.subscriptions`. */
export function deactivate(): void {}
