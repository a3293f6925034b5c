import { describe, expect, it } from 'vitest';
import { claimsOf as claims, claimWith as claim } from '../support/claims';

describe('claims: one-word contents (session 6)', () => {
  it('an object pronoun is what the cue is about', () => {
    expect(claim('The farmers despised them, but they kept quiet.', 'them')?.cue?.text).toBe('despised');
    expect(claim('Although Doe has used the loophole, he does not defend it.', 'it')?.cue?.text).toBe('defend');
  });

  it('a lone word right after the cue that ends its clause', () => {
    expect(claim('The director did not recommend prosecution.', 'prosecution')?.cue?.text).toBe('recommend');
    expect(claim('He didn’t suggest retaliation.', 'retaliation')?.cue?.text).toBe('suggest');
  });

  it('particles, adverbs and words going on are no contents', () => {
    expect(claims('The state party eventually backed down.').length).toBe(0);
    expect(claims('Senator Doe responded first.').length).toBe(0);
    expect(claims('The mayor responded angrily.').length).toBe(0);
  });
});

describe('claims: possessed speech nouns (session 6)', () => {
  it('the object of a stance noun ends before the verb of the sentence it opens', () => {
    expect(claim('John Roe spoke on Monday. Roe’s support for the bill is firm.', 'the bill')?.cue?.text).toBe('support for');
    expect(claims('John Roe spoke on Monday. Roe’s support for the bill is firm.').some((c) => c.text.includes('is firm'))).toBe(false);
  });

  it('a possessive pronoun opening the sentence owns the noun ("His views on X …")', () => {
    const c = claims('John Roe spoke in Ohio on Monday. His views on trade are well known.').find((x) => x.cue?.text === 'views on');
    expect(c?.text.startsWith('trade')).toBe(true);
    expect(c?.source?.text).toBe('His');
  });
});

describe('claims: the owner of a possessive pronoun (session 6)', () => {
  const text = 'Senator Jane Doe spoke in Ohio on Monday. She met John Roe there. Roe attacked the plan. Her support for the bill is firm. His views on trade are well known.';
  it('"her" and "his" name the nearest person of their gender', () => {
    const cs = claims(text);
    expect(cs.find((c) => c.cue?.text === 'support for')?.speaker).toBe('Jane Doe');
    expect(cs.find((c) => c.cue?.text === 'views on')?.speaker).toBe('John Roe');
  });

  it('"their" owns nothing', () => {
    expect(claims('John Roe and Jane Doe met on Monday. Their support for the bill is firm.').find((c) => c.cue?.text === 'support for')?.speaker ?? null).toBe(null);
  });
});

describe('claims: a content that only names where (session 6)', () => {
  it('"noted in The Intercept", "published in the Daily Norland": a publication or a place is no content', () => {
    expect(claims('It is a classic scare tactic, as Jane Doe noted in The Intercept.').some((c) => c.text === 'in The Intercept')).toBe(false);
    expect(claims('The article misstated the date. CORRECTION: As published in the Daily Norland.').some((c) => c.cue?.text === 'published')).toBe(false);
  });

  it('a place inside a statement stays', () => {
    expect(claim('Jane Doe said in Madison that the turnout would be large.', 'the turnout would be large')?.cue?.text).toBe('said');
  });
});

describe('claims: a relative "that" before a base-form cue (session 6)', () => {
  it('"cities that support X": the plural antecedent is the source', () => {
    const c = claim('The rule is backed by a number of cities that support the regulations.', 'the regulations');
    expect(c?.cue?.text).toBe('support');
    expect(c?.source?.text).toContain('cities');
    expect(claim('Attacks hit civilians in nations that oppose the militia.', 'the militia')?.cue?.text).toBe('oppose');
  });

  it('a complementizer "that" after a cue is no relative pronoun', () => {
    expect(claims('Doe said that support for the plan is growing.').map((c) => c.cue?.text)).toEqual(['said']);
  });
});

describe('claims: a noun phrase after the cue is its object, not an adjunct (session 6)', () => {
  it('"However, over the past few days, the administration has promised a veto": the veto is what was promised', () => {
    const c = claims('The bill passed. However, over the past few days, the Norland administration has promised a veto and urged members to drop it.').find((x) => x.cue?.text === 'promised');
    expect(c?.text.startsWith('a veto')).toBe(true);
  });

  it('a time after the cue stays an adjunct', () => {
    expect(claim('The plan will fail, the mayor said the day before.', 'The plan will fail')?.cue?.text).toBe('said');
  });
});

describe('claims: a "that" clause right after a word makes it a cue (session 6)', () => {
  it('base forms, -ed forms after a quantifier and -s forms after "the Name" that the noun filters turned away', () => {
    expect(claim('The IMF expects that output will expand by 1.6 percent.', 'output will expand by 1.6 percent')?.cue?.text).toBe('expects');
    expect(claim('To varying degrees, all agreed that the proposal would raise taxes.', 'the proposal would raise taxes')?.cue?.text).toBe('agreed');
  });

  it('a noun before a relative "that" stays a noun', () => {
    expect(claims('It was one of the many reasons that voters stayed home.').length).toBe(0);
    expect(claims('This reeks of the greatest fear that I have ever seen.').length).toBe(0);
    expect(claims('The measures include security guarantees that it was demanding.').length).toBe(0);
  });
});

describe('claims: bodies and relatives hold a stance (session 6)', () => {
  it('"the campaign refused to …", "a group backing X", "his mother refused to …"', () => {
    expect(claim('The senator was asked twice, but the campaign refused to answer questions about it.', 'to answer questions about it')?.cue?.text).toBe('refused');
    expect(claim('Donors gave $25 million to an outside group backing Jane Doe.', 'Jane Doe')?.cue?.text).toBe('backing');
  });

  it('things do not ("the road continued to …")', () => {
    expect(claims('The road continued to the coast.').length).toBe(0);
  });
});

describe('claims: a parenthetical between dashes written as two hyphens (session 6)', () => {
  it('"Doe -- the company chief -- said …"', () => {
    const c = claim('John Roe spoke on Monday. Jane Doe -- the company chief -- said the firm would grow.', 'the firm would grow');
    expect([c?.cue?.text, c?.speaker]).toEqual(['said', 'Jane Doe']);
  });
});

describe('claims: relative sources after a dash and "many of whom" (session 6)', () => {
  it('"the study -- which notes that …"', () => {
    const c = claims('Instead, the study -- which notes that 58 companies would owe more -- should be a call to voters.').find((x) => x.cue?.text === 'notes');
    expect([c?.source?.text, c?.text.startsWith('58 companies would owe more')]).toEqual(['the study', true]);
  });

  it('"families, many of whom say …"', () => {
    const c = claim('The veto angered families of victims, many of whom say the claims are unfounded.', 'the claims are unfounded');
    expect(c?.source?.text).toBe('many of whom');
  });
});

describe('claims: "CONTENT, as SOURCE put it" (session 6)', () => {
  it('the clause before the "as" is the statement when nothing follows the cue', () => {
    expect(claim('The main requirement is a lawful source of income, as a Norland memo put it.', 'The main requirement is a lawful source of income')?.cue?.text).toBe('put it');
    expect(claim('His defeat will not derail the campaign, as some have speculated.', 'His defeat will not derail the campaign')?.cue?.text).toBe('speculated');
  });

  it('"as" with a statement of its own after the cue keeps that one', () => {
    expect(claim('The vote was close, as Jane Doe said it would be.', 'The vote was close')).toBeUndefined();
  });
});

describe('claims: a passive with its agent behind a chain of auxiliaries (session 6)', () => {
  it('"is likely to be decided by", "were being defended by"', () => {
    expect(claims('The legality of the rules is likely to be decided by the Supreme Court.').map((c) => [c.text, c.source?.text])).toEqual([['The legality of the rules', 'Supreme Court']]);
    expect(claims('The borders were being defended by its weakest countries.').map((c) => [c.text, c.source?.text])).toEqual([['The borders', 'its weakest countries']]);
  });
});

describe('claims: an inverted source with a place after it (session 6)', () => {
  it('"…, said one GOP source in the room."', () => {
    const c = claim('The meeting deteriorated from there, said one GOP source in the room. Then it ended.', 'The meeting deteriorated from there');
    expect([c?.cue?.text, c?.source?.text]).toEqual(['said', 'one GOP source']);
  });
});
