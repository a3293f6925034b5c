import * as vscode from 'vscode';
import { ActiveArticle, registerStatusBar } from './activeArticle';
import { AnalysisCache, type AnalyzeFn } from './cache';
import { registerClaimsView, registerCurrentClaimDecoration, type ClaimsProvider } from './claimsView';
import { registerDocumentCommands, registerNavigationCommands, registerToggles } from './commands';
import { ARTICLE_SELECTOR } from './config';
import { registerDiagnostics } from './diagnostics';
import { registerExportCommands } from './exportCommands';
import { registerHoverSupport, registerLanguageFeatures, registerSemanticTokensSupport } from './languageFeatures';
import { registerOfficialsView } from './officialsView';
import { registerTimelineView, type TimelineProvider } from './timelineView';
import type { ClaimsTreeNode } from './model/claimsTree';
import { hostProfile, type HostProfile } from './profile';

/** What `activate` returns: the Claims view and its data, for tests and other extensions. */
export interface ArticleLensApi {
  claimsView: vscode.TreeView<ClaimsTreeNode>;
  claimsProvider: ClaimsProvider;
  /** The Timeline panel's data (for tests). */
  timelineProvider: TimelineProvider;
  /** Host-side timing of each surface (read by the stall measurement). */
  profile: HostProfile;
}

/**
 * Article Lens: every surface reads one cached analysis per document version.
 * Activation only wires features; the analysis core is loaded and run when an article is first shown
 * (`loadAnalyzer`: in a worker thread on the desktop, on the extension host's thread in the browser).
 */
export function activateArticleLens(context: vscode.ExtensionContext, loadAnalyzer: () => Promise<AnalyzeFn>): ArticleLensApi {
  const cache = new AnalysisCache(loadAnalyzer);
  const active = new ActiveArticle(cache);
  const claims = registerClaimsView(active, cache);
  const timeline = registerTimelineView(active);
  context.subscriptions.push(vscode.Disposable.from(
    cache,
    active,
    registerSemanticTokensSupport(ARTICLE_SELECTOR, cache),
    registerHoverSupport(ARTICLE_SELECTOR, cache),
    registerLanguageFeatures(ARTICLE_SELECTOR, cache),
    registerCurrentClaimDecoration(cache),
    registerDiagnostics(cache),
    claims.disposable,
    registerOfficialsView(active),
    timeline.disposable,
    registerNavigationCommands(cache),
    registerExportCommands(active, cache),
    registerStatusBar(active),
    registerToggles(cache),
    registerDocumentCommands(context, cache),
  ));
  return { claimsView: claims.view, claimsProvider: claims.provider, timelineProvider: timeline.provider, profile: hostProfile };
}

