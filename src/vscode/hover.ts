import * as vscode from 'vscode';
import type { AnalysisCache } from './cache';
import { hoverAt } from './model/hover';
import { hostProfile } from './profile';

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
