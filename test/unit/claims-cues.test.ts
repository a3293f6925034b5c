import { describe, expect, it } from 'vitest';
import { claimWith as claim } from '../support/claims';

describe('claims: base-form cues after plural subjects', () => {
  it('after a parenthetical comma: "Others, however, say …", "Economists, like their peers, say …"', () => {
    expect(claim('Others, however, say a recalibration is overdue.', 'a recalibration is overdue')?.cue?.text).toBe('say');
    expect(claim('Many economists, like their conservative peers, say the tax favours savings.', 'the tax favours savings')?.cue?.text).toBe('say');
  });

  it('"say" as "for example" is no cue: "a rise of, say, ten percent"', () => {
    expect(claim('Rents could rise by, say, ten percent next year.', 'ten percent next year')).toBeUndefined();
  });

  it('a plural head before a prepositional name: "Aides to Doe say …"', () => {
    expect(claim('Aides to Jane Doe say she is changing her tack.', 'she is changing her tack')?.cue?.text).toBe('say');
  });
});
