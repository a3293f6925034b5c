/**
 * One pass over a text's tokens that marks the few a unit scan must read: the cue candidates of
 * cuesIn(), the tokens that may set one of unitDrafts()' flags, punctuation (where contents are cut),
 * quotation marks and quoted cue words. The scans then skip the others by reading one byte each
 * instead of the token and its characters.
 */
import { auxBaseShape, claimCueShape, cueShape } from '../lexicon/cues';
import type { Token } from '../people';
import { lightShape } from './light';
import { openNounShape } from './nouns';
import { CUE_CANDIDATE, FLAG_CANDIDATE, PUNCT, QUOTE_MARK, QUOTED_CUE } from './units';

/** Fills `out[i]` with the candidate bits of token i. */
export function tokenShapes(tokens: Token[], out: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const k = t.k;
    let bits = 0;
    if (k === 'w') {
      if (t.q < 0) {
        if (claimCueShape(t) || (!t.cap && (auxBaseShape(t) || lightShape(t) || ofWord(t)))) bits = CUE_CANDIDATE;
      } else if (!t.cap && cueShape(t)) bits = QUOTED_CUE;
      if (flagShape(t.firstCode, t.lastCode, t.e - t.s)) bits |= FLAG_CANDIDATE;
    } else if (k === 's') bits = FLAG_CANDIDATE;
    else if (k === 'p') bits = t.is(':') ? PUNCT | FLAG_CANDIDATE : PUNCT;
    else if (k === 'q') bits = t.q >= 0 ? PUNCT | QUOTE_MARK : PUNCT;
    out[i] = bits;
  }
}

function ofWord(t: Token): boolean {
  return t.len === 2 && t.firstCode === 111 && (t.code(1) | 32) === 102;
}

/**
 * The word shapes unitDrafts()' flag pass asks about (a superset; `n` counts a final period): possessive
 * pronouns and "has", open speech nouns, polls, "reportedly", "known", "asked", "allegedly", the raising
 * verbs ("expected", "seem…", "appear…", "viewed", "regarded", "perceived", "considered", "deemed").
 */
function flagShape(fc: number, lc: number, n: number): boolean {
  if ((lc === 115 || lc === 114) && (fc === 104 || fc === 116 || fc === 105) && n >= 3 && n <= 6) return true;
  if (openNounShape(fc, lc, n)) return true;
  if ((fc === 112 && n >= 4 && n <= 7) || (fc === 115 && (n === 6 || n === 7))) return true;
  if ((fc === 114 && n === 10) || (fc === 107 && n === 5)) return true;
  if ((fc === 97 || fc === 115 || fc === 101) && n >= 4 && n <= 9) return true;
  return lc === 100 && n >= 6 && n <= 10;
}
