import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith as claim } from '../support/claims';

describe('claims: speech nouns without a named owner', () => {
  it('"amid allegations that X", "calls for X", "criticism of X" with their stance', () => {
    const a = claim('The vote went ahead amid allegations that the count was rigged.', 'the count was rigged');
    expect(a?.cue?.text).toBe('allegations that');
    expect(a?.stance).toBe('contested');
    expect(claim('The crash prompted calls for a full inquiry into the airline.', 'a full inquiry into the airline')?.stance).toBe('emphatic');
    expect(claim('The mayor faced growing criticism of the new parking rules.', 'the new parking rules')?.stance).toBe('negative');
  });

  it('no speech act: "no complaints about X", "criticism" without its preposition', () => {
    expect(claimsOf('There were no complaints about the service on the night.').length).toBe(0);
    expect(claimsOf('The plan drew criticism from several councillors.').length).toBe(0);
  });
});

describe('claims: a poll after the finding it reports', () => {
  it('"Doe has a decisive lead in the latest polls": the finding, with the poll as its source', () => {
    const c = claim('Jane Doe has a decisive lead in the latest polls.', 'Jane Doe has a decisive lead');
    expect(c?.cue?.text).toBe('in');
    expect(c?.source?.text).toBe('the latest polls');
  });

  it('"in the poll" after a cue is left to the cue: "A survey shows Doe ahead in the polls"', () => {
    expect(claimsOf('A new survey shows Jane Doe ahead in the polls.').map((x) => x.cue?.text)).toEqual(['shows']);
  });
});

describe('claims: a speech noun owned by a possessive pronoun', () => {
  it('"… ended his support for the tunnel": the pronoun owns the stance', () => {
    const c = claim('John Roe spoke on Monday. Later he ended his support for the tunnel project.', 'the tunnel project');
    expect(c?.cue?.text).toBe('support for');
  });
});

describe('claims: more open speech nouns', () => {
  it('"questions about X", "doubts about X", "speculation that X", "opposition to X"', () => {
    const q = claim('The senator has faced questions about his business dealings.', 'his business dealings');
    expect(q?.cue?.text).toBe('questions about');
    expect(q?.stance).toBe('contested');
    expect(claim('The rally fuelled speculation that the governor would run.', 'the governor would run')?.cue?.text).toBe('speculation that');
    expect(claim('The vote came amid growing opposition to the pension cuts.', 'the pension cuts')?.stance).toBe('negative');
  });

  it('a link word the noun does not take is no cue: "questions of style", "praise from the critics"', () => {
    expect(claimsOf('The film raises questions of style only.').length).toBe(0);
    expect(claimsOf('The book won praise from the critics.').length).toBe(0);
  });
});

describe('claims: more poll findings', () => {
  it('"fared well in online and snap polls", "did not get a bump in one of the first polls"', () => {
    expect(claim('Jane Doe fared well in online and snap polls after the debate.', 'Jane Doe fared well')?.cue?.text).toBe('in');
    expect(claim('She did not receive a bump in one of the first post-debate polls.', 'She did not receive a bump')?.cue?.text).toBe('in');
  });
});
