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
