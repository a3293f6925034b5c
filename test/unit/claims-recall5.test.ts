import fc from 'fast-check';
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

describe('claims: title-case headlines', () => {
  const body = '\n\nThe candidate spoke at a rally in Ohio on Monday. The crowd was large.\n';
  const head = (h: string) => claims(h + body).filter((c) => c.end <= h.length);

  it('"Trump Says X" and "X, Trump Says": the content is the rest of the headline', () => {
    expect(head('Trump Says Mexico Will Pay For The Wall').map((c) => [c.cue?.text, c.text])).toEqual([['Says', 'Mexico Will Pay For The Wall']]);
    expect(head('Mexico Will Pay For The Wall, Trump Says').map((c) => [c.cue?.text, c.text])).toEqual([['Says', 'Mexico Will Pay For The Wall']]);
  });

  it('an inverted cue after a comma: "X, Says Trump"', () => {
    const [c] = head('Mexico Will Pay, Says Trump');
    expect([c?.cue?.text, c?.text, c?.source?.text]).toEqual(['Says', 'Mexico Will Pay', 'Trump']);
  });

  it('multi-word cues and base forms after a plural in title case', () => {
    expect(head('Trump Calls On Obama To Resign').map((c) => [c.cue?.text, c.text])).toEqual([['Calls On', 'Obama To Resign']]);
    expect(head('Sanders Goes After Clinton On Trade')[0]?.cue?.text).toBe('Goes After');
    expect(head('Polls Show Clinton Leading In Ohio').map((c) => [c.cue?.text, c.text])).toEqual([['Show', 'Clinton Leading In Ohio']]);
    expect(head('Some Say The Race Is Over').map((c) => [c.cue?.text, c.text])).toEqual([['Say', 'The Race Is Over']]);
  });

  it('a gerund of a multi-word cue in title case is no cue ("Not Voting For Trump")', () => {
    expect(head('If You Are Not Voting For Trump, Read This')).toEqual([]);
  });
});

describe('claims: written words and pointed verbs', () => {
  it('"read" reports the words of a sign or a letter only next to a quotation', () => {
    expect(claim('One banner read “No more wars.”', '“No more wars.”')?.cue?.text).toBe('read');
    expect(claim('“We will win this state,” the email read.', '“We will win this state,”')?.cue?.text).toBe('read');
    expect(claims('The senator read the report on the plane.').length).toBe(0);
  });

  it('"ripped", "congratulated", "alluding to": negative and neutral cues with an object', () => {
    const r = claims('The governor ripped the new budget as reckless.');
    expect(r.map((c) => [c.cue?.text, c.stance])).toEqual([['ripped', 'negative']]);
    expect(claims('The mayor congratulated the team on its victory.')[0]?.cue?.text).toBe('congratulated');
  });
});

describe('claims: "support" as a base-form verb', () => {
  it('a plural subject supports something: "Two-thirds support …", "members support …"', () => {
    expect(claim('Two-thirds support reducing the sentences for minor offenders.', 'reducing the sentences for minor offenders')?.cue?.text).toBe('support');
    expect(claim('Many voters support the plan to cut taxes.', 'the plan to cut taxes')?.cue?.text).toBe('support');
  });

  it('a poll figure and a question are no claims: "38 percent support", "Do you support X?"', () => {
    expect(claims('The senator received 38 percent support in the state.').length).toBe(0);
    expect(claims('Do you support the mayor? Tell us below.').length).toBe(0);
  });
});

describe('claims: transcript lines in the body', () => {
  it('"Matthews: Well, …": a person named in the article opening a sentence with a colon', () => {
    const text = 'Chris Matthews asked the panel about the plan. Matthews: Well, speculation is bad for everyone.';
    const c = claim(text, 'Well, speculation is bad for everyone');
    expect(c?.cue?.text).toBe(':');
    expect(c?.speaker).toBe('Chris Matthews');
  });

  it('a tally or a list after a name is no statement', () => {
    const text = 'Hillary Clinton won the state. Bernie Sanders came second. Clinton: 547 delegates. Sanders: Ohio, Texas, Utah, Iowa.';
    expect(claims(text).filter((c) => c.cue?.text === ':')).toEqual([]);
  });
});

describe('claims: base forms of the cue verbs that are no nouns', () => {
  it('after a plural subject: "World leaders denounce …", "Officials indicate …"', () => {
    expect(claim('World leaders denounce the missile test as reckless.', 'the missile test as reckless')?.cue?.text).toBe('denounce');
    expect(claim('The records indicate that the payments stopped in May.', 'the payments stopped in May')?.cue?.text).toBe('indicate');
    expect(claim('Many economists acknowledge the figures are too rosy.', 'the figures are too rosy')?.cue?.text).toBe('acknowledge');
  });

  it('a base form that is also a noun stays a noun after a plural modifier: "the sales report", "a news release"', () => {
    expect(claims('The sales report showed growth in May.').map((c) => c.cue?.text)).not.toContain('report');
    expect(claims('The news release praised the new mayor.').map((c) => c.cue?.text)).not.toContain('release');
  });
});

describe('claims: verb-only base forms after any subject', () => {
  it('"Those close to the mayor endorse …", "voters in the state want …"', () => {
    expect(claim('Those close to the governor endorse the plan to raise tolls.', 'the plan to raise tolls')?.cue?.text).toBe('endorse');
    expect(claims('Please ask yourself that question.').map((c) => c.cue?.text)).not.toContain('ask');
  });
});

describe('claims: negated belief with a complement', () => {
  it('"I don’t know," alone is a hedge; "they don’t see how X" states something', () => {
    expect(claims('I don’t know, one voter shrugged.').some((c) => c.cue?.text === 'know')).toBe(false);
    expect(claim('The young voters don’t see how the plan can work.', 'how the plan can work')?.cue?.text).toBe('see');
  });
});

describe('claims: cues after a relative "that"', () => {
  it('"a group that endorsed X", "an editorial that accuses X of …"', () => {
    expect(claim('He joined a union that endorsed Jane Doe in the primary.', 'Jane Doe in the primary')?.cue?.text).toBe('endorsed');
    expect(claim('They reprinted an editorial that accuses the mayor of lying.', 'the mayor of lying')?.cue?.text).toBe('accuses');
  });

  it('"That said," and "so that" are no relative clauses', () => {
    expect(claims('That said, the council met on Monday.').length).toBe(0);
    expect(claim('They handed out bottles that said, “Welcome to the games.”', '“Welcome to the games.”')?.cue?.text).toBe('said');
    expect(claims('The bill was amended so that reported cases stay private.').map((c) => c.cue?.text)).not.toContain('reported');
  });
});

describe('claims: a light verb and a speech noun', () => {
  it('"made comments about X", "took a swipe at X", "issued a warning that X", "made the following comment: X"', () => {
    expect(claim('Trump made comments about the judge on Friday.', 'the judge')?.cue?.text).toBe('made comments about');
    const s = claim('Clinton took a swipe at Trump over his taxes.', 'Trump over his taxes');
    expect([s?.cue?.text, s?.stance, s?.speaker]).toEqual(['took a swipe at', 'negative', 'Clinton']);
    const w = claims('The ministry issued a warning that prices would rise.');
    expect(w.map((c) => [c.cue?.text, c.text])).toEqual([['issued a warning that', 'prices would rise']]);
    expect(claim('Sanders made the following comment: the banks are too big.', 'the banks are too big')?.cue?.text).toBe('made the following comment:');
  });

  it('no speech noun, or a noun whose "to" names the audience: no claim', () => {
    expect(claims('He made history in the race.').length).toBe(0);
    expect(claims('She gave a speech to students in Ohio.').length).toBe(0);
  });
});

describe('claims: a stance the subject holds ("is a vocal advocate of X")', () => {
  it('"X is a staunch opponent of Y", "has been a dogged defender of Y", "is no fan of Y"', () => {
    const c = claim('Mr. Ryan is a vocal advocate of cutting taxes for companies.', 'cutting taxes for companies');
    expect([c?.cue?.text, c?.speaker]).toEqual(['is a vocal advocate of', 'Ryan']);
    expect(claim('The governor is a staunch opponent of the new tax.', 'the new tax')?.stance).toBe('negative');
    expect(claim('Weber is no fan of the new mayor.', 'the new mayor')?.cue?.text).toBe('is no fan of');
  });

  it('supporters by whom someone is judged hold no stance of the subject', () => {
    expect(claims('The question is how greatly she is disliked by supporters of the mayor.').map((c) => c.cue?.text)).toEqual([]);
  });
});

describe('claims: adjectival stances after "be"', () => {
  it('"is reluctant to", "are concerned that", "was adamant that", "is opposed to"', () => {
    expect(claim('The mayor is reluctant to expand the bus network.', 'expand the bus network')?.cue?.text).toBe('reluctant to');
    expect(claim('Local officials are concerned that the bridge will close.', 'the bridge will close')?.cue?.text).toBe('concerned that');
    expect(claim('The senator was adamant that the deal would pass.', 'the deal would pass')?.stance).toBe('emphatic');
    expect(claim('The union is opposed to the merger.', 'the merger')?.stance).toBe('negative');
  });
});

describe('claims: the session-5 recall rules on any input', () => {
  it('a base-form cue opening the text has nothing before it (found by the bench: it threw)', () => {
    for (const text of ['endorse the plan now.', 'show that it works.', 'say, ten people.']) expect(() => claims(text)).not.toThrow();
  });

  it('never throws and keeps claim spans in bounds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('endorse', 'say', 'that', 'show', 'made', 'comments', 'about', 'is', 'a', 'critic', 'of', 'Says', 'Trump', ':', 'Matthews', 'read', '“', '”', 'some', 'support', 'percent', 'don’t', 'and', 'concerned', 'took', 'swipe', 'at', ',', '.', '\n\n', 'The', 'Vatican', 'says', 'Polls', 'Show'),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.join(' ');
          for (const c of claims(text)) {
            expect(c.start).toBeGreaterThanOrEqual(0);
            expect(c.end).toBeLessThanOrEqual(text.length);
            expect(c.text).toBe(text.slice(c.start, c.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('claims: an -s form after an appositive', () => {
  it('"Jan Doe, an early supporter of the mayor, calls the plan “a priority”"', () => {
    const c = claims('Jan Doe, an early supporter of the mayor, calls the plan “a priority” for the city.');
    expect(c.map((x) => x.cue?.text)).toContain('calls');
    expect(claims('The city, the county, and the state reports were late.').map((x) => x.cue?.text)).not.toContain('reports');
  });
});

describe('claims: a possessed speech noun and what it is about', () => {
  it('"his views on X", "her comments about X", "the mayor’s criticism of X"', () => {
    expect(claim('Mayor Jane Doe met the press. Since then her views on trade policy have not changed.', 'trade policy')?.cue?.text).toBe('views on');
    const c = claim('In Ohio, Jane Doe’s criticism of the police union drew applause.', 'the police union drew applause');
    expect([c?.cue?.text, c?.stance]).toEqual(['criticism of', 'negative']);
  });
});

describe('claims: headline "Name on Topic: …"', () => {
  it('"Obama on Climate Change: …", "Clinton to Planned Parenthood: …" — the named person said what follows the colon', () => {
    const body = '\n\nPresident Barack Obama and Hillary Clinton spoke at a rally in Ohio on Monday.\n';
    const h1 = 'Obama on Climate Change: The Trends Are Terrifying';
    const c1 = claims(h1 + body).find((c) => c.end <= h1.length);
    expect([c1?.text, c1?.speaker]).toEqual(['The Trends Are Terrifying', 'Barack Obama']);
    const h2 = 'Clinton to Planned Parenthood: Trump will reverse the ruling';
    expect(claims(h2 + body).find((c) => c.end <= h2.length)?.text).toBe('Trump will reverse the ruling');
  });

  it('a topic without a named person is a rubric: "A Curious Plan to Fight Change: …"', () => {
    const h = 'A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal';
    expect(claims(h + '\n\nTom Clarke, a nursing home owner, bought mines.\n').filter((c) => c.end <= h.length)).toEqual([]);
  });
});

describe('claims: indefinite subjects and base forms after a parenthetical', () => {
  it('"not everyone agrees on X"; "Critics of the plan, like Senator Doe, see X as …"', () => {
    expect(claim('There is no agreed definition, and not everyone agrees on who is a terrorist.', 'who is a terrorist')?.cue?.text).toBe('agrees');
    expect(claim('Critics of the program, like Senator Jane Doe, see the vote as a chance to fix it.', 'the vote as a chance to fix it')?.cue?.text).toBe('see');
  });
});

describe('claims: cognition and attack verbs', () => {
  it('"intends to", "understands that", "knocked X on Y", "loves X"', () => {
    expect(claim('Governor Jane Doe intends to veto the bill next week.', 'to veto the bill next week')?.cue?.text).toBe('intends');
    const k = claim('In the debate, Jane Doe knocked her rival on trade.', 'her rival on trade');
    expect([k?.cue?.text, k?.stance]).toEqual(['knocked', 'negative']);
    expect(claim('The mayor doubted that the figures were right.', 'the figures were right')?.stance).toBe('contested');
  });
});

describe('claims: "published"', () => {
  it('a paper publishes what it reports', () => {
    expect(claim('On Sunday, the Daily Norland published portions of the senator’s tax returns.', 'portions of the senator’s tax returns')?.cue?.text).toBe('published');
  });
});

describe('claims: "Asked about X," opening a sentence', () => {
  it('the question put to the speaker is a claim of nobody named, the answer the speaker’s', () => {
    const c = claims('Asked about the bombing, Clinton said the police should finish their work.');
    expect(c.map((x) => [x.cue?.text, x.text])).toEqual([['Asked', 'the bombing'], ['said', 'the police should finish their work']]);
  });
});

describe('claims: infinitives of verb-only cues', () => {
  it('"was quick to embrace X", "struggled to understand why X"', () => {
    expect(claim('Jane Doe was quick to embrace the new plan.', 'the new plan')?.cue?.text).toBe('embrace');
    expect(claims('She went to the store to buy milk.')).toEqual([]);
  });
});

describe('claims: "Data show", "Polls there show"', () => {
  it('"data" is plural; "there"/"here" may stand between a subject and its base-form verb', () => {
    expect(claim('Census data show that incomes rose last year.', 'incomes rose last year')?.cue?.text).toBe('show');
    expect(claim('Polls there show the senator trailing by four points.', 'the senator trailing by four points')?.cue?.text).toBe('show');
  });
});
