import { describe, expect, it } from 'vitest';
import { loadGold, locate, resolveGold } from '../eval/gold';
import { dateOnly } from '../eval/section-gold';
import { exactness, scoreDates, scoreOfficials, scoreQuotes } from '../eval/section-gold-score';

const TEXT = 'Talks on May 5. "Yes," Anna Berg said. Minister Anna Berg left on May 5, 2021. "Yes," he said.';
const meta = { set: 'tass' as const, file: 'x.article', path: '/dev/null' };

describe('locate (as gold-offsets.mjs)', () => {
  it('finds the n-th occurrence, counting overlapping ones', () => {
    expect(locate('aaaa', 'aa', 1)).toEqual({ start: 0, end: 2 });
    expect(locate('aaaa', 'aa', 2)).toEqual({ start: 1, end: 3 });
    expect(locate('aaaa', 'aa', 4)).toBeNull();
  });
});

describe('resolveGold', () => {
  const doc = resolveGold(
    TEXT,
    {
      published: '2021-05-06T10:00',
      quotes: [{ text: '"Yes,"', occurrence: 2, speaker: 'Anna Berg' }],
      dates: [
        { text: 'May 5', occurrence: 2, value: '2021-05-05' },
        { text: 'June 1', occurrence: 1, value: '2021-06-01' },
      ],
      officials: [{ name: 'Anna Berg', title: 'Minister', org: null, mentions: [{ text: 'Minister Anna Berg', occurrence: 1 }] }],
      claims: [{ text: 'Yes', occurrence: 1, cue: 'said', speaker: 'Anna Berg' }],
    },
    meta,
  );

  it('resolves text + occurrence to UTF-16 offsets', () => {
    const second = TEXT.lastIndexOf('"Yes,"');
    expect(doc.quotes).toEqual([{ text: '"Yes,"', occurrence: 2, start: second, end: second + 6, speaker: 'Anna Berg' }]);
    expect(doc.dates[0].start).toBe(TEXT.indexOf('May 5, 2021'));
    expect(doc.officials[0].mentions[0].start).toBe(TEXT.indexOf('Minister'));
    expect(doc.claims[0]).toMatchObject({ start: TEXT.indexOf('Yes'), cue: 'said', speaker: 'Anna Berg' });
    expect(doc.published).toBe('2021-05-06T10:00');
  });

  it('leaves out a span it cannot find and reports it', () => {
    expect(doc.dates).toHaveLength(1);
    expect(doc.problems).toEqual(['dates[1]: "June 1" occurrence 1 not found']);
  });

  it('scores a perfect prediction as exact and a shifted one as overlap only', () => {
    const exact = { quotes: doc.quotes, dates: doc.dates, officials: [{ name: 'Anna Berg', title: 'Minister', mentions: doc.officials[0].mentions }], claims: [] };
    expect(scoreQuotes([{ doc, pred: exact }]).exact.f1).toBe(1);
    expect(exactness(doc, exact).dates).toEqual([]);
    expect(exactness(doc, exact).officials).toEqual([]);
    const d = doc.dates[0];
    const s = scoreDates([{ doc, pred: { dates: [{ start: d.start - 3, end: d.end, value: '2021-05-05' }] } }]);
    expect([s.strict.f1, s.relaxed.f1, s.value.f1]).toEqual([0, 1, 1]);
    expect(exactness(doc, { dates: [{ start: d.start, end: d.end, value: '2020-05-05' }] }).dates).toEqual([
      'value of "May 5": 2020-05-05 ≠ 2021-05-05',
    ]);
  });

  it('matches officials by surname and scores the title by the README rule', () => {
    const s = scoreOfficials([{ doc, pred: { officials: [{ name: 'Berg', title: 'the minister', mentions: [] }] } }]);
    expect(s.distinct.f1).toBe(1);
    expect(s.title).toEqual({ ok: 1, n: 1 });
    expect(s.mentions.r).toBe(0);
  });
});

describe('dateOnly', () => {
  it('keeps DATE and TIME, not durations, sets or vague *_REF values', () => {
    const d = (type: string, value: string | null) => ({ start: 0, end: 1, type, value });
    const kept = dateOnly([d('DATE', '2021'), d('TIME', '2021-05-05T10:00'), d('DURATION', 'P3D'), d('SET', 'P1Y'), d('DATE', 'PRESENT_REF'), d('DATE', null)]);
    expect(kept.map((x) => x.value)).toEqual(['2021', '2021-05-05T10:00', null]);
  });
});

describe('loadGold on ../shared', () => {
  const docs = loadGold();
  it('loads the TASS gold and the seed with every span resolved', () => {
    expect(docs.filter((d) => d.set === 'tass').length).toBeGreaterThan(0);
    const seed = docs.find((d) => d.set === 'seed');
    expect(seed?.dates.find((x) => x.text === 'Monday')?.value).toBe('2022-02-07');
    for (const d of docs) {
      expect(d.problems).toEqual([]);
      for (const s of [...d.quotes, ...d.dates, ...d.claims, ...d.officials.flatMap((o) => o.mentions)]) {
        expect(d.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });
});
