/**
 * Clauses and noun phrases around a cue that patterns.ts and plan.ts read: the main clause after a
 * parenthetical "As X said,", the opening noun phrase that is the subject of a participle cue after
 * the clause, and the source after an inverted cue (""…," said the Kremlin spokesman"): a short noun
 * phrase, not a clause ("…, said the states were wrong").
 */
import type { TokenList } from '../people/token-list';
import { resolveSource, type Source, type SourceContext } from './source';

const AS_ADJUNCTS = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'later', 'just', 'today', 'yesterday', 'recently', 'previously', 'once', 'before', 'during', 'via', 'again', 'back', 'then', 'here', 'there']);

/** After the cue of "As X said …, Y": the start of Y (the token after the first comma, with no "that" or quotation before it), or `a`. */
export function asClause(tokens: TokenList, from: number, b: number, a: number): number {
  // only a parenthetical "as" clause: the cue takes no object ("As Clinton talked about the economy, Trump …" is a clause of time)
  if (!tokens.has(from) || !(tokens.is(from, ',') || (tokens.k(from) === 'w' && !tokens.cap(from) && (AS_ADJUNCTS.has(tokens.l(from)) || (tokens.len(from) > 4 && tokens.l(from).endsWith('ly')))))) return a;
  for (let k = from; k < b && k - from < 15; k++) {
    if (tokens.k(k) === 'q' || tokens.l(k) === 'that' || tokens.is(k, '.') || tokens.is(k, ':')) return a;
    if (tokens.is(k, ',')) return k + 2 < b ? k + 1 : a;
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
export function commonSubject(tokens: TokenList, a: number, end: number, sctx: SourceContext): Source | null {
  if (!SUBJECT_STARTS.has(tokens.l(a))) return null;
  for (let j = a + 1; j < end && j - a <= 5; j++) {
    if (tokens.k(j) !== 'w' && tokens.k(j) !== 's') return null;
    if (tokens.k(j) === 's' || tokens.cap(j)) continue;
    if (FINITE.has(tokens.l(j)) || (tokens.len(j) > 4 && tokens.lastCode(j) === 100 && tokens.l(j).endsWith('ed')) || PAST_VERBS.has(tokens.l(j))) return j > a + 1 ? resolveSource(sctx, a, j) : null;
  }
  return null;
}

/** Finite auxiliaries: a clause, not a noun phrase. */
export const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'must', 'did', 'does', 'do', 'may', 'might', 'shall']);

/** Words that cannot open the source after an inverted cue (""…," she said on Twitter"). */
export const NOT_SOURCE_START = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'for', 'of', 'by', 'as', 'about', 'while', 'when', 'that', 'this', 'last', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'also', 'then', 'recently', 'repeatedly', 'afterward', 'afterwards', 'sarcastically']);

const SOURCE_OPENERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'some', 'many', 'senior', 'top', 'former', 'state']);

/** "…, say the tax favours savings": a lowercase -s word between a noun and an object is a verb, not a plural ("say party officials in Ohio"). */
function presentVerb(tokens: TokenList, i: number, a: number, e: number): boolean {
  if (i <= a || i + 1 >= e) return false;
  const p = i - 1;
  const n = i + 1;
  if (tokens.k(i) !== 'w' || tokens.cap(i) || tokens.len(i) < 4 || tokens.lastCode(i) !== 115 || tokens.l(i).endsWith('ss') || tokens.k(p) !== 'w' || tokens.cap(p) || SOURCE_OPENERS.has(tokens.l(p))) return false;
  return tokens.k(n) === 'w' && !tokens.cap(n) && !PREPS_AFTER_SOURCE.has(tokens.l(n));
}

const PREPS_AFTER_SOURCE = new Set(['in', 'at', 'of', 'for', 'from', 'with', 'on', 'to', 'and', 'or', 'who', 'close', 'familiar', 'involved', 'briefed']);

/** Participles that describe a source ("a source involved in", "officials briefed on", "a retired general"). */
const SOURCE_PARTICIPLES = new Set(['involved', 'briefed', 'acquainted', 'informed', 'based', 'connected', 'associated', 'affiliated', 'allied', 'aligned', 'unaligned', 'unnamed', 'unidentified', 'retired', 'elected', 'registered', 'undecided', 'concerned', 'interested', 'tied', 'linked', 'respected', 'trusted', 'seasoned']);
const ADJECTIVE_DETS = new Set(['a', 'an', 'the', 'one', 'another', 'some', 'two', 'three', 'several']);

/** A lowercase -ed word that reads as a clause's verb ("…, said Budapest opposed it"), not a source's adjective ("one unaligned strategist", "a source involved in"). */
function pastVerb(tokens: TokenList, i: number): boolean {
  if (tokens.k(i) !== 'w' || tokens.cap(i) || tokens.len(i) <= 4 || tokens.lastCode(i) !== 100 || !tokens.l(i).endsWith('ed')) return false;
  return !SOURCE_PARTICIPLES.has(tokens.l(i)) && !ADJECTIVE_DETS.has(tokens.l(i - 1));
}

/** After an inverted cue (""…," said the Kremlin spokesman"): a short phrase that names a source. */
export function invertedSource(tokens: TokenList, a: number, e: number, mentionStart: Int32Array): boolean {
  if (NOT_SOURCE_START.has(tokens.l(a))) return false;
  // "…, said the states were wrong", "…, said Budapest opposed it": a clause, not a source
  for (let i = a; i < e; i++) if (FINITE.has(tokens.l(i)) || (i > a && pastVerb(tokens, i)) || presentVerb(tokens, i, a, e)) return false;
  for (let i = a; i < e; i++) if (mentionStart[i] >= 0) return true;
  return e - a <= 8 && (tokens.cap(a) || tokens.k(a) === 'n' || SOURCE_OPENERS.has(tokens.l(a)));
}

/** "CONTENT, as SOURCE put it": the comma before the "as" that opens the source at srcA (the end of the content), or -1. */
export function asBefore(tokens: TokenList, a: number, srcA: number): number {
  const as = srcA - 1;
  if (as - 2 < a + 3 || tokens.l(as) !== 'as' || tokens.cap(as)) return -1;
  const p = as - 1;
  if (tokens.is(p, ',') && tokens.q(p) < 0) return as - 1;
  // 'a "lawful source of income," as a memo put it': the comma inside the closing quotation
  return tokens.k(p) === 'q' && tokens.is(as - 2, ',') ? as : -1;
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'am', '’s', "'s", 'remains', 'remained', 'seems', 'seemed', 'appears', 'appeared', 'became', 'becomes']);

/** A form of "be" before an adjective cue, "’re", or "remain" (a function of its own: a closure in plan() would cost every call a context). */
export function isBe(tokens: TokenList, k: number): boolean {
  return BE_FORMS.has(tokens.l(k)) || tokens.l(k) === '’re' || tokens.l(k) === "'re" || tokens.l(k) === 'remain';
}
