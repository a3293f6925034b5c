import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const names = (text: string) => analyze(text).officials.map((o) => o.name);
const speakers = (text: string) => analyze(text).claims.map((c) => c.speaker);

describe('people: laws, buildings, organisations and places named like people are none', () => {
  it('laws, towers, hotels, belts, beaches and forts are not people', () => {
    const text =
      'The Affordable Care Act was passed in 2010. He spoke at Trump Tower on Monday and stayed at the Venetian Hotel. ' +
      'Voters in the Rust Belt and in Palm Beach turned out. Soldiers at Fort Hood were told to stay inside.\n';
    expect(names(text)).toEqual([]);
  });

  it('organisations by their head noun: Institution, Partnership, Initiative, Images, Watch, Parenthood, Steelworkers', () => {
    const text =
      'Analysts at the Brookings Institution disagreed. The Trans-Pacific Partnership was signed. The Clinton Global Initiative met. ' +
      'A photo by Getty Images shows the crowd. Judicial Watch sued. Planned Parenthood objected. The United Steelworkers agreed. ' +
      'Black Lives Matter marched.\n';
    expect(names(text)).toEqual([]);
  });

  it('multi-word names of US news: Capitol Hill, Des Moines, Little Rock, Election Day, Super Bowl, Wall Street', () => {
    const text = 'Lawmakers on Capitol Hill met in Des Moines and Little Rock before Election Day. Wall Street watched the Super Bowl.\n';
    expect(names(text)).toEqual([]);
  });

  it('the person heading such an organisation is still found, with it as the title', () => {
    const text = 'Tom Fitton, the president of Judicial Watch, said the emails were public. Cecile Richards, president of Planned Parenthood, said the vote was close.\n';
    const off = analyze(text).officials;
    expect(off.map((o) => [o.name, o.org])).toEqual([
      ['Tom Fitton', 'Judicial Watch'],
      ['Cecile Richards', 'Planned Parenthood'],
    ]);
    expect(speakers(text)).toEqual(['Tom Fitton', 'Cecile Richards']);
  });

  it('surnames that only look like these words stay people', () => {
    expect(names('Anita Hill testified on Tuesday. Chris Rock said the show was over.\n')).toEqual(['Anita Hill', 'Chris Rock']);
  });
});

describe('people: occupations as titles (actor, strategist, host, pollster, businessman …)', () => {
  it('the occupation before the name is the title, not part of the name', () => {
    const text =
      'Actor Will Smith said the film was a success. Democratic strategist Paul Begala told CNN the race was close. ' +
      'Fox News host Sean Hannity said so. Republican pollster Frank Luntz disagreed.\n';
    expect(analyze(text).officials.map((o) => [o.name, o.title])).toEqual([
      ['Will Smith', 'Actor'],
      ['Paul Begala', 'Democratic strategist'],
      ['Sean Hannity', 'Fox News host'],
      ['Frank Luntz', 'Republican pollster'],
    ]);
  });

  it('"the actor" refers back to the actor', () => {
    const text = 'Actor Will Smith arrived on Monday. The actor said the film was a success.\n';
    expect(speakers(text)).toEqual(['Will Smith']);
  });

  it('surnames that are occupations stay names ("Paul Singer", "Rob Bishop")', () => {
    expect(names('The billionaire Paul Singer backed the plan. Rep. Rob Bishop said it was wrong.\n')).toEqual(['Paul Singer', 'Rob Bishop']);
  });
});

describe('people: "the Republican nominee" is not a nominee of another party', () => {
  it('the party word of a bare title rules out people whose title names another party', () => {
    const text =
      'Republican presidential nominee Donald Trump spoke in Ohio. Libertarian nominee Gary Johnson spoke in Utah. ' +
      'The Republican presidential nominee noted Friday that his campaign was strong.\n';
    expect(speakers(text)).toEqual(['Donald Trump']);
  });

  it('a person whose title names no party may still be meant', () => {
    const text = 'Presidential nominee Donald Trump spoke in Ohio. The Republican nominee said the polls were wrong.\n';
    expect(speakers(text)).toEqual(['Donald Trump']);
  });
});

describe('lexicon: every country, and plural nouns of people', () => {
  it('countries, demonyms and capitals added (Rwanda, Vatican, Bahamian, Kigali) qualify titles and are no people', () => {
    const text =
      'Rwandan President Paul Kagame met Vatican spokesman Federico Lombardi in Kigali. The former Bahamian prime minister Lynden Pindling said it was good.\n';
    expect(analyze(text).officials.map((o) => [o.name, o.org])).toEqual([
      ['Paul Kagame', 'Rwanda'],
      ['Federico Lombardi', 'Vatican'],
      ['Lynden Pindling', 'Bahamas'],
    ]);
  });

  it('"Traders said", "Women back him": plural nouns are no names; "Jamaica Estates" and "Golan Heights" are places', () => {
    const text = 'Traders said the market was calm. Women back him by almost 20 points. He grew up in Jamaica Estates, Queens. Troops left the Golan Heights.\n';
    expect(names(text)).toEqual([]);
  });

  it('wars, revolutions and churches are no people ("Cold War", "Orange Revolution", "Roman Catholic")', () => {
    const text = 'After the Cold War and the Orange Revolution, the Roman Catholic church spoke up. Star Wars fans cheered.\n';
    expect(names(text)).toEqual([]);
  });

  it('"I’m", "I\'ve" are no names; "Florida", a legislature, a coalition and "… Politics" are no people', () => {
    const text =
      "“I’m sure,” said Mary Jones. “I've seen it,” she said. Florida voters agreed. The Florida Legislature said it would vote. " +
      'The Republican Jewish Coalition met. An average by Real Clear Politics shows Clinton leading.\n';
    expect(names(text)).toEqual(['Mary Jones']);
    expect(speakers(text)).toEqual(['Mary Jones', 'Mary Jones', 'Florida Legislature', 'Real Clear Politics']);
  });
});
