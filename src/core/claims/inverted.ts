/**
 * The source after an inverted cue (""…," said the Kremlin spokesman"): a short noun phrase, not a
 * clause ("…, said the states were wrong").
 */
import type { Token } from '../people';

/** Finite auxiliaries: a clause, not a noun phrase. */
export const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'must', 'did', 'does', 'do', 'may', 'might', 'shall']);

/** Words that cannot open the source after an inverted cue (""…," she said on Twitter"). */
export const NOT_SOURCE_START = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'for', 'of', 'by', 'as', 'about', 'while', 'when', 'that', 'this', 'last', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'in', 'again', 'also', 'then', 'recently', 'repeatedly', 'afterward', 'afterwards', 'sarcastically']);

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
