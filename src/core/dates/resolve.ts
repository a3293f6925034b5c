/** Resolution of recognised expressions to TIMEX3 values against the publication time and tense. */
import type { DateResolution } from '../types';
import type { Dir, Sem } from './sem';
import { addDays, addMonths, dayNumber, fmtDay, fmtWeek, isoWeekday, validDay, type Day } from './calendar';

/** The result of resolution. */
export interface Resolved {
  value: string | null;
  relative: boolean;
  resolution: DateResolution;
}

/** What resolution needs: publication day, the tense (lazily), the previous full date (for "that year"). */
export interface Anchor {
  pub: Day | null;
  tense: () => number | null;
  previous: Day | null;
  /** The previous full date when it is close before this expression (a bare clock time belongs to it). */
  near?: Day | null;
  /** The expression is the dateline's date. */
  dateline: boolean;
}

/** How far (days) tense may push an underspecified date away from the nearest reading. */
const TENSE_REACH = 270;
const FUTURE_REACH = 370;
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/**
 * A part of the day ("Friday night") is kept in the value only for the publication day itself
 * (2000-01-07TNI); for other days the day is the useful precision. Clock times are always kept.
 */
function partOfToday(time: string | undefined, shift: number): string | undefined {
  if (!time || /^\d/.test(time)) return time;
  return shift === 0 ? time : undefined;
}

function withTime(v: string, time: string | undefined): string {
  if (!time) return v;
  return /^\d/.test(time) ? `${v}T${time}` : `${v}T${time}`;
}

function pickYear(pub: Day, dir: -1 | 1 | null, m: number, d: number | undefined, strict: boolean, strong = false, strongPast = false): { y: number; how: DateResolution } {
  const key = (y: number) => (d === undefined ? (y * 12 + m) * 32 : (y * 12 + m) * 32 + d);
  const now = d === undefined ? (pub.y * 12 + pub.m) * 32 : (pub.y * 12 + pub.m) * 32 + pub.d;
  const past = key(pub.y) < now || (!strict && key(pub.y) === now) ? pub.y : pub.y - 1;
  const future = key(pub.y) > now || (!strict && key(pub.y) === now) ? pub.y : pub.y + 1;
  const span = (y: number) => Math.abs(d === undefined ? (y * 12 + m - pub.y * 12 - pub.m) * 30.5 : dayNumber({ y, m, d: Math.min(d, 28) }) - dayNumber(pub));
  if (dir === -1 && (strict || strongPast || span(past) <= TENSE_REACH)) return { y: past, how: 'tense-past' };
  if (dir === 1 && (strict || span(future) <= (strong ? FUTURE_REACH : TENSE_REACH))) return { y: future, how: 'tense-future' };
  /* the nearest of the previous, the same and the next year (the earlier one on a tie) */
  const dist = (y: number) => Math.abs(d === undefined ? (y * 12 + m) - (pub.y * 12 + pub.m) : dayNumber({ y, m, d: Math.min(d, 28) }) - dayNumber(pub));
  let best = pub.y - 1;
  let bestDist = dist(best);
  for (let y = pub.y; y <= pub.y + 1; y++) {
    const dy = dist(y);
    if (dy < bestDist) {
      best = y;
      bestDist = dy;
    }
  }
  return { y: best, how: 'nearest' };
}

function tenseDir(dir: Dir | undefined, a: Anchor): -1 | 1 | null {
  if (dir === -1 || dir === 1) return dir;
  const t = a.tense();
  return t === null ? null : t < 0 ? -1 : 1;
}

function resolveDow(dow: number, dir: Dir, time: string | undefined, a: Anchor, pub: Day): Resolved {
  const today = isoWeekday(pub);
  const back = (today - dow + 7) % 7;
  const fwd = (dow - today + 7) % 7;
  let shift: number;
  let how: DateResolution;
  if (dir === -1) {
    shift = -(back || 7);
    how = 'publication';
  } else if (dir === 1) {
    shift = fwd || 7;
    how = 'publication';
  } else {
    const t = a.tense();
    if (t !== null && t >= 0.75) {
      shift = fwd;
      how = 'tense-future';
    } else {
      shift = -back;
      how = t !== null && t < 0 ? 'tense-past' : 'nearest';
    }
  }
  const x = addDays(pub, shift);
  return { value: withTime(fmtDay(x.y, x.m, x.d), partOfToday(time, shift)), relative: true, resolution: how };
}

function relUnit(unit: string, n: number, pub: Day, time: string | undefined): string | null {
  switch (unit) {
    case 'D': {
      const x = addDays(pub, n);
      return withTime(fmtDay(x.y, x.m, x.d), time);
    }
    case 'W':
      return fmtWeek(addDays(pub, 7 * n));
    case 'WE': {
      /* "the weekend" (n 0) on Monday–Thursday is the one just past, unless the sentence looks ahead (n 0.5). */
      const dow = isoWeekday(pub);
      const base = dow <= 4 && n !== 0.5 ? addDays(pub, -7) : pub;
      return `${fmtWeek(addDays(base, 7 * Math.trunc(n)))}-WE`;
    }
    case 'M': {
      const x = addMonths(pub.y, pub.m, n);
      return fmtDay(x.y, x.m);
    }
    case 'Q': {
      const q = Math.floor((pub.m - 1) / 3) + n;
      const y = pub.y + Math.floor(q / 4);
      return `${fmtDay(y)}-Q${((q % 4) + 4) % 4 + 1}`;
    }
    case 'Y':
      return fmtDay(pub.y + n);
    case 'DE':
      return String(Math.floor(pub.y / 10) + n);
    case 'CE':
      return String(Math.floor(pub.y / 100) + n);
    default:
      return null;
  }
}

/** Day of a movable US holiday in November: 0 = Thanksgiving (4th Thursday), -1 = Election Day. */
function holidayDay(y: number, d: number | undefined): number | undefined {
  if (d === undefined || d > 0) return d;
  const first = isoWeekday({ y, m: 11, d: 1 });
  if (d === 0) return 1 + ((4 - first + 7) % 7) + 21;
  return 1 + ((1 - first + 7) % 7) + 1;
}

/** The latest quarter completed before publication (the one whose results the news reports). */
function latestQuarter(pub: Day): { y: number; q: number } {
  const cur = Math.floor((pub.m - 1) / 3);
  return cur === 0 ? { y: pub.y - 1, q: 4 } : { y: pub.y, q: cur };
}

/** Resolves one expression. */
export function resolve(sem: Sem, a: Anchor): Resolved {
  const pub = a.pub;
  const none: Resolved = { value: null, relative: true, resolution: 'none' };
  switch (sem.k) {
    case 'lit':
      return { value: sem.v, relative: !!sem.v && sem.v.endsWith('_REF'), resolution: sem.v?.endsWith('_REF') ? 'publication' : 'absolute' };
    case 'date': {
      if (sem.week) {
        const r = resolve({ ...sem, week: false }, a);
        const x = r.value && /^\d{4}-\d\d-\d\d$/.test(r.value) ? { y: Number(r.value.slice(0, 4)), m: Number(r.value.slice(5, 7)), d: Number(r.value.slice(8, 10)) } : null;
        return x ? { ...r, value: fmtWeek(x) } : r;
      }
      if (sem.y !== undefined) {
        if (sem.d !== undefined && sem.m !== undefined && !validDay(sem.y, sem.m, sem.d)) return { value: null, relative: false, resolution: 'none' };
        return { value: withTime(fmtDay(sem.y, sem.m, sem.d), sem.time), relative: false, resolution: 'absolute' };
      }
      if (!pub || sem.m === undefined) return { ...none, value: sem.m !== undefined ? `XXXX-${String(sem.m).padStart(2, '0')}` : null };
      if (sem.yOff !== undefined) return { value: fmtDay(pub.y + sem.yOff, sem.m, holidayDay(pub.y + sem.yOff, sem.d)), relative: true, resolution: 'publication' };
      if (sem.dir === 0) return { value: fmtDay(pub.y, sem.m, holidayDay(pub.y, sem.d)), relative: true, resolution: 'publication' };
      const strict = sem.dir === -1 || sem.dir === 1;
      const dir = a.dateline ? -1 : tenseDir(sem.dir, a);
      const { y, how } = pickYear(pub, dir, sem.m, sem.d !== undefined && sem.d <= 0 ? 25 : sem.d, strict, a.tense() === 1, (a.tense() ?? 0) <= -1.5);
      const d = sem.d !== undefined && sem.d <= 0 ? holidayDay(y, sem.d) : sem.d;
      return { value: withTime(fmtDay(y, sem.m, d), sem.time), relative: true, resolution: a.dateline ? 'dateline' : strict ? 'publication' : how };
    }
    case 'dow':
      if (sem.ana && a.previous) return resolveDow(sem.dow, sem.dir, sem.time, a, a.previous);
      return pub ? resolveDow(sem.dow, sem.dir, sem.time, a, pub) : none;
    case 'rel': {
      if (!pub) return none;
      let n = sem.n ?? 0;
      if (sem.unit === 'WE' && n === 0 && (a.tense() ?? 0) >= 1) n = 0.5;
      return { value: relUnit(sem.unit, n, pub, sem.time), relative: true, resolution: 'publication' };
    }
    case 'ana': {
      const base = a.previous ?? pub;
      if (!base) return none;
      return { value: relUnit(sem.unit, sem.n, base, undefined), relative: true, resolution: 'nearest' };
    }
    case 'time': {
      const day = a.near ?? pub;
      return day ? { value: `${fmtDay(day.y, day.m, day.d)}T${sem.time}`, relative: true, resolution: a.near ? 'nearest' : 'publication' } : none;
    }
    case 'season': {
      if (sem.y !== undefined) return { value: `${sem.y}-${sem.s}`, relative: false, resolution: 'absolute' };
      if (!pub) return none;
      if (sem.yOff !== undefined) return { value: `${pub.y + sem.yOff}-${sem.s}`, relative: true, resolution: 'publication' };
      if (sem.dir === 0) return { value: `${pub.y}-${sem.s}`, relative: true, resolution: 'publication' };
      if ((sem.dir === -1 || sem.dir === 1) && !sem.near) return { value: `${pub.y + sem.dir}-${sem.s}`, relative: true, resolution: 'publication' };
      const dir = tenseDir(sem.dir, a);
      const { y, how } = pickYear(pub, dir, SEASON_MONTH[sem.s], undefined, sem.dir === -1 || sem.dir === 1);
      return { value: `${y}-${sem.s}`, relative: true, resolution: sem.dir ? 'publication' : how };
    }
    case 'quarter': {
      const tag = sem.half ? 'H' : 'Q';
      if (sem.y !== undefined && sem.q !== null) return { value: `${sem.y}-${tag}${sem.q}`, relative: false, resolution: 'absolute' };
      if (!pub) return sem.y !== undefined ? { value: String(sem.y), relative: false, resolution: 'absolute' } : none;
      if (sem.q === null && sem.end) {
        /* "the quarter ended July 31" is May–July: the calendar quarter of its middle month */
        const y = sem.end.y ?? (sem.end.m <= pub.m || (sem.end.ending && sem.end.m - pub.m <= 6) ? pub.y : pub.y - 1);
        const mid = addMonths(y, sem.end.m, -1);
        return { value: `${mid.y}-Q${Math.floor((mid.m - 1) / 3) + 1}`, relative: sem.end.y === undefined, resolution: sem.end.y === undefined ? 'tense-past' : 'absolute' };
      }
      if (sem.q === null) {
        if (sem.qOff !== undefined && sem.qOff !== null) return { value: relUnit('Q', sem.qOff, pub, undefined), relative: true, resolution: 'publication' };
        const lq = latestQuarter(pub);
        return { value: `${sem.y ?? lq.y + (sem.yOff ?? 0)}-Q${lq.q}`, relative: true, resolution: 'publication' };
      }
      if (sem.yOff !== undefined) return { value: `${pub.y + sem.yOff}-${tag}${sem.q}`, relative: true, resolution: 'publication' };
      const cur = sem.half ? (pub.m <= 6 ? 1 : 2) : Math.floor((pub.m - 1) / 3) + 1;
      if (sem.q <= cur) return { value: `${pub.y}-${tag}${sem.q}`, relative: true, resolution: 'nearest' };
      const future = (a.tense() ?? 0) > 0;
      return { value: `${future ? pub.y : pub.y - 1}-${tag}${sem.q}`, relative: true, resolution: future ? 'tense-future' : 'tense-past' };
    }
  }
}
