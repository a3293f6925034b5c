/** Relative phrases, quarters, durations and sets of the date grammar. */
import type { Match, Sem } from './sem';
import type { R } from './grammar';
import { count, day, month, prevWord, spokenYear, weekday, year, type Ctx } from './atoms';
import { DAY_PARTS, DIR, NUMBERS, SEASONS, UNITS, WEEKDAYS, type Unit } from './lexicon';
import { NUM, WORD, type Tokens } from './tokens';
import { decade, holiday, periodEnd, quarterPhrase, yearAgoQuarter } from './periods';

/** Words that continue "the past"/"the future" into a period ("the past few years", "the future of"). */
const PERIOD_NEXT = new Set(['few', 'several', 'couple', 'many', 'some', 'of', 'decade', 'century', 'generation', 'tense']);
const ORDER_WORDS = new Set(['first', 'final', 'latest', 'initial', 'remaining', 'last', 'past', 'next', 'previous', 'coming']);
/** "Islam will one day be …", "he hopes he one day follows …": some day in the future. */
const ONE_DAY_BEFORE = new Set(['will', 'would', 'could', 'might', 'may', 'can', 'shall', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'to']);
const RATE_BEFORE = new Set(['times', 'twice', 'once', 'million', 'billion', 'thousand', 'hundred', 'percent', 'flights', 'seats', 'hours', 'dollars', 'cents']);
const CAL_UNITS = new Set<Unit>(['W', 'WE', 'M', 'Q', 'Y', 'DE', 'CE', 'D']);

/** A capitalised unit inside running text is a title ("60 Minutes", "This Week"), not a period. */
function titled(T: Tokens, k: number): boolean {
  return T.upper(k) && !T.allUpper(k);
}

/** TIMEX3 duration value for `n` units (NaN → X). */
export function durationValue(n: number, u: Unit): string {
  if (!Number.isFinite(n)) {
    if (u === 'DE') return 'PXY'; /* TimeBank writes decades in years (P20Y), vague ones too */
    if (u === 'CE') return 'PXC';
    return u === 'S' || u === 'MIN' || u === 'H' ? `PTX${u === 'MIN' ? 'M' : u}` : `PX${u === 'WE' ? 'D' : u}`;
  }
  const whole = Math.floor(n);
  const frac = n - whole;
  /* TimeML writes fractions in the next smaller unit: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M. */
  const part = (v: number, tag: string) => (v > 0 ? `${Math.round(v * 100) / 100}${tag}` : '');
  switch (u) {
    case 'S': return `PT${n}S`;
    case 'MIN': return frac ? `PT${part(whole, 'M')}${part(frac * 60, 'S')}` : `PT${n}M`;
    case 'H': return frac ? `PT${part(whole, 'H')}${part(frac * 60, 'M')}` : `PT${n}H`;
    case 'D': return frac ? `P${part(whole, 'D')}T${part(frac * 24, 'H')}` : `P${n}D`;
    case 'W': return frac ? `P${part(n * 7, 'D')}` : `P${n}W`;
    case 'WE': return `P${Math.round(n * 2)}D`;
    case 'M': return frac ? `P${part(whole, 'M')}${part(frac * 30, 'D')}` : `P${n}M`;
    case 'Q': return frac ? `P${part(n * 3, 'M')}` : `P${n}Q`;
    case 'Y': return frac ? `P${part(whole, 'Y')}${part(frac * 12, 'M')}` : `P${n}Y`;
    case 'DE': return `P${Math.round(n * 10)}Y`;
    case 'CE': return `P${Math.round(n * 100)}Y`;
  }
}

function unitAt(c: Ctx, i: number): { u: Unit; to: number; plural: boolean } | null {
  const { T } = c;
  let k = i;
  if (T.at(k) === 'trading' || T.at(k) === 'business' || T.at(k) === 'calendar' || T.at(k) === 'straight' || T.at(k) === 'consecutive') k++;
  const w = T.at(k);
  const u = UNITS.get(w);
  if (!u || titled(T, k)) return null;
  return { u, to: k + 1, plural: w.endsWith('s') && w !== 'hours' ? true : w.endsWith('s') || w === 'centuries' };
}

/** "twice a week", "three times a year" (from the word after the count): a SET of the unit. */
export function ratePhrase(c: Ctx, k: number): R {
  const { T } = c;
  const a = T.at(k);
  if (a !== 'a' && a !== 'an' && a !== 'per' && a !== 'each' && a !== 'every') return null;
  const w = T.at(k + 1);
  const u = UNITS.get(w);
  if (!u || w.endsWith('s') || T.upper(k + 1)) return null;
  return { to: k + 2, type: 'SET', sem: { k: 'lit', v: durationValue(1, u) } };
}

/** "three days", "two-year", "two weeks ago", "a year earlier", "several years", "72 hours". */
export function countPhrase(c: Ctx, i: number, opts: { the?: boolean } = {}): R {
  const { T } = c;
  const n = count(c, i);
  if (!n) return null;
  let k = n.to;
  if (T.at(k) === 'times' && Number.isFinite(n.v)) return ratePhrase(c, k + 1);
  if ((T.at(k) === 'to' || T.at(k) === 'or') && T.kd(k + 1) === T.kd(i)) {
    const upper = count(c, k + 1);
    if (upper && upper.v > n.v) k = upper.to;
  }
  if (T.at(k) === 'more' || T.at(k) === 'additional' || T.at(k) === 'full') k++;
  const hyphen = T.at(k) === '-' && T.glued(k);
  if (hyphen) k++;
  const u = unitAt(c, k);
  if (!u) return null;
  const w = T.at(i);
  if ((w === 'a' || w === 'an') && u.plural && n.v === 1) return null;
  if (n.v >= 1000 && n.v < 2200 && !u.plural) return null;
  if (hyphen && u.plural && T.at(k).startsWith('quarter')) return null;
  let to = u.to;
  if (T.at(to) === 'and' && T.at(to + 1) === 'a' && T.at(to + 2) === 'half' && Number.isFinite(n.v)) {
    n.v += 0.5;
    to += 3;
  }
  const nx = T.at(to);
  if (nx === '-' && T.glued(to) && T.at(to + 1) !== 'long') return null;
  if (nx === 'old' || (nx === '-' && T.at(to + 1) === 'old')) return null;
  if (u.u === 'Q' && nx === 'of' && (w === 'a' || T.at(k - 1) === 'a')) return null;
  if (w === 'one' && u.u === 'D' && !u.plural && ONE_DAY_BEFORE.has(prevWord(c, i))) {
    return { to, type: 'DATE', sem: { k: 'lit', v: 'FUTURE_REF' } };
  }
  if (nx === 'of' && T.at(to + 1) === 'age') return null;
  /* "three days later", "30 days before closing", "two months after the attack": TimeML keeps the
     signal word outside and annotates the offset as the duration it names. */
  if (!opts.the && (nx === 'later' || (nx === 'before' && T.kd(to + 1) === WORD))) {
    return { to, type: 'DURATION', sem: { k: 'lit', v: durationValue(n.v, u.u) } };
  }
  if (nx === 'ago' || nx === 'earlier' || nx === 'before' || nx === 'later' || (nx === 'from' && T.at(to + 1) === 'now')) {
    const sign = nx === 'later' || nx === 'from' ? 1 : -1;
    /* "an hour later": the clock offset is kept as the duration it names (TimeML) */
    if (u.u === 'H' || u.u === 'MIN' || u.u === 'S') return { to, type: 'DURATION', sem: { k: 'lit', v: durationValue(n.v, u.u) } };
    to += nx === 'from' ? 2 : 1;
    if (!Number.isFinite(n.v)) return { to, type: 'DATE', sem: { k: 'lit', v: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
    if ((nx === 'earlier' || nx === 'later') && !opts.the && u.u !== 'Y') return { to, type: 'DATE', sem: { k: 'ana', unit: u.u, n: sign * n.v, ago: true } };
    return { to, type: 'DATE', sem: { k: 'rel', unit: u.u, n: sign * n.v, ago: true } };
  }
  if (nx === '-' && T.at(to + 1) === 'long' && T.glued(to)) to += 2;
  const before = prevWord(c, i);
  if ((w === 'a' || w === 'an' || w === 'per') && (RATE_BEFORE.has(before) || /^\d/.test(before))) return null;
  return { to, type: 'DURATION', sem: { k: 'lit', v: durationValue(n.v, u.u), hyphen } };
}

/** The year offset of "this year's", "next year's" before a quarter. */
function quarterOf(c: Ctx, r: { to: number; sem: Sem }): R {
  const { T } = c;
  let k = r.to;
  if (T.at(k) === "'" && T.at(k + 1) === 's') k += 2;
  const q = quarterPhrase(c, k);
  if (q && q.sem.k === 'quarter' && r.sem.k === 'rel' && r.sem.unit === 'Y') {
    return { to: q.to, type: 'DATE', sem: { ...q.sem, yOff: r.sem.n } };
  }
  return null;
}

/** "last week", "next year", "this month", "last Friday", "this past spring", "the past two months", "these days". */
export function modifierPhrase(c: Ctx, i: number, the = false): R {
  const { T } = c;
  const w = T.at(i);
  if (w === 'these' && T.at(i + 1) === 'days') return { to: i + 2, type: 'DATE', sem: { k: 'lit', v: 'PRESENT_REF' } };
  if (w === 'that' || w === 'same') {
    let k = i + 1;
    if (T.at(k) === 'same') k++;
    const u = UNITS.get(T.at(k));
    if (u === 'D' || u === 'Y' || u === 'M' || u === 'W') return T.at(k).endsWith('s') ? null : { to: k + 1, type: 'DATE', sem: { k: 'ana', unit: u, n: 0 } };
    return null;
  }
  let dir = DIR[w];
  if (dir === undefined) return null;
  let k = i + 1;
  if (w === 'this' && (T.at(k) === 'past' || T.at(k) === 'coming')) {
    dir = T.at(k) === 'past' ? -1 : 1;
    k++;
  }
  const cnt = countPhrase(c, k, { the });
  if (cnt && cnt.type === 'DURATION' && T.kd(k) !== undefined && !(T.at(k) === 'a' || T.at(k) === 'an')) return cnt;
  const wd = weekday(c, k);
  if (wd && w !== 'current') {
    /* "the previous Friday", "the following Monday": counted from the date the text last named */
    const ana = w === 'previous' || w === 'following';
    return { to: wd.to, type: 'DATE', sem: ana ? { k: 'dow', dow: wd.v, dir: dir === 0 ? 1 : dir, ana } : { k: 'dow', dow: wd.v, dir: dir === 0 ? 1 : dir } };
  }
  const mo = month(c, k);
  if (mo && T.kd(mo.to) === NUM) return null;
  if (mo && w !== 'current') return { to: mo.to, type: 'DATE', sem: { k: 'date', m: mo.v, dir } };
  const s = SEASONS.get(T.at(k));
  if (s) return { to: k + 1, type: 'DATE', sem: { k: 'season', s, dir, near: k > i + 1 } };
  const hol = holiday(c, k);
  if (hol && hol.sem.k === 'date') return { to: hol.to, type: 'DATE', sem: { ...hol.sem, dir: dir === 0 ? null : dir } };
  const part = DAY_PARTS.get(T.at(k));
  if (part && (w === 'this' || w === 'last')) {
    return { to: k + 1, type: 'TIME', sem: { k: 'rel', unit: 'D', n: w === 'last' ? -1 : 0, time: part } };
  }
  if (T.at(k) === 'fiscal') k++;
  const u = UNITS.get(T.at(k));
  if (!u || !CAL_UNITS.has(u) || T.at(k).endsWith('s') || titled(T, k)) return null;
  if (u === 'D' && (w === 'this' || w === 'last' || w === 'past')) return null;
  const isAna = w === 'following' || (the && w === 'next') || (w === 'previous' && u === 'D');
  const r: R = { to: k + 1, type: 'DATE', sem: isAna ? { k: 'ana', unit: u, n: dir ?? 0 } : { k: 'rel', unit: u, n: dir } };
  if (u === 'Q') return { to: k + 1, type: 'DATE', sem: { k: 'quarter', q: null, qOff: dir } };
  return quarterOf(c, r) ?? r;
}

const PREFIX = new Set(['early', 'late', 'mid', 'earlier', 'later', 'middle']);

/** "early next year", "late November", "mid-1990s", "earlier this month", "later yesterday". */
export function prefixPhrase(c: Ctx, i: number, parse: (c: Ctx, i: number) => Match | null): R {
  const { T } = c;
  const w = T.at(i);
  if (!PREFIX.has(w)) return null;
  let k = i + 1;
  if (T.at(k) === '-' && T.glued(k)) k++;
  const inner = parse(c, k);
  if (!inner) return null;
  const s = inner.sem;
  if (s.k === 'lit' && !/^\d/.test(s.v ?? '')) return null;
  if (inner.type === 'DURATION' || inner.type === 'SET') return null;
  if ((w === 'earlier' || w === 'later') && s.k === 'date' && s.d === undefined && s.m === undefined) return null;
  return { to: inner.to, type: inner.type, sem: s };
}

/** "the third quarter", "the past two months", "the weekend", "the future", "the end of the year", "the 1980s". */
export function thePhrase(c: Ctx, i: number): R {
  const { T } = c;
  const k = i + 1;
  const w = T.at(k);
  if (w === 'future' || w === 'past' || w === 'present') {
    const nx = T.at(k + 1);
    const alone = nx === '' || T.kd(k + 1) === 2 || nx === 'and' || nx === 'or' || nx === 'is' || nx === 'was' || nx === 'has'
      /* "in the past it considered …", "well into the future if …": the phrase ends before a clause */
      || ((prevWord(c, i) === 'in' || prevWord(c, i) === 'into') && T.kd(k + 1) === WORD && !PERIOD_NEXT.has(nx) && !NUMBERS.has(nx) && !UNITS.has(nx));
    if (alone) return { to: k + 1, type: 'DATE', sem: { k: 'lit', v: w === 'future' ? 'FUTURE_REF' : w === 'past' ? 'PAST_REF' : 'PRESENT_REF' } };
  }
  if ((w === 'near' || w === 'short') && T.at(k + 1) === 'term') return { to: k + 2, type: 'DATE', sem: { k: 'lit', v: 'FUTURE_REF' } };
  if (w === 'end' || w === 'beginning' || w === 'middle' || w === 'start' || w === 'turn') {
    if (T.at(k + 1) !== 'of') return null;
    let j = k + 2;
    const inner = T.at(j) === 'the' ? thePhrase(c, j) ?? null : null;
    if (inner && inner.type === 'DATE') return inner;
    if (DIR[T.at(j)] !== undefined) return null; /* "the end of last year": the gold guide marks "last year" */
    if (T.at(j) === 'the') j++;
    const r = modifierPhrase(c, j, true) ?? yearOrMonth(c, j);
    return r && r.type === 'DATE' ? r : null;
  }
  const ya = yearAgoQuarter(c, k);
  if (ya) return ya;
  if (w === 'year' || w === 'week' || w === 'month' || w === 'weekend' || w === 'decade' || w === 'century') {
    const u = UNITS.get(w) as Unit;
    if (w === 'year' && T.kd(k + 1) === NUM) {
      const y = year(c, k + 1);
      if (y) return { to: y.to, type: 'DATE', sem: { k: 'date', y: y.v } };
    }
    if (w === 'year' && T.at(k + 1) === '-') return null;
    if (w === 'year' && (T.at(k + 1) === 'ended' || T.at(k + 1) === 'ending')) return { to: k + 1, type: 'DURATION', sem: { k: 'lit', v: 'P1Y' } };
    if (w === 'year') {
      const sy = spokenYear(c, k + 1);
      if (sy) return { to: sy.to, type: 'DATE', sem: { k: 'date', y: sy.v } };
    }
    if (w === 'decade' || w === 'century') return null;
    if (w === 'week' && T.at(k + 1) === 'of') {
      /* "the week of March 6": the ISO week of that day */
      const mo = month(c, k + 2);
      const d = mo ? day(c, mo.to) : null;
      if (mo && d) return { to: d.to, type: 'DATE', sem: { k: 'date', m: mo.v, d: d.v, week: true } };
    }
    return { to: k + 1, type: 'DATE', sem: { k: 'rel', unit: u, n: 0 } };
  }
  if (w === 'same' || w === 'that') return modifierPhrase(c, k, true);
  if (w === 'year' || w === 'year-earlier' || (w === 'year' && T.at(k + 1) === '-')) return null;
  const q = quarterPhrase(c, k);
  if (q) return T.at(k + 1) === '-' ? null : q;
  if (w === 'fiscal' && T.at(k + 1) === 'year') {
    const ended = T.at(k + 2) === 'ended' || T.at(k + 2) === 'ending';
    return { to: k + 2, type: ended ? 'DURATION' : 'DATE', sem: ended ? { k: 'lit', v: 'P1Y' } : { k: 'rel', unit: 'Y', n: 0 } };
  }
  if (w === 'current' || w === 'latest' || w === 'full' || w === 'entire' || w === 'whole') {
    let j = k + 1;
    if (T.at(j) === 'fiscal') j++;
    const u = UNITS.get(T.at(j));
    if (u === 'Y' || u === 'M' || u === 'W') return { to: j + 1, type: 'DATE', sem: { k: 'rel', unit: u, n: w === 'latest' && u === 'Y' ? -1 : 0 } };
    if (u === 'Q') return { to: j + 1, type: 'DATE', sem: w === 'current' ? { k: 'quarter', q: null, qOff: 0 } : { k: 'quarter', q: null } };
  }
  if ((w === 'latest' || w === 'last' || w === 'comparable' || w === 'year-ago') && T.at(k + 1) === 'period') return { to: k + 2, type: 'DATE', sem: { k: 'quarter', q: null } };
  if ((w === 'next' || w === 'following') && (T.at(k + 1) === 'morning' || T.at(k + 1) === 'day')) return { to: k + 2, type: 'DATE', sem: { k: 'ana', unit: 'D', n: 1 } };
  if (w === 'quarter' && !T.at(k + 1).startsWith('-')) {
    const end = periodEnd(c, k + 1);
    return { to: k + 1, type: 'DATE', sem: end ? { k: 'quarter', q: null, end } : { k: 'quarter', q: null } };
  }
  const m = modifierPhrase(c, k, true);
  if (m) return m;
  const cnt = countPhrase(c, ORDER_WORDS.has(w) ? k + 1 : k, { the: true });
  if (cnt && cnt.type === 'DURATION') return cnt.sem.k === 'lit' && cnt.sem.hyphen ? null : cnt;
  const y = year(c, k);
  if (y) {
    const q = quarterPhrase(c, y.to);
    if (q && q.sem.k === 'quarter') return { to: q.to, type: 'DATE', sem: { ...q.sem, y: y.v } };
    const nx = T.at(y.to);
    if (nx === 'period' || nx === 'quarter') return { to: y.to + 1, type: 'DATE', sem: { k: 'quarter', q: null, y: y.v } };
    if (nx === 'season') return { to: y.to + 1, type: 'DATE', sem: { k: 'date', y: y.v } };
  }
  if (w === 'early' || w === 'late' || w === 'mid' || w === 'middle') {
    let j = k + 1;
    if (T.at(j) === '-' && T.glued(j)) j++;
    const dec = decade(c, j);
    if (dec) return dec;
    const season = SEASONS.get(T.at(j));
    if (season) return { to: j + 1, type: 'DATE', sem: { k: 'season', s: season, dir: null } };
  }
  if (T.kd(k) === NUM && T.at(k + 1) === 's') return null;
  const dec = decade(c, k);
  if (dec) return dec;
  const s = SEASONS.get(w);
  if (s && w !== 'fall') {
    const y = T.at(k + 1) === 'of' ? year(c, k + 2) ?? spokenYear(c, k + 2) : null;
    return { to: y ? y.to : k + 1, type: 'DATE', sem: { k: 'season', s, y: y?.v, dir: null } };
  }
  return null;
}

function yearOrMonth(c: Ctx, i: number): R {
  const y = year(c, i);
  if (y) return { to: y.to, type: 'DATE', sem: { k: 'date', y: y.v } };
  const m = month(c, i);
  if (m) return { to: m.to, type: 'DATE', sem: { k: 'date', m: m.v } };
  return null;
}

/** "every day", "each Thursday", "every two years", "per year". */
export function everyPhrase(c: Ctx, i: number): R {
  const { T } = c;
  let k = i + 1;
  if (T.at(k) === 'other') k++;
  const d = WEEKDAYS.get(T.at(k));
  if (d !== undefined) return { to: k + 1, type: 'SET', sem: { k: 'lit', v: `XXXX-WXX-${d}` } };
  const m = month(c, k);
  if (m) return { to: m.to, type: 'SET', sem: { k: 'lit', v: `XXXX-${String(m.v).padStart(2, '0')}` } };
  const s = SEASONS.get(T.at(k));
  if (s) return { to: k + 1, type: 'SET', sem: { k: 'lit', v: `XXXX-${s}` } };
  const u = UNITS.get(T.at(k));
  if (u && !T.at(k).endsWith('s')) return { to: k + 1, type: 'SET', sem: { k: 'lit', v: durationValue(k > i + 1 ? 2 : 1, u) } };
  const cnt = countPhrase(c, k);
  if (cnt && cnt.type === 'DURATION' && cnt.sem.k === 'lit') return { to: cnt.to, type: 'SET', sem: cnt.sem };
  return null;
}

/** "year-end", "year-earlier", "year-ago", "year end". */
export function yearWordPhrase(c: Ctx, i: number): R {
  const { T } = c;
  let k = i + 1;
  if (T.at(k) === '-' && T.glued(k)) k++;
  const w = T.at(k);
  if (w === 'end') return { to: k + 1, type: 'DATE', sem: { k: 'date', m: 12, d: 31 } };
  if (w === "'" && T.at(k + 1) === 's' && T.at(k + 2) === 'end') return { to: k + 3, type: 'DATE', sem: { k: 'date', m: 12, d: 31 } };
  if ((w === 'earlier' || w === 'ago') && k > i + 1) {
    const q = yearAgoQuarter(c, i);
    return q ?? { to: k + 1, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: -1, ago: true } };
  }
  return null;
}

const BARE_BEFORE = new Set(['for', 'in', 'within', 'over', 'after', 'the', 'of', 'took', 'take', 'takes', 'lasted', 'last']);

/** "recent years", "coming weeks", "for years", "within weeks": vague plurals. */
export function vaguePlural(c: Ctx, i: number): R {
  const { T } = c;
  const w = T.at(i);
  if (w === 'recent' || w === 'coming') {
    const u = UNITS.get(T.at(i + 1));
    if (!u || !T.at(i + 1).endsWith('s')) return null;
    if (w === 'recent' && u === 'Y') return { to: i + 2, type: 'DATE', sem: { k: 'lit', v: 'PAST_REF' } };
    if (w === 'coming' && u === 'M') return { to: i + 2, type: 'DATE', sem: { k: 'lit', v: 'FUTURE_REF' } };
    return { to: i + 2, type: 'DURATION', sem: { k: 'lit', v: durationValue(NaN, u) } };
  }
  const u = UNITS.get(w);
  if (u && u !== 'WE' && T.at(i + 1) === '-' && T.glued(i + 1) && T.at(i + 2) === 'long' && T.glued(i + 2) && !titled(T, i)) {
    /* "decades-long battle", "their third day-long meeting" */
    return { to: i + 3, type: 'DURATION', sem: { k: 'lit', v: durationValue(w.endsWith('s') ? NaN : 1, u) } };
  }
  if (!u || !w.endsWith('s') || u === 'WE' || u === 'S' || !BARE_BEFORE.has(prevWord(c, i))) return null;
  if (T.at(i + 1) === '-' || T.at(i + 1) === 'old') return null;
  return { to: i + 1, type: 'DURATION', sem: { k: 'lit', v: durationValue(NaN, u) } };
}
