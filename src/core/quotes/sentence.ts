/**
 * Whether the sentence around a quote has a speech cue (said, told, according, a tweet, the phrase …):
 * a quoted word in a sentence without one is talked about, not reported as said. Bounded work per quote.
 */
import type { Span } from '../types';
import { isWhite } from './segments';
import { isMarkChar } from './marks';
import { lowerHash, WordFilter } from '../lexicon/filter';
import { MENTION_NOUNS, MORE_SPEECH_VERBS, SPEECH_AFTER, SPEECH_VERBS } from './lexicon';

/** How far (UTF-16 units) the sentence is read on each side of the quote. */
const REACH = 250;
/** Runs of quote marks passed on one side before the look stops (bounds the work in text dense with quotes). */
const MAX_MARKS = 8;

/** Speech verbs, attribution words and nouns for something said; not "as" nor "that", which are no cue alone. */
const SENTENCE_CUES = new Set([
  ...SPEECH_VERBS, ...SPEECH_AFTER, ...MORE_SPEECH_VERBS, ...MENTION_NOUNS, 'according', 'interview', 'quoted', 'quote', 'quotes',
]);
SENTENCE_CUES.delete('as');
SENTENCE_CUES.delete('that');

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** Whether the character at `i` ends a sentence: . ! ? but not the dot of Mr. or U.S. (a capitalised word of up to three letters). */
function endsSentence(text: string, i: number, floor: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46) return c === 33 || c === 63;
  let j = i;
  while (j > floor && i - j < 4 && isLetter(text.charCodeAt(j - 1))) j--;
  const c0 = text.charCodeAt(j);
  return !(i - j >= 1 && i - j <= 3 && c0 >= 65 && c0 <= 90);
}

/** The cue words in a filter probed straight from the text: a word is sliced only when the filter may hold it. */
const CUE_FILTER = new WordFilter(SENTENCE_CUES);

/** Whether text[s, e), a run of letters, is a cue word (filtered by its hash first, sliced only when it may be one). */
function isCue(text: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > 13) return false;
  return CUE_FILTER.maybe(lowerHash(text, s, e)) && SENTENCE_CUES.has(text.slice(s, e).toLowerCase());
}

/**
 * Whether the sentence holding the quote [start, end), content ending at `innerEnd`, inside paragraph
 * `para`, has a speech cue before the quote or after it (when the content does not end the sentence).
 * Sentences end at . ! ? before a space, bar the dot of a short capitalised abbreviation (Mr., U.S.).
 * One pass each way, at most REACH characters and MAX_MARKS quote marks.
 */
export function sentenceHasCue(text: string, start: number, end: number, innerEnd: number, para: Span): boolean {
  const floor = Math.max(para.start, start - REACH);
  let i = start;
  let marks = 0;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isMarkChar(c) && !isMarkChar(text.charCodeAt(i)) && ++marks > MAX_MARKS) break;
    if (isLetter(c)) {
      const e = i;
      while (i > floor && isLetter(text.charCodeAt(i - 1))) i--;
      if (isCue(text, i, e)) return true;
      continue;
    }
    if (isStop(c) && isWhite(text.charCodeAt(i)) && endsSentence(text, i - 1, floor)) break;
    i--;
  }
  let last = innerEnd - 1;
  while (last > start && (isWhite(text.charCodeAt(last)) || text.charCodeAt(last) === 44)) last--;
  if (isStop(text.charCodeAt(last))) return false;
  const ceil = Math.min(para.end, end + REACH);
  i = end;
  marks = 0;
  while (i < ceil) {
    const c = text.charCodeAt(i);
    if (isMarkChar(c) && !(i > end && isMarkChar(text.charCodeAt(i - 1))) && ++marks > MAX_MARKS) break;
    if (isLetter(c)) {
      const s = i;
      while (i < ceil && isLetter(text.charCodeAt(i))) i++;
      if (isCue(text, s, i)) return true;
      continue;
    }
    if (isStop(c) && (i + 1 >= ceil || isWhite(text.charCodeAt(i + 1))) && endsSentence(text, i, end)) break;
    i++;
  }
  return false;
}
