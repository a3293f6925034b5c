import { describe, expect, it } from 'vitest';
import { claimsOf as claims, claimWith as claim } from '../support/claims';

describe('claims: cue forms a source names (recall, session 5)', () => {
  it('"The Ministry says …": an -s form that is never a noun is a verb after "The Name"', () => {
    const c = claim('The Vatican says the pope has no plans to meet the senator.', 'the pope has no plans to meet the senator');
    expect(c?.cue?.text).toBe('says');
    expect(c?.source?.text).toBe('Vatican');
    // a plural noun after "the Name" stays a noun phrase
    expect(claims('The Paris attacks shocked the region.').length).toBe(0);
  });
});

describe('claims: base forms of speech verbs after any subject', () => {
  it('a base "say" / "believe" after a noun phrase that does not end in -s', () => {
    expect(claim('By wide margins, those surveyed say the economy should come first.', 'the economy should come first')?.cue?.text).toBe('say');
    expect(claim('One in five say the plan will fail.', 'the plan will fail')?.cue?.text).toBe('say');
    expect(claim('People close to the mayor say she will not run again.', 'she will not run again')?.cue?.text).toBe('say');
    expect(claim('Some believe the tax will never take effect.', 'the tax will never take effect')?.cue?.text).toBe('believe');
    expect(claim('Many argue the ruling goes too far.', 'the ruling goes too far')?.cue?.text).toBe('argue');
  });

  it('the noun "say" and "think tank" are no cues', () => {
    expect(claims('The voters have the final say on the budget.').length).toBe(0);
    expect(claims('Members gained a larger say than they had before.').length).toBe(0);
    expect(claims('She founded a think tank in the capital.').length).toBe(0);
  });
});
