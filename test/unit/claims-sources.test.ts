import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const claims = (text: string) => analyze(text, { published: '2022-02-07T21:37' }).claims;
const claim = (text: string, content: string) => claims(text).find((c) => c.text === content);

describe('claims: who may hold a belief or a stance', () => {
  it('an organisation calls for, wants and supports: "The NAACP called for …"', () => {
    expect(claim('In July, the NAACP called for a moratorium on charter schools.', 'a moratorium on charter schools')?.cue?.text).toBe('called for');
    expect(claim('The coalition wants to preserve its neutrality.', 'to preserve its neutrality')?.cue?.text).toBe('wants');
  });

  it('an unresolved pronoun or an unnamed group still believes: "She believes …", "The group hopes …"', () => {
    expect(claim('She believes the rules are unfair to small farms.', 'the rules are unfair to small farms')?.cue?.text).toBe('believes');
    expect(claim('The group hopes the vote will be delayed.', 'the vote will be delayed')?.cue?.text).toBe('hopes');
  });

  it('a country by metonymy believes nothing on its own: "Norland sees …" is no claim', () => {
    expect(claims('Russia sees the treaty as essential.').length).toBe(0);
  });
});
