import { describe, expect, it } from 'vitest';
import { toContract } from '../../src/cli/format';
import { parseStructure } from '../../src/core/structure';
import type { Analysis } from '../../src/core/types';

const text = 'Peskov said "no" on Monday. He said it twice.';
const sp = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });

const analysis: Analysis = {
  length: text.length,
  published: '2022-02-07',
  publishedSource: 'option',
  structure: parseStructure(text),
  quotes: [{ ...sp(12, 16), kind: 'speech', speaker: 'Dmitry Peskov', open: '"', close: '"', unbalanced: false, multiParagraph: false, nested: [] }],
  dates: [{ ...sp(20, 26), type: 'DATE', value: '2022-02-07', relative: true, resolution: 'tense-past' }],
  officials: [{ id: 'dmitry-peskov', name: 'Dmitry Peskov', title: null, org: null,
    mentions: [{ ...sp(0, 6), kind: 'name' }, { ...sp(28, 30), kind: 'pronoun' }] }],
  claims: [{ ...sp(12, 16), id: 'c1', cue: sp(7, 11), speaker: 'Dmitry Peskov', speakerId: 'dmitry-peskov', source: sp(0, 6),
    anonymous: false, stance: 'neutral', quotes: [0], date: 0 }],
  notices: [],
};

describe('toContract', () => {
  const o = toContract('a.txt', analysis);

  it('puts the contract fields first, in contract order, at every level', () => {
    expect(Object.keys(o).slice(0, 6)).toEqual(['file', 'published', 'quotes', 'dates', 'officials', 'claims']);
    expect(Object.keys(o.quotes[0]).slice(0, 4)).toEqual(['start', 'end', 'text', 'speaker']);
    expect(Object.keys(o.dates[0]).slice(0, 5)).toEqual(['start', 'end', 'text', 'value', 'type']);
    expect(Object.keys(o.officials[0]).slice(0, 4)).toEqual(['name', 'title', 'org', 'mentions']);
    expect(Object.keys(o.officials[0].mentions[0])).toEqual(['start', 'end', 'text']);
    expect(Object.keys(o.claims[0]).slice(0, 5)).toEqual(['start', 'end', 'text', 'cue', 'speaker']);
    expect(Object.keys(o.claims[0].cue!)).toEqual(['start', 'end', 'text']);
  });

  it('keeps the values and their meaning', () => {
    expect(o.file).toBe('a.txt');
    expect(o.published).toBe('2022-02-07');
    expect(o.quotes[0]).toMatchObject({ start: 12, end: 16, text: '"no"', speaker: 'Dmitry Peskov', kind: 'speech' });
    expect(o.dates[0]).toMatchObject({ text: 'Monday', value: '2022-02-07', type: 'DATE' });
    expect(o.claims[0]).toMatchObject({ text: '"no"', cue: { start: 7, end: 11, text: 'said' }, speaker: 'Dmitry Peskov' });
  });

  it('lists only name mentions as mentions; pronouns and titles go to references', () => {
    expect(o.officials[0].mentions).toEqual([{ start: 0, end: 6, text: 'Peskov' }]);
    expect(o.officials[0].references).toEqual([{ start: 28, end: 30, text: 'He', kind: 'pronoun' }]);
  });

  it('round-trips through JSON', () => {
    expect(JSON.parse(JSON.stringify(o))).toEqual(o);
  });
});
