/**
 * Quotes that stand as a heading, not as speech in the running text: a sub-head that is one quote
 * and nothing else on its paragraph (‘A really tough decision.’, – ‘Who cares?’ –, “DIVISIVE AND
 * WRONG”), and markup attribute values (tweet-date="…"). Constant work per quote.
 */
import type { Span } from '../types';
import { isWhite } from './segments';

/** Sub-heads are short: longer whole-paragraph quotes are speech. */
const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 10;

/** Dashes, bullets and asterisks that may frame a sub-head. */
function isFrame(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 42 || c === 0xb7;
}

/** Whether [a, b) holds only whitespace and the given extra characters. */
function only(text: string, a: number, b: number, extra: (c: number) => boolean): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!isWhite(c) && !extra(c)) return false;
  }
  return true;
}

/** Whether a paragraph ends with a colon (it introduces what follows: He said:). */
function endsWithColon(text: string, para: Span | undefined): boolean {
  if (!para) return false;
  let i = para.end - 1;
  while (i >= para.start && isWhite(text.charCodeAt(i))) i--;
  return i >= para.start && text.charCodeAt(i) === 58;
}

/** Whether the text has letters and none of them lower-case (ASCII and Latin-1 letters). */
function allCaps(text: string, a: number, b: number): boolean {
  let letters = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return false;
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) letters++;
  }
  return letters >= 2;
}

/**
 * Whether the closed quote [start, end) with content [innerStart, innerEnd) is a sub-head: the whole
 * paragraph `para` (bar framing dashes and a final period), short (at most ten words), not introduced
 * by a colon at the end of the paragraph before, and written in single marks (the headline
 * convention) or all capitals.
 */
export function isHeadingQuote(
  text: string, start: number, end: number, innerStart: number, innerEnd: number, para: Span, prevPara: Span | undefined,
): boolean {
  if (innerEnd - innerStart > MAX_HEADING_LENGTH) return false;
  if (!only(text, para.start, start, isFrame)) return false;
  if (!only(text, end, para.end, (c) => c === 46 || isFrame(c))) return false;
  if (endsWithColon(text, prevPara)) return false;
  let words = 1;
  for (let i = innerStart; i < innerEnd; i++) if (isWhite(text.charCodeAt(i)) && !isWhite(text.charCodeAt(i + 1))) words++;
  if (words > MAX_HEADING_WORDS) return false;
  const single = innerStart - start === 1 && (text.charCodeAt(start) === 39 || text.charCodeAt(start) === 0x2018);
  return single || allCaps(text, innerStart, innerEnd);
}

/** Whether a quote opens right after `=`: a markup attribute value (author="…"), never speech. */
export function isAttributeValue(text: string, start: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 61;
}

/** Previous non-white character code before `at` within [floor, at), or -1. */
function prevCode(text: string, at: number, floor: number): number {
  let i = at - 1;
  while (i >= floor && isWhite(text.charCodeAt(i))) i--;
  return i >= floor ? text.charCodeAt(i) : -1;
}

/** Next non-white character code from `at` within [at, ceil), or -1. */
function nextCode(text: string, at: number, ceil: number): number {
  let i = at;
  while (i < ceil && isWhite(text.charCodeAt(i))) i++;
  return i < ceil ? text.charCodeAt(i) : -1;
}

/** How far around a headline quote a speech verb is looked for (UTF-16 units before, words after). */
const HEADLINE_REACH = 100;
const HEADLINE_WORDS_AFTER = 3;

/**
 * Whether the closed quote [start, end) lies in the headline and nothing there says someone uttered
 * it: a headline capitalises every word, so a quoted phrase in it is a label, a name or a scare quote
 * (Republican ‘Unity’ Meeting; Bolton Slams ‘Neocons For Hillary’) unless a colon or a dash
 * introduces it (Trump: ‘We Will Win.’), a colon follows it (‘We are in shock’: A mosque …), or a
 * speech verb stands before it in the headline or among the three words after it (Clinton Calls
 * Violence ‘Genocide’; ‘…,’ Mr. Trump Says). `speechWord` tells whether a lower-cased word is a
 * speech verb. Constant work per quote.
 */
export function isHeadlineLabel(text: string, start: number, end: number, headline: Span, speechWord: (w: string) => boolean): boolean {
  const before = prevCode(text, start, headline.start);
  if (before === 58 || before === 45 || before === 0x2013 || before === 0x2014) return false;
  if (nextCode(text, end, headline.end) === 58) return false;
  let i = end;
  const ceil = Math.min(headline.end, end + HEADLINE_REACH);
  for (let n = 0; n < HEADLINE_WORDS_AFTER && i < ceil; n++) {
    while (i < ceil && !isLetter(text.charCodeAt(i))) i++;
    const s = i;
    while (i < ceil && isLetter(text.charCodeAt(i))) i++;
    if (i > s && speechWord(text.slice(s, i).toLowerCase())) return false;
  }
  i = start;
  const floor = Math.max(headline.start, start - HEADLINE_REACH);
  while (i > floor) {
    while (i > floor && !isLetter(text.charCodeAt(i - 1))) i--;
    const e = i;
    while (i > floor && isLetter(text.charCodeAt(i - 1))) i--;
    if (e > i && speechWord(text.slice(i, e).toLowerCase())) return false;
  }
  return true;
}

/** ASCII letters: headline speech verbs are English words (apostrophes end a word: Trump’s). */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
