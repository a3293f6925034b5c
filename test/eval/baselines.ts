/**
 * The peers of `npm run eval`: what a user would otherwise pick, run as-is (no news-specific rules),
 * with one signature per layer so every section can put them in the same tables.
 * Every offset is a UTF-16 index into the text given (start inclusive, end exclusive).
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import compromiseDatesPlugin from 'compromise-dates';
import winkNLP, { type ItemEntity } from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import type { TimexType } from '../../src/core/types';
import { chronoValue, compromiseDuration, compromiseValue, referenceDate } from './baselines-values';

/** A date found by a peer. `value` is a TIMEX3 value, null when the peer gives none. */
export interface PeerDate {
  start: number;
  end: number;
  value: string | null;
  type: TimexType;
}

/** A quote or person span found by a peer. */
export interface PeerSpan {
  start: number;
  end: number;
}

/** A person found by a peer, with the text it covers. */
export interface PeerPerson extends PeerSpan {
  text: string;
}

/** A date peer: text and the reference time (ISO date or date-time; null = now). */
export type DatePeer = (text: string, dct: string | null) => PeerDate[];

/** chrono-node alone: `chrono.parse(text, refDate)`, valued from the components chrono is certain of. */
export function chronoDates(text: string, dct: string | null): PeerDate[] {
  const ref = referenceDate(dct);
  return chrono.parse(text, ref).map((r) => {
    const { value, type } = chronoValue(r.start);
    return { start: r.index, end: r.index + r.text.length, value, type };
  });
}

type WinkNlp = ReturnType<typeof winkNLP>;
let wink: WinkNlp | null = null;

/**
 * wink-nlp with wink-eng-lite-web-model: its DATE and TIME entities (and DURATION ones, typed
 * DURATION with a null value). Valued by running chrono on the entity text alone with the same
 * reference date (the value rule of `chronoDates`); a bare four-digit year gets that year; else null.
 */
export function winkDates(text: string, dct: string | null): PeerDate[] {
  wink ??= winkNLP(winkModel);
  const its = wink.its;
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i].length;
    if (!text.startsWith(values[i], cursor)) {
      const at = text.indexOf(values[i], cursor);
      if (at >= 0) cursor = at;
    }
    starts.push(cursor);
    cursor += values[i].length;
  }
  const ref = referenceDate(dct);
  const out: PeerDate[] = [];
  doc.entities().each((e: ItemEntity) => {
    const kind = e.out(its.type) as string;
    if (kind !== 'DATE' && kind !== 'TIME' && kind !== 'DURATION') return;
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const start = starts[first];
    const end = Math.min(text.length, starts[last] + values[last].length);
    if (kind === 'DURATION') {
      out.push({ start, end, value: null, type: 'DURATION' });
      return;
    }
    const surface = text.slice(start, end);
    const parsed = chrono.parse(surface, ref)[0];
    if (parsed) {
      const { value, type } = chronoValue(parsed.start);
      out.push({ start, end, value, type });
    } else {
      out.push({ start, end, value: /^\d{4}$/.test(surface) ? surface : null, type: kind === 'TIME' ? 'TIME' : 'DATE' });
    }
  });
  return out;
}

interface CompromiseTerm {
  pre: string;
  post: string;
  offset: { start: number; length: number };
}
interface CompromiseMatch {
  terms: CompromiseTerm[];
  dates?: { start: string | null; unit?: string; repeat?: { interval?: Record<string, number> } };
  duration?: Record<string, number>;
}

let datesReady = false;
function compromise(text: string) {
  if (!datesReady) {
    nlp.plugin(compromiseDatesPlugin);
    datesReady = true;
  }
  return nlp(text);
}

/** The span from the first term's text to the last term's text (pre/post punctuation excluded). */
function termSpan(m: CompromiseMatch): PeerSpan | null {
  const first = m.terms[0];
  const last = m.terms[m.terms.length - 1];
  if (!first || !last) return null;
  return { start: first.offset.start, end: last.offset.start + last.offset.length };
}

/**
 * compromise + compromise-dates: `nlp(text).dates({today}).json({offset:true})`, valued from the
 * start date truncated to the unit it reports (day → YYYY-MM-DD, week → YYYY-Www, time → …THH:MM);
 * repeating dates are SET; `.durations()` not overlapping a date give DURATION (P3D, P15Y2W).
 */
export function compromiseDates(text: string, dct: string | null): PeerDate[] {
  const doc = compromise(text);
  const today = dct ?? new Date().toISOString().slice(0, 16);
  const view = (doc as unknown as { dates(o: object): { json(o: object): CompromiseMatch[] } }).dates({ today, timezone: 'UTC' });
  const out: PeerDate[] = [];
  for (const m of view.json({ offset: true })) {
    const span = termSpan(m);
    if (!span) continue;
    out.push({ ...span, ...compromiseValue(m.dates) });
  }
  const durations = (doc as unknown as { durations(): { json(o: object): CompromiseMatch[] } }).durations();
  for (const m of durations.json({ offset: true })) {
    const span = termSpan(m);
    if (!span || out.some((d) => d.start < span.end && span.start < d.end)) continue;
    out.push({ ...span, value: compromiseDuration(m.duration), type: 'DURATION' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** compromise `.quotations()`: each span from its opening mark to its closing mark. */
export function compromiseQuotes(text: string): PeerSpan[] {
  const doc = compromise(text);
  const out: PeerSpan[] = [];
  for (const m of doc.quotations().json({ offset: true }) as CompromiseMatch[]) {
    const span = termSpan(m);
    if (!span) continue;
    // The marks are in the edge terms' pre/post punctuation: widen over them, not over spaces.
    const pre = m.terms[0].pre.replace(/^\s+/, '');
    const post = m.terms[m.terms.length - 1].post.replace(/\s+$/, '');
    out.push({ start: Math.max(0, span.start - pre.length), end: Math.min(text.length, span.end + post.length) });
  }
  return out;
}

/** compromise `.people()`: the name's terms, without surrounding punctuation. */
export function compromisePeople(text: string): PeerPerson[] {
  const doc = compromise(text);
  const out: PeerPerson[] = [];
  for (const m of doc.people().json({ offset: true }) as CompromiseMatch[]) {
    const span = termSpan(m);
    if (span) out.push({ ...span, text: text.slice(span.start, span.end) });
  }
  return out;
}

/** The date peers by name, in table order. */
export const DATE_PEERS: ReadonlyArray<{ name: string; run: DatePeer }> = [
  { name: 'chrono-node', run: chronoDates },
  { name: 'wink-nlp', run: winkDates },
  { name: 'compromise-dates', run: compromiseDates },
];
