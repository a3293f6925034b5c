/**
 * Quotations continued after their attribution: ""A," she said, "B."" and ""A," Doe said during a rally
 * in Flint, Mich., "but B."" — the second piece shares the first one's cue and source.
 */
import type { Quote } from '../types';
import type { TokenList } from '../people/token-list';
import { cuesFor } from '../lexicon';
import { isMarkChar } from '../quotes/marks';
import { afterQuotedTitle, FINITE } from './plan';
import { DASHES } from './shared';

const RESUME_CONJ = new Set(['but', 'and']);

/**
 * ""A," Doe said during a rally in Flint, Mich., "but B."", "…," he said, but "when …"": a quotation the
 * first one's comma left open, resumed in lower case after an adjunct of the attribution (no verb of its own).
 */
export function resumedQuote(tokens: TokenList, i: number, b: number, quotes: readonly Quote[], first: Quote): Quote | null {
  const ft = first.text;
  let k = ft.length - 1;
  while (k > 0 && isMarkChar(ft.charCodeAt(k))) k--;
  if (ft.charCodeAt(k) !== 44) return null;
  for (let j = i; j < b && j - i < 16; j++) {
    if (tokens.k(j) === 'q') {
      const q = tokens.q(j) >= 0 ? quotes[tokens.q(j)] : undefined;
      if (!q || q.kind !== 'speech' || q.start !== tokens.s(j) || j === i) return null;
      let o = 0;
      while (o < q.text.length - 1 && isMarkChar(q.text.charCodeAt(o))) o++;
      const c = q.text.charCodeAt(o);
      if (!(c >= 97 && c <= 122)) return null;
      const prev = j - 1;
      const ok = tokens.is(prev, ',') || tokens.is(prev, ':') || (RESUME_CONJ.has(tokens.l(prev)) && j - 2 >= i && tokens.is(j - 2, ','));
      return ok ? q : null;
    }
    // "N.C.", "Mich.": the period of an abbreviation
    if (tokens.k(j) === 'p' && tokens.is(j, '.') && j > i && tokens.k(j - 1) === 'w' && tokens.cap(j - 1) && tokens.e(j - 1) === tokens.s(j) && tokens.e(j - 1) - tokens.s(j - 1) <= 4) continue;
    if (tokens.k(j) === 'p' && (tokens.is(j, '.') || tokens.is(j, ';') || tokens.is(j, '?') || tokens.is(j, '!') || DASHES.has(tokens.t(j)))) return null;
    if (tokens.k(j) === 'w' && (FINITE.has(tokens.l(j)) || tokens.l(j) === 'that' || verbCue(tokens.l(j)))) return null;
  }
  return null;
}

/** A one-word finite cue verb ("said", "added"; not a participle such as "referring"). */
function verbCue(l: string): boolean {
  return !!cuesFor(l)?.some((f) => f.kind === 'verb' && f.words.length === 1 && !f.base && !l.endsWith('ing'));
}

/** ", "B."" right after an attribution: the quotation that continues the interrupted one. */
export function followingQuote(tokens: TokenList, i: number, b: number, quotes: readonly Quote[]): Quote | null {
  let j = i;
  while (j < b && j - i < 4 && tokens.k(j) === 'w' && !tokens.cap(j)) j++;
  if (j < b && (tokens.is(j, ',') || tokens.is(j, ':'))) j++;
  if (!tokens.has(j) || tokens.k(j) !== 'q' || tokens.q(j) < 0 || afterQuotedTitle(tokens, j, b) > j) return null;
  const q = quotes[tokens.q(j)];
  return q && q.kind === 'speech' && q.start === tokens.s(j) ? q : null;
}
