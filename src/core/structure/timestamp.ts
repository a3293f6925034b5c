/**
 * Calendar dates and publication timestamps as news layouts write them ("February 07, 2022, 21:37",
 * "Feb 7, 2022", "7 February 2022", "2022-02-07", "07.02.2022 21:37"), matched at a given offset.
 * All patterns are sticky and bounded (no nested quantifiers), so matching is linear.
 */

/** A date (and optional clock time) matched in the text. */
export interface DateMatch {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)([a-z]{0,6})';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?[ \\t\\u00a0]{1,3})?';
const MDY = new RegExp(`${WEEKDAY}${MON}\\.?[ \\t\\u00a0]{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?:,?[ \\t\\u00a0]{1,3}(\\d{4}))?(?!\\d)`, 'iy');
const DMY = new RegExp(`${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?[ \\t\\u00a0]{1,3}${MON}\\.?(?:,?[ \\t\\u00a0]{1,3}(\\d{4}))?(?!\\d)`, 'iy');
const ISO = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const DOTTED = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/y;
const SLASHED = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/y;
/** The numeric date patterns with the groups of year, month and day. */
const NUMERIC: ReadonlyArray<readonly [RegExp, number, number, number]> = [[ISO, 1, 2, 3], [DOTTED, 3, 2, 1], [SLASHED, 3, 1, 2]];
const TIME = /(?:T|[ \t\u00a0]{0,3}(?:,|at|[|·•\-–—])?[ \t\u00a0]{0,3})(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:[ \t\u00a0]?([ap])\.?[ \t\u00a0]?m\b\.?)?/iy;
const TIME_FIRST = /(\d{1,2}):(\d{2})(?::\d{2})?(?:[ \t\u00a0]?([ap])\.?[ \t\u00a0]?m\b\.?)?(?:[ \t\u00a0]{1,3}[A-Z]{2,5})?[ \t\u00a0]{0,3}[,|·•\-–—]?[ \t\u00a0]{1,3}/iy;
const ZONE = /[ \t\u00a0]{0,3}\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|Z)\)?(?![\p{L}\d])/uy;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function monthOf(abbr: string, rest: string): number {
  const index = MONTHS.findIndex((m) => m.startsWith(abbr.toLowerCase()));
  if (index < 0) return 0;
  const word = (abbr + rest).toLowerCase();
  return MONTHS[index].startsWith(word) || (index === 8 && word === 'sept') ? index + 1 : 0;
}

function valid(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2000, month);
}

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Matches a date starting exactly at `at` ("February 7", "Feb. 7, 2022", "7 February 2022", "2022-02-07", "07.02.2022"). */
export function matchDate(text: string, at: number): DateMatch | null {
  let m = exec(MDY, text, at);
  if (m) {
    const month = monthOf(m[1], m[2]);
    const year = m[4] ? Number(m[4]) : null;
    const day = Number(m[3]);
    if (month && valid(year, month, day)) return { start: at, hour: null, minute: null, end: at + m[0].length, year, month, day };
  }
  m = exec(DMY, text, at);
  if (m) {
    const month = monthOf(m[2], m[3]);
    const year = m[4] ? Number(m[4]) : null;
    const day = Number(m[1]);
    if (month && valid(year, month, day)) return { start: at, hour: null, minute: null, end: at + m[0].length, year, month, day };
  }
  for (const [re, y, mo, d] of NUMERIC) {
    m = exec(re, text, at);
    if (!m) continue;
    const year = Number(m[y]);
    const month = Number(m[mo]);
    const day = Number(m[d]);
    if (valid(year, month, day)) return { start: at, hour: null, minute: null, end: at + m[0].length, year, month, day };
  }
  return null;
}

/** Matches a date with an optional clock time and zone ("February 07, 2022, 21:37 MSK", "9:37 PM EST, Feb 7, 2022") at `at`. */
export function matchTimestamp(text: string, at: number): DateMatch | null {
  const date = matchDate(text, at);
  if (!date) return matchTimeFirst(text, at);
  const t = exec(TIME, text, date.end);
  const hm = t && clock(Number(t[1]), Number(t[2]), t[3]);
  if (t && hm) {
    [date.hour, date.minute] = hm;
    date.end += t[0].length;
  }
  const z = exec(ZONE, text, date.end);
  if (z && date.hour !== null) date.end += z[0].length;
  return date;
}

function clock(hour: number, minute: number, meridiem: string | undefined): [number, number] | null {
  let h = hour;
  const m = meridiem?.toLowerCase();
  if (m) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m === 'p' ? 12 : 0);
  }
  return h <= 23 && minute <= 59 ? [h, minute] : null;
}

/** "9:37 PM EST, Mon February 7, 2022": a clock time before the date. */
function matchTimeFirst(text: string, at: number): DateMatch | null {
  const t = exec(TIME_FIRST, text, at);
  if (!t) return null;
  const hm = clock(Number(t[1]), Number(t[2]), t[3]);
  const date = hm && matchDate(text, at + t[0].length);
  if (!hm || !date) return null;
  return { start: at, hour: hm[0], minute: hm[1], end: date.end, year: date.year, month: date.month, day: date.day };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" for a match with a year; null without one. */
export function toIso(d: DateMatch): string | null {
  if (d.year === null) return null;
  const date = `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
  return d.hour === null || d.minute === null ? date : `${date}T${pad(d.hour)}:${pad(d.minute)}`;
}

/** Parses a whole timestamp text ("February 07, 2022, 21:37") to ISO; null if it is not one. */
export function timestampToIso(text: string): string | null {
  const s = text.trim();
  const m = matchTimestamp(s, 0);
  return m && m.end === s.length ? toIso(m) : null;
}
