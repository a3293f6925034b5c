import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '../../src/core/quotes';
import { parseStructure } from '../../src/core/structure';
import type { ArticleStructure, Quote } from '../../src/core/types';

const EMPTY: ArticleStructure = { headline: null, header: null, section: null, timestamp: null, lead: null, dateline: null, boilerplate: [], paragraphs: [] };

/** The layer invariants; returns the first broken one (or null) so that big layers stay cheap to check. */
function broken(text: string, qs: Quote[]): string | null {
  let prevEnd = 0;
  for (const q of qs) {
    if (q.start < prevEnd) return `overlap at ${q.start}`;
    if (!(q.end > q.start && q.end <= text.length)) return `bounds ${q.start}-${q.end}`;
    if (q.text !== text.slice(q.start, q.end)) return `text at ${q.start}`;
    if (q.unbalanced !== (q.close === null)) return `unbalanced flag at ${q.start}`;
    if (!text.startsWith(q.open, q.start)) return `open mark at ${q.start}`;
    if (q.close !== null && !text.endsWith(q.close, q.end)) return `close mark at ${q.start}`;
    if (q.nested.some((n) => n.start < q.start || n.end > q.end || n.end <= n.start)) return `nested at ${q.start}`;
    prevEnd = q.end;
  }
  return null;
}

function checkLayer(text: string, qs: Quote[]): void {
  expect(broken(text, qs)).toBeNull();
}

const piece = fc.constantFrom(
  '"', '“', '”', '«', '»', '„', '‘', '’', "'", "''", '``', ' ', '\n', '\n\n', 'said', 'He', ',', '.', ':', 'a', '90s', 'n', '=', '(', ')', '—',
);
const textArb = fc.oneof(fc.string({ maxLength: 80 }), fc.array(piece, { maxLength: 60 }).map((a) => a.join('')));

describe('findQuotes properties', () => {
  it('never throws; spans in bounds, ordered, disjoint and matching their text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        checkLayer(text, findQuotes(text, EMPTY));
        checkLayer(text, findQuotes(text, parseStructure(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('copes with paragraphs that are out of bounds, overlapping or unordered', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.integer({ min: -5, max: 100 }), fc.integer({ min: -5, max: 100 })), { maxLength: 6 }), (text, spans) => {
        const paragraphs = spans.map(([start, end]) => ({ start, end, role: 'body' as const }));
        checkLayer(text, findQuotes(text, { ...EMPTY, paragraphs }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles 100,000 marks in a row and a 5 MB single line', () => {
    for (const mark of ['"', '“', '”', "'", '’', '«', '„']) {
      const text = mark.repeat(100_000);
      checkLayer(text, findQuotes(text, EMPTY));
    }
    const alternating = '"a" '.repeat(50_000);
    const qs = findQuotes(alternating, EMPTY);
    expect(qs).toHaveLength(50_000);
    const line = 'He said "yes" and it\'s fine, “the students’ plan” ok. '.repeat(100_000);
    expect(line.length).toBeGreaterThan(5_000_000);
    const big = findQuotes(line, parseStructure(line));
    expect(big).toHaveLength(200_000);
    checkLayer(line, big);
    // correctness on huge inputs, not speed (the bench measures that): room for a loaded machine, where this
    // takes 4–6 s against vitest's default 5 s
  }, 30_000);

  it('bounds an unbalanced mark to its paragraph in a long document', () => {
    const text = 'He said "this never closes.\n\n' + 'Plain paragraph without marks.\n\n'.repeat(1000);
    const qs = findQuotes(text, EMPTY);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ unbalanced: true, text: '"this never closes.' });
  });
});
