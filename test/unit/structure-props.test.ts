import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../src/core/structure';
import type { ArticleStructure, TextSpan } from '../../src/core/types';

const pieces = ['WASHINGTON, February 7. /TASS/.', 'World February 07, 2022, 21:37', '(Reuters) -', ' (AP) _ ', 'Read more →',
  '\r\n', '\n', '\r', '\n\n', ' ', '"', '“', '”', 'Feb 7, 2022', 'LONDON 1996-08-30', '/Region/', '😀', '\uFEFF', 'Politics', 'said.'];
const articleish = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 40 }).map((a) => a.join(''));

function spansOf(s: ArticleStructure): TextSpan[] {
  const d = s.dateline;
  return [s.headline, s.header, s.section, s.timestamp, s.lead, d, d?.place, d?.date, d?.agency, ...s.boilerplate]
    .filter((x): x is TextSpan => !!x);
}

describe('structure properties', () => {
  it('never throws; paragraphs ordered, disjoint, non-empty, in bounds; spans match their text', () => {
    fc.assert(fc.property(articleish, (text) => {
      const s = parseStructure(text);
      let last = 0;
      for (const p of s.paragraphs) {
        expect(p.start).toBeGreaterThanOrEqual(last);
        expect(p.end).toBeGreaterThan(p.start);
        expect(p.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(p.start, p.end).trim()).not.toBe('');
        last = p.end;
      }
      const onBoundary = (i: number) => i === 0 || i === text.length || !(/[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1]));
      for (const p of s.paragraphs) expect(onBoundary(p.start) && onBoundary(p.end)).toBe(true);
      for (const sp of spansOf(s)) {
        expect(onBoundary(sp.start) && onBoundary(sp.end)).toBe(true);
        expect(sp.start).toBeGreaterThanOrEqual(0);
        expect(sp.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(sp.start, sp.end)).toBe(sp.text);
      }
      expect(parseStructure(text)).toEqual(s);
    }), { numRuns: 500 });
  });
});
