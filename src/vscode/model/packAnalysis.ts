/**
 * The analysis packed for the trip from the analysis worker to the extension host: the long lists
 * (claims, quotes, dates, mentions, paragraphs) as flat `Int32Array`s (transferred, not copied), the
 * rest as one small JSON text with a table of the strings the lists use. A span's `text` is not sent
 * when it equals the analysed text between its offsets (nearly always): the host, which sent that
 * text, slices it back. Unpacking rebuilds the very same `Analysis` in short turns.
 */
import type {
  Analysis, ArticleStructure, Claim, DateMention, DateResolution, MentionKind, Official, Paragraph, ParagraphRole,
  PersonMention, Quote, Span, Stance, TextSpan, TimexType,
} from '../../core/types';

/** An analysis as sent by the worker ({@link packAnalysis}). */
export interface PackedAnalysis {
  /** JSON of {@link Head}. */
  head: string;
  claims: Int32Array;
  /** The claims' `quotes` lists, one after the other. */
  claimQuotes: Int32Array;
  quotes: Int32Array;
  /** The quotes' `nested` spans, start and end, one after the other. */
  nested: Int32Array;
  dates: Int32Array;
  mentions: Int32Array;
  paragraphs: Int32Array;
}

interface Head {
  length: number;
  published: string | null;
  publishedSource: Analysis['publishedSource'];
  /** Without its paragraphs. */
  structure: ArticleStructure;
  /** Without their mentions. */
  officials: Official[];
  notices: Analysis['notices'];
  strings: string[];
}

/** Ints per item of each list. */
export const CLAIM_INTS = 16;
export const QUOTE_INTS = 11;
export const DATE_INTS = 7;
export const MENTION_INTS = 6;
export const PARAGRAPH_INTS = 3;

const STANCES: readonly Stance[] = ['neutral', 'emphatic', 'contested', 'negative'];
const TIMEX: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
const RESOLUTIONS: readonly DateResolution[] = ['absolute', 'publication', 'dateline', 'tense-past', 'tense-future', 'nearest', 'none'];
const MENTION_KINDS: readonly MentionKind[] = ['name', 'title', 'pronoun'];
const ROLES: readonly ParagraphRole[] = ['headline', 'header', 'lead', 'body', 'boilerplate'];

/** A claim id the core derived from the positions ({@link claimId}) is not sent. */
const DERIVED = -2;

/** The core's claim id for these positions (src/core/claims). */
function claimId(start: number, end: number, cue: Span | null): string {
  return `claim-${start}-${end}-${cue ? cue.start : 'x'}`;
}

/** The buffers of a packed analysis, for `postMessage`'s transfer list. */
export function transferablesOf(p: PackedAnalysis): ArrayBuffer[] {
  return [p.claims, p.claimQuotes, p.quotes, p.nested, p.dates, p.mentions, p.paragraphs].map((a) => a.buffer as ArrayBuffer);
}

/** Grows by doubling; `done()` gives the filled part. */
class IntList {
  private a: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.a = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = v;
  }
  done(): Int32Array {
    return this.a.slice(0, this.length);
  }
}

/**
 * A table of distinct strings sent beside packed numbers: `str(s)` gives the index of `s` in
 * `strings` (added on first use), -1 for null or undefined.
 */
export function stringTable(): { strings: string[]; str: (s: string | null | undefined) => number } {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const str = (s: string | null | undefined): number => {
    if (s === null || s === undefined) return -1;
    let i = ids.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      ids.set(s, i);
    }
    return i;
  };
  return { strings, str };
}

/** Packs `analysis` of `text` (the text it was computed on) for {@link unpackAnalysis}. */
export function packAnalysis(analysis: Analysis, text: string): PackedAnalysis {
  const { strings, str } = stringTable();
  /** -1 when the span's text is the analysed text at its offsets (the host slices it), else its string. */
  const textOf = (s: TextSpan): number => (s.end - s.start === s.text.length && text.startsWith(s.text, s.start) ? -1 : str(s.text));
  const index = <T>(list: readonly T[], v: T): number => Math.max(0, list.indexOf(v));

  const claims = new IntList(analysis.claims.length * CLAIM_INTS);
  const claimQuotes = new IntList(analysis.claims.length);
  for (const c of analysis.claims) {
    claims.push(c.start); claims.push(c.end); claims.push(textOf(c)); claims.push(c.id === claimId(c.start, c.end, c.cue) ? DERIVED : str(c.id));
    claims.push(c.cue ? c.cue.start : -1); claims.push(c.cue ? c.cue.end : -1); claims.push(c.cue ? textOf(c.cue) : -1);
    claims.push(str(c.speaker)); claims.push(str(c.speakerId));
    claims.push(c.source ? c.source.start : -1); claims.push(c.source ? c.source.end : -1); claims.push(c.source ? textOf(c.source) : -1);
    claims.push((c.anonymous ? 1 : 0) | (index(STANCES, c.stance) << 1));
    claims.push(c.date ?? -1);
    claims.push(claimQuotes.length); claims.push(c.quotes.length);
    for (const q of c.quotes) claimQuotes.push(q);
  }
  const quotes = new IntList(analysis.quotes.length * QUOTE_INTS);
  const nested = new IntList(16);
  for (const q of analysis.quotes) {
    quotes.push(q.start); quotes.push(q.end); quotes.push(textOf(q));
    quotes.push(q.kind === 'term' ? 1 : 0); quotes.push(str(q.speaker)); quotes.push(str(q.open)); quotes.push(str(q.close));
    quotes.push(q.unbalanced ? 1 : 0); quotes.push(q.multiParagraph ? 1 : 0);
    quotes.push(nested.length >> 1); quotes.push(q.nested.length);
    for (const n of q.nested) {
      nested.push(n.start);
      nested.push(n.end);
    }
  }
  const dates = new IntList(analysis.dates.length * DATE_INTS);
  for (const d of analysis.dates) {
    dates.push(d.start); dates.push(d.end); dates.push(textOf(d)); dates.push(index(TIMEX, d.type));
    dates.push(str(d.value)); dates.push(d.relative ? 1 : 0); dates.push(index(RESOLUTIONS, d.resolution));
  }
  const mentions = new IntList(64);
  analysis.officials.forEach((o, oi) => {
    for (const m of o.mentions) {
      mentions.push(oi); mentions.push(m.start); mentions.push(m.end); mentions.push(textOf(m));
      mentions.push(index(MENTION_KINDS, m.kind)); mentions.push(m.titled === undefined ? 0 : m.titled ? 2 : 1);
    }
  });
  const paragraphs = new IntList(analysis.structure.paragraphs.length * PARAGRAPH_INTS);
  for (const p of analysis.structure.paragraphs) {
    paragraphs.push(p.start); paragraphs.push(p.end); paragraphs.push(index(ROLES, p.role));
  }
  const head: Head = {
    length: analysis.length,
    published: analysis.published,
    publishedSource: analysis.publishedSource,
    structure: { ...analysis.structure, paragraphs: [] },
    officials: analysis.officials.map((o) => ({ ...o, mentions: [] })),
    notices: analysis.notices,
    strings,
  };
  return {
    head: JSON.stringify(head), claims: claims.done(), claimQuotes: claimQuotes.done(), quotes: quotes.done(),
    nested: nested.done(), dates: dates.done(), mentions: mentions.done(), paragraphs: paragraphs.done(),
  };
}

/** Runs a step of the unpacking; on the extension host, each in a task of its own. */
export type Turn = <T>(fn: () => T) => Promise<T>;

/** Items made per turn before checking the clock. */
const CHECK_EVERY = 256;

function isPacked(p: unknown): p is PackedAnalysis {
  const x = p as Partial<PackedAnalysis> | null;
  return !!x && typeof x.head === 'string' && [x.claims, x.claimQuotes, x.quotes, x.nested, x.dates, x.mentions, x.paragraphs].every((a) => a instanceof Int32Array)
    && x.claims!.length % CLAIM_INTS === 0 && x.quotes!.length % QUOTE_INTS === 0 && x.dates!.length % DATE_INTS === 0
    && x.mentions!.length % MENTION_INTS === 0 && x.paragraphs!.length % PARAGRAPH_INTS === 0 && x.nested!.length % 2 === 0;
}

/**
 * Rebuilds the analysis {@link packAnalysis} packed, `text` being the text it was computed on. Each
 * turn makes items until `budgetMs` have passed, so no turn holds the host long whatever the
 * machine's speed. Rejects a malformed packing.
 */
export async function unpackAnalysis(packed: PackedAnalysis, text: string, turn: Turn, budgetMs = 6): Promise<Analysis> {
  if (!isPacked(packed)) throw new Error('the analysis worker sent a malformed reply');
  const head = await turn(() => JSON.parse(packed.head) as Head);
  const strings = Array.isArray(head.strings) ? head.strings : [];
  const str = (i: number): string => {
    if (i < 0 || i >= strings.length) throw new Error('the analysis worker sent a malformed reply');
    return strings[i];
  };
  const opt = (i: number): string | null => (i === -1 ? null : str(i));
  const textAt = (start: number, end: number, t: number): string => (t === -1 ? text.slice(start, end) : str(t));
  const span = (start: number, end: number, t: number): TextSpan | null => (start === -1 ? null : { start, end, text: textAt(start, end, t) });
  const officials = head.officials;
  const analysis: Analysis = {
    length: head.length, published: head.published, publishedSource: head.publishedSource,
    structure: head.structure, quotes: [], dates: [], officials, claims: [], notices: head.notices,
  };
  /** Makes items `make(k)` for k in [0, n) over as many turns as the budget needs. */
  const each = async (n: number, make: (k: number) => void) => {
    let k = 0;
    while (k < n) {
      await turn(() => {
        const t0 = performance.now();
        while (k < n) {
          const stop = Math.min(n, k + CHECK_EVERY);
          for (; k < stop; k++) make(k);
          if (performance.now() - t0 >= budgetMs) break;
        }
      });
    }
  };
  const { claims: C, claimQuotes, quotes: Q, nested, dates: D, mentions: M, paragraphs: P } = packed;
  const paragraphs: Paragraph[] = analysis.structure.paragraphs;
  await each(P.length / PARAGRAPH_INTS, (k) => {
    const i = k * PARAGRAPH_INTS;
    paragraphs.push({ start: P[i], end: P[i + 1], role: ROLES[P[i + 2]] ?? 'body' });
  });
  await each(Q.length / QUOTE_INTS, (k) => {
    const i = k * QUOTE_INTS;
    const start = Q[i];
    const end = Q[i + 1];
    const inner: Span[] = [];
    for (let j = Q[i + 9], stop = j + Q[i + 10]; j < stop; j++) inner.push({ start: nested[2 * j], end: nested[2 * j + 1] });
    const q: Quote = {
      start, end, text: textAt(start, end, Q[i + 2]), kind: Q[i + 3] === 1 ? 'term' : 'speech', speaker: opt(Q[i + 4]),
      open: str(Q[i + 5]), close: opt(Q[i + 6]), unbalanced: Q[i + 7] === 1, multiParagraph: Q[i + 8] === 1, nested: inner,
    };
    analysis.quotes.push(q);
  });
  await each(D.length / DATE_INTS, (k) => {
    const i = k * DATE_INTS;
    const start = D[i];
    const end = D[i + 1];
    const d: DateMention = {
      start, end, text: textAt(start, end, D[i + 2]), type: TIMEX[D[i + 3]] ?? 'DATE', value: opt(D[i + 4]),
      relative: D[i + 5] === 1, resolution: RESOLUTIONS[D[i + 6]] ?? 'none',
    };
    analysis.dates.push(d);
  });
  await each(M.length / MENTION_INTS, (k) => {
    const i = k * MENTION_INTS;
    const o = officials[M[i]];
    if (!o) throw new Error('the analysis worker sent a malformed reply');
    const start = M[i + 1];
    const end = M[i + 2];
    const m: PersonMention = { start, end, text: textAt(start, end, M[i + 3]), kind: MENTION_KINDS[M[i + 4]] ?? 'name' };
    if (M[i + 5] !== 0) m.titled = M[i + 5] === 2;
    o.mentions.push(m);
  });
  await each(C.length / CLAIM_INTS, (k) => {
    const i = k * CLAIM_INTS;
    const start = C[i];
    const end = C[i + 1];
    const qs: number[] = [];
    for (let j = C[i + 14], stop = j + C[i + 15]; j < stop; j++) qs.push(claimQuotes[j]);
    const cue = span(C[i + 4], C[i + 5], C[i + 6]);
    const c: Claim = {
      id: C[i + 3] === DERIVED ? claimId(start, end, cue) : str(C[i + 3]), start, end, text: textAt(start, end, C[i + 2]), cue,
      speaker: opt(C[i + 7]), speakerId: opt(C[i + 8]), source: span(C[i + 9], C[i + 10], C[i + 11]),
      anonymous: (C[i + 12] & 1) === 1, stance: STANCES[C[i + 12] >> 1] ?? 'neutral', quotes: qs, date: C[i + 13] === -1 ? null : C[i + 13],
    };
    analysis.claims.push(c);
  });
  return analysis;
}
