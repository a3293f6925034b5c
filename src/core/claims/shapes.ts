/**
 * One pass over a text's tokens that marks the few a unit scan must read: the cue candidates of
 * cuesIn(), the tokens that may set one of unitDrafts()' flags, punctuation (where contents are cut),
 * quotation marks, quoted cue words, tokens inside quotations, the heads of "key statements". The
 * scans then skip the others by reading one byte each instead of the token and its characters.
 */
import { AUX_SHAPE, CLAIM_SHAPE, CUE_SHAPE, cueShapeBits } from '../lexicon/cues';
import type { TokenList } from '../people/token-list';
import { lightShape } from './light';
import { openNounShape } from './nouns';
import { CUE_CANDIDATE, FLAG_CANDIDATE, IN_QUOTE, KEY_HEAD, PUNCT, QUOTE_MARK, QUOTED_CUE } from './units';

/** Tokens per call of shapeRange(). */
const CHUNK = 2048;

/**
 * Fills `out[i]` with the candidate bits of token i, and `starts[i]` with its start (the same pass reads both).
 * The pass runs over ranges of CHUNK tokens: a function called many times per text is compiled once and kept,
 * where one loop over the whole text is compiled anew, while it runs, for the first few texts.
 */
export function tokenShapes(tokens: TokenList, out: Uint8Array, starts: Int32Array): void {
  for (let a = 0; a < tokens.length; a += CHUNK) shapeRange(tokens, out, starts, a, Math.min(tokens.length, a + CHUNK));
}

/** tokenShapes() over tokens [from, to). */
function shapeRange(tokens: TokenList, out: Uint8Array, starts: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    starts[i] = tokens.s(i);
    const k = tokens.k(i);
    let bits = tokens.q(i) >= 0 ? IN_QUOTE : 0;
    if (k === 'w') {
      // each word's length and letter codes are read once
      const len = tokens.len(i);
      const fc = tokens.firstCode(i);
      const lc = tokens.lastCode(i);
      const c1 = len >= 2 ? tokens.code(i, 1) : 0;
      const cue = len >= 2 && len <= 23 ? cueShapeBits(len, fc, lc, c1, tokens.code(i, len - 2)) : 0;
      const cap = tokens.cap(i);
      if (tokens.q(i) < 0) {
        if ((cue & CLAIM_SHAPE) !== 0 || (!cap && ((cue & AUX_SHAPE) !== 0 || lightShape(tokens, i) || (len === 2 && fc === 111 && (c1 | 32) === 102)))) bits |= CUE_CANDIDATE;
      } else if (!cap && (cue & CUE_SHAPE) !== 0) bits |= QUOTED_CUE;
      const n = tokens.e(i) - tokens.s(i);
      if (flagShape(fc, lc, n, len, c1 | 32)) bits |= FLAG_CANDIDATE;
      if (n >= 6 && n <= 11 && lc === 115 && fc >= 112 && fc <= 116) bits |= KEY_HEAD;
    } else if (k === 's') bits |= FLAG_CANDIDATE;
    else if (k === 'p') bits |= tokens.is(i, ':') ? PUNCT | FLAG_CANDIDATE : PUNCT;
    else if (k === 'q') bits |= tokens.q(i) >= 0 ? PUNCT | QUOTE_MARK : PUNCT;
    out[i] = bits;
  }
}

/**
 * Whether a word may set a flag of unitDrafts()' first pass: the same shape tests as that pass (a new
 * flag there needs its shape here too), without the words' strings. `n` counts a final period, `lc`
 * does not. Possessive pronouns and "has", open speech nouns, polls, "reportedly", "known", "asked",
 * "allegedly", the raising verbs ("expected", "seen", "seem…", "appear…", "viewed", "regarded",
 * "perceived", "considered", "deemed").
 */
function flagShape(fc: number, lc: number, n: number, len: number, c1: number): boolean {
  if ((lc === 115 || lc === 114) && (fc === 104 || fc === 116 || fc === 105) && (n === 3 || n === 5 || len === 3 || len === 5)) return true;
  if (openNounShape(fc, lc, n)) return true;
  if ((fc === 112 && n >= 4 && n <= 7) || (fc === 115 && (n === 6 || n === 7))) return true;
  if ((fc === 114 && n === 10) || (fc === 107 && n === 5)) return true;
  if (fc === 97 || fc === 115 || fc === 101) {
    if ((n === 5 && fc === 97) || n === 9) return true;
    return n >= 4 && n <= 8 && ((fc === 101 && c1 === 120) || (fc === 115 && c1 === 101) || (fc === 97 && c1 === 112));
  }
  if (lc !== 100 || n < 6 || n > 10) return false;
  return (fc === 118 && c1 === 105) || (fc === 114 && c1 === 101) || (fc === 112 && c1 === 101) || (fc === 99 && c1 === 111) || (fc === 100 && c1 === 101);
}

/** The first index from i (before end) whose shape has `bit`, or end: a unit scan's next token to read. */
export function nextShape(shapes: Uint8Array, bit: number, i: number, end: number): number {
  while (i < end && (shapes[i] & bit) === 0) i++;
  return i;
}
