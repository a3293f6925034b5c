/**
 * The date grammar: from a token index, the longest time expression starting there (or null).
 * Calendar dates, weekdays, years, clock times; relative phrases and durations live in phrases.ts.
 */
import type { Match, Sem } from './sem';
import type { TimexType } from '../types';
import { clock, day, month, prevWord, spokenYear, weekday, year, type Ctx } from './atoms';
import { DAY_PARTS, SET_WORDS, VAGUE, WEEKDAYS, MONTHS, ZONES } from './lexicon';
import { NUM } from './tokens';
import { vaguePlural, countPhrase, modifierPhrase, prefixPhrase, ratePhrase, thePhrase, everyPhrase, yearWordPhrase } from './phrases';
import { holiday, quarterPhrase } from './periods';

/** A grammar result before it gets its start token. */
export type R = { to: number; type: TimexType; sem: Sem } | null;

const NOT_AFTER_YEAR = new Set([
  '%', 'percent', 'people', 'troops', 'soldiers', 'dollars', 'euros', 'rubles', 'tons', 'tonnes', 'barrels', 'km',
  'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'feet', 'units', 'shares', 'residents', 'members', 'votes',
  'cases', 'deaths', 'employees', 'workers', 'jobs', 'pounds', 'kg', 'points', 'cars', 'homes', 'students', 'delegates',
]);
const NOT_BEFORE_YEAR = new Set(['$', '#', '£', '€', 'no', 'number', 'flight', 'route', 'room', 'resolution', 'article', 'page', 'channel', 'model']);

/** "December 17, 2021", "Dec. 17", "January 2025", "June last year", "February 07, 2022, 21:37". */
function monthLed(c: Ctx, i: number): R {
  const { T } = c;
  const mo = month(c, i);
  if (!mo) return null;
  let to = mo.to;
  const d = day(c, to);
  if (d && !(T.kd(d.to) === NUM && T.at(d.to).length <= 2 && T.sp[d.to] && T.at(d.to - 1) !== ',')) {
    to = d.to;
    const sem: Sem & { k: 'date' } = { k: 'date', m: mo.v, d: d.v };
    let k = T.at(to) === ',' ? to + 1 : to;
    const y = year(c, k);
    if (y) {
      sem.y = y.v;
      to = y.to;
      k = T.at(to) === ',' ? to + 1 : to;
      if (T.at(k) === 'at') k++;
      const t = clock(c, k);
      if (t) return { to: t.to, type: 'TIME', sem: { ...sem, time: t.v } };
    }
    return { to, type: 'DATE', sem };
  }
  const k = T.at(to) === ',' || T.at(to) === 'of' ? to + 1 : to;
  const y = year(c, k);
  if (y) return { to: y.to, type: 'DATE', sem: { k: 'date', y: y.v, m: mo.v } };
  const sy = spokenYear(c, k);
  if (sy) return { to: sy.to, type: 'DATE', sem: { k: 'date', y: sy.v, m: mo.v } };
  const rel = T.at(to);
  if ((rel === 'this' || rel === 'last' || rel === 'next') && T.at(to + 1) === 'year') {
    return { to: to + 2, type: 'DATE', sem: { k: 'date', m: mo.v, yOff: rel === 'this' ? 0 : rel === 'last' ? -1 : 1 } };
  }
  return { to, type: 'DATE', sem: { k: 'date', m: mo.v } };
}

/** "17 December 2021", "the 17th of December". */
function dayLed(c: Ctx, i: number): R {
  const { T } = c;
  const d = day(c, i);
  if (!d) return null;
  const k = T.at(d.to) === 'of' ? d.to + 1 : d.to;
  const mo = month(c, k);
  if (!mo || MONTHS.get(T.at(k)) === undefined) return null;
  let to = mo.to;
  const sem: Sem & { k: 'date' } = { k: 'date', m: mo.v, d: d.v };
  const y = year(c, T.at(to) === ',' ? to + 1 : to);
  if (y) {
    sem.y = y.v;
    to = y.to;
  }
  return { to, type: 'DATE', sem };
}

/** Day parts after a day: "Friday morning", "yesterday afternoon". */
function dayPart(c: Ctx, r: R): R {
  if (!r) return r;
  const part = DAY_PARTS.get(c.T.at(r.to));
  if (!part || part === 'NI' && c.T.at(r.to) === 'overnight') return r;
  if (r.sem.k !== 'dow' && r.sem.k !== 'rel' && r.sem.k !== 'date') return r;
  return { to: r.to + 1, type: 'DATE', sem: { ...r.sem, time: part } };
}

/** "Monday", "Friday, Oct. 23", "Tuesday night". */
function weekdayLed(c: Ctx, i: number): R {
  const { T } = c;
  const wd = weekday(c, i);
  if (!wd) return null;
  const to = wd.to;
  const k = T.at(to) === ',' ? to + 1 : to;
  const full = monthLed(c, k);
  if (full && full.sem.k === 'date' && full.sem.d !== undefined) return full.to > k ? { ...full } : null;
  return dayPart(c, { to, type: 'DATE', sem: { k: 'dow', dow: wd.v, dir: null } });
}

/** A clock time, optionally followed by its day: "3 p.m. Monday", "9 a.m. EDT Thursday", "noon Saturday". */
function clockLed(c: Ctx, i: number): R {
  const { T } = c;
  const t = clock(c, i);
  if (!t) return null;
  let k = t.to;
  if (T.at(k) === ',' || T.at(k) === 'on') k++;
  const after = weekdayLed(c, k) ?? monthLed(c, k) ?? dayWord(c, k);
  if (after && (after.sem.k === 'dow' || after.sem.k === 'date' || after.sem.k === 'rel') && !after.sem.time) {
    return { to: after.to, type: 'TIME', sem: { ...after.sem, time: t.v } };
  }
  return { to: t.to, type: 'TIME', sem: { k: 'time', time: t.v } };
}

const GENERIC_NOUNS = new Set([
  'world', 'society', 'youth', 'generation', 'generations', 'children', 'kids', 'teenagers', 'young', 'students',
  'families', 'culture', 'technology', 'computers', 'standards', 'terms', 'dollars', 'economy', 'leaders', 'people',
]);

/** "today's world", "the leaders of tomorrow": the present or future in general, not a day. */
function generic(c: Ctx, i: number): boolean {
  const { T } = c;
  if (T.at(i + 1) === "'" && T.at(i + 2) === 's' && T.glued(i + 1)) {
    let k = i + 3;
    if (T.kd(k) === 0 && !GENERIC_NOUNS.has(T.at(k)) && T.kd(k + 1) === 0 && GENERIC_NOUNS.has(T.at(k + 1))) k++;
    return GENERIC_NOUNS.has(T.at(k));
  }
  return T.at(i) === 'tomorrow' && prevWord(c, i) === 'of';
}

/** yesterday, today, tomorrow, tonight (with an optional day part and possessive). */
function dayWord(c: Ctx, i: number): R {
  const { T } = c;
  const w = T.at(i);
  const n = w === 'yesterday' ? -1 : w === 'today' || w === 'tonight' ? 0 : w === 'tomorrow' ? 1 : null;
  if (n === null) return null;
  if (generic(c, i)) return null;
  const r: R = { to: i + 1, type: 'DATE', sem: { k: 'rel', unit: 'D', n } };
  return w === 'tonight' ? r : dayPart(c, r);
}

/** Digits: ISO dates, clock times, "17 December", years, decades, counts of units. */
function numberLed(c: Ctx, i: number): R {
  const { T } = c;
  const w = T.at(i);
  if (w.length === 4 && T.at(i + 1) === '-' && T.glued(i + 1) && T.kd(i + 2) === NUM && T.glued(i + 2) && T.at(i + 2).length === 2) {
    const y = Number(w);
    const m = Number(T.at(i + 2));
    if (T.at(i + 3) === '-' && T.glued(i + 3) && T.kd(i + 4) === NUM && T.glued(i + 4) && T.at(i + 4).length === 2) {
      const d = Number(T.at(i + 4));
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { to: i + 5, type: 'DATE', sem: { k: 'date', y, m, d } };
    }
  }
  const t = clockLed(c, i);
  if (t) return t;
  const dl = dayLed(c, i);
  if (dl) return dl;
  const y = year(c, i);
  if (y) {
    if (T.at(y.to) === 's' && T.glued(y.to)) return { to: y.to + 1, type: 'DATE', sem: { k: 'lit', v: w.slice(0, 3) } };
    const before = prevWord(c, i);
    const after = T.at(y.to);
    if (NOT_BEFORE_YEAR.has(before) || NOT_AFTER_YEAR.has(after)) return null;
    /* "(1900 GMT)": a 24-hour clock time in wire copy, not a year */
    if (ZONES.has(after) && T.allUpper(y.to)) return null;
    if (T.at(y.to) === '-' && T.glued(y.to) && T.kd(y.to + 1) === NUM) return null;
    if ((y.v < 1800 && before !== 'in' && before !== 'since') || y.v > 2100) return null;
    return { to: y.to, type: 'DATE', sem: { k: 'date', y: y.v } };
  }
  const ord = T.at(i + 1);
  if (w.length <= 2 && (ord === 'st' || ord === 'nd' || ord === 'rd' || ord === 'th') && T.glued(i + 1) && T.at(i + 2) === 'century') {
    return { to: i + 3, type: 'DATE', sem: { k: 'lit', v: String(Number(w) - 1).padStart(2, '0') } };
  }
  if (w.length === 2 && T.at(i + 1) === 's' && T.glued(i + 1) && T.at(i - 1) === "'") {
    return { to: i + 2, type: 'DATE', sem: { k: 'lit', v: `19${w[0]}` } };
  }
  return countPhrase(c, i);
}

/** The longest time expression starting at token `i`, or null. */
export function parseAt(c: Ctx, i: number): Match | null {
  const { T } = c;
  if (!T.has(i)) return null;
  const w = T.at(i);
  let r: R = null;
  if (T.kd(i) === NUM) r = numberLed(c, i);
  else if (MONTHS.has(w)) r = monthLed(c, i);
  else if (WEEKDAYS.has(w) || w.length <= 5) r = weekdayLed(c, i);
  if (!r) r = wordLed(c, i);
  if (!r || r.to <= i) return null;
  return { from: i, to: r.to, type: r.type, sem: r.sem };
}

/** Everything that starts with a word other than a month or weekday. */
function wordLed(c: Ctx, i: number): R {
  const { T } = c;
  const w = T.at(i);
  switch (w) {
    case 'the':
      return thePhrase(c, i);
    case 'yesterday':
    case 'today':
    case 'tomorrow':
    case 'tonight':
      return dayWord(c, i);
    case 'noon':
    case 'midnight':
    case 'midday':
      return clockLed(c, i);
    case 'every':
    case 'each':
    case 'per':
      return everyPhrase(c, i);
    case 'once':
    case 'twice':
      return ratePhrase(c, i + 1);
    case 'near':
      return T.at(i + 1) === 'future' ? { to: i + 2, type: 'DATE', sem: { k: 'lit', v: 'FUTURE_REF' } } : null;
    case 'right':
      return T.at(i + 1) === 'now' ? { to: i + 2, type: 'DATE', sem: { k: 'lit', v: 'PRESENT_REF' } } : null;
    case 'nineteen':
    case 'two': {
      const sy = spokenYear(c, i);
      if (sy) return { to: sy.to, type: 'DATE', sem: { k: 'date', y: sy.v } };
      break;
    }
    case 'year':
      return yearWordPhrase(c, i);
    case 'christmas':
    case 'thanksgiving':
    case 'halloween':
    case 'election':
      return holiday(c, i);
  }
  const vague = VAGUE.get(w);
  if (vague) {
    if ((w === 'current' || w === 'recent' || w === 'future') && T.kd(i + 1) === 0) {
      const r = vaguePlural(c, i) ?? modifierPhrase(c, i);
      if (r || w !== 'current') return r;
    }
    return { to: i + 1, type: 'DATE', sem: { k: 'lit', v: vague } };
  }
  const set = SET_WORDS.get(w);
  if (set) return T.upper(i + 1) && T.kd(i + 1) === 0 ? null : { to: i + 1, type: 'SET', sem: { k: 'lit', v: set } };
  if (WEEKDAYS.has(w) && w.endsWith('s') && T.upper(i)) {
    return { to: i + 1, type: 'SET', sem: { k: 'lit', v: `XXXX-WXX-${WEEKDAYS.get(w)}` } };
  }
  return approxPhrase(c, i) ?? vaguePlural(c, i) ?? modifierPhrase(c, i) ?? prefixPhrase(c, i, parseAt) ?? quarterPhrase(c, i) ?? countPhrase(c, i);
}

const APPROX1 = new Set(['nearly', 'almost', 'about', 'around', 'over', 'roughly', 'approximately', 'some', 'under', 'sometime']);
const POINT_APPROX = new Set(['around', 'about', 'approximately', 'roughly', 'sometime']);
/** Two-word approximations, by first word: "at least", "more than", "up to" … */
const APPROX2: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['at', new Set(['least', 'most'])], ['more', new Set(['than', 'recently'])], ['less', new Set(['than'])], ['up', new Set(['to'])],
  ['fewer', new Set(['than'])], ['well', new Set(['over'])],
]);

/** "at least 72 hours", "nearly four years ago", "more than four decades ago". */
function approxPhrase(c: Ctx, i: number): R {
  const { T } = c;
  const w = T.at(i);
  const k = APPROX1.has(w) ? i + 1 : APPROX2.get(w)?.has(T.at(i + 1)) ? i + 2 : -1;
  if (k < 0) return null;
  if (w === 'more' && T.at(k) === 'recently') return { to: k + 1, type: 'DATE', sem: { k: 'lit', v: 'PAST_REF' } };
  /* "over" means "more than" only before "a"/"an" ("over an hour"); "over three years" is "during" */
  if (w === 'over' && T.at(k) !== 'a' && T.at(k) !== 'an') return null;
  if (POINT_APPROX.has(w) && w !== 'about') {
    const point = parseAt(c, k);
    if (point && (point.type === 'TIME' || (point.sem.k === 'date' && point.sem.d !== undefined) || point.sem.k === 'rel' && point.sem.unit === 'Y')) return point;
  }
  if (w === 'over' && T.at(k) === 'the') return null;
  const inner = T.at(k) === 'the' ? thePhrase(c, k) : countPhrase(c, k);
  if (!inner || inner.type === 'SET') return null;
  if (inner.type === 'DATE' && (inner.sem.k !== 'rel' && inner.sem.k !== 'ana' || !inner.sem.ago)) return null;
  /* "about five hours", "about 10:35 a.m.": the news corpora leave "about" outside, except before "ago" */
  if (w === 'about' && inner.type !== 'DATE') return null;
  return inner;
}
