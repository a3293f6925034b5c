import * as vscode from 'vscode';
import type { AnalysisCache } from './cache';
import { layerVisible } from './model/settings';
import { hostTasks } from './model/taskEmitter';
import { hostProfile } from './profile';
import { collectTokens, encodeTokens, flattenTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from './model/tokens';

/** The legend matching `contributes.semanticTokenTypes` / `semanticTokenModifiers`. */
export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/**
 * Semantic tokens for officials, dates, quotes and claim cues: as the analysis worker encoded them
 * (settings unchanged since), else computed from the cached analysis in three turns.
 */
export function registerSemanticTokensSupport(selector: vscode.DocumentSelector, cache: AnalysisCache): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    async provideDocumentSemanticTokens(document, token) {
      const entry = await cache.getReady(document, token);
      if (!entry?.analysis || token.isCancellationRequested) return new vscode.SemanticTokens(new Uint32Array(0));
      const prepared = cache.prepared(entry);
      if (prepared) return hostProfile.time('semantic tokens', () => new vscode.SemanticTokens(prepared.tokens));
      const settings = cache.currentSettings;
      const analysis = entry.analysis;
      // Collect, flatten, encode: each in a turn of its own (not in the task that received the
      // analysis, nor in another provider's), so a large article's tokens never hold the host at once.
      const raw = await hostTasks.run(() => hostProfile.time('semantic tokens', () => collectTokens(analysis, (layer) => layerVisible(settings, layer))));
      if (token.isCancellationRequested) return undefined;
      const flat = await hostTasks.run(() => hostProfile.time('semantic tokens', () => flattenTokens(raw.containers, raw.inner, entry.lines.text.length)));
      if (token.isCancellationRequested) return undefined;
      return hostTasks.run(() => hostProfile.time('semantic tokens', () => new vscode.SemanticTokens(encodeTokens(flat, entry.lines))));
    },
  };
  return vscode.Disposable.from(
    changed,
    cache.onDidChangeAnalysis(() => changed.fire()),
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, LEGEND),
  );
}
