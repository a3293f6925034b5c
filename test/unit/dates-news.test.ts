import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/dates';
import type { ArticleStructure } from '../../src/core/types';

const empty: ArticleStructure = { headline: null, header: null, section: null, timestamp: null, lead: null, dateline: null, boilerplate: [], paragraphs: [] };

/** [text, type, value] of every date found. */
const dates = (text: string, published: string | null = '2022-02-09') =>
  findDates(text, { structure: empty, published }).map((d) => [d.text, d.type, d.value]);

describe('dates: news conventions of TimeML', () => {
  it('"N units later", "N units before/after <event>": the signal word stays outside, the offset is a duration', () => {
    expect(dates('Three days later, the index recovered.')).toEqual([['Three days', 'DURATION', 'P3D']]);
    expect(dates('A few days later, the firm announced losses.')).toEqual([['A few days', 'DURATION', 'PXD']]);
    expect(dates('The banks must wait at least 30 days before closing the deal.')).toEqual([['at least 30 days', 'DURATION', 'P30D']]);
    expect(dates('He gave an interview several months before he took office.')).toEqual([['several months', 'DURATION', 'PXM']]);
    expect(dates('The strike came two months after the vote.')).toEqual([['two months', 'DURATION', 'P2M']]);
    /* "ago" and "earlier" stay inside and anchor a date */
    expect(dates('The plant closed two years ago.')).toEqual([['two years ago', 'DATE', '2020']]);
    expect(dates('Profit rose from a year earlier.')).toEqual([['a year earlier', 'DATE', '2021']]);
  });

  it('"about" and "just" stay outside a duration or clock time; "over" is kept only as "more than" before a/an', () => {
    expect(dates('She spent about five hours in Nairobi.')).toEqual([['five hours', 'DURATION', 'PT5H']]);
    expect(dates('The blast occurred at about 10:35 a.m.')).toEqual([['10:35 a.m.', 'TIME', '2022-02-09T10:35']]);
    expect(dates('The answer comes in just a few minutes.')).toEqual([['a few minutes', 'DURATION', 'PTXM']]);
    expect(dates('The firm was founded about two years ago.')).toEqual([['about two years ago', 'DATE', '2020']]);
    expect(dates('The money can be used over three years.')).toEqual([['three years', 'DURATION', 'P3Y']]);
    expect(dates('The tour is likely to last over a week.')).toEqual([['over a week', 'DURATION', 'P1W']]);
  });

  it('a past verb just before "in <month>" makes the past certain, however far back; "is/are + participle" is no past', () => {
    expect(dates('The trial began in May.', '2013-03-14')).toEqual([['May', 'DATE', '2012-05']]);
    expect(dates('The case was heard in May.', '2013-03-14')).toEqual([['May', 'DATE', '2012-05']]);
    expect(dates('The appeal is heard in May.', '2013-03-14')).toEqual([['May', 'DATE', '2013-05']]);
    expect(dates('The percentage change is since year-end.', '2013-03-14')).toEqual([['year-end', 'DATE', '2012-12-31']]);
  });

  it('"the quarter" is the latest completed one; "the quarter ended <date>" is the calendar quarter of its middle month', () => {
    expect(dates('Profit rose in the quarter.', '2013-03-14')).toEqual([['the quarter', 'DATE', '2012-Q4']]);
    expect(dates('Profit rose in the quarter.', '2013-05-02')).toEqual([['the quarter', 'DATE', '2013-Q1']]);
    expect(dates('It lost money in the quarter ended Dec. 31.', '2013-03-14')).toEqual([
      ['the quarter', 'DATE', '2012-Q4'],
      ['Dec. 31', 'DATE', '2012-12-31'],
    ]);
    expect(dates('Sales fell in the quarter ended July 31.', '2013-09-05')[0]).toEqual(['the quarter', 'DATE', '2013-Q2']);
    expect(dates('Sales will rise in the quarter ending June 30.', '2013-03-14')[0]).toEqual(['the quarter', 'DATE', '2013-Q2']);
  });

  it('"the first half of the year" is one expression', () => {
    expect(dates('Prices were flat in the first half of the year.', '2013-09-05')).toEqual([['the first half of the year', 'DATE', '2013-H1']]);
    expect(dates('Prices will rise in the second half of next year.', '2013-09-05')).toEqual([['the second half of next year', 'DATE', '2014-H2']]);
  });

  it('a clock time takes the day that follows it across a parenthesis', () => {
    expect(dates('The blast occurred at 10:35 a.m. (0735 GMT) Friday, officials said.', '2013-03-16')).toEqual([
      ['10:35 a.m.', 'TIME', '2013-03-15T10:35'],
      ['Friday', 'DATE', '2013-03-15'],
    ]);
    expect(dates('He will leave at 4 in the morning (4 a.m. EDT Thursday), he said.', '2013-03-13')).toEqual([
      ['4 in the morning', 'TIME', '2013-03-14T04:00'],
      ['4 a.m. EDT Thursday', 'TIME', '2013-03-14T04:00'],
    ]);
    expect(dates('It ended at 9 p.m. (Officials spoke on Friday.)', '2013-03-16')[0]).toEqual(['9 p.m.', 'TIME', '2013-03-16T21:00']);
  });

  it('"the previous Friday", "the following Monday" count from the date the text last named', () => {
    expect(dates('Shares fell on Friday, Oct. 27, down 4% from the previous Friday.', '1989-10-30')).toEqual([
      ['Friday, Oct. 27', 'DATE', '1989-10-27'],
      ['the previous Friday', 'DATE', '1989-10-20'],
    ]);
    expect(dates('The vote was on March 1, 2013, and the count began the following Monday.', '2013-03-14')[1]).toEqual(['the following Monday', 'DATE', '2013-03-04']);
    expect(dates('Shares rose from the previous Friday.', '2013-03-14')).toEqual([['the previous Friday', 'DATE', '2013-03-08']]);
  });

  it('the news present of a scheduled event points forward: "talks resume Tuesday", "the law takes effect Jan. 1"', () => {
    const pub = '2013-03-14'; // a Thursday
    expect(dates('Talks resume Tuesday in Geneva.', pub)).toEqual([['Tuesday', 'DATE', '2013-03-19']]);
    expect(dates('The two leaders meet separately Monday with the envoy.', pub)).toEqual([['Monday', 'DATE', '2013-03-18']]);
    expect(dates('The law takes effect Jan. 1.', pub)).toEqual([['Jan. 1', 'DATE', '2014-01-01']]);
    expect(dates('The tax goes into effect in January.', pub)).toEqual([['January', 'DATE', '2014-01']]);
    expect(dates('The law took effect on Jan. 1.', pub)).toEqual([['Jan. 1', 'DATE', '2013-01-01']]);
    /* a noun after a determiner is no verb */
    expect(dates('The vote Tuesday was close.', pub)).toEqual([['Tuesday', 'DATE', '2013-03-12']]);
  });

  it('a four-digit clock time before a time zone is no year: "(1900 GMT)"', () => {
    expect(dates('Polls close at 8 p.m. local time (1900 GMT).', '2013-03-14')).toEqual([['8 p.m. local time', 'TIME', '2013-03-14T20:00']]);
    expect(dates('The plant was built in 1900.', '2013-03-14')).toEqual([['1900', 'DATE', '1900']]);
  });

  it('"in the past", "into the future" end before a clause; "the past few years" is a period', () => {
    expect(dates('The firm said that in the past it considered a bid.')).toEqual([['the past', 'DATE', 'PAST_REF']]);
    expect(dates('Strikes will continue well into the future if he refuses.')).toEqual([['the future', 'DATE', 'FUTURE_REF']]);
    expect(dates('Prices rose in the past few years.')).toEqual([['the past few years', 'DURATION', 'PXY']]);
  });

  it('"the week of March 6" is the ISO week of that day', () => {
    expect(dates('The case may be heard the week of March 6, lawyers said.', '2000-02-24')).toEqual([['the week of March 6', 'DATE', '2000-W10']]);
    expect(dates('Prices rose during the week.', '2000-02-24')).toEqual([['the week', 'DATE', '2000-W08']]);
  });

  it('"decades-long", "day-long" are durations; vague decades are written in years', () => {
    expect(dates("It was the government's decades-long battle with the exiles.")).toEqual([['decades-long', 'DURATION', 'PXY']]);
    expect(dates('They emerged from their third day-long meeting.')).toEqual([['day-long', 'DURATION', 'P1D']]);
    expect(dates('The conflict has lasted for decades.')).toEqual([['decades', 'DURATION', 'PXY']]);
  });

  it('"twice a week", "three times a year" are sets of the unit', () => {
    expect(dates('The board meets twice a year.')).toEqual([['twice a year', 'SET', 'P1Y']]);
    expect(dates('Patients are tested three times a week.')).toEqual([['three times a week', 'SET', 'P1W']]);
    expect(dates('He calls once a month.')).toEqual([['once a month', 'SET', 'P1M']]);
    expect(dates('Prices rose three times in a year.')).toEqual([['a year', 'DURATION', 'P1Y']]);
  });
});
