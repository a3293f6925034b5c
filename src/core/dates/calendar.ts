/** Calendar arithmetic on UTC days, and TIMEX3 formatting. */

/** A calendar day (month 1–12). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86400000;
/** Days from the epoch within Date's range (±10^8 days). */
const MAX_DAYS = 1e8;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since the epoch (proleptic Gregorian; integer arithmetic, no Date allocation). */
export function dayNumber(x: Day): number {
  const y = x.m <= 2 ? x.y - 1 : x.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (x.m + (x.m > 2 ? -3 : 9)) + 2) / 5) + x.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of an epoch day number. */
export function fromDayNumber(n: number): Day {
  if (!(Math.abs(n) <= MAX_DAYS)) {
    const dt = new Date(n * DAY_MS);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  }
  /* the inverse of dayNumber() (a fractional day is the day it falls in, like Date) */
  const z = Math.floor(n) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export function isoWeekday(x: Day): number {
  return ((dayNumber(x) + 3) % 7 + 7) % 7 + 1;
}

/** `x` shifted by `n` days. */
export function addDays(x: Day, n: number): Day {
  return fromDayNumber(dayNumber(x) + n);
}

/** ISO week-year and week number. */
export function isoWeek(x: Day): { y: number; w: number } {
  const n = dayNumber(x);
  const thursday = n - isoWeekday(x) + 4;
  const ty = fromDayNumber(thursday).y;
  const jan1 = dayNumber({ y: ty, m: 1, d: 1 });
  return { y: ty, w: Math.floor((thursday - jan1) / 7) + 1 };
}

function pad(n: number, w = 2): string {
  const s = String(Math.abs(n)).padStart(w, '0');
  return n < 0 ? `-${s}` : s;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function fmtDay(y: number, m?: number, d?: number): string {
  let s = pad(y, 4);
  if (m !== undefined) s += `-${pad(m)}`;
  if (m !== undefined && d !== undefined) s += `-${pad(d)}`;
  return s;
}

/** "YYYY-Www". */
export function fmtWeek(x: Day): string {
  const w = isoWeek(x);
  return `${pad(w.y, 4)}-W${pad(w.w)}`;
}

/** Month arithmetic: { y, m } shifted by `n` months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** True when the day exists. */
export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (!Number.isInteger(y) || !Number.isInteger(m) || y < 100 || y > 275000) return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
}

/** The publication time parsed from "YYYY-MM-DD[THH:MM[:SS]]" (also "YYYYMMDD"); null when unusable. */
export function parsePublished(s: string | null): (Day & { time: string | null }) | null {
  if (!s) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!validDay(y, mo, d)) return null;
  return { y, m: mo, d, time: m[4] ? `${m[4]}:${m[5]}` : null };
}

/* reads past the end are answered without charCodeAt (whose out-of-bounds read deoptimises the caller) */
const digitAt = (v: string, i: number): boolean => {
  if (i >= v.length) return false;
  const c = v.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** The shapes of TIMEX3 values the dates layer tests, read without a regex. */
export const valueShape = {
  /** Starts with four digits: /^\d{4}/. */
  year: (v: string): boolean => digitAt(v, 0) && digitAt(v, 1) && digitAt(v, 2) && digitAt(v, 3),
  /** /^\d{4}(-|$)/ */
  yearLed: (v: string): boolean => valueShape.year(v) && (v.length === 4 || v.charCodeAt(4) === 45),
  /** /^\d{4}-\d\d/ */
  month: (v: string): boolean => v.length >= 7 && valueShape.year(v) && v.charCodeAt(4) === 45 && digitAt(v, 5) && digitAt(v, 6),
  /** /^\d{4}-\d\d-\d\d/ */
  day: (v: string): boolean => v.length >= 10 && valueShape.month(v) && v.charCodeAt(7) === 45 && digitAt(v, 8) && digitAt(v, 9),
  /** /^\d{4}-[QH]\d$/ */
  quarter: (v: string): boolean => v.length === 7 && valueShape.year(v) && v.charCodeAt(4) === 45 && (v.charCodeAt(5) === 81 || v.charCodeAt(5) === 72) && digitAt(v, 6),
  /** /T(MO|AF|EV|NI|\d)/: a clock time or a part of the day. */
  timed(v: string): boolean {
    for (let i = v.indexOf('T'); i >= 0; i = v.indexOf('T', i + 1)) {
      if (digitAt(v, i + 1) || v.startsWith('MO', i + 1) || v.startsWith('AF', i + 1) || v.startsWith('EV', i + 1) || v.startsWith('NI', i + 1)) return true;
    }
    return false;
  },
};
