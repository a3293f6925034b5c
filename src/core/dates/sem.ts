/** What the grammar recognised, before resolution against the publication time. */
import type { TimexType } from '../types';
import type { Unit } from './lexicon';

/** Direction of an underspecified expression: -1 past, +1 future, 0 the current one, null by tense. */
export type Dir = -1 | 0 | 1 | null;

export type Sem =
  /** A calendar date, complete or partial; `yOff` is a year offset from publication ("June last year"). */
  | { k: 'date'; y?: number; m?: number; d?: number; yOff?: number; time?: string; dir?: Dir; week?: boolean }
  /** A weekday, resolved by `dir` (last/next/this) or tense. */
  | { k: 'dow'; dow: number; dir: Dir; time?: string; ana?: boolean }
  /** `n` units from publication at the unit's granularity (yesterday: D -1; last week: W -1). */
  | { k: 'rel'; unit: Unit; n: number; time?: string; ago?: boolean }
  /** A season, in `y` or `yOff` from publication, else by `dir`/tense. */
  | { k: 'season'; s: string; y?: number; yOff?: number; dir: Dir; near?: boolean }
  /** A quarter or half (`half`) of a year; q null = "the quarter" (the latest completed). */
  | { k: 'quarter'; q: number | null; y?: number; yOff?: number; half?: boolean; qOff?: number; end?: { m: number; y?: number; ending?: boolean } }
  /** A clock time on the publication day unless `date` is given. */
  | { k: 'time'; time: string }
  /** A fixed value (PRESENT_REF, P3D, XXXX-WXX-1, 199 …). */
  | { k: 'lit'; v: string | null; hyphen?: boolean }
  /** Relative to the previous date of the text ("that year", "the following day"). */
  | { k: 'ana'; unit: Unit; n: number; ago?: boolean };

/** One recognised expression over tokens [from, to). */
export interface Match {
  from: number;
  to: number;
  type: TimexType;
  sem: Sem;
}
