/**
 * Speech or term: a short quotation is a term (scare quotes around a label: "shadow fleet", ship and
 * operation names, titles of works) only on positive evidence from its context; when in doubt
 * whether someone said it, it is speech (../shared/gold/GUIDE.md).
 */
import type { QuoteKind, Span } from '../types';
import { isWhite } from './segments';
import { isMarkChar, isWordChar } from './marks';
import { sentenceHasCue } from './sentence';
import {
  DETERMINERS, FUNCTION_WORDS, LABEL_CUES, LABEL_HEADS, LABEL_VERBS, MENTION_NOUNS, OBJECT_PREPOSITIONS,
  PREDICATE, PREPOSITIONS, PRONOUNS, SMALL_WORDS, SPEECH_AFTER, SPEECH_VERBS,
} from './lexicon';

/** Quotes longer than this (content, in UTF-16 units) are always speech. */
export const MAX_TERM_LENGTH = 60;

/**
 * Writes up to `count` words before `at` (nearest first), as written, within [floor, at) into `into`
 * from index 0; returns how many. Scans at most 80 chars.
 */
function fillWordsBefore(text: string, at: number, floor: number, count: number, into: string[]): number {
  let n = 0;
  let i = at;
  const limit = Math.max(floor, at - 80);
  while (n < count && i > limit) {
    while (i > limit && !isWordChar(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 45) {
      if (!isWhite(text.charCodeAt(i - 1))) return n;
      i--;
    }
    const end = i;
    while (i > limit && (isWordChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 45 || text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 0x2019)) i--;
    if (end === i) break;
    into[n++] = text.slice(i, end);
  }
  return n;
}

/** Up to `count` words before `at` (nearest first), as written, within [floor, at); scans at most 80 chars. */
export function wordsBefore(text: string, at: number, floor: number, count: number): string[] {
  const out: string[] = [];
  fillWordsBefore(text, at, floor, count, out);
  return out;
}

/** Writes up to `count` words after `at`, within [at, ceil), into `into` from index 0; returns how many. Scans at most 80 chars. */
function fillWordsAfter(text: string, at: number, ceil: number, count: number, into: string[]): number {
  let n = 0;
  let i = at;
  const limit = Math.min(ceil, at + 80);
  while (n < count && i < limit) {
    while (i < limit && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < limit && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
    if (start === i) break;
    into[n++] = text.slice(start, i);
  }
  return n;
}

/*
 * Scratch for the words around a quote. Arrays that always hold strings keep one elements kind: the
 * arrays the code read before (an empty one has another) made the optimised classifier deoptimise.
 */
const BEFORE: string[] = ['', '', '', ''];
const AFTER: string[] = ['', '', ''];

/** A word before a quote, lowercased, typographic apostrophes made straight. */
function lowerBefore(w: string): string {
  return w.includes('\u2019') ? w.toLowerCase().replace(/\u2019/g, "'") : w.toLowerCase();
}

function prevNonWhite(text: string, at: number, floor: number): number {
  let i = at - 1;
  while (i >= floor && isWhite(text.charCodeAt(i))) i--;
  return i >= floor ? text.charCodeAt(i) : -1;
}

/** Whether the word before `at` (over spaces and one abbreviation dot: "C.") starts with a capital. */
function prevWordCapitalised(text: string, at: number, floor: number): boolean {
  let i = at - 1;
  while (i >= floor && isWhite(text.charCodeAt(i))) i--;
  if (i >= floor && text.charCodeAt(i) === 46) i--;
  const end = i;
  while (i >= floor && end - i < 30 && isWordChar(text.charCodeAt(i))) i--;
  return end > i && isUpper(text[i + 1]);
}

/** Predicate words that do not make a quote the subject's own words: to "win", too "Tea Party". */
const DEGREE = new Set(['to', 'too', 'very', 'so', 'quite', 'really', 'most', 'more', 'less', 'totally']);

function isSentenceEnd(c: number): boolean {
  return c === -1 || c === 46 || c === 33 || c === 63;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** JavaScript's whitespace (regex \s, String.prototype.trim). */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** inner.split(/\s+/) of a trimmed, non-empty string, or null when it has more than six words. */
export function splitWords(inner: string): string[] | null {
  const words: string[] = [];
  let s = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (i < inner.length && !isJsSpace(inner.charCodeAt(i))) continue;
    if (i > s) {
      if (words.length === 6) return null;
      words.push(inner.slice(s, i));
    }
    s = i + 1;
  }
  return words;
}

/** The word up to its first apostrophe (' or ’). */
function beforeApostrophe(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 39 || c === 0x2019) return w.slice(0, i);
  }
  return w;
}

/** /^.+['’]s?$/ (a word cannot hold a line break): ends with an apostrophe, or an apostrophe and "s", after a character. */
function isPossessive(w: string): boolean {
  const n = w.length;
  const e = n > 0 && w.charCodeAt(n - 1) === 115 ? n - 1 : n;
  if (e < 2) return false;
  const c = w.charCodeAt(e - 1);
  return c === 39 || c === 0x2019;
}

/** /[?!;]/ */
function hasQuestionOrSemicolon(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 63 || c === 33 || c === 59) return true;
  }
  return false;
}

/** /[.,:…]$/ of a non-empty string */
function endsWithStop(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 44 || c === 58 || c === 0x2026;
}

/* Module functions rather than closures made per quote (their compiled code is kept from text to text). */
const titleWord = (w: string): boolean => SMALL_WORDS.has(w) || isUpper(w[0]) || isDigit(w[0]);
const notCapitalised = (w: string): boolean => !isUpper(w[0]);
const nearSpeech = (w: string): boolean => w !== 'that' && w !== 'as' && SPEECH_VERBS.has(w);

/**
 * Classifies a balanced quote [start, end) whose content is [innerStart, innerEnd), inside its
 * paragraph `para`. Constant work per quote (bounded context windows).
 */
export function classifyQuote(text: string, start: number, end: number, innerStart: number, innerEnd: number, para: Span, prose: () => boolean): QuoteKind {
  if (innerEnd - innerStart > MAX_TERM_LENGTH) return 'speech';
  if (start > 0 && text.charCodeAt(start - 1) === 61) return 'term'; // markup: attr="value"
  let inner = text.slice(innerStart, innerEnd).trim();
  if (!inner || hasQuestionOrSemicolon(inner)) return 'speech';
  const last = inner.charCodeAt(inner.length - 1);
  const trailing = last === 46 || last === 44;
  if (trailing) inner = inner.slice(0, -1).trim();
  if (!inner || endsWithStop(inner)) return 'speech';
  const words = splitWords(inner);
  if (words === null) return 'speech';

  const nb = fillWordsBefore(text, start, para.start, 4, BEFORE);
  const w1 = nb > 0 ? lowerBefore(BEFORE[0]) : '';
  const w2 = nb > 1 ? lowerBefore(BEFORE[1]) : '';
  const w3 = nb > 2 ? lowerBefore(BEFORE[2]) : '';
  const w4 = nb > 3 ? lowerBefore(BEFORE[3]) : '';
  const prevChar = prevNonWhite(text, start, para.start);
  if (LABEL_VERBS.has(w1) || (w1 === 'as' && (w2 === 'known' || w2 === 'referred'))) return 'term';
  if (LABEL_CUES.has(w1) && (isUpper(inner[0]) || isDigit(inner[0]))) return 'term';
  if (MENTION_NOUNS.has(w1) || (w1 === 'of' && MENTION_NOUNS.has(w2))) return 'speech';
  let capitals = 0;
  for (const w of words) if (isUpper(w[0]) || isDigit(w[0])) capitals++;
  const pronounFirst = PRONOUNS.has(beforeApostrophe(words[0]).toLowerCase());
  const sentenceInside = inner.includes('. ') && /\p{L}{3}\. /u.test(inner);
  const titleCase = capitals > 0 && !pronounFirst && !sentenceInside
    && words.every(titleWord);
  // a quoted word, a title-case name of up to three words, or a lower-case phrase (up to six words)
  // inside the sentence, in a sentence that says nothing about anyone saying it (is it "strong"?;
  // ''MTV Unplugged,'' is back; donors who fund "super PACs"), unless a colon introduces it or it
  // is a whole sentence of its own
  const lowerPhrase = words.length <= 6 && !isUpper(inner[0]) && !isDigit(inner[0]) && !isSentenceEnd(prevChar);
  if ((words.length === 1 || (titleCase && words.length <= 3) || lowerPhrase) && prevChar !== 58 && !(PREDICATE.has(w1) && !DEGREE.has(w1))
    && !(isSentenceEnd(prevChar) && last === 46 && trailing) && !sentenceHasCue(text, start, end, innerEnd, para)) return 'term';
  // a nickname between the parts of a name: Robert C. "Bobby" Scott
  if (titleCase && words.length <= 2 && prevWordCapitalised(text, start, para.start)) {
    const next = fillWordsAfter(text, end, para.end, 1, AFTER) > 0 ? AFTER[0] : undefined;
    if (next && isUpper(next[0]) && isWhite(text.charCodeAt(end))) return 'term';
  }
  if (prevChar === 58 || prevChar === 44 || (prevChar !== -1 && isMarkChar(prevChar))) return 'speech';
  const na = fillWordsAfter(text, end, para.end, 3, AFTER);
  const a0 = na > 0 ? AFTER[0].toLowerCase() : '';
  const a1 = na > 1 ? AFTER[1].toLowerCase() : '';
  const a2 = na > 2 ? AFTER[2].toLowerCase() : '';
  const sentenceStart = prevChar === -1 || prevChar === 46 || prevChar === 33 || prevChar === 63;
  // a title or name in running prose: CNN's "State of the Union."
  const title = titleCase && (capitals >= 2 || isDigit(inner[0]) || !trailing) && !(sentenceStart && (trailing || words.length === 1)) && prose();
  // a title after a preposition or a possessive: on CBS's "Face the Nation," Sanders said
  if (title && (PREPOSITIONS.has(w1) || isPossessive(w1))) return 'term';
  if (SPEECH_VERBS.has(w1) || PREDICATE.has(w1)) return 'speech';
  const nextCode = end < para.end ? text.charCodeAt(end) : 32;
  const attributedAfter = SPEECH_AFTER.has(a0)
    || ((trailing || nextCode === 44) && ((na > 1 && SPEECH_AFTER.has(a1)) || (na > 2 && SPEECH_AFTER.has(a2))))
    || (PRONOUNS.has(a0) && SPEECH_AFTER.has(a1));
  if (attributedAfter) return 'speech';
  if (title) return 'term';
  if (sentenceInside) return 'speech';
  if (words.length > 4) return 'speech';
  const speechNear = nearSpeech(w2) || nearSpeech(w3) || nearSpeech(w4);
  if ((DETERMINERS.has(w1) || isPossessive(w1)) && !speechNear) return 'term';
  // the object of a preposition, nobody said to utter it: sanctions on 'Russian shadow fleet'
  if (OBJECT_PREPOSITIONS.has(w1) && !speechNear && !pronounFirst) return 'term';
  // determiner and adjective: the now-derided "establishment"
  if (DETERMINERS.has(w2) && !SPEECH_VERBS.has(w3) && /^[a-z][a-z-]+$/.test(w1) && !FUNCTION_WORDS.has(w1) && !PREDICATE.has(w1)
    && !MENTION_NOUNS.has(w1)) return 'term';
  if (trailing) return 'speech';
  if (na > 0 && isWhite(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end + 1) || 0)) {
    // a modifier of the noun after it: the "Normandy" format, promoting "quack" medical cures
    if (LABEL_HEADS.has(a0)) return 'term';
    const lower = words.every(notCapitalised);
    if (lower && !speechNear && words.length <= 3 && !FUNCTION_WORDS.has(a0) && !a0.endsWith('ly') && !isUpper(text[end + 1])) return 'term';
  }
  return 'speech';
}

/**
 * Whether a paragraph reads as running prose (several lower-case words in its first 300 characters),
 * as opposed to a title-case headline. Bounded work.
 */
export function isProse(text: string, para: Span): boolean {
  let lower = 0;
  const end = Math.min(para.end, para.start + 300);
  for (let i = para.start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 && (i === para.start || isWhite(text.charCodeAt(i - 1)))) {
      let j = i;
      while (j < end && isWordChar(text.charCodeAt(j))) j++;
      if (!SMALL_WORDS.has(text.slice(i, j))) lower++;
      if (lower >= 3) return true;
      i = j;
    }
  }
  return false;
}
