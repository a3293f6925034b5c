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

/**
 * Calls on which a peer threw, by peer. compromise-dates throws ("isValid is not a function") on
 * "third-quarter": such a document is redone sentence by sentence, and only the sentences that throw
 * are lost (each counted here).
 */
export const peerFailures: Record<string, number> = {};

/** A peer that never throws: a failure counts in `peerFailures` and gives no prediction. */
function safely<A extends unknown[], R>(peer: string, run: (...args: A) => R[]): (...args: A) => R[] {
  return (...args: A) => {
    try {
      return run(...args);
    } catch {
      peerFailures[peer] = (peerFailures[peer] ?? 0) + 1;
      return [];
    }
  };
}

/** chrono-node alone: `chrono.parse(text, refDate)`, valued from the components chrono is certain of. */
export const chronoDates = safely('chrono-node', (text: string, dct: string | null): PeerDate[] => {
  const ref = referenceDate(dct);
  return chrono.parse(text, ref).map((r) => {
    const { value, type } = chronoValue(r.start);
    return { start: r.index, end: r.index + r.text.length, value, type };
  });
});

type WinkNlp = ReturnType<typeof winkNLP>;
let wink: WinkNlp | null = null;

/**
 * wink-nlp with wink-eng-lite-web-model: its DATE and TIME entities (and DURATION ones, typed
 * DURATION with a null value). Valued by running chrono on the entity text alone with the same
 * reference date (the value rule of `chronoDates`); a bare four-digit year gets that year; else null.
 */
export const winkDates = safely('wink-nlp', (text: string, dct: string | null): PeerDate[] => {
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
});

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

type JsonView = { json(o: object): CompromiseMatch[] };
type DatesDoc = { dates(o: object): JsonView; durations(): JsonView; sentences(): { forEach(f: (s: DatesDoc) => void): void } };

function guarded(peer: string, whole: () => CompromiseMatch[], each: (doc: DatesDoc) => CompromiseMatch[], text: string): CompromiseMatch[] {
  try {
    return whole();
  } catch {
    const out: CompromiseMatch[] = [];
    (compromise(text) as unknown as DatesDoc).sentences().forEach((sentence) => {
      try {
        out.push(...each(sentence));
      } catch {
        peerFailures[peer] = (peerFailures[peer] ?? 0) + 1;
      }
    });
    return out;
  }
}

/**
 * compromise + compromise-dates: `nlp(text).dates({today}).json({offset:true})`, valued from the
 * start date truncated to the unit it reports (day → YYYY-MM-DD, week → YYYY-Www, time → …THH:MM);
 * repeating dates are SET; `.durations()` not overlapping a date give DURATION (P3D, P15Y2W).
 */
export const compromiseDates = safely('compromise-dates', (text: string, dct: string | null): PeerDate[] => {
  const doc = compromise(text) as unknown as DatesDoc;
  const opts = { today: dct ?? new Date().toISOString().slice(0, 16), timezone: 'UTC' };
  const out: PeerDate[] = [];
  const dates = guarded('compromise-dates', () => doc.dates(opts).json({ offset: true }), (s) => s.dates(opts).json({ offset: true }), text);
  for (const m of dates) {
    const span = termSpan(m);
    if (span) out.push({ ...span, ...compromiseValue(m.dates) });
  }
  const durations = guarded('compromise-dates', () => doc.durations().json({ offset: true }), (s) => s.durations().json({ offset: true }), text);
  for (const m of durations) {
    const span = termSpan(m);
    if (!span || out.some((d) => d.start < span.end && span.start < d.end)) continue;
    out.push({ ...span, value: compromiseDuration(m.duration), type: 'DURATION' });
  }
  return out.sort((a, b) => a.start - b.start);
});

/** compromise `.quotations()`: each span from its opening mark to its closing mark. */
export const compromiseQuotes = safely('compromise', (text: string): PeerSpan[] => {
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
});

/** compromise `.people()`: the name's terms, without surrounding punctuation. */
export const compromisePeople = safely('compromise people()', (text: string): PeerPerson[] => {
  const doc = compromise(text);
  const out: PeerPerson[] = [];
  for (const m of doc.people().json({ offset: true }) as CompromiseMatch[]) {
    const span = termSpan(m);
    if (span) out.push({ ...span, text: text.slice(span.start, span.end) });
  }
  return out;
});

/** The date peers by name, in table order. */
export const DATE_PEERS: ReadonlyArray<{ name: string; run: DatePeer }> = [
  { name: 'chrono-node', run: chronoDates },
  { name: 'wink-nlp', run: winkDates },
  { name: 'compromise-dates', run: compromiseDates },
];
