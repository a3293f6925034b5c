import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../src/core/structure';
import { parseIsoReference, resolvePublished } from '../../src/core/published';

const withHeader = (line: string) => `A headline about the talks\n\n${line}\n\nThe lead paragraph of the story\n\nMOSCOW, February 7. /TASS/. Body text.`;
const publishedOf = (text: string, options = {}) => resolvePublished(text, parseStructure(text), options);

describe('publication time from the header', () => {
  it.each([
    ['World February 07, 2022, 21:37', '2022-02-07T21:37'],
    ['Politics Feb 7, 2022', '2022-02-07'],
    ['Economy 2022-02-07', '2022-02-07'],
    ['Sport 2022-02-07 21:37', '2022-02-07T21:37'],
    ['Russia 07.02.2022 21:37', '2022-02-07T21:37'],
    ['Business & Economy 7 February 2022, 09:05', '2022-02-07T09:05'],
    ['Published: Monday, February 7, 2022 9:37 PM EST', '2022-02-07T21:37'],
    ['Science & Space Feb. 7, 2022 12:05 a.m.', '2022-02-07T00:05'],
    ['Updated 9:37 PM EST, Mon February 7, 2022', '2022-02-07T21:37'],
    ['Politics 21:37, 7 February 2022', '2022-02-07T21:37'],
  ])('%s → %s', (line, iso) => {
    expect(publishedOf(withHeader(line))).toEqual({ published: iso, source: 'header' });
  });

  it('rejects impossible dates and a sentence that merely ends with a date', () => {
    expect(publishedOf(withHeader('World February 30, 2022, 21:37')).source).toBeNull();
    expect(publishedOf(withHeader('He arrived on February 7, 2022')).source).toBeNull();
  });

  it('takes a dated dateline when there is no header', () => {
    expect(publishedOf('Rebels advance in north .\nLONDON 1996-08-31\nThe group said on Saturday .').published).toBe('1996-08-31');
  });
});

describe('publication time from the options', () => {
  const plain = 'The council met on Monday.\n\nIt approved the budget.';

  it('uses the option when the header has none, normalised', () => {
    expect(publishedOf(plain, { published: '2022-02-07' })).toEqual({ published: '2022-02-07', source: 'option' });
    expect(publishedOf(plain, { published: '2022-02-07T21:37:59.123Z' })).toEqual({ published: '2022-02-07T21:37', source: 'option' });
  });

  it('the header wins unless overridePublished', () => {
    const t = withHeader('World February 07, 2022, 21:37');
    expect(publishedOf(t, { published: '2020-01-01' }).published).toBe('2022-02-07T21:37');
    expect(publishedOf(t, { published: '2020-01-01', overridePublished: true })).toEqual({ published: '2020-01-01', source: 'option' });
  });

  it('ignores an invalid option', () => {
    expect(publishedOf(plain, { published: 'yesterday' })).toEqual({ published: null, source: null });
  });
});

describe('parseIsoReference', () => {
  it.each([
    ['2022-02-07', '2022-02-07'],
    ['2022-02-07T21:37', '2022-02-07T21:37'],
    ['2022-02-07 21:37:05', '2022-02-07T21:37'],
    ['2022-02-07T21:37:05+03:00', '2022-02-07T21:37'],
    ['2024-02-29', '2024-02-29'],
  ])('accepts %s', (s, iso) => expect(parseIsoReference(s)).toBe(iso));

  it.each(['', '2022', '2022-2-7', '2023-02-29', '2022-13-01', '2022-02-07T24:00', '2022-02-07T21:60', 'February 7, 2022', '2022-02-07x'])(
    'rejects %j', (s) => expect(parseIsoReference(s)).toBeNull());
});
