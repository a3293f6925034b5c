import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDates } from '../../src/core/dates';
import type { ArticleStructure, DateMention } from '../../src/core/types';

const empty: ArticleStructure = { headline: null, header: null, section: null, timestamp: null, lead: null, dateline: null, boilerplate: [], paragraphs: [] };

function wellFormed(text: string, ds: DateMention[]): void {
  let last = 0;
  for (const d of ds) {
    expect(d.start).toBeGreaterThanOrEqual(last);
    expect(d.end).toBeGreaterThan(d.start);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(d.text).toBe(text.slice(d.start, d.end));
    expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(d.type);
    last = d.end;
  }
}

const pieces = [
  'On ', 'December 17, 2021', ' said ', 'Monday', ' will ', 'last week', ' 21:37', ' three days', ' every year', '2,000',
  '$2021', ' May ', 'march', ' the third quarter', ' a year earlier', '\n\n', '. ', ', ', '’s', '"', '-', ' 3 p.m.', 'Feb.',
  ' 12/17/2021', '1990s', ' ago', ' the ', 'next', ' yesterday', ' fiscal', ' 0', '31', ':', '/', '\u00a0',
];

describe('dates: properties', () => {
  it('never throws; spans in bounds, ordered and disjoint (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('2022-02-07T21:37', '1989-10-26', null, 'garbage'), (text, pub) => {
        wellFormed(text, findDates(text, { structure: empty, published: pub }));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws; spans in bounds, ordered and disjoint (date-like fragments)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        wellFormed(text, findDates(text, { structure: empty, published: '2022-02-07T21:37' }));
      }),
      { numRuns: 500 },
    );
  });
});

describe('dates: the seed article', () => {
  const file = resolve(__dirname, '../../../shared/seed/000_fed997a1ab6c9c49.txt');
  it.skipIf(!existsSync(file))('reproduces the gold dates exactly (DATE/TIME, vague references left out as the gold guide says)', () => {
    const text = readFileSync(file, 'utf8');
    const gold = JSON.parse(readFileSync(`${file}.gold.json`, 'utf8')) as { published: string; dates: Array<{ text: string; value: string }> };
    const got = findDates(text, { structure: empty, published: gold.published })
      .filter((d) => (d.type === 'DATE' || d.type === 'TIME') && !(d.value ?? '').endsWith('_REF'))
      .map((d) => [d.text, d.value]);
    expect(got).toEqual(gold.dates.map((d) => [d.text, d.value]));
    const header = findDates(text, { structure: empty, published: gold.published })[0];
    expect([header.text, header.type]).toEqual(['February 07, 2022, 21:37', 'TIME']);
  });
});
