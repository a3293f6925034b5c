import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith as claim } from '../support/claims';

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

describe('claims: more cue verbs with their stance', () => {
  it('emphatic "maintained that", negative "assailed", contested "insinuated", neutral "portrayed"', () => {
    expect(claim('Jane Doe maintained that the audit was routine.', 'the audit was routine')?.stance).toBe('emphatic');
    expect(claim('The senator assailed the plan as reckless.', 'the plan as reckless')?.stance).toBe('negative');
    expect(claim('John Roe insinuated that the count was rigged.', 'the count was rigged')?.stance).toBe('contested');
    expect(claim('The mayor portrayed the strike as a betrayal.', 'the strike as a betrayal')?.stance).toBe('neutral');
  });

  it('"maintain" with an object is no statement: "Norland maintains a transit of gas"', () => {
    expect(claimsOf('Norland maintains a transit of gas through the region and pays for it.').length).toBe(0);
  });

  it('nouns and adjectives are no cues: "Doe’s emails", "encouraging signs"', () => {
    expect(claimsOf('The aides read Doe’s emails about the encouraging signs in the polls.').length).toBe(0);
  });

  it('base forms of preference and belief: "voters prefer", "many voters feel"', () => {
    expect(claim('Most voters prefer a candidate with experience, the poll found.', 'Most voters prefer a candidate with experience')).toBeDefined();
    expect(claim('Many voters feel the race is already decided.', 'the race is already decided')?.cue?.text).toBe('feel');
  });
});

describe('claims: an adverbial gerund cue', () => {
  it('"Doe ended the feud by saying X": the clause subject is the source', () => {
    const c = claim('Jane Doe ended the feud by saying she would not run again.', 'she would not run again');
    expect(c?.cue?.text).toBe('saying');
    expect(c?.speaker).toBe('Jane Doe');
  });

  it('a belief gerund stays a topic: "by supporting the bill" is no claim', () => {
    expect(claimsOf('Jane Doe angered her party by supporting the bill.').length).toBe(0);
  });
});

describe('claims: cue forms that are mostly something else', () => {
  it('"states" is a noun unless a clause follows: "the early states" vs "Doe states that …"', () => {
    expect(claimsOf('The campaign moves to the early states across the country.').length).toBe(0);
    expect(claim('Jane Doe states that the plant is safe.', 'the plant is safe')?.cue?.text).toBe('states');
  });

  it('"felt" with a complement is a feeling, not a belief: "he felt squeezed in" vs "he felt they should leave"', () => {
    expect(claimsOf('John Roe felt squeezed in by the demand.').length).toBe(0);
    expect(claim('John Roe felt they should leave the race.', 'they should leave the race')?.cue?.text).toBe('felt');
  });
});

describe('claims: negated cues', () => {
  it('"did not mention X", "doesn’t say when": a base form after a negated auxiliary', () => {
    expect(claim('Jane Doe did not mention any of her opponents by name.', 'any of her opponents by name')?.cue?.text).toBe('mention');
    expect(claim('John Roe didn’t say when the plant would reopen.', 'when the plant would reopen')?.speaker).toBe('John Roe');
  });

  it('a negated belief is a hedge, an emphatic "did" continues its clause', () => {
    expect(claimsOf('I don’t know, one voter shrugged.').some((c) => c.cue?.text === 'know')).toBe(false);
    const c = claimsOf('According to Jane Doe, the talks did not end in a deal but did indicate a way forward.');
    expect(c.map((x) => x.cue?.text)).toEqual(['According to']);
  });
});

describe('claims: speech infinitives', () => {
  it('"Jane Doe was prompted to say X": the infinitive reports a statement of the clause subject', () => {
    const c = claim('Jane Doe was prompted to say the debate had been civil.', 'the debate had been civil');
    expect(c?.cue?.text).toBe('say');
    expect(c?.speaker).toBe('Jane Doe');
  });

  it('only speech verbs: "to see the results" is no claim', () => {
    expect(claimsOf('Jane Doe was eager to see the results.').length).toBe(0);
  });
});

describe('claims: phrasal cues', () => {
  it('"went after X", "took issue with X", "doubled down on X", "came out against X" with their stance', () => {
    expect(claim('Jane Doe went after her rival’s record on taxes.', 'her rival’s record on taxes')?.stance).toBe('negative');
    expect(claim('John Roe took issue with the new zoning rules.', 'the new zoning rules')?.stance).toBe('negative');
    expect(claim('Jane Doe doubled down on her pledge to cut fares.', 'her pledge to cut fares')?.stance).toBe('emphatic');
    expect(claim('The union came out against the merger.', 'the merger')?.cue?.text).toBe('came out against');
  });
});

describe('claims: more phrasal cues', () => {
  it('"laid out X", "railed against X", "sided with X", "referenced X"', () => {
    expect(claim('Jane Doe laid out her plan for the harbour.', 'her plan for the harbour')?.cue?.text).toBe('laid out');
    expect(claim('John Roe railed against the new toll.', 'the new toll')?.stance).toBe('negative');
    expect(claim('The mayor sided with the striking drivers.', 'the striking drivers')?.cue?.text).toBe('sided with');
    expect(claim('Jane Doe referenced the 1998 flood in her speech.', 'the 1998 flood')?.cue?.text).toBe('referenced');
  });
});

describe('claims: rarer speech verbs', () => {
  it('"countered that", "reaffirmed", "pleaded with", "opined that" with their stance', () => {
    expect(claim('Jane Doe countered that the figures were old.', 'the figures were old')?.stance).toBe('negative');
    expect(claim('John Roe reaffirmed his support for the tunnel.', 'his support for the tunnel')?.stance).toBe('emphatic');
    expect(claim('The columnist opined that the race was over.', 'the race was over')?.cue?.text).toBe('opined');
  });
});

describe('claims: adjectival cues and votes', () => {
  it('"Doe is highly critical of X", "was skeptical of X", "voted for X"', () => {
    const c = claim('Jane Doe is highly critical of the new toll.', 'the new toll');
    expect(c?.speaker).toBe('Jane Doe');
    expect(c?.stance).toBe('negative');
    expect(claim('The senator was skeptical of the plan.', 'the plan')?.stance).toBe('contested');
    expect(claim('John Roe voted for the budget.', 'the budget')?.cue?.text).toBe('voted for');
  });

  it('an adjectival cue needs "be": "a critical of" phrase without it is no claim', () => {
    expect(claimsOf('Few things proud of their past survive.').length).toBe(0);
  });
});

describe('cues: orders, rulings, titles and doubled participles', () => {
  it('"ordered", "ruled that", "titled", "dubbed", "quipped" are cues', () => {
    expect(claim('The judge ruled that the count must continue.', 'the count must continue')?.cue?.text).toBe('ruled');
    expect(claim('The governor ordered the agency to release the files.', 'the agency to release the files')?.cue?.text).toBe('ordered');
    expect(claimsOf('Jane Doe dubbed the plan a giveaway to the rich.').map((c) => c.cue?.text)).toContain('dubbed');
    expect(claimsOf('“Not a chance,” Jane Doe quipped.').map((c) => c.cue?.text)).toContain('quipped');
  });

  it('"the rules", "new issues", "court orders" are nouns', () => {
    expect(claimsOf('The rules changed and new issues arose from court orders.').length).toBe(0);
  });
});

describe('cues: stances taken without a speech verb', () => {
  it('"embraced", "pressed", "championed", "voiced", "credited" report a position', () => {
    expect(claim('Jane Doe embraced the proposal to cut fees.', 'the proposal to cut fees')?.cue?.text).toBe('embraced');
    expect(claim('The senator pressed the agency to release the report.', 'the agency to release the report')?.cue?.text).toBe('pressed');
    expect(claim('Jane Doe credited the mayor with the drop in crime.', 'the mayor with the drop in crime')?.cue?.text).toBe('credited');
  });

  it('"the press", "the lists", "a voice" are nouns', () => {
    expect(claimsOf('The press and the lists were late, and a voice called out.').length).toBe(0);
  });
});
