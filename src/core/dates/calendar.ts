/** Calendar arithmetic on UTC days, and TIMEX3 formatting. */

/** A calendar day (month 1–12). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86400000;

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
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
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
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
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
