/**
 * Titles of works named right after the noun for the work: her blockbuster film, “Trainwreck.”; his
 * 2012 book, ''An American Son.''; the Syfy movie “Sharknado 3: Oh Hell No!”. Constant work per quote.
 */
import type { Quote, Span } from '../types';
import { isWhite } from './segments';
import { isWordChar } from './marks';
import { PREPOSITIONS, TITLE_HEADS, TITLE_SMALL_WORDS, WORK_NOUNS } from './lexicon';

/** Titles longer than this (content, in UTF-16 units) are not recognised. */
const MAX_TITLE_LENGTH = 80;

/** Headlines followed by a byline may be longer. */
const MAX_BYLINED_LENGTH = 120;

function isUpperOrDigit(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Whether [a, b) reads as a title: every word capitalised (or a digit) bar small words, the first
 * one capitalised, and no sentence break inside (". " after a word of three letters or more).
 */
export function isTitleCase(text: string, a: number, b: number): boolean {
  let i = a;
  let first = true;
  let letters = 0;
  while (i < b) {
    while (i < b && !isWordChar(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 46 && letters >= 3 && i + 1 < b && isWhite(text.charCodeAt(i + 1))) return false;
      i++;
    }
    if (i >= b) break;
    const s = i;
    while (i < b && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019 || text.charCodeAt(i) === 45)) i++;
    letters = i - s;
    if (isUpperOrDigit(text.charCodeAt(s))) {
      first = false;
      continue;
    }
    if (first || !TITLE_SMALL_WORDS.has(text.slice(s, i))) return false;
  }
  return !first;
}

/** The lower-cased word ending right before `at` (over spaces and at most one comma), or ''. */
function workNounBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && isWhite(text.charCodeAt(i - 1))) i--;
  if (i > floor && text.charCodeAt(i - 1) === 44) i--;
  const end = i;
  while (i > floor && end - i < 20 && (isWordChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 45)) i--;
  return end - i < 20 ? text.slice(i, end).toLowerCase() : '';
}

/** Whether the closed quote at `start` with content [innerStart, innerEnd) is the title of a work named before it. */
export function isWorkTitle(text: string, start: number, innerStart: number, innerEnd: number, para: Span): boolean {
  if (innerEnd - innerStart > MAX_TITLE_LENGTH) return false;
  if (!WORK_NOUNS.has(workNounBefore(text, start, para.start))) return false;
  return isTitleCase(text, innerStart, innerEnd);
}

/**
 * Whether the closed quote [start, end) with content [innerStart, innerEnd) is a headline or title
 * followed by its byline: “Gallery opens on the river,” by the Post's Jane Roe; ''This Kind of War,''
 * by T.R. Fehrenbach. The content must end with a comma or read as a title, so that a word someone
 * used, passively attributed ("strategic ambiguity" by Professor X), stays speech.
 */
export function isBylinedTitle(text: string, end: number, innerStart: number, innerEnd: number, para: Span): boolean {
  if (innerEnd - innerStart > MAX_BYLINED_LENGTH) return false;
  let i = end;
  while (i < para.end && isWhite(text.charCodeAt(i))) i++;
  if (i < para.end && text.charCodeAt(i) === 44) i++;
  while (i < para.end && isWhite(text.charCodeAt(i))) i++;
  if (i + 3 >= para.end || text.charCodeAt(i) !== 98 || text.charCodeAt(i + 1) !== 121 || !isWhite(text.charCodeAt(i + 2))) return false;
  i += 3;
  if (text.startsWith('the ', i)) i += 4;
  if (i >= para.end || !isUpperOrDigit(text.charCodeAt(i))) return false;
  let last = innerEnd - 1;
  while (last > innerStart && isWhite(text.charCodeAt(last))) last--;
  return text.charCodeAt(last) === 44 || isTitleCase(text, innerStart, innerEnd);
}

/**
 * Whether the closed quote ending at `end`, content [innerStart, innerEnd), is a title-case name
 * modifying the noun after it: the “Orange Is the New Black” star, "We Are Here" T-shirts. The
 * content must not end with punctuation ("We lost." T-shirts appeared).
 */
export function isTitleBeforeHead(text: string, end: number, innerStart: number, innerEnd: number, para: Span): boolean {
  if (innerEnd - innerStart > MAX_TITLE_LENGTH || innerEnd <= innerStart || !isWordChar(text.charCodeAt(innerEnd - 1))) return false;
  if (end >= para.end || text.charCodeAt(end) !== 32) return false;
  let i = end + 1;
  while (i < para.end && i - end <= 12 && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
  if (!TITLE_HEADS.has(text.slice(end + 1, i).toLowerCase())) return false;
  return isTitleCase(text, innerStart, innerEnd);
}

/**
 * Whether the closed quote ending at `end`, content [innerStart, innerEnd), is a title followed by
 * an apposition naming the work: ''Equity,'' a thriller about …; “Storm Front,” an HBO series. The
 * content must end with a comma and read as a title; the noun must come before any preposition (“…,” a
 * narrator in the ad says). Scans at most five words after the quote.
 */
export function isTitleWithApposition(text: string, end: number, innerStart: number, innerEnd: number, para: Span): boolean {
  if (innerEnd - innerStart > MAX_TITLE_LENGTH) return false;
  let last = innerEnd - 1;
  while (last > innerStart && isWhite(text.charCodeAt(last))) last--;
  if (text.charCodeAt(last) !== 44 || end + 3 >= para.end || text.charCodeAt(end) !== 32) return false;
  let i = end + 1;
  if (text.charCodeAt(i) !== 97) return false; // a, an
  i += text.charCodeAt(i + 1) === 110 ? 2 : 1;
  if (!isWhite(text.charCodeAt(i))) return false;
  const limit = Math.min(para.end, i + 60);
  for (let words = 0; words < 5 && i < limit; words++) {
    while (i < limit && isWhite(text.charCodeAt(i))) i++;
    const s = i;
    while (i < limit && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
    if (i === s) return false;
    const word = text.slice(s, i).toLowerCase();
    if (WORK_NOUNS.has(word)) return isTitleCase(text, innerStart, innerEnd);
    if (PREPOSITIONS.has(word)) return false; // a narrator in the ad: the apposition is about someone
  }
  return false;
}

/** Verbs after a sentence-initial quote that make it the subject: "Containment" has been policy. */
const SUBJECT_VERBS = new Set([
  'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'are', 'were', 'means', 'meant', 'became', 'becomes',
  'remains', 'refers', 'should', 'may', 'might', 'must', 'does', 'did',
]);

/**
 * Whether the closed quote [start, end), content [innerStart, innerEnd), opens its sentence and is
 * the subject of the verb after it: a quoted word or name talked about, not said ("Top secret" is the
 * highest level; ''Friends'' has been a hit). The content must not end with punctuation.
 */
export function isQuotedSubject(text: string, start: number, end: number, innerStart: number, innerEnd: number, para: Span): boolean {
  if (innerEnd - innerStart > MAX_TITLE_LENGTH || innerEnd <= innerStart) return false;
  const lastInner = text.charCodeAt(innerEnd - 1);
  if (!isWordChar(lastInner) && lastInner !== 41) return false;
  let p = start - 1;
  while (p >= para.start && isWhite(text.charCodeAt(p))) p--;
  if (p >= para.start) {
    const c = text.charCodeAt(p);
    if (c !== 46 && c !== 33 && c !== 63) return false;
  }
  if (end >= para.end || text.charCodeAt(end) !== 32) return false;
  let i = end + 1;
  while (i < para.end && i - end <= 8 && isWordChar(text.charCodeAt(i))) i++;
  return SUBJECT_VERBS.has(text.slice(end + 1, i));
}

/** Whether text[a, b) holds only spaces, commas and the words and/or (between items of a list on one line). */
function listGap(text: string, a: number, b: number): boolean {
  if (b - a > 12) return false;
  let i = a;
  while (i < b) {
    const c = text.charCodeAt(i);
    if ((isWhite(c) && c !== 10 && c !== 13) || c === 44) i++;
    else if (text.startsWith('and', i) || text.startsWith('or', i)) i += text.charCodeAt(i) === 97 ? 3 : 2;
    else return false;
  }
  return true;
}

/**
 * Marks as terms the quotes of every run of at least three title-case or short lower-case (up to
 * three words) quotes listed one after the other on a line (“Veep,” “Game of Thrones” and
 * “Breaking Bad”; words such as "levee," "flood" and "storm drain"): names, titles or words, not
 * speech.
 * `inner` gives each quote's content span. Linear in the number of quotes.
 */
export function markTitleLists(text: string, quotes: Quote[], inner: Span[]): void {
  let runStart = 0;
  for (let i = 0; i <= quotes.length; i++) {
    const q = quotes[i];
    const ok = i < quotes.length && !q.unbalanced && !q.multiParagraph && inner[i].end - inner[i].start <= MAX_TITLE_LENGTH
      && (isTitleCase(text, inner[i].start, inner[i].end) || fewWords(text, inner[i].start, inner[i].end));
    if (ok && i > runStart && listGap(text, quotes[i - 1].end, quotes[i].start)) continue;
    if (i - runStart >= 3) for (let k = runStart; k < i; k++) quotes[k].kind = 'term';
    runStart = ok ? i : i + 1;
  }
}

/** Whether [a, b) holds at most three words, the first in lower case (a word or term, not a sentence). */
function fewWords(text: string, a: number, b: number): boolean {
  const c0 = text.charCodeAt(a);
  if (!(c0 >= 97 && c0 <= 122)) return false;
  let words = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const w = !isWhite(text.charCodeAt(i));
    if (w && !inWord && ++words > 3) return false;
    inWord = w;
  }
  return words > 0;
}
