/**
 * Clauses and noun phrases around a cue that patterns.ts and plan.ts read: the main clause after a
 * parenthetical "As X said,", the opening noun phrase that is the subject of a participle cue after
 * the clause, and the source after an inverted cue (""…," said the Kremlin spokesman"): a short noun
 * phrase, not a clause ("…, said the states were wrong").
 */
import type { Token } from '../people';
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

/** Irregular past forms that end the opening noun phrase (regular ones end in -ed). */
const PAST_VERBS = new Set(['began', 'made', 'took', 'gave', 'went', 'came', 'met', 'sent', 'wrote', 'spoke', 'held', 'led', 'brought', 'kept', 'left', 'told', 'said']);
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

/** Finite auxiliaries: a clause, not a noun phrase. */
export const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'must', 'did', 'does', 'do', 'may', 'might', 'shall']);

/** Words that cannot open the source after an inverted cue (""…," she said on Twitter"). */
export const NOT_SOURCE_START = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'for', 'of', 'by', 'as', 'about', 'while', 'when', 'that', 'this', 'last', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'also', 'then', 'recently', 'repeatedly', 'afterward', 'afterwards', 'sarcastically']);

const SOURCE_OPENERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'some', 'many', 'senior', 'top', 'former', 'state']);

/** "…, say the tax favours savings": a lowercase -s word between a noun and an object is a verb, not a plural ("say party officials in Ohio"). */
function presentVerb(tokens: Token[], i: number, a: number, e: number): boolean {
  if (i <= a || i + 1 >= e) return false;
  const t = tokens[i];
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  if (t.k !== 'w' || t.cap || t.len < 4 || t.lastCode !== 115 || t.l.endsWith('ss') || p.k !== 'w' || p.cap || SOURCE_OPENERS.has(p.l)) return false;
  return n.k === 'w' && !n.cap && !PREPS_AFTER_SOURCE.has(n.l);
}

const PREPS_AFTER_SOURCE = new Set(['in', 'at', 'of', 'for', 'from', 'with', 'on', 'to', 'and', 'or', 'who', 'close', 'familiar', 'involved', 'briefed']);

/** Participles that describe a source ("a source involved in", "officials briefed on", "a retired general"). */
const SOURCE_PARTICIPLES = new Set(['involved', 'briefed', 'acquainted', 'informed', 'based', 'connected', 'associated', 'affiliated', 'allied', 'aligned', 'unaligned', 'unnamed', 'unidentified', 'retired', 'elected', 'registered', 'undecided', 'concerned', 'interested', 'tied', 'linked', 'respected', 'trusted', 'seasoned']);
const ADJECTIVE_DETS = new Set(['a', 'an', 'the', 'one', 'another', 'some', 'two', 'three', 'several']);

/** A lowercase -ed word that reads as a clause's verb ("…, said Budapest opposed it"), not a source's adjective ("one unaligned strategist", "a source involved in"). */
function pastVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.k !== 'w' || t.cap || t.len <= 4 || t.lastCode !== 100 || !t.l.endsWith('ed')) return false;
  return !SOURCE_PARTICIPLES.has(t.l) && !ADJECTIVE_DETS.has(tokens[i - 1].l);
}

/** After an inverted cue (""…," said the Kremlin spokesman"): a short phrase that names a source. */
export function invertedSource(tokens: Token[], a: number, e: number, mentionStart: Int32Array): boolean {
  const t = tokens[a];
  if (NOT_SOURCE_START.has(t.l)) return false;
  // "…, said the states were wrong", "…, said Budapest opposed it": a clause, not a source
  for (let i = a; i < e; i++) if (FINITE.has(tokens[i].l) || (i > a && pastVerb(tokens, i)) || presentVerb(tokens, i, a, e)) return false;
  for (let i = a; i < e; i++) if (mentionStart[i] >= 0) return true;
  return e - a <= 8 && (t.cap || t.k === 'n' || SOURCE_OPENERS.has(t.l));
}

/** "CONTENT, as SOURCE put it": the comma before the "as" that opens the source at srcA (the end of the content), or -1. */
export function asBefore(tokens: Token[], a: number, srcA: number): number {
  const as = srcA - 1;
  if (as - 2 < a + 3 || tokens[as].l !== 'as' || tokens[as].cap) return -1;
  const p = tokens[as - 1];
  if (p.is(',') && p.q < 0) return as - 1;
  // 'a "lawful source of income," as a memo put it': the comma inside the closing quotation
  return p.k === 'q' && tokens[as - 2].is(',') ? as : -1;
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'am', '’s', "'s", 'remains', 'remained', 'seems', 'seemed', 'appears', 'appeared', 'became', 'becomes']);

/** A form of "be" before an adjective cue, "’re", or "remain" (a function of its own: a closure in plan() would cost every call a context). */
export function isBe(tokens: Token[], k: number): boolean {
  return BE_FORMS.has(tokens[k].l) || tokens[k].l === '’re' || tokens[k].l === "'re" || tokens[k].l === 'remain';
}
