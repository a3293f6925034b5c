/**
 * Clauses around a cue that patterns.ts reads: the main clause after a parenthetical "As X said,",
 * and the opening noun phrase that is the subject of a participle cue after the clause.
 */
import type { Token } from '../people';
import { FINITE } from './inverted';
import { resolveSource, type Source, type SourceContext } from './source';

const AS_ADJUNCTS = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'later', 'just', 'today', 'yesterday', 'recently', 'previously', 'once', 'before', 'during', 'via', 'again', 'back', 'then', 'here', 'there']);

/** After the cue of "As X said …, Y": the start of Y (the token after the first comma, with no "that" or quotation before it), or `a`. */
export function asClause(tokens: Token[], from: number, b: number, a: number): number {
  // only a parenthetical "as" clause: the cue takes no object ("As Clinton talked about the economy, Trump …" is a clause of time)
  const f = tokens[from];
  if (!f || !(f.is(',') || (f.k === 'w' && !f.cap && (AS_ADJUNCTS.has(f.l) || (f.len > 4 && f.l.endsWith('ly')))))) return a;
  for (let k = from; k < b && k - from < 15; k++) {
    const t = tokens[k];
    if (t.k === 'q' || t.l === 'that' || t.is('.') || t.is(':')) return a;
    if (t.is(',')) return k + 2 < b ? k + 1 : a;
  }
  return a;
}

const SUBJECT_STARTS = new Set(['the', 'a', 'an', 'both', 'one', 'two', 'some', 'many', 'several', 'his', 'her', 'their', 'its', 'other', 'most']);

/**
 * "Both parents stiffened their denunciation of Mr. Trump, saying that …": the unit's opening noun
 * phrase (a determiner and at most four more words) before its past or finite verb, when no person or
 * organisation opens the unit.
 */
export function commonSubject(tokens: Token[], a: number, end: number, sctx: SourceContext): Source | null {
  if (!SUBJECT_STARTS.has(tokens[a].l)) return null;
  for (let j = a + 1; j < end && j - a <= 5; j++) {
    const t = tokens[j];
    if (t.k !== 'w' && t.k !== 's') return null;
    if (t.k === 's' || t.cap) continue;
    if (FINITE.has(t.l) || (t.len > 4 && t.lastCode === 100 && t.l.endsWith('ed')) || PAST_VERBS.has(t.l)) return j > a + 1 ? resolveSource(sctx, a, j) : null;
  }
  return null;
}
const PAST_VERBS = new Set(['began', 'made', 'took', 'gave', 'went', 'came', 'met', 'sent', 'wrote', 'spoke', 'held', 'led', 'brought', 'kept', 'left', 'told', 'said']);

