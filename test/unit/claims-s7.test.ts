import { describe, expect, it } from 'vitest';
import { claimsOf as claims } from '../support/claims';

const pieces = (text: string) => claims(text).map((c) => [c.text, c.cue?.text, c.cue?.start, c.speaker]);

describe('claims: a quotation resumed after an adjunct of its attribution (session 7)', () => {
  it('resumes after a place with abbreviations: one cue, two pieces', () => {
    const t = '"I think the moderator will be fair," Mary Doe said during a rally in Dayton, Ohio, "but a lot of people are going to watch."';
    const cs = claims(t);
    expect(cs.map((c) => c.text)).toEqual(['"I think the moderator will be fair,"', '"but a lot of people are going to watch."']);
    expect(cs[0].cue).toEqual(cs[1].cue);
    expect(cs[1].speaker).toBe('Mary Doe');
  });

  it('resumes after ", but", ", and" and "of X,"', () => {
    expect(pieces('"You know, I love Larry," she said, but "when it comes to energy, Larry has a history."').map((p) => p[0])).toEqual([
      '"You know, I love Larry,"',
      '"when it comes to energy, Larry has a history."',
    ]);
    const c = claims('"It seems they have every incentive to agree," he said of Roe and Doe, "because they need one another."');
    expect(c.map((x) => x.text)).toEqual(['"It seems they have every incentive to agree,"', '"because they need one another."']);
    expect(c[0].cue).toEqual(c[1].cue);
  });

  it('does not resume when the first piece ends a sentence, the second starts one, or another verb intervenes', () => {
    expect(pieces('"We are done." Jane Roe said in Dayton, Ohio, "but nobody listened."')).toEqual([['"We are done."', 'said', 24, 'Jane Roe']]);
    expect(pieces('"We are done," Jane Roe said in Dayton, Ohio, "But nobody listened."')).toEqual([['"We are done,"', 'said', 24, 'Jane Roe']]);
    const own = claims('"We are ready," Jane Roe said, and her deputy added, "but only after the vote."');
    const second = own.find((c) => c.text === '"but only after the vote."');
    expect(second?.cue?.text).toBe('added');
    const roe = own.find((c) => c.text === '"We are ready,"');
    expect(roe?.cue?.text).toBe('said');
    expect(own.filter((c) => c.cue?.start === roe?.cue?.start).length).toBe(1);
  });
});
