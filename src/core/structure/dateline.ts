/**
 * Datelines at the start of a paragraph, in the agency forms:
 * TASS "WASHINGTON, February 7. /TASS/." and "IGORA /Leningrad Region/, December 26. /TASS/.",
 * Reuters "LONDON (Reuters) -" and "(Reuters) -", AP "NEW YORK (AP) —" and "NAIROBI, Kenya (AP) _",
 * AFP "PARIS (AFP) -", Interfax "MOSCOW, Feb 7 (Interfax) -", Xinhua "WASHINGTON, March 12 (Xinhua) --",
 * Reuters 1996 "LONDON 1996-08-30", and the bare "WASHINGTON _". A hand-written linear scanner.
 */
import type { Dateline, Span, TextSpan } from '../types';
import { isSpace } from './paragraphs';
import { matchDate } from './timestamp';

/** A dateline and how sure the match is: strong when it has an agency or a date. */
export interface DatelineMatch {
  dateline: Dateline;
  strong: boolean;
}

const MAX_PLACE = 60;
const AGENCIES: Record<string, string> = {
  reuters: 'Reuters', 'thomson reuters': 'Reuters', 'thomson reuters foundation': 'Reuters', 'reuters breakingviews': 'Reuters',
  ap: 'AP', 'associated press': 'AP', 'the associated press': 'AP', afp: 'AFP', 'agence france-presse': 'AFP',
  interfax: 'Interfax', 'interfax-ukraine': 'Interfax', tass: 'TASS', 'itar-tass': 'TASS', 'ria novosti': 'RIA Novosti',
  xinhua: 'Xinhua', upi: 'UPI', dpa: 'dpa', ansa: 'ANSA', efe: 'EFE', bloomberg: 'Bloomberg', cnn: 'CNN', pti: 'PTI',
  ians: 'IANS', sputnik: 'Sputnik', belta: 'BelTA', 'kyodo': 'Kyodo', yonhap: 'Yonhap', 'anadolu': 'Anadolu',
};

const isLetter = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch > '\x7f' && /\p{L}/u.test(ch));
const isUpper = (ch: string) => (ch >= 'A' && ch <= 'Z') || (ch > '\x7f' && isLetter(ch) && ch === ch.toUpperCase() && ch !== ch.toLowerCase());

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** End of the word starting at i (letters, digits and . ' ’ - & inside a word). */
function wordEnd(text: string, i: number, end: number): number {
  const limit = Math.min(end, i + MAX_PLACE + 1);
  while (i < limit) {
    const ch = text[i];
    if (isLetter(ch) || (ch >= '0' && ch <= '9') || ch === '.' || ch === "'" || ch === '’' || ch === '-' || ch === '&') i++;
    else break;
  }
  return i;
}

/** An all-capitals word ("WASHINGTON", "O'SMACH", "AL-AIN", "ST.") with at least one letter. */
function capsWord(text: string, i: number, end: number): number {
  const e = wordEnd(text, i, end);
  let letters = 0;
  for (let k = i; k < e; k++) {
    const ch = text[k];
    if (ch >= '0' && ch <= '9') return i;
    if (isLetter(ch)) {
      if (!isUpper(ch)) return i;
      letters++;
    }
  }
  return letters ? e : i;
}

/** The all-capitals place name at i: words separated by single spaces. */
function capsPlace(text: string, i: number, end: number): number {
  let e = capsWord(text, i, end);
  if (e === i) return i;
  while (e < end && e - i <= MAX_PLACE && text[e] === ' ') {
    const next = capsWord(text, e + 1, end);
    if (next === e + 1) break;
    e = next;
  }
  return e - i <= MAX_PLACE ? e : i;
}

/** Title-case words after a comma: "Kenya", "N.J.", "Northern Ireland", "United Arab Emirates". */
function titlePlace(text: string, i: number, end: number): number {
  let e = i;
  for (let words = 0; words < 4; words++) {
    const s = words === 0 ? i : e + 1;
    if (words > 0 && text[e] !== ' ') break;
    if (s >= end || !isUpper(text[s])) break;
    const w = wordEnd(text, s, end);
    if (w === s || w - s > 20 || (w - s > 2 && !/[.\p{Ll}]/u.test(text.slice(s, w)))) break;
    e = w;
  }
  return e;
}

/** "(Reuters)", "(AP)", "/TASS/": returns the end and the inner text's bounds. */
function agencyTag(text: string, i: number, end: number): { end: number; inner: Span } | null {
  const open = text[i];
  const close = open === '(' ? ')' : open === '/' ? '/' : '';
  if (!close) return null;
  let k = i + 1;
  while (k < end && k - i <= 32 && text[k] !== close && text[k] !== '\n' && text[k] !== '\r') k++;
  if (k >= end || text[k] !== close || k === i + 1) return null;
  const inner = text.slice(i + 1, k);
  if (!/^[\p{L}][\p{L}\d&.'’ -]*$/u.test(inner) || inner.split(' ').length > 4) return null;
  if (!isUpper(inner[0]) && !AGENCIES[inner.toLowerCase()]) return null;
  return { end: k + 1, inner: { start: i + 1, end: k } };
}

/** A separator after the dateline: "-", "--", "–", "—", "_" (returns the end, or -1). */
function separator(text: string, i: number, end: number): number {
  const j = skipSpaces(text, i, end);
  const ch = text[j];
  if (ch === '-' && text[j + 1] === '-') return j + 2;
  if (ch === '-' || ch === '–' || ch === '—' || ch === '_') return j + 1;
  return -1;
}

/** The line goes on in capitals (an all-caps headline such as "SOCCER - JAPAN WIN", not a dateline). */
function capsFollows(text: string, i: number, end: number): boolean {
  const s = skipSpaces(text, i, end);
  const rest = text.slice(s, Math.min(end, s + 80)).split(/[\r\n]/)[0];
  return rest.length > 0 && !/\p{Ll}/u.test(rest);
}

/** Labels that open a line like a bare dateline does ("EXCLUSIVE –", "UPDATE -") but are not places. */
const LABELS = new Set(['EXCLUSIVE', 'BREAKING', 'UPDATE', 'UPDATED', 'WATCH', 'VIDEO', 'PHOTOS', 'LIVE', 'OPINION', 'ANALYSIS',
  'EDITORIAL', 'COMMENTARY', 'FACT', 'DIGEST', 'FILING', 'NEWS', 'REVIEW', 'INTERVIEW', 'SPECIAL', 'REPORT', 'ALERT', 'FLASH',
  'URGENT', 'CORRECTION', 'EDITOR', 'NOTE', 'PRESALE', 'POLL', 'FEATURE', 'IN', 'BRIEF']);

function bareDatelineOk(text: string, start: number, placeEnd: number, after: number, end: number): boolean {
  const words = text.slice(start, placeEnd).split(/[\s,]+/);
  if (placeEnd - start < 3 || words.length > 6 || words.some((w) => LABELS.has(w))) return false;
  return !capsFollows(text, after, end);
}

function canonicalAgency(name: string): string {
  return AGENCIES[name.toLowerCase()] ?? name;
}

/** Matches a dateline at the start of a paragraph. */
export function matchDateline(text: string, para: Span): DatelineMatch | null {
  const { start, end } = para;
  if (text[start] !== '(' && !isUpper(text[start])) return null;
  let i = start;
  let placeEnd = start;
  let titleCase = false;
  if (text[i] !== '(') {
    placeEnd = capsPlace(text, i, end);
    if (placeEnd === start) {
      placeEnd = titlePlace(text, start, end);
      titleCase = true;
      if (placeEnd === start || text[skipSpaces(text, placeEnd, end)] !== '(') return null;
    } else if (text[placeEnd - 1] === '.' && placeEnd - start > 2 && matchDate(text, skipSpaces(text, placeEnd, end))) {
      placeEnd--;
    }
    i = placeEnd;
    if (text[i] === ' ' && text[i + 1] === '/') {
      const region = agencyTag(text, i + 1, end);
      if (region && text[region.end] === ',' && canonicalAgency(text.slice(region.inner.start, region.inner.end)) !== 'TASS') {
        placeEnd = i = region.end;
      }
    }
  }
  let date: TextSpan | null = null;
  let j = skipSpaces(text, i, end);
  const comma = text[j] === ',' || (text[j] === '.' && !titleCase);
  if (comma) j = skipSpaces(text, j + 1, end);
  if (placeEnd > start && j < end && !titleCase) {
    let d = matchDate(text, j);
    if (!d && comma) {
      const t = titlePlace(text, j, end);
      if (t > j) {
        placeEnd = i = t;
        j = skipSpaces(text, i, end);
        if (text[j] === ',') d = matchDate(text, skipSpaces(text, j + 1, end));
        else if (j > i) d = matchDate(text, j);
      }
    }
    if (d && (comma || /^\d{4}-/.test(text.slice(d.start, d.start + 5)))) {
      date = span(text, d.start, d.end);
      i = d.end;
      if (text[i] === '.') i++;
    }
  }
  let agency: TextSpan | null = null;
  let agencyName: string | null = null;
  const a = skipSpaces(text, i, end);
  const tag = agencyTag(text, a, end);
  if (tag) {
    i = tag.end;
    if (text[a] === '/' && text[i] === '.') i++;
    agency = span(text, a, i);
    agencyName = canonicalAgency(text.slice(tag.inner.start, tag.inner.end));
  }
  const sep = separator(text, i, end);
  const slashTag = agency !== null && text[agency.start] === '/';
  const known = tag !== null && AGENCIES[text.slice(tag.inner.start, tag.inner.end).toLowerCase()] !== undefined;
  const glued = known && !slashTag && sep < 0 && isUpper(text[skipSpaces(text, i, end)] ?? '');
  if (sep >= 0) {
    i = sep;
  } else if (!slashTag && !glued && !(date && (i >= end || text[i - 1] === '.'))) {
    return null;
  }
  if (!glued && i < end && !isSpace(text.charCodeAt(i)) && text[i] !== '\n' && text[i] !== '\r') return null;
  if (titleCase && !known) return null;
  if (!agency && !date) {
    if (sep < 0 || !bareDatelineOk(text, start, placeEnd, i, end)) return null;
  }
  if (!agency && placeEnd === start) return null;
  const place = placeEnd > start ? span(text, start, placeEnd) : null;
  return { dateline: { start, end: i, text: text.slice(start, i), place, date, agency, agencyName }, strong: agency !== null || date !== null };
}
