/**
 * The header line of agency copy: a section name followed by the publication timestamp
 * ("World February 07, 2022, 21:37", "Military operation in Ukraine December 26, 2024, 14:21"),
 * or the timestamp alone ("Published: Feb 7, 2022 9:37 PM").
 */
import type { Span, TextSpan } from '../types';
import { isSpace } from './paragraphs';
import { matchTimestamp } from './timestamp';

/** The header's parts: the section (null when there is none) and the timestamp. */
export interface HeaderMatch {
  section: TextSpan | null;
  timestamp: TextSpan;
}

const MAX_HEADER = 120;
const LABELS = new Set(['published', 'updated', 'posted', 'last updated', 'date', 'first published', 'modified']);
const NOT_LAST = new Set(['on', 'in', 'at', 'since', 'by', 'until', 'of', 'from', 'to', 'before', 'after', 'the', 'a', 'an', 'and', 'for', 'as', 'was', 'is', 'were']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our']);
const SEPARATORS = ' \t|·•-–—,:/';

function isWordStart(text: string, i: number, start: number): boolean {
  if (i === start) return true;
  const c = text.charCodeAt(i - 1);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0x7f);
}

function section(text: string, start: number, end: number): TextSpan | null | false {
  let e = end;
  while (e > start && SEPARATORS.includes(text[e - 1])) e--;
  if (e === start) return null;
  const words = text.slice(start, e).split(/\s+/);
  const label = words.join(' ').toLowerCase();
  if (LABELS.has(label)) return null;
  if (words.length > 6 || e - start > 50 || !/^\p{Lu}/u.test(words[0])) return false;
  if (!/\p{Ll}/u.test(text.slice(start, e))) return false;
  if (NOT_LAST.has(words[words.length - 1].toLowerCase())) return false;
  for (const w of words) {
    if (PRONOUNS.has(w.toLowerCase()) || !/^[\p{L}&][\p{L}&'’-]*$/u.test(w)) return false;
  }
  return { start, end: e, text: text.slice(start, e) };
}

/** Matches a header paragraph: one short line ending with a timestamp that carries a year. */
export function matchHeader(text: string, para: Span): HeaderMatch | null {
  const { start, end } = para;
  if (end - start > MAX_HEADER) return null;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 4) return null;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return null;
    if (!isWordStart(text, i, start) || isSpace(c)) continue;
    const m = matchTimestamp(text, i);
    if (!m || m.year === null || m.end !== end) continue;
    const sec = section(text, start, i);
    if (sec === false) return null;
    return { section: sec, timestamp: { start: m.start, end: m.end, text: text.slice(m.start, m.end) } };
  }
  return null;
}
