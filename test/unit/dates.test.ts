import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/dates';
import type { ArticleStructure } from '../../src/core/types';

const empty: ArticleStructure = { headline: null, header: null, section: null, timestamp: null, lead: null, dateline: null, boilerplate: [], paragraphs: [] };

/** [text, value] of every date found. */
const dates = (text: string, published: string | null = '2022-02-07T21:37') =>
  findDates(text, { structure: empty, published }).map((d) => [d.text, d.value]);
const one = (text: string, published?: string) => {
  const all = findDates(text, { structure: empty, published: published ?? '2022-02-07T21:37' });
  expect(all).toHaveLength(1);
  return all[0];
};

describe('dates: absolute and partial calendar dates', () => {
  it('full dates in the common written forms', () => {
    expect(dates('On December 17, 2021, the ministry released a draft.')).toEqual([['December 17, 2021', '2021-12-17']]);
    expect(dates('The treaty was signed on 17 December 2021 in Geneva.')).toEqual([['17 December 2021', '2021-12-17']]);
    expect(dates('The report, dated 2021-12-17, was leaked.')).toEqual([['2021-12-17', '2021-12-17']]);
    expect(dates('It was filed on 12/17/2021 in court.')).toEqual([['12/17/2021', '2021-12-17']]);
    const d = one('On December 17, 2021, it ended.');
    expect([d.type, d.relative, d.resolution]).toEqual(['DATE', false, 'absolute']);
  });

  it('abbreviated months keep their period inside the span', () => {
    expect(dates('Talks resumed on Feb. 7 in Vienna.', '2022-02-10')).toEqual([['Feb. 7', '2022-02-07']]);
    expect(dates('The offer expired Sept. 30.', '1989-10-02')).toEqual([['Sept. 30', '1989-09-30']]);
  });

  it('years, months and decades; the preposition stays outside the span', () => {
    expect(dates('The company was founded in 2021.')).toEqual([['2021', '2021']]);
    expect(dates('Deliveries start in January 2025.', '2024-12-26')).toEqual([['January 2025', '2025-01']]);
    expect(dates('He was born in the 1990s.')).toEqual([['1990s', '199']]);
    expect(dates('It happened in June last year.')).toEqual([['June last year', '2021-06']]);
  });

  it('the header timestamp is one TIME span with the clock time', () => {
    const d = one('World February 07, 2022, 21:37', '2022-02-07T21:37');
    expect([d.text, d.type, d.value]).toEqual(['February 07, 2022, 21:37', 'TIME', '2022-02-07T21:37']);
  });
});

describe('dates: tense-aware resolution of underspecified dates', () => {
  it('a month and day without year: past tense goes back, future tense goes forward', () => {
    const past = one('On January 26, the US handed over written responses.');
    expect([past.value, past.resolution, past.relative]).toEqual(['2022-01-26', 'tense-past', true]);
    const future = one('The summit will be held on January 26.');
    expect([future.value, future.resolution]).toEqual(['2023-01-26', 'tense-future']);
    expect(dates('The vote will take place on March 3.')).toEqual([['March 3', '2022-03-03']]);
  });

  it('without a tense cue the nearest reading wins', () => {
    const d = one('The record date is Dec. 15.', '1989-11-02');
    expect([d.value, d.resolution]).toEqual(['1989-12-15', 'nearest']);
    expect(dates('The stock fell sharply in January.', '1989-10-27')).toEqual([['January', '1990-01']]);
  });

  it('a past verb right before the date, a sentence-opening "In …," or "since" make the past certain', () => {
    expect(dates('In January, the company brought in a new chief.', '1989-10-27')).toEqual([['January', '1989-01']]);
    expect(dates('Sales rose in the fiscal year ended Jan. 31.', '1989-10-31')).toEqual([['the fiscal year', 'P1Y'], ['Jan. 31', '1989-01-31']]);
    expect(dates('Prices have doubled since March.', '2022-02-07')).toEqual([['March', '2021-03']]);
  });

  it('deadlines point forward: payable, effective, until, as early as', () => {
    expect(one('Dividends are payable Dec. 15 to holders of record.', '1989-11-02').resolution).toBe('tense-future');
    expect(dates('The pact is effective June 1.', '1989-10-26')).toEqual([['June 1', '1990-06-01']]);
    expect(dates('They have until Tuesday to sign.', '2000-04-03')).toEqual([['Tuesday', '2000-04-04']]);
    expect(dates('He could come as early as Tuesday.', '2000-04-03')).toEqual([['Tuesday', '2000-04-04']]);
    expect(dates('Talks are set to resume Monday.', '2022-02-06')).toEqual([['Monday', '2022-02-07']]);
    expect(dates('The team planned to leave Nairobi on Thursday.', '2022-02-09')).toEqual([['Thursday', '2022-02-10']]);
  });

  it('weekdays: said on Monday is the past one (same day included), will meet the next one', () => {
    expect(dates('Blinken said on Monday that talks would continue.')).toEqual([['Monday', '2022-02-07']]);
    expect(dates('He met the envoy on Thursday.', '2022-02-09')).toEqual([['Thursday', '2022-02-03']]);
    expect(dates('The ministers will meet on Monday.', '2022-02-09')).toEqual([['Monday', '2022-02-14']]);
    expect(dates('The council will meet on Thursday.')).toEqual([['Thursday', '2022-02-10']]);
  });

  it('last and next weekdays are strictly before and after publication', () => {
    expect(dates('The strike started last Monday.')).toEqual([['last Monday', '2022-01-31']]);
    expect(dates('It will open next Tuesday.')).toEqual([['next Tuesday', '2022-02-08']]);
  });

  it('a possessive weekday is past ("Wednesday\'s ruling")', () => {
    expect(dates("They will appeal Wednesday's ruling.", '2022-02-07')).toEqual([['Wednesday', '2022-02-02']]);
  });

  it('the dateline date is resolved on or before publication', () => {
    const text = 'WASHINGTON, February 7. /TASS/. Talks went on.';
    const structure = { ...empty, dateline: { start: 0, end: 31, text: text.slice(0, 31), place: null, date: { start: 12, end: 22, text: 'February 7' }, agency: null, agencyName: 'TASS' } };
    const d = findDates(text, { structure, published: '2022-02-07T21:37' });
    expect(d.map((x) => [x.text, x.value, x.resolution])).toEqual([['February 7', '2022-02-07', 'dateline']]);
  });
});

describe('dates: relative days and periods', () => {
  it('yesterday, today, tomorrow', () => {
    expect(dates('Peskov said yesterday that the claims were empty, and today he repeated it.')).toEqual([
      ['yesterday', '2022-02-06'],
      ['today', '2022-02-07'],
    ]);
    expect(dates('The delegation arrives tomorrow.')).toEqual([['tomorrow', '2022-02-08']]);
  });

  it('weeks, months and years relative to publication', () => {
    expect(dates('Sales fell last week.')).toEqual([['last week', '2022-W05']]);
    expect(dates('Elections are due next year.')).toEqual([['next year', '2023']]);
    expect(dates('Prices rose this month.')).toEqual([['this month', '2022-02']]);
    expect(dates('Inflation slowed earlier this month.')).toEqual([['earlier this month', '2022-02']]);
    expect(dates('The strike ended two weeks ago.')).toEqual([['two weeks ago', '2022-W04']]);
    expect(dates('Last year, output fell.', '2024-12-26')).toEqual([['Last year', '2023']]);
    expect(dates('Exports will grow in the coming year.', '2024-12-26')).toEqual([['the coming year', '2025']]);
    expect(dates('The deal should close by the end of the year.', '2024-12-26')).toEqual([['the end of the year', '2024']]);
    expect(dates('Prices fell since the end of last year.', '2024-12-26')).toEqual([['last year', '2023']]);
  });

  it('quarters, seasons and holidays', () => {
    expect(dates('Sales in the third quarter rose.', '1989-10-26')).toEqual([['the third quarter', '1989-Q3']]);
    expect(dates('Third-quarter profit rose 5% from a year earlier.', '1989-10-26')).toEqual([
      ['Third-quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
    ]);
    expect(dates('The talks took place last summer.')).toEqual([['last summer', '2021-SU']]);
    expect(dates('Costs rose this past spring, and last spring too.', '1989-10-30')).toEqual([
      ['this past spring', '1989-SP'],
      ['last spring', '1988-SP'],
    ]);
    expect(dates('He was found on Thanksgiving Day.', '1999-12-01')).toEqual([['Thanksgiving Day', '1999-11-25']]);
  });

  it('anaphoric periods follow the previous date of the text', () => {
    expect(dates('The bid came in March. The following month, the firm was sold.', '1989-10-27')).toEqual([
      ['March', '1989-03'],
      ['The following month', '1989-04'],
    ]);
  });

  it('vague references get TimeML reference values', () => {
    expect(dates('Markets are calm now, but recently they were not.')).toEqual([
      ['now', 'PRESENT_REF'],
      ['recently', 'PAST_REF'],
    ]);
  });
});

describe('dates: parts of the day', () => {
  it('a part of the publication day keeps its TIMEX3 suffix; another day keeps the day', () => {
    const f = findDates('He spoke this morning, rallied Friday night and left Thursday night.', { structure: empty, published: '2022-02-11' });
    expect(f.map((d) => [d.text, d.type, d.value])).toEqual([
      ['this morning', 'TIME', '2022-02-11TMO'],
      ['Friday night', 'TIME', '2022-02-11TNI'],
      ['Thursday night', 'DATE', '2022-02-10'],
    ]);
    expect(dates('CBS first reported last night that the tomb was found.', '2022-02-11')).toEqual([['last night', '2022-02-10TNI']]);
  });
});

describe('dates: clock times', () => {
  it('a bare clock time is on the publication day', () => {
    const d = one('The meeting starts at 21:37.');
    expect([d.text, d.type, d.value]).toEqual(['21:37', 'TIME', '2022-02-07T21:37']);
  });

  it('a bare clock time right after a date belongs to that date', () => {
    expect(dates('On Thursday, the talks began at 3 p.m.', '2022-02-07')).toEqual([
      ['Thursday', '2022-02-03'],
      ['3 p.m.', '2022-02-03T15:00'],
    ]);
  });

  it('a clock time with its weekday is one span', () => {
    const d = one('He will speak at 3 p.m. Monday.', '2022-02-03');
    expect([d.text, d.type, d.value]).toEqual(['3 p.m. Monday', 'TIME', '2022-02-07T15:00']);
    expect(dates('Polls close at 10:35 a.m. EST.')).toEqual([['10:35 a.m. EST', '2022-02-07T10:35']]);
    expect(dates('The plane leaves at 4 in the morning.')).toEqual([['4 in the morning', '2022-02-07T04:00']]);
  });
});

describe('dates: durations and sets', () => {
  it('durations get P values and type DURATION', () => {
    const d = one('The talks lasted three days.');
    expect([d.text, d.type, d.value]).toEqual(['three days', 'DURATION', 'P3D']);
    expect(dates('In the last twenty four hours, the index fell.')).toEqual([['the last twenty four hours', 'PT24H']]);
    expect(dates('The war lasted a decade.')).toEqual([['a decade', 'P10Y']]);
    expect(dates('It is a five-year plan.')).toEqual([['five-year', 'P5Y']]);
    expect(dates('The program has run for years.')).toEqual([['years', 'PXY']]);
    expect(dates('The plan covers the first nine months.')).toEqual([['the first nine months', 'P9M']]);
    expect(dates('They lived in camps for 2 1/2 years.')).toEqual([['2 1/2 years', 'P2Y6M']]);
    expect(dates('The flight took 5 1/2 hours.')).toEqual([['5 1/2 hours', 'PT5H30M']]);
    expect(dates('Shipments resume within two to three weeks.')).toEqual([['two to three weeks', 'P2W']]);
    expect(dates('It will not change for a couple of years.')).toEqual([['a couple of years', 'P2Y']]);
    expect(dates('A minute and a half later, a pilot called; just over an hour later it ended.')).toEqual([
      ['A minute and a half', 'PT1M30S'],
      ['over an hour', 'PT1H'],
    ]);
  });

  it('sets get type SET', () => {
    const d = one('The festival is held every year.');
    expect([d.text, d.type, d.value]).toEqual(['every year', 'SET', 'P1Y']);
    expect(dates('Officials meet daily.')).toEqual([['daily', 'P1D']]);
    expect(dates('The club meets each Thursday.')).toEqual([['each Thursday', 'XXXX-WXX-4']]);
  });
});

describe('dates: what is not a date', () => {
  it('"may" and "march" as verbs, May as a name', () => {
    expect(dates('You may leave, and they may march on.')).toEqual([]);
    expect(dates('Protesters march to the square. Theresa May said so.')).toEqual([]);
    expect(dates('They met in May.')).toEqual([['May', '2021-05']]); // past tense: the May before publication
  });

  it('numbers that are not years or times', () => {
    expect(dates('Some 2,000 troops were sent, costing $2021 each.')).toEqual([]);
    expect(dates('Turnout was 2021 people, or 45.5%.')).toEqual([]);
    expect(dates('The 20-year-old was arrested.')).toEqual([]);
    expect(dates('The score was 3:2.')).toEqual([]);
  });

  it('generic "today\'s world", fractions and newspapers are not times', () => {
    expect(dates("Parents in today's world worry, and so do the leaders of tomorrow.")).toEqual([]);
    expect(dates("Today's vote was close.")).toEqual([['Today', '2022-02-07']]);
    expect(dates('Funds hold more than a quarter of the market, said the party daily Granma.')).toEqual([]);
    expect(dates('Islam will one day be the second largest religion.')).toEqual([['one day', 'FUTURE_REF']]);
  });

  it('capitalised units in running text are titles, not periods', () => {
    expect(dates('He spoke on CBS\'s "60 Minutes" and on ABC\'s "This Week" program.')).toEqual([]);
    expect(dates('It was like the film "High Noon" again.')).toEqual([]);
  });

  it('no publication time: absolute dates still resolve, relative ones are null', () => {
    expect(dates('On December 17, 2021, and yesterday.', null)).toEqual([
      ['December 17, 2021', '2021-12-17'],
      ['yesterday', null],
    ]);
  });
});
