/** TIMEX3 values from the peers' own parse results (chrono components, compromise dates/durations). */
import type { ParsedComponents } from 'chrono-node';
import type { TimexType } from '../../src/core/types';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The reference time as a local Date (chrono reads and writes local components), from an ISO date or
 * date-time; the current time when null or unreadable.
 */
export function referenceDate(dct: string | null): Date {
  const m = dct ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(dct) : null;
  if (!m) return new Date();
  return new Date(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 12, m[5] ? +m[5] : 0);
}

/**
 * chrono's value in TIMEX3 form: with a certain hour → YYYY-MM-DDTHH:MM (TIME); a certain day or
 * weekday → YYYY-MM-DD; a certain month → YYYY-MM; a certain year → YYYY; otherwise the implied day.
 */
export function chronoValue(c: ParsedComponents): { value: string; type: TimexType } {
  const y = pad(c.get('year') ?? 0, 4);
  const mo = pad(c.get('month') ?? 1);
  const d = pad(c.get('day') ?? 1);
  if (c.isCertain('hour')) return { value: `${y}-${mo}-${d}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`, type: 'TIME' };
  if (c.isCertain('day') || c.isCertain('weekday')) return { value: `${y}-${mo}-${d}`, type: 'DATE' };
  if (c.isCertain('month')) return { value: `${y}-${mo}`, type: 'DATE' };
  if (c.isCertain('year')) return { value: y, type: 'DATE' };
  return { value: `${y}-${mo}-${d}`, type: 'DATE' };
}

/** ISO 8601 week "YYYY-Www" of a calendar day. */
export function isoWeek(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const dow = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dow);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${pad(week)}`;
}

/**
 * compromise-dates' value: its start date ("2022-02-07T21:37:00.000Z", computed in UTC) truncated to
 * the unit it reports; repeating dates are SET with the interval as a period (P1Y).
 */
export function compromiseValue(
  dates: { start: string | null; unit?: string; repeat?: { interval?: Record<string, number> } } | undefined,
): { value: string | null; type: TimexType } {
  if (dates?.repeat) return { value: compromiseDuration(dates.repeat.interval), type: 'SET' };
  const m = dates?.start ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(dates.start) : null;
  if (!m) return { value: null, type: 'DATE' };
  const [, y, mo, d, h, mi] = m;
  switch (dates?.unit) {
    case 'year':
      return { value: y, type: 'DATE' };
    case 'decade':
      return { value: y.slice(0, 3), type: 'DATE' };
    case 'century':
      return { value: y.slice(0, 2), type: 'DATE' };
    case 'quarter':
      return { value: `${y}-Q${Math.floor((+mo - 1) / 3) + 1}`, type: 'DATE' };
    case 'season':
    case 'month':
      return { value: `${y}-${mo}`, type: 'DATE' };
    case 'week':
      return { value: isoWeek(+y, +mo, +d), type: 'DATE' };
    case 'time':
    case 'hour':
    case 'minute':
      return { value: `${y}-${mo}-${d}T${h}:${mi}`, type: 'TIME' };
    default:
      return { value: `${y}-${mo}-${d}`, type: 'DATE' };
  }
}

const DATE_UNITS: Array<[string, string]> = [['year', 'Y'], ['month', 'M'], ['week', 'W'], ['day', 'D']];
const TIME_UNITS: Array<[string, string]> = [['hour', 'H'], ['minute', 'M'], ['second', 'S']];

/** A compromise duration object ({year: 15, week: 2}) as a TIMEX3 period (P15Y2W); null when empty. */
export function compromiseDuration(d: Record<string, number> | undefined): string | null {
  if (!d) return null;
  const amount = (unit: string) => d[unit] || d[`${unit}s`] || 0;
  const part = (units: Array<[string, string]>) => units.map(([u, l]) => (amount(u) ? `${amount(u)}${l}` : '')).join('');
  const date = part(DATE_UNITS);
  const time = part(TIME_UNITS);
  if (!date && !time) return null;
  return `P${date}${time ? `T${time}` : ''}`;
}
