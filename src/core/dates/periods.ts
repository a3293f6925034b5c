/** Calendar periods of the date grammar: quarters and halves, fiscal years, decades and centuries, holidays. */
import type { Sem } from './sem';
import type { R } from './grammar';
import { day, month, year, type Ctx } from './atoms';
import { DIR, ORDINALS } from './lexicon';
import { NUM } from './tokens';

/** "third-quarter", "the fourth quarter of 1990", "fiscal 1989", "the first half", "Q3". */
export function quarterPhrase(c: Ctx, i: number): R {
  const { T } = c;
  let k = i;
  let fiscal = false;
  if (T.at(k) === 'fiscal') {
    fiscal = true;
    k++;
    if (T.at(k) === '-' && T.glued(k)) k++;
    if (T.at(k) === 'year' && year(c, k + 1)) k++;
    const y = year(c, k);
    if (y) return { to: y.to, type: 'DATE', sem: { k: 'date', y: y.v } };
  }
  const ord = ORDINALS.get(T.at(k));
  if (ord === undefined && T.at(k) !== 'last' && T.at(k) !== 'latest' && T.at(k) !== 'second') return null;
  let q = ord ?? null;
  k++;
  if (T.at(k) === '-' && T.glued(k)) k++;
  const unit = T.at(k);
  if (unit !== 'quarter' && unit !== 'half') return fiscal ? null : null;
  if (q === null && unit === 'half') q = 2;
  k++;
  const sem: Sem & { k: 'quarter' } = { k: 'quarter', q, half: unit === 'half' };
  if (T.at(k) === 'of') {
    const y = year(c, k + 1) ?? (T.at(k + 1) === 'fiscal' ? year(c, k + 2) : null);
    if (y) {
      sem.y = y.v;
      k = y.to;
    } else if ((T.at(k + 1) === 'this' || T.at(k + 1) === 'next' || T.at(k + 1) === 'last') && T.at(k + 2) === 'year') {
      sem.yOff = DIR[T.at(k + 1)];
      k += 3;
    } else if (T.at(k + 1) === 'the' && T.at(k + 2) === 'year') {
      k += 3; /* "the first half of the year": the year by tense, like "the first half" */
    } else {
      const dec = decade(c, T.at(k + 1) === 'the' ? k + 2 : k + 1);
      if (dec) return dec;
    }
  }
  return { to: k, type: 'DATE', sem };
}

/** "the year-earlier quarter", "the year-ago period". */
export function yearAgoQuarter(c: Ctx, k: number): R {
  const { T } = c;
  if (T.at(k) !== 'year' || T.at(k + 1) !== '-' || (T.at(k + 2) !== 'earlier' && T.at(k + 2) !== 'ago')) return null;
  let j = k + 3;
  const ord = ORDINALS.get(T.at(j));
  if (ord !== undefined) j++;
  if (T.at(j) === 'quarter' || T.at(j) === 'period') return { to: j + 1, type: 'DATE', sem: { k: 'quarter', q: ord ?? null, yOff: -1 } };
  return null;
}

const DECADE_WORDS: Record<string, string> = { twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' };

/** "the 1980s", "the '80s", "the nineties", "the 20th century". */
export function decade(c: Ctx, k: number): R {
  const { T } = c;
  const w = T.at(k);
  if (DECADE_WORDS[w]) return { to: k + 1, type: 'DATE', sem: { k: 'lit', v: `19${DECADE_WORDS[w]}` } };
  if (w === "'" && T.kd(k + 1) === NUM && T.at(k + 1).length === 2 && T.at(k + 2) === 's') {
    return { to: k + 3, type: 'DATE', sem: { k: 'lit', v: `19${T.at(k + 1)[0]}` } };
  }
  if (T.kd(k) === NUM && T.at(k).length === 4 && T.at(k + 1) === 's' && T.glued(k + 1)) {
    return { to: k + 2, type: 'DATE', sem: { k: 'lit', v: T.at(k).slice(0, 3) } };
  }
  if (T.kd(k) === NUM && T.at(k).length <= 2 && /^(st|nd|rd|th)$/.test(T.at(k + 1)) && T.at(k + 2) === 'century') {
    return { to: k + 3, type: 'DATE', sem: { k: 'lit', v: String(Number(T.at(k)) - 1).padStart(2, '0') } };
  }
  return null;
}

const HOLIDAYS: Record<string, [number, number]> = { christmas: [12, 25], thanksgiving: [11, 0], halloween: [10, 31] };

/** "Christmas", "Thanksgiving Day", "Election Day" (US): d 0 = fourth Thursday of November, -1 = election Tuesday. */
export function holiday(c: Ctx, i: number): R {
  const { T } = c;
  const w = T.at(i);
  if (!w || !T.upper(i)) return null;
  let h = HOLIDAYS[w];
  let to = i + 1;
  if (w === 'election' && T.at(i + 1) === 'day' && T.upper(i + 1)) h = [11, -1];
  if (!h) return null;
  if (T.at(to) === 'day' && T.upper(to)) to++;
  else if (w === 'christmas' && T.at(to) === 'eve') return { to: to + 1, type: 'DATE', sem: { k: 'date', m: 12, d: 24 } };
  return { to, type: 'DATE', sem: { k: 'date', m: h[0], d: h[1] } };
}

/** "… ended Dec. 31", "… ending June 30, 2013" after a period: the month (and year) it ended, or null. */
export function periodEnd(c: Ctx, k: number): { m: number; y?: number; ending?: boolean } | null {
  const { T } = c;
  if (T.at(k) !== 'ended' && T.at(k) !== 'ending') return null;
  const mo = month(c, k + 1);
  if (!mo || !day(c, mo.to)) return null;
  const d = day(c, mo.to);
  const j = d && T.at(d.to) === ',' ? d.to + 1 : d?.to ?? mo.to;
  const y = year(c, j);
  return T.at(k) === 'ending' ? { m: mo.v, y: y?.v, ending: true } : { m: mo.v, y: y?.v };
}
