/**
 * The quotes layer's fast paths give exactly what the forms they replace gave: the word split of
 * classifyQuote against split(/\s+/), segmentsOf's in-order path against copy-filter-sort, and the
 * reused mark arrays against a fresh analysis of each text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitWords } from '../../src/core/quotes/kind';
import { findQuotes, segmentsOf } from '../../src/core/quotes';
import { parseStructure } from '../../src/core/structure';
import type { Span } from '../../src/core/types';

/** The segmentsOf of before the fast path, blank-line blocks left out (the paragraphs only). */
function referenceParas(text: string, paragraphs: readonly Span[]): Span[] {
  const n = text.length;
  return paragraphs
    .map((p) => ({ start: Math.max(0, Math.min(n, p.start | 0)), end: Math.max(0, Math.min(n, p.end | 0)) }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

describe('classifyQuote word split', () => {
  it('is split(/\\s+/) on trimmed text, or null past six words', () => {
    const unit = fc.constantFrom('a', 'B', '.', ',', '’', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\u200b', '\u0085');
    fc.assert(fc.property(fc.string({ unit, minLength: 1, maxLength: 30 }), (raw) => {
      const inner = raw.trim();
      if (!inner) return;
      const words = inner.split(/\s+/);
      expect(splitWords(inner)).toEqual(words.length > 6 ? null : words);
    }), { numRuns: 3000 });
  });
});

describe('segmentsOf', () => {
  const text = 'First paragraph here.\n\nSecond one, "quoted".\n\nThird.\n\nA tail block.';
  const span = fc.record({ start: fc.integer({ min: -5, max: 80 }), end: fc.integer({ min: -5, max: 80 }) });

  it('keeps the paragraphs it is given in order, clipped, without overlaps, in and out of order alike', () => {
    fc.assert(fc.property(fc.array(span, { maxLength: 8 }), fc.boolean(), (spans, sort) => {
      const paras = sort ? [...spans].sort((a, b) => a.start - b.start || a.end - b.end) : spans;
      const segs = segmentsOf(text, paras);
      const ref = referenceParas(text, paras);
      let at = 0;
      const kept: Span[] = [];
      for (const p of ref) {
        const start = Math.max(p.start, at);
        if (p.end <= start) continue;
        kept.push({ start, end: p.end });
        at = p.end;
      }
      for (const k of kept) expect(segs).toContainEqual(k);
      for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBeGreaterThanOrEqual(segs[i - 1].end);
    }), { numRuns: 1000 });
  });

  it('gives parseStructure paragraphs back as they are', () => {
    const paragraphs = parseStructure(text).paragraphs;
    expect(segmentsOf(text, paragraphs)).toEqual(paragraphs.map((p) => ({ start: p.start, end: p.end })));
  });
});

describe('findQuotes with reused mark arrays', () => {
  it('gives a text the same quotes before and after a longer text was analysed', () => {
    const short = 'He said "yes" and left.';
    const long = Array.from({ length: 200 }, (_, i) => `Speaker ${i} said: "Line ${i}, 'nested' here," and 'this'.`).join('\n\n');
    const first = findQuotes(short, parseStructure(short));
    /* per line: the double quote (with its nested one) and the single-quoted 'this' */
    expect(findQuotes(long, parseStructure(long)).length).toBe(400);
    expect(findQuotes(short, parseStructure(short))).toEqual(first);
    expect(first.map((q) => q.text)).toEqual(['"yes"']);
  });

  it('gives the same quotes after a text with more marks than the arrays keep (100,000 quotations)', () => {
    const short = 'She said "no" twice, then "maybe".';
    const first = findQuotes(short, parseStructure(short));
    const huge = Array.from({ length: 1000 }, (_, i) => `${'"a" '.repeat(100)}${i}`).join('\n\n');
    expect(findQuotes(huge, parseStructure(huge)).length).toBe(100_000);
    expect(findQuotes(short, parseStructure(short))).toEqual(first);
    expect(findQuotes(huge, parseStructure(huge)).length).toBe(100_000);
    expect(first.map((q) => q.text)).toEqual(['"no"', '"maybe"']);
  });
});
