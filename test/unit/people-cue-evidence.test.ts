import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';

const people = (text: string) => analyze(text).officials.map((o) => o.name);

describe('a speech verb after a capitalised word is evidence of a person only when organisations rarely take it', () => {
  it('"Halvorsen said" and "said Halvorsen": a person', () => {
    expect(people('Halvorsen said the plant would close in March.')).toEqual(['Halvorsen']);
    expect(people('"The plant will close in March," said Halvorsen.')).toEqual(['Halvorsen']);
  });

  it('"Valeant ordered", "Norvik listed", "Altmark ruled": no person', () => {
    expect(people('Valeant ordered a review of its drug prices on Monday.')).toEqual([]);
    expect(people('Norvik listed three risks in its annual report.')).toEqual([]);
    expect(people('Altmark ruled that the contract was void.')).toEqual([]);
  });
});

describe('a newspaper\'s name is no person', () => {
  it('"According to The Daily Norland", "the Evening Harwick reported"', () => {
    expect(people('According to The Daily Norland, the minister will resign.')).toEqual([]);
    expect(people('On Monday the Evening Harwick reported that the mayor would resign.')).toEqual([]);
  });
});
