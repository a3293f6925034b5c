/**
 * The invariants every analysis must keep, whatever the text: offsets in bounds and on UTF-16
 * boundaries, text fields equal to their slice, layers ordered and disjoint, valid cross-references.
 * `violations` returns the first few broken ones as readable strings (empty when all hold).
 */
import type { Analysis, Span } from '../../src/core/types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `i` does not split a surrogate pair of `text`. */
export function onBoundary(text: string, i: number): boolean {
  return i <= 0 || i >= text.length || !(isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)));
}

class Checker {
  readonly out: string[] = [];
  constructor(readonly text: string) {}

  fail(msg: string): void {
    if (this.out.length < 8) this.out.push(msg);
  }

  /** A span: integer offsets, in bounds, on boundaries, non-empty unless `allowEmpty`, text equal to its slice. */
  span(where: string, s: (Span & { text?: string }) | null | undefined, allowEmpty = false): void {
    if (!s) return;
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return this.fail(`${where}: offsets not integers (${start}, ${end})`);
    if (start < 0 || end > this.text.length || end < start || (!allowEmpty && end === start)) {
      return this.fail(`${where}: bad bounds ${start}-${end} (length ${this.text.length})`);
    }
    if (!onBoundary(this.text, start) || !onBoundary(this.text, end)) this.fail(`${where}: splits a surrogate pair at ${start}-${end}`);
    if (s.text !== undefined && s.text !== this.text.slice(start, end)) this.fail(`${where}: text ${JSON.stringify(s.text.slice(0, 40))} is not the slice ${start}-${end}`);
  }

  private quote(s: Span): string {
    return JSON.stringify(this.text.slice(s.start, Math.min(s.end, s.start + 60)));
  }

  /** Spans in any order that never partly overlap: each pair is disjoint or one contains the other. */
  laminar(where: string, spans: readonly Span[]): void {
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const open: Span[] = [];
    for (const s of sorted) {
      while (open.length && open[open.length - 1].end <= s.start) open.pop();
      const top = open[open.length - 1];
      if (top && s.end > top.end) return this.fail(`${where}: ${s.start}-${s.end} ${this.quote(s)} crosses ${top.start}-${top.end}`);
      open.push(s);
    }
  }

  /** Spans ordered by start and, when `disjoint`, not overlapping. */
  ordered(where: string, spans: readonly Span[], disjoint: boolean): void {
    for (let i = 1; i < spans.length; i++) {
      const a = spans[i - 1];
      const b = spans[i];
      if (b.start < a.start) return this.fail(`${where}: item ${i} at ${b.start} starts before item ${i - 1} at ${a.start}`);
      if (disjoint && b.start < a.end) return this.fail(`${where}: item ${i} ${b.start}-${b.end} ${this.quote(b)} overlaps ${a.start}-${a.end} ${this.quote(a)}`);
    }
  }
}

/** Claims are ordered by start but may nest or overlap (a quote's claim inside a longer reported one). */
export const CLAIMS_DISJOINT = false;

/** Every broken invariant of `a` as the analysis of `text` (at most 8). */
export function violations(text: string, a: Analysis): string[] {
  const c = new Checker(text);
  if (a.length !== text.length) c.fail(`length ${a.length} != ${text.length}`);
  const s = a.structure;
  for (const k of ['headline', 'header', 'section', 'timestamp', 'lead'] as const) c.span(`structure.${k}`, s[k]);
  if (s.dateline) {
    c.span('dateline', s.dateline);
    for (const k of ['place', 'date', 'agency'] as const) {
      const part = s.dateline[k];
      c.span(`dateline.${k}`, part);
      if (part && (part.start < s.dateline.start || part.end > s.dateline.end)) c.fail(`dateline.${k} outside the dateline`);
    }
  }
  s.boilerplate.forEach((b, i) => c.span(`boilerplate[${i}]`, b));
  c.ordered('boilerplate', s.boilerplate, true);
  s.paragraphs.forEach((p, i) => c.span(`paragraph[${i}]`, p));
  c.ordered('paragraphs', s.paragraphs, true);

  a.quotes.forEach((q, i) => {
    c.span(`quote[${i}]`, q);
    q.nested.forEach((n, j) => {
      c.span(`quote[${i}].nested[${j}]`, n);
      if (n.start < q.start || n.end > q.end) c.fail(`quote[${i}].nested[${j}] outside its quote`);
    });
    c.laminar(`quote[${i}].nested`, q.nested);
  });
  c.ordered('quotes', a.quotes, true);

  a.dates.forEach((d, i) => c.span(`date[${i}]`, d));
  c.ordered('dates', a.dates, true);

  const ids = new Set<string>();
  a.officials.forEach((o, i) => {
    if (ids.has(o.id)) c.fail(`official id ${o.id} twice`);
    ids.add(o.id);
    o.mentions.forEach((m, j) => c.span(`official[${i}].mention[${j}]`, m));
    const sorted = [...o.mentions].sort((x, y) => x.start - y.start);
    c.ordered(`official[${i}] (${o.name}) mentions`, sorted, true);
  });

  a.claims.forEach((cl, i) => {
    c.span(`claim[${i}]`, cl, true);
    c.span(`claim[${i}].cue`, cl.cue);
    c.span(`claim[${i}].source`, cl.source);
    for (const q of cl.quotes) if (!(Number.isInteger(q) && q >= 0 && q < a.quotes.length)) c.fail(`claim[${i}] quote index ${q}`);
    if (cl.date !== null && !(Number.isInteger(cl.date) && cl.date >= 0 && cl.date < a.dates.length)) c.fail(`claim[${i}] date index ${cl.date}`);
    if (cl.speakerId !== null && !ids.has(cl.speakerId)) c.fail(`claim[${i}] speakerId ${cl.speakerId} is no official`);
  });
  c.ordered('claims', a.claims, CLAIMS_DISJOINT);
  return c.out;
}
