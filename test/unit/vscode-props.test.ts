import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { escapeMarkdown } from '../../src/vscode/model/describe';
import { sentenceAround } from '../../src/vscode/model/otherTrees';
import { encodeTokens, flattenTokens, TOKEN_TYPES, type RawToken } from '../../src/vscode/model/tokens';

const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.', '"', 'é', '\r'), maxLength: 80 });
const span = fc.tuple(fc.integer({ min: -5, max: 90 }), fc.integer({ min: 0, max: 40 }));

describe('adapter properties', () => {
  it('flattened tokens never overlap, stay in bounds, and encode to in-line ranges', () => {
    fc.assert(fc.property(text, fc.array(span, { maxLength: 8 }), fc.array(span, { maxLength: 12 }), (t, cs, is) => {
      const containers: RawToken[] = cs.map(([s, l]) => ({ start: s, end: s + l, type: 'quote', mods: 0 }));
      const inner: RawToken[] = is.map(([s, l], i) => ({ start: s, end: s + l, type: i % 2 ? 'date' : 'official', mods: 1 }));
      const flat = flattenTokens(containers, inner, t.length);
      for (let i = 0; i < flat.length; i++) {
        expect(flat[i].start).toBeGreaterThanOrEqual(0);
        expect(flat[i].end).toBeLessThanOrEqual(t.length);
        expect(flat[i].end).toBeGreaterThan(flat[i].start);
        if (i > 0) expect(flat[i].start).toBeGreaterThanOrEqual(flat[i - 1].end);
      }
      const li = new LineIndex(t);
      const data = encodeTokens(flat, li);
      expect(data.length % 5).toBe(0);
      let line = 0;
      let char = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i];
        char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        expect(line).toBeLessThan(li.lineCount);
        expect(li.lineStart(line) + char + data[i + 2]).toBeLessThanOrEqual(li.lineEnd(line));
        expect(data[i + 3]).toBeLessThan(TOKEN_TYPES.length);
      }
    }));
  });
  it('escaped Markdown keeps no unescaped markup character', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
      const e = escapeMarkdown(s);
      expect(e).not.toMatch(/(^|[^\\])(\\\\)*[[\]()<>*_`]/);
      expect(e).not.toMatch(/[\r\n]/);
    }));
  });
  it('sentenceAround never throws and returns text from the input', () => {
    fc.assert(fc.property(text, fc.integer({ min: -3, max: 90 }), fc.integer({ min: 0, max: 10 }), (t, s, l) => {
      const r = sentenceAround(t, s, s + l, 12);
      expect(typeof r).toBe('string');
    }));
  });
});
