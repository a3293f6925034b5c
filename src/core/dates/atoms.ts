/** Small recognisers the date grammar is built from: months, weekdays, years, days, clock times, counts. */
import { MONTHS, NUMBERS, WEEKDAYS, WEEKDAY_ABBR, ZONES } from './lexicon';
import { NUM, PUNCT, Tokens, WORD, isAlnum, lowerWord, wordBefore } from './tokens';

/** A recognised piece: its value and the token index after it. */
export interface Got<T> {
  v: T;
  to: number;
}

/** The grammar's view of the text: the token window plus the raw text for look-behind. */
export interface Ctx {
  T: Tokens;
  text: string;
}

/** First letter uppercase. */
export function capital(T: Tokens, i: number): boolean {
  return T.upper(i);
}

/** Lowercased word just before token `i` in the text (outside the window too), or ''. */
export function prevWord(c: Ctx, i: number): string {
  const s = c.T.s[i];
  const p = wordBefore(c.text, s, Math.max(0, s - 40));
  if (p < 0) return '';
  if (!isAlnum(c.text.charCodeAt(p))) return c.text.slice(p, p + 1).toLowerCase();
  let e = p + 1;
  while (e < s && isAlnum(c.text.charCodeAt(e))) e++;
  return lowerWord(c.text, p, e);
}

const MONTH_CONTEXT = new Set([
  'in', 'of', 'since', 'until', 'till', 'by', 'from', 'through', 'before', 'after', 'during', 'early', 'late', 'mid',
  'last', 'next', 'this', 'between', 'and', 'or', 'to', 'on', 'each', 'every', 'the', 'throughout', '-', 'into', 'around',
]);
const NAME_MONTHS = new Set(['may', 'june', 'april', 'august', 'jan']);
const NAME_AUX = new Set(['has', 'had', 'is', 'was', 'will', 'would']);
const NAME_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'stressed', 'noted', 'wrote', 'argued', 'insisted', 'warned', 'announced', 'believes', 'thinks', 'wants']);
const PREPOSITIONS = new Set(['for', 'in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'before', 'after', 'of', 'early', 'late', 'mid', 'last', 'next', 'this']);
const FULL_SHORT = new Set(['may', 'june', 'july']);

/** A month name; abbreviations take their period; "May"/"March" alone need a calendar context. */
export function month(c: Ctx, i: number): Got<number> | null {
  const { T } = c;
  const m = MONTHS.get(T.at(i));
  if (m === undefined || !capital(T, i)) return null;
  const w = T.at(i);
  let to = i + 1;
  const full = w.length > 4 || FULL_SHORT.has(w);
  if (!full && T.at(to) === '.' && T.glued(to)) to++;
  const nextIsNum = T.kd(to) === NUM || (T.has(to) && T.kd(to) === WORD && T.at(to) === 'of' && T.kd(to + 1) === NUM);
  if (!full && to === i + 1 && !nextIsNum) return null;
  const after = T.at(to);
  if (!nextIsNum && (NAME_VERBS.has(after) || (NAME_AUX.has(after) && NAME_MONTHS.has(w))) && !PREPOSITIONS.has(prevWord(c, i))) return null;
  if (w === 'may' || w === 'march' || (!full && to === i + 1)) {
    if (!nextIsNum && !MONTH_CONTEXT.has(prevWord(c, i))) return null;
  }
  return { v: m, to };
}

/** A weekday name (capitalised), abbreviations only with a period. */
export function weekday(c: Ctx, i: number): Got<number> | null {
  const { T } = c;
  const w = T.at(i);
  if (!w || !capital(T, i)) return null;
  const d = WEEKDAYS.get(w);
  if (d !== undefined) return w.endsWith('s') ? null : { v: d, to: i + 1 };
  const a = WEEKDAY_ABBR.get(w);
  if (a !== undefined && T.at(i + 1) === '.' && T.glued(i + 1)) return { v: a, to: i + 2 };
  return null;
}

/** A four-digit year 1000–2199. */
export function year(c: Ctx, i: number): Got<number> | null {
  const { T } = c;
  if (!T.has(i) || T.kd(i) !== NUM || T.at(i).length !== 4) return null;
  const y = Number(T.at(i));
  if (y < 1000 || y > 2199) return null;
  if (T.at(i + 1) === ',' && T.glued(i + 1) && T.kd(i + 2) === NUM && T.glued(i + 2)) return null;
  if (T.at(i + 1) === '.' && T.glued(i + 1) && T.kd(i + 2) === NUM && T.glued(i + 2)) return null;
  return { v: y, to: i + 1 };
}

/** A day of the month 1–31, with an optional ordinal suffix. */
export function day(c: Ctx, i: number): Got<number> | null {
  const { T } = c;
  if (!T.has(i) || T.kd(i) !== NUM || T.at(i).length > 2) return null;
  const d = Number(T.at(i));
  if (d < 1 || d > 31) return null;
  let to = i + 1;
  const suf = T.at(to);
  if ((suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') && T.glued(to)) to++;
  if (T.at(to) === ':' && T.glued(to) && T.kd(to + 1) === NUM && T.glued(to + 1)) return null;
  if (T.kd(to) === NUM && T.glued(to)) return null;
  return { v: d, to };
}

function meridiem(T: Tokens, i: number): Got<number> | null {
  const w = T.at(i);
  if (w === 'am' || w === 'pm') return { v: w === 'pm' ? 12 : 0, to: i + 1 };
  if ((w === 'a' || w === 'p') && T.at(i + 1) === '.' && T.glued(i + 1) && T.at(i + 2) === 'm' && T.glued(i + 2)) {
    let to = i + 3;
    if (T.at(to) === '.' && T.glued(to)) to++;
    return { v: w === 'p' ? 12 : 0, to };
  }
  return null;
}

/** True when only whitespace, an opening quote or bracket separates `pos` from a sentence end (or the text start). */
export function sentenceStart(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 34 || text.charCodeAt(p) === 0x201c || text.charCodeAt(p) === 40)) p--;
  if (p < 0) return true;
  const c = text.charCodeAt(p);
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 58;
}

/** "4 in the morning", "9 in the evening": 0 or 12 hours like a.m./p.m. */
function dayHalf(T: Tokens, i: number): Got<number> | null {
  if (T.at(i) !== 'in' || T.at(i + 1) !== 'the') return null;
  const w = T.at(i + 2);
  if (w === 'morning') return { v: 0, to: i + 3 };
  if (w === 'afternoon' || w === 'evening') return { v: 12, to: i + 3 };
  return null;
}

/** A clock time: "21:37", "10:35 a.m.", "3 p.m.", "noon", "midnight", with an optional time zone. */
export function clock(c: Ctx, i: number): Got<string> | null {
  const { T } = c;
  const w = T.at(i);
  let h: number;
  let min = 0;
  let to: number;
  if ((w === 'noon' || w === 'midday' || w === 'midnight') && T.upper(i) && !T.allUpper(i) && !sentenceStart(c.text, T.s[i])) return null;
  if (w === 'noon' || w === 'midday') {
    h = 12;
    to = i + 1;
  } else if (w === 'midnight') {
    h = 24;
    to = i + 1;
  } else {
    if (!T.has(i) || T.kd(i) !== NUM || T.at(i).length > 2) return null;
    h = Number(T.at(i));
    to = i + 1;
    let minutes = false;
    if (T.at(to) === ':' && T.glued(to) && T.kd(to + 1) === NUM && T.glued(to + 1) && T.at(to + 1).length === 2) {
      min = Number(T.at(to + 1));
      to += 2;
      minutes = true;
      if (T.at(to) === ':' && T.glued(to) && T.kd(to + 1) === NUM && T.at(to + 1).length === 2) to += 2;
    }
    const mer = meridiem(T, to) ?? dayHalf(T, to);
    if (mer) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + mer.v;
      to = mer.to;
    } else if (!minutes || h > 24) return null;
    if (min > 59) return null;
    if (T.at(to) === ':' && T.glued(to)) return null;
  }
  if (ZONES.has(T.at(to)) && T.allUpper(to)) to++;
  else if ((T.at(to) === 'local' || T.at(to) === 'moscow') && T.at(to + 1) === 'time') to += 2;
  return { v: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`, to };
}

const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);

/** A count: digits ("72", "2.5", "5 1/2"), number words ("twenty four", "twenty-four", "a"); NaN = vague ("several"). */
export function count(c: Ctx, i: number): Got<number> | null {
  const { T } = c;
  const w = T.at(i);
  if (!w) return null;
  if (T.kd(i) === NUM) {
    let v = Number(w);
    let to = i + 1;
    if (T.at(to) === '.' && T.glued(to) && T.kd(to + 1) === NUM && T.glued(to + 1)) {
      v = Number(`${w}.${T.at(to + 1)}`);
      to += 2;
    } else if (T.at(to) === ',' && T.glued(to) && T.kd(to + 1) === NUM && T.glued(to + 1)) return null;
    if (T.kd(to) === NUM && T.at(to) === '1' && T.at(to + 1) === '/' && T.at(to + 2) === '2') {
      v += 0.5;
      to += 3;
    }
    return { v, to };
  }
  if (w === 'a' && T.at(i + 1) === 'few') return { v: NaN, to: i + 2 };
  if ((w === 'a' || w === 'an') && T.at(i + 1) === 'couple') return { v: 2, to: T.at(i + 2) === 'of' ? i + 3 : i + 2 };
  if (w === 'several' || w === 'few' || w === 'many' || w === 'some' || w === 'numerous') return { v: NaN, to: i + 1 };
  const n = NUMBERS.get(w);
  if (n === undefined || w === 'hundred' || w === 'half' || w === 'dozen') {
    if (w === 'half' && (T.at(i + 1) === 'a' || T.at(i + 1) === 'an')) return { v: 0.5, to: i + 2 };
    return null;
  }
  let v = n;
  let to = i + 1;
  if (TENS.has(n)) {
    let k = to;
    if (T.at(k) === '-' && T.glued(k)) k++;
    const u = NUMBERS.get(T.at(k));
    if (u !== undefined && u >= 1 && u <= 9 && T.kd(k) === WORD && T.at(k) !== 'a' && T.at(k) !== 'an') {
      v += u;
      to = k + 1;
    }
  }
  if (T.at(to) === 'hundred') {
    v *= 100;
    to++;
  }
  return { v, to };
}

/** Spoken years: "nineteen ninety-six", "two thousand", "the year two thousand". */
export function spokenYear(c: Ctx, i: number): Got<number> | null {
  const { T } = c;
  if (T.at(i) === 'nineteen') {
    const rest = count(c, i + 1);
    if (rest && rest.v >= 10 && rest.v < 100 && T.kd(i + 1) === WORD) return { v: 1900 + rest.v, to: rest.to };
    return null;
  }
  if (T.at(i) === 'two' && T.at(i + 1) === 'thousand') {
    let to = i + 2;
    let v = 2000;
    const k = T.at(to) === 'and' ? to + 1 : to;
    const u = NUMBERS.get(T.at(k));
    if (u !== undefined && u >= 1 && u < 100 && T.kd(k) === WORD && T.at(k) !== 'a') {
      v += u;
      to = k + 1;
    }
    return { v, to };
  }
  return null;
}

/** True for a punctuation token. */
export function isPunct(T: Tokens, i: number): boolean {
  return T.has(i) && T.kd(i) === PUNCT;
}
