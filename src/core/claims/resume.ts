/**
 * Quotations continued after their attribution: ""A," she said, "B."" and ""A," Doe said during a rally
 * in Flint, Mich., "but B."" — the second piece shares the first one's cue and source.
 */
import type { Quote } from '../types';
import type { Token } from '../people';
import { cuesFor } from '../lexicon';
import { isMarkChar } from '../quotes/marks';
import { afterQuotedTitle, FINITE } from './plan';
import { DASHES } from './shared';

const RESUME_CONJ = new Set(['but', 'and']);

/**
 * ""A," Doe said during a rally in Flint, Mich., "but B."", "…," he said, but "when …"": a quotation the
 * first one's comma left open, resumed in lower case after an adjunct of the attribution (no verb of its own).
 */
export function resumedQuote(tokens: Token[], i: number, b: number, quotes: readonly Quote[], first: Quote): Quote | null {
  const ft = first.text;
  let k = ft.length - 1;
  while (k > 0 && isMarkChar(ft.charCodeAt(k))) k--;
  if (ft.charCodeAt(k) !== 44) return null;
  for (let j = i; j < b && j - i < 16; j++) {
    const t = tokens[j];
    if (t.k === 'q') {
      const q = t.q >= 0 ? quotes[t.q] : undefined;
      if (!q || q.kind !== 'speech' || q.start !== t.s || j === i) return null;
      let o = 0;
      while (o < q.text.length - 1 && isMarkChar(q.text.charCodeAt(o))) o++;
      const c = q.text.charCodeAt(o);
      if (!(c >= 97 && c <= 122)) return null;
      const prev = tokens[j - 1];
      const ok = prev.is(',') || prev.is(':') || (RESUME_CONJ.has(prev.l) && j - 2 >= i && tokens[j - 2].is(','));
      return ok ? q : null;
    }
    // "N.C.", "Mich.": the period of an abbreviation
    if (t.k === 'p' && t.is('.') && j > i && tokens[j - 1].k === 'w' && tokens[j - 1].cap && tokens[j - 1].e === t.s && tokens[j - 1].e - tokens[j - 1].s <= 4) continue;
    if (t.k === 'p' && (t.is('.') || t.is(';') || t.is('?') || t.is('!') || DASHES.has(t.t))) return null;
    if (t.k === 'w' && (FINITE.has(t.l) || t.l === 'that' || verbCue(t.l))) return null;
  }
  return null;
}

/** A one-word finite cue verb ("said", "added"; not a participle such as "referring"). */
function verbCue(l: string): boolean {
  return !!cuesFor(l)?.some((f) => f.kind === 'verb' && f.words.length === 1 && !f.base && !l.endsWith('ing'));
}

/** ", "B."" right after an attribution: the quotation that continues the interrupted one. */
export function followingQuote(tokens: Token[], i: number, b: number, quotes: readonly Quote[]): Quote | null {
  let j = i;
  while (j < b && j - i < 4 && tokens[j].k === 'w' && !tokens[j].cap) j++;
  if (j < b && (tokens[j].is(',') || tokens[j].is(':'))) j++;
  const t = tokens[j];
  if (!t || t.k !== 'q' || t.q < 0 || afterQuotedTitle(tokens, j, b) > j) return null;
  const q = quotes[t.q];
  return q && q.kind === 'speech' && q.start === t.s ? q : null;
}
