import { describe, expect, it } from 'vitest';
import { chronoDates, compromiseDates, compromisePeople, compromiseQuotes, peerFailures, winkDates } from '../eval/baselines';
import { compromiseDuration, isoWeek } from '../eval/baselines-values';

// Emoji (two UTF-16 units) and typographic marks before the spans check the offset units.
const TEXT =
  'Update 😀 from the capital.\n\n“We will talk,” Minister Anna Berg said on Monday. ' +
  'The talks on January 26, 2022 lasted three days. They ended at 21:37 on February 7, 2022.';
const DCT = '2022-02-07T21:37';

const at = (s: string, from = 0) => {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(`fixture lacks ${s}`);
  return { start: i, end: i + s.length };
};
const spans = (xs: Array<{ start: number; end: number }>) => xs.map((x) => TEXT.slice(x.start, x.end));

describe('chronoDates', () => {
  const got = chronoDates(TEXT, DCT);
  it('gives UTF-16 spans and TIMEX3 values from the components it is certain of', () => {
    expect(got).toContainEqual({ ...at('January 26, 2022'), value: '2022-01-26', type: 'DATE' });
    const monday = got.find((d) => TEXT.slice(d.start, d.end).includes('Monday'));
    expect(monday?.value).toBe('2022-02-07');
    const time = got.find((d) => d.type === 'TIME');
    expect(time?.value).toBe('2022-02-07T21:37');
  });
});

describe('winkDates', () => {
  const got = winkDates(TEXT, DCT);
  it('maps entity tokens back to UTF-16 offsets', () => {
    expect(spans(got)).toContain('Monday');
    expect(got).toContainEqual({ ...at('January 26, 2022'), value: '2022-01-26', type: 'DATE' });
  });
  it('types durations DURATION', () => {
    expect(got).toContainEqual({ ...at('three days'), value: null, type: 'DURATION' });
  });
});

describe('compromiseDates', () => {
  const got = compromiseDates(TEXT, DCT);
  it('spans the date terms in UTF-16 offsets, values truncated to the reported unit', () => {
    expect(got).toContainEqual({ ...at('on January 26, 2022'), value: '2022-01-26', type: 'DATE' });
    expect(got).toContainEqual({ ...at('on Monday'), value: '2022-02-07', type: 'DATE' });
  });
  it('reports durations as DURATION periods', () => {
    const d = got.find((x) => x.type === 'DURATION');
    expect(d && TEXT.slice(d.start, d.end)).toBe('three days');
    expect(d?.value).toBe('P3D');
  });
});

describe('peers never throw', () => {
  it('redoes a document compromise-dates throws on sentence by sentence', () => {
    const text = 'The firm posted a third-quarter loss. It will report again on March 3, 1990.';
    const got = compromiseDates(text, '1989-11-01');
    expect(got.map((d) => text.slice(d.start, d.end))).toContain('on March 3, 1990');
    expect(peerFailures['compromise-dates']).toBeGreaterThan(0);
  });
});

describe('compromiseQuotes', () => {
  it('spans a quote from its opening mark to its closing mark', () => {
    expect(compromiseQuotes(TEXT)).toEqual([at('“We will talk,”')]);
  });
  it('handles straight marks after astral characters', () => {
    const text = '😀😀 He said "no way" twice.';
    expect(compromiseQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['"no way"']);
  });
});

describe('compromisePeople', () => {
  it('gives the name without surrounding punctuation, in UTF-16 offsets', () => {
    const got = compromisePeople(TEXT);
    // compromise takes the title into the person: "Minister Anna Berg".
    expect(got).toEqual([{ ...at('Minister Anna Berg'), text: 'Minister Anna Berg' }]);
    for (const p of got) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('value helpers', () => {
  it('computes ISO weeks across year ends', () => {
    expect(isoWeek(2022, 2, 7)).toBe('2022-W06');
    expect(isoWeek(2021, 1, 1)).toBe('2020-W53');
  });
  it('writes compromise durations as TIMEX3 periods in canonical order', () => {
    expect(compromiseDuration({ week: 2, year: 15 })).toBe('P15Y2W');
    expect(compromiseDuration({ hours: 3 })).toBe('PT3H');
    expect(compromiseDuration({})).toBeNull();
  });
});
