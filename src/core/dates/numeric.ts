/**
 * Numeric and unusual calendar dates ("12/17/2021", "17.12.2021", "the 17th of December, 2021") handed to
 * chrono-node on a short window around the head only.
 */
import * as chrono from 'chrono-node';
import type { Match } from './sem';
import type { Ctx } from './atoms';
import { NUM } from './tokens';
import type { Day } from './calendar';

const SPAN = 40;

function worth(c: Ctx, a: number): boolean {
  const { T } = c;
  if (T.kd(a) !== NUM || T.at(a).length > 4) return false;
  const sep = T.at(a + 1);
  return (sep === '/' || sep === '.') && T.glued(a + 1) && T.kd(a + 2) === NUM && T.glued(a + 2) && T.at(a + 3) === sep && T.glued(a + 3) && T.kd(a + 4) === NUM;
}

/** A date chrono-node reads starting exactly at token `a`, or null. */
export function chronoAt(c: Ctx, a: number, pub: Day | null): Match | null {
  const { T, text } = c;
  if (!T.has(a) || !worth(c, a)) return null;
  const s = T.s[a];
  const windowText = text.slice(s, s + SPAN);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.strict.parse(windowText, pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : undefined);
  } catch {
    return null;
  }
  const r = results.find((x) => x.index === 0);
  if (!r || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  const end = s + r.text.length;
  let to = a;
  while (T.has(to) && T.e[to] <= end) to++;
  if (to === a || T.e[to - 1] !== end) return null;
  const y = r.start.isCertain('year') ? r.start.get('year') ?? undefined : undefined;
  const m = r.start.get('month') ?? undefined;
  const d = r.start.get('day') ?? undefined;
  return { from: a, to, type: 'DATE', sem: { k: 'date', y, m, d } };
}
