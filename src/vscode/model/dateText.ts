import type { DateResolution } from '../../core/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A parsed TIMEX3 calendar value. */
interface Parsed {
  year: number;
  month?: number;
  day?: number;
  time?: string;
  week?: number;
}

function parse(value: string | null): Parsed | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?|-W(\d{2}))?$/.exec(value);
  if (!m) return null;
  const p: Parsed = { year: Number(m[1]) };
  if (m[2]) p.month = Number(m[2]);
  if (m[3]) p.day = Number(m[3]);
  if (m[4]) p.time = m[4];
  if (m[5]) p.week = Number(m[5]);
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return null;
  if (p.day !== undefined && (p.day < 1 || p.day > 31)) return null;
  return p;
}

function dayNumber(p: Parsed): number | null {
  if (p.month === undefined || p.day === undefined) return null;
  return Math.floor(Date.UTC(p.year, p.month - 1, p.day) / 86_400_000);
}

/** "Monday, February 7, 2022", "February 2022", "2022", "week 6 of 2022", with " at 21:37" for times; null when not a calendar value. */
export function formatCalendarValue(value: string | null): string | null {
  const p = parse(value);
  if (!p) return null;
  if (p.week !== undefined) return `week ${p.week} of ${p.year}`;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${MONTHS[p.month - 1]} ${p.year}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  const time = p.time ? ` at ${p.time}` : '';
  return `${weekday}, ${MONTHS[p.month - 1]} ${p.day}, ${p.year}${time}`;
}

const DURATION_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', MIN: 'minute', S: 'second', DE: 'decade', CE: 'century' };

/**
 * Words for TIMEX3 values that are not calendar dates: "PAST_REF" → "some time before publication",
 * "P3D" → "3 days", "PT2H" → "2 hours"; null when the value is a calendar date or unknown.
 */
export function describeTimexValue(value: string | null): string | null {
  if (!value) return null;
  if (value === 'PRESENT_REF') return 'now (the time of publication)';
  if (value === 'PAST_REF') return 'some time before publication';
  if (value === 'FUTURE_REF') return 'some time after publication';
  const m = /^PT?(\d+(?:\.\d+)?|X)(MIN|DE|CE|[YMWDHS])$/.exec(value);
  if (!m) return null;
  const unit = m[2] === 'M' && value.startsWith('PT') ? 'minute' : DURATION_UNITS[m[2]];
  if (m[1] === 'X') return `some ${unit}s`;
  return plural(Number(m[1]), unit);
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "3 days before publication", "on the day of publication", "2 months after publication"; null when not comparable. */
export function distanceFromPublication(value: string | null, published: string | null): string | null {
  const v = parse(value);
  const p = parse(published);
  if (!v || !p || v.week !== undefined) return null;
  const vd = dayNumber(v);
  const pd = dayNumber(p);
  if (vd !== null && pd !== null) {
    const diff = vd - pd;
    if (diff === 0) return 'on the day of publication';
    if (diff === -1) return 'the day before publication';
    if (diff === 1) return 'the day after publication';
    return `${plural(Math.abs(diff), 'day')} ${diff < 0 ? 'before' : 'after'} publication`;
  }
  if (v.month !== undefined && p.month !== undefined) {
    const diff = (v.year - p.year) * 12 + (v.month - p.month);
    if (diff === 0) return 'in the month of publication';
    return `${plural(Math.abs(diff), 'month')} ${diff < 0 ? 'before' : 'after'} publication`;
  }
  const diff = v.year - p.year;
  if (diff === 0) return 'in the year of publication';
  return `${plural(Math.abs(diff), 'year')} ${diff < 0 ? 'before' : 'after'} publication`;
}

/** How a date's value was obtained, as a sentence fragment. */
export function describeResolution(resolution: DateResolution): string {
  switch (resolution) {
    case 'absolute':
      return 'written out in full';
    case 'publication':
      return 'counted from the publication date';
    case 'dateline':
      return 'from the dateline, against the publication date';
    case 'tense-past':
      return 'resolved to the past by the tense of the sentence';
    case 'tense-future':
      return 'resolved to the future by the tense of the sentence';
    case 'nearest':
      return 'the nearest such date to publication (no tense cue)';
    default:
      return 'not resolved: no publication date to count from';
  }
}
