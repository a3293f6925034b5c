import type { Analysis } from '../../core/types';
import { quotesInClaims } from './describe';
import type { SeveritySetting, Settings } from './settings';

/** Kinds of problem the extension reports. */
export type ProblemCode = 'unattributed-quote' | 'anonymous-source' | 'unbalanced-quote';

/** A diagnostic as plain data. */
export interface Problem {
  code: ProblemCode;
  start: number;
  end: number;
  message: string;
  severity: Exclude<SeveritySetting, 'off'>;
}

/**
 * The problems of an analysis: speech quotes nobody is named for (and that no claim carries: a
 * quote in an anonymous claim is reported once, as an anonymous source), claims from anonymous sources,
 * and quotation marks that are never closed; each kind at its configured severity, or none when "off".
 * Notices the core reports are included, without duplicates.
 */
export function collectProblems(analysis: Analysis, config: Settings['diagnostics']): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  const add = (code: ProblemCode, start: number, end: number, message: string, severity: SeveritySetting) => {
    if (severity === 'off') return;
    const key = `${code}:${start}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ code, start, end: Math.max(end, start), message, severity });
  };
  const carried = quotesInClaims(analysis);
  analysis.quotes.forEach((q, qi) => {
    if (q.unbalanced) add('unbalanced-quote', q.start, Math.min(q.end, q.start + q.open.length), `Quotation mark ${q.open} is never closed.`, config.unbalancedQuote);
    else if (q.kind === 'speech' && !q.speaker && !carried[qi]) {
      add('unattributed-quote', q.start, q.end, 'Unattributed quote: the text names no speaker for this quotation.', config.unattributedQuote);
    }
  });
  for (const c of analysis.claims) {
    if (!c.anonymous) continue;
    const span = c.source ?? c.cue ?? c;
    add('anonymous-source', span.start, span.end, `Anonymous source${c.source ? ` ("${c.source.text}")` : ''}: the claim cannot be traced to a named person.`, config.anonymousSource);
  }
  for (const n of analysis.notices) {
    if (n.code === 'unbalanced-quote') add(n.code, n.start, n.end, n.message, config.unbalancedQuote);
    else if (n.code === 'unattributed-quote') add(n.code, n.start, n.end, n.message, config.unattributedQuote);
    else if (n.code === 'anonymous-source') add(n.code, n.start, n.end, n.message, config.anonymousSource);
  }
  return out.sort((a, b) => a.start - b.start);
}
