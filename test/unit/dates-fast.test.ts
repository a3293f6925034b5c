/**
 * The dates layer's fast helpers give exactly what the slower forms they replace gave: calendar
 * arithmetic against Date, value shapes against their regexes, the lowercased-word cache against
 * slice().toLowerCase(), and findDates on mixed-case text against the same text lowercased word by word.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, validDay, valueShape } from '../../src/core/dates/calendar';
import { lowerWord } from '../../src/core/dates/tokens';
import { findDates } from '../../src/core/dates';
import type { ArticleStructure } from '../../src/core/types';

const DAY_MS = 86400000;
const empty: ArticleStructure = { headline: null, header: null, section: null, timestamp: null, lead: null, dateline: null, boilerplate: [], paragraphs: [] };

function dateDay(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

describe('calendar arithmetic without Date', () => {
  it('fromDayNumber agrees with Date on whole and fractional days, and at the edges of its range', () => {
    fc.assert(fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(0, 0.25, 0.5, 0.999), (n, f) => {
      expect(fromDayNumber(n + f)).toEqual(dateDay(n + f));
    }), { numRuns: 2000 });
    for (const n of [-719468, -1, 0, 1, 11016, 18262, 1e8, -1e8, 1e8 + 1, NaN, Infinity]) expect(fromDayNumber(n)).toEqual(dateDay(n));
  });

  it('validDay agrees with Date, leap years and two-digit years included', () => {
    fc.assert(fc.property(fc.integer({ min: -400, max: 3000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
      const ref = m < 1 || m > 12 || d < 1 ? false : d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
      expect(validDay(y, m, d)).toBe(ref);
    }), { numRuns: 3000 });
    expect(validDay(2000, 2, 29)).toBe(true);
    expect(validDay(1900, 2, 29)).toBe(false);
    expect(validDay(2024, 2, 29)).toBe(true);
    expect(validDay(2023, 2, 29)).toBe(false);
  });
});

describe('TIMEX3 value shapes read by char codes', () => {
  const value = fc.string({ unit: fc.constantFrom('1', '9', '0', '-', 'T', 'Q', 'H', 'M', 'O', 'A', 'F', 'E', 'V', 'N', 'I', 'W', 'X', 'P', ':'), maxLength: 16 });
  const samples = ['2022', '2022-02', '2022-02-07', '2022-02-07T21:37', '2022-Q3', '2022-H1', 'PT5H', 'P3D', '2022-W06', 'XXXX-02', '2022-02-07TMO', '2022-02-07TNI', 'PRESENT_REF', '199', '20', '2022-', '2022-Q'];

  it('agree with the regexes they replace', () => {
    const check = (v: string) => {
      expect(valueShape.yearLed(v)).toBe(/^\d{4}(-|$)/.test(v));
      expect(valueShape.month(v)).toBe(/^\d{4}-\d\d/.test(v));
      expect(valueShape.day(v)).toBe(/^\d{4}-\d\d-\d\d/.test(v));
      expect(valueShape.quarter(v)).toBe(/^\d{4}-[QH]\d$/.test(v));
      expect(valueShape.timed(v)).toBe(/T(MO|AF|EV|NI|\d)/.test(v));
    };
    samples.forEach(check);
    fc.assert(fc.property(value, check), { numRuns: 3000 });
  });
});

describe('the lowercased-word cache', () => {
  it('returns text.slice(s, e).toLowerCase() for any range, seen before or not', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'B', 'z', 'Q', '0', '7', "'", 'é', 'K', '\u212a'), minLength: 0, maxLength: 8 });
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (words) => {
      const text = words.join(' ');
      let s = 0;
      for (const w of words) {
        expect(lowerWord(text, s, s + w.length)).toBe(w.toLowerCase());
        expect(lowerWord(text, s, s + w.length)).toBe(w.toLowerCase());
        s += w.length + 1;
      }
    }), { numRuns: 500 });
  });
});

describe('findDates with the token cache in use', () => {
  it('reads the same dates from upper-, lower- and mixed-case copies of the same words', () => {
    const text = 'The talks resumed on Monday, Feb. 7, after a break of two weeks; the next round is due in March 2022 or the third quarter.';
    const first = findDates(text, { structure: empty, published: '2022-02-09' });
    findDates(text.toUpperCase(), { structure: empty, published: '2022-02-09' });
    findDates(text.toLowerCase(), { structure: empty, published: '2022-02-09' });
    expect(findDates(text, { structure: empty, published: '2022-02-09' })).toEqual(first);
    expect(first.map((d) => d.text)).toEqual(['Monday, Feb. 7', 'two weeks', 'March 2022', 'the third quarter']);
  });
});
