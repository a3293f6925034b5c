/** The language features of article documents: semantic tokens, hovers, definition, references, highlights and the Outline. */
import * as vscode from 'vscode';
import type { AnalysisCache } from './cache';
import { definingMention, officialAt } from './model/lookup';
import { buildOutline, OUTLINE_MAX_CLAIMS, type OutlineKind } from './model/outline';
import { preparedOutline } from './model/prepared';
import { hostTasks } from './model/taskEmitter';
import { hostProfile } from './profile';
import { hoverAt } from './model/hover';
import { layerVisible } from './model/settings';
import { collectTokens, encodeTokens, flattenTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from './model/tokens';

const SYMBOL_KIND: Record<OutlineKind, vscode.SymbolKind> = {
  headline: vscode.SymbolKind.String,
  section: vscode.SymbolKind.Namespace,
  dateline: vscode.SymbolKind.Event,
  claim: vscode.SymbolKind.Key,
};

export { OUTLINE_MAX_CLAIMS };

function range(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/**
 * Go to Definition (a later mention → the full-title mention), Find All References and document
 * highlights for an official's mentions, and the Outline (headline, header, dateline, claims).
 */
export function registerLanguageFeatures(selector: vscode.DocumentSelector, cache: AnalysisCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(selector, {
      async provideDefinition(doc, pos, token) {
        const a = (await cache.getReady(doc, token))?.analysis;
        const hit = a && officialAt(a, doc.offsetAt(pos));
        const def = hit ? definingMention(hit.official) : null;
        if (!hit || !def) return undefined;
        return [{ originSelectionRange: range(doc, hit.mention.start, hit.mention.end), targetUri: doc.uri, targetRange: range(doc, def.start, def.end) }];
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      async provideReferences(doc, pos, context, token) {
        const a = (await cache.getReady(doc, token))?.analysis;
        const hit = a && officialAt(a, doc.offsetAt(pos));
        if (!hit) return undefined;
        const def = definingMention(hit.official);
        return hit.official.mentions
          .filter((m) => context.includeDeclaration || m !== def)
          .sort((x, y) => x.start - y.start)
          .map((m) => new vscode.Location(doc.uri, range(doc, m.start, m.end)));
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(selector, {
      async provideDocumentHighlights(doc, pos, token) {
        const a = (await cache.getReady(doc, token))?.analysis;
        const hit = a && officialAt(a, doc.offsetAt(pos));
        if (!hit) return undefined;
        const def = definingMention(hit.official);
        return hit.official.mentions.map((m) => new vscode.DocumentHighlight(range(doc, m.start, m.end),
          m === def ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(selector, {
      async provideDocumentSymbols(doc, token) {
        const entry = await cache.getReady(doc, token);
        const a = entry?.analysis;
        if (!entry || !a) return [];
        const prepared = cache.prepared(entry);
        if (prepared) {
          return hostTasks.run(() => hostProfile.time('outline (document symbols)', () => preparedOutline(prepared).map((item) => new vscode.DocumentSymbol(
            item.name, item.detail, SYMBOL_KIND[item.kind], new vscode.Range(...item.range), new vscode.Range(...item.nameRange)))));
        }
        return hostTasks.run(() => hostProfile.time('outline (document symbols)', () => buildOutline(a, OUTLINE_MAX_CLAIMS).map((item) => new vscode.DocumentSymbol(item.name, item.detail, SYMBOL_KIND[item.kind],
          range(doc, item.start, item.end), range(doc, item.nameStart, item.nameEnd)))));
      },
    }, { label: 'Article' }),
  );
}

/** Hovers for officials, dates, claim cues and quotes; article text is escaped, nothing is trusted. */
export function registerHoverSupport(selector: vscode.DocumentSelector, cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(document, position, token) {
      const entry = await cache.getReady(document, token);
      if (!entry?.analysis || token.isCancellationRequested) return undefined;
      const analysis = entry.analysis;
      const content = hostProfile.time('hover', () => hoverAt(analysis, document.offsetAt(position), entry.lines));
      if (!content) return undefined;
      const md = new vscode.MarkdownString(content.markdown, false);
      md.isTrusted = false;
      md.supportHtml = false;
      return new vscode.Hover(md, new vscode.Range(document.positionAt(content.start), document.positionAt(content.end)));
    },
  });
}

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
