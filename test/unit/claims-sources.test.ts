import { describe, expect, it } from 'vitest';
import { claimsOf as claims, claimWith as claim } from '../support/claims';

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

describe('claims: more cue forms', () => {
  it('"calling for", "pointed to", "weighed in", "took aim at"', () => {
    expect(claim('The mayor is calling for a new audit of the water board.', 'a new audit of the water board')?.cue?.text).toBe('calling for');
    expect(claim('The governor pointed to rising rents in the capital.', 'rising rents in the capital')?.cue?.text).toBe('pointed to');
    expect(claim('Senator Jane Doe took aim at the new tariffs.', 'the new tariffs')?.stance).toBe('negative');
  });

  it('"plans to" is a cue after a subject, not after a possessive ("his plans to …")', () => {
    expect(claim('Ellis plans to release the records next week.', 'to release the records next week')?.cue?.text).toBe('plans');
    expect(claims('Critics mocked his plans to cut the top tax rate.').some((c) => c.cue?.text === 'plans' || c.cue?.text === 'plans to')).toBe(false);
  });

  it('decisions and findings: "decided", "learned", "unveiled", "charged"', () => {
    expect(claim('The board decided to delay the vote until March.', 'to delay the vote until March')?.cue?.text).toBe('decided');
    expect(claim('The prosecutor charged that the firm hid its losses.', 'the firm hid its losses')?.stance).toBe('negative');
  });
});

describe('claims: cues that need a clause', () => {
  it('"conceded the inspection regime" is no statement; "conceded that …" is', () => {
    const text = 'Karin Holm claimed that the government had conceded the inspection regime two weeks ago.';
    expect(claims(text).map((c) => c.cue?.text)).toEqual(['claimed']);
    expect(claim('The minister conceded that the talks had stalled.', 'the talks had stalled')?.cue?.text).toBe('conceded');
    expect(claim('The minister conceded he had been wrong.', 'he had been wrong')?.cue?.text).toBe('conceded');
  });

  it('"declined to be named" is a condition of anonymity, not a statement; "declined to discuss X" still reports a refusal', () => {
    const text = 'Two diplomats said the dispute had since been resolved, but declined to be named because the talks were confidential.';
    expect(claims(text).map((c) => c.cue?.text)).toEqual(['said']);
    expect(claims('An official, who declined to be identified, said the talks had stalled.').map((c) => c.text)).toEqual(['the talks had stalled']);
    expect(claim('She declined to discuss the terms of the deal.', 'to discuss the terms of the deal')?.cue?.text).toBe('declined');
  });
});

describe('claims: idioms and bare verbs', () => {
  it('"as X put it", "X focused on", "X posted"', () => {
    expect(claim('As Jane Doe put it, the plan is a gift to the banks.', 'the plan is a gift to the banks')?.speaker).toBe('Jane Doe');
    expect(claim('The senator focused on the cost of child care.', 'the cost of child care')?.cue?.text).toBe('focused on');
  });

  it('a bare verb after "who" is finite: "critics who say …"', () => {
    expect(claim('He dismissed critics who say the plan is too costly.', 'the plan is too costly')?.cue?.text).toBe('say');
  });
});

describe('claims: progressive and inverted openings', () => {
  it('"are showing that …", "is expecting that …": a progressive before "that" is a cue', () => {
    expect(claim('Early results of the poll are showing that the senator leads among women.', 'the senator leads among women')?.cue?.text).toBe('showing');
  });

  it('"Continued Stone: "…"" opens the sentence with an inverted cue', () => {
    const c = claims('Continued Stone: "So I think it is a very real problem."');
    expect(c.find((x) => x.cue?.text === 'Continued')?.text).toBe('"So I think it is a very real problem."');
  });

  it('"expressed X", "made the point that …"', () => {
    expect(claim('The governor expressed her support for the new tariffs.', 'her support for the new tariffs')?.cue?.text).toBe('expressed');
    expect(claim('Doe also made the point that the budget was late.', 'the budget was late')?.cue?.text).toBe('made the point');
  });
});

describe('claims: base forms and passive questions', () => {
  it('a plural subject before a bare stance verb: "Most Republicans endorse …", "Critics oppose …"', () => {
    expect(claim('Most Republicans endorse a ban on the imports.', 'a ban on the imports')?.cue?.text).toBe('endorse');
    expect(claim('Critics oppose the new pipeline.', 'the new pipeline')?.stance).toBe('negative');
  });

  it('"X was asked about Y" is a question put to X; "when asked about Y" is only a topic', () => {
    expect(claim('The senator was asked about the loan from the bank.', 'the loan from the bank')?.cue?.text).toBe('asked');
    expect(claim('The senator was asked to name a single achievement.', 'to name a single achievement')?.cue?.text).toBe('asked');
    expect(claims('"We are ready," Doe said when asked about the talks.').some((c) => c.cue?.text === 'asked')).toBe(false);
  });
});

describe('claims: possessed stance nouns', () => {
  it('"Doe’s attacks on …", "Doe’s proposal to …", "Doe’s refusal to …"', () => {
    expect(claim('The council ignored Jane Doe’s attacks on the mayor.', 'the mayor')?.stance).toBe('negative');
    expect(claim('The debate turned to Jane Doe’s proposal to raise the minimum wage.', 'to raise the minimum wage')?.speaker).toBe('Jane Doe');
  });
});

describe('claims: naming and topics', () => {
  it('"64 percent call him competent", "Others call it the nerd prom"', () => {
    expect(claim('Others call it the nerd prom.', 'it the nerd prom')?.cue?.text).toBe('call');
  });

  it('"was talking about X" attributes X; ", talking about X" after a statement only names its topic', () => {
    expect(claim('The senator was talking about the cost of the new bridge.', 'the cost of the new bridge')?.cue?.text).toBe('talking about');
    expect(claims('"Growth is 4%," Doe noted, talking about the results of the year.').some((c) => c.cue?.text === 'talking about')).toBe(false);
  });
});

describe('claims: capitalised noun compounds are no cues', () => {
  it('"the United States", "the Paris attacks"', () => {
    expect(claims('Officials in the United States tightened the rules.').some((c) => c.cue?.text === 'States')).toBe(false);
    expect(claims('After the Paris attacks the city changed.')).toHaveLength(0);
  });
});

describe('claims: "spoke" needs a topic or a quotation', () => {
  it('"spoke in a cottage" is no claim; "spoke about X" is', () => {
    expect(claims('The president spoke in a cottage on a Marine base.')).toHaveLength(0);
    expect(claim('The president spoke about the rising seas.', 'the rising seas')?.cue?.text).toBe('spoke about');
  });
});

describe('claims: anonymous sources "close to" someone', () => {
  it('"…, a source close to him said" is an anonymous source of the statement before it', () => {
    const c = claim('Doe will rethink his approach, a source close to him said.', 'Doe will rethink his approach');
    expect(c?.anonymous).toBe(true);
    expect(c?.source?.text).toBe('a source close to him');
  });
});

describe('claims: hearsay adverbs', () => {
  it('"X is reportedly spending …" is an anonymous claim; "allegedly" is contested', () => {
    const c = claim('The club is reportedly spending $1.5 million on advertisements.', 'The club is reportedly spending $1.5 million on advertisements');
    expect(c?.anonymous).toBe(true);
    expect(c?.cue?.text).toBe('reportedly');
    expect(claims('The firm allegedly laundered money for years.')[0]?.stance).toBe('contested');
  });
});

describe('claims: an adverb before an -s verb', () => {
  it('"Doe openly admires the general as a strong leader"', () => {
    expect(claim('Doe openly admires the general as a strong leader.', 'the general as a strong leader')?.cue?.text).toBe('admires');
  });
});

describe('claims: a coordinated cue whose clause has a pronoun subject', () => {
  it('"Minutes later they reversed course and said X": the pronoun is the source', () => {
    const c = claims('Minutes later they reversed course, rushed everyone inside and said they will register voters.');
    expect(c.find((x) => x.cue?.text === 'said')?.text).toBe('they will register voters');
  });
});

describe('claims: reports nested inside another statement', () => {
  it('"Doe said he thought X": the belief is part of her statement, not a claim of its own', () => {
    const c = claims('Jane Doe told reporters he thought the senator would win the primary.');
    expect(c.map((x) => x.cue?.text)).toEqual(['told']);
  });

  it('a nested report by an unnamed source stays inside the outer claim', () => {
    const c = claims('John Roe said somebody had warned that the bridge was unsafe.');
    expect(c.map((x) => x.cue?.text)).toEqual(['said']);
  });

  it('a nested report by a named person, an organisation or a group is a claim of its own', () => {
    const c = claims('The Daily Norland reported that local companies had reported damage to three cables.');
    expect(c.map((x) => x.text)).toEqual(['local companies had reported damage to three cables', 'damage to three cables']);
  });
});

describe('claims: a named person reporting inside her own statement', () => {
  it('"Jane Doe said she had told the board X": one claim, hers', () => {
    const c = claims('Jane Doe said she had told the board that the budget was too small.');
    expect(c.map((x) => x.cue?.text)).toEqual(['said']);
  });

  it('"Jane Doe said John Roe had told her X": Roe’s report stays a claim of its own', () => {
    const c = claims('Jane Doe said John Roe had told her that the budget was too small.');
    expect(c.map((x) => x.cue?.text)).toEqual(['said', 'told']);
  });
});

describe('claims: passive cues with their agent', () => {
  it('"The issue was first reported by The Washington Post": the subject is the content, the agent the source', () => {
    const c = claim('The registration issue was first reported by The Washington Post.', 'The registration issue');
    expect(c?.cue?.text).toBe('reported');
    expect(c?.speaker).toBe('Washington Post');
  });

  it('a reduced relative: "Charter schools, promoted by Jane Doe, …"', () => {
    expect(claim('Charter schools, promoted by Jane Doe and the mayor, have grown.', 'Charter schools')?.speaker).toBe('Jane Doe');
  });

  it('a passive without an agent stays no cue: "The plan was rejected."', () => {
    expect(claims('The plan was rejected in May.').length).toBe(0);
  });
});

describe('claims: a statement before an appositive pair of source', () => {
  it('"X, her top aide, John Roe, told The Daily Norland.": X is Roe’s statement', () => {
    const c = claim('The senator will stay in the race until the convention, her top aide, John Roe, told reporters.', 'The senator will stay in the race until the convention');
    expect(c?.speaker).toBe('John Roe');
  });
});

describe('claims: a coordinated cue inside a relative clause', () => {
  it('"… won over Jane Doe, who came out and endorsed John Roe": Doe endorsed him', () => {
    expect(claim('The approach has won over Jane Doe, who came out and endorsed John Roe during a call with reporters.', 'John Roe')?.speaker).toBe('Jane Doe');
  });
});

describe('claims: unnamed people of a named person', () => {
  it('"Aides to Jane Doe say X": her aides speak, unnamed, like "Allies of Jane Doe"', () => {
    for (const [text, group] of [
      ['Aides to Jane Doe say the senator will not run again.', "Jane Doe's aides"],
      ['Two aides to Jane Doe said the senator will not run again.', "Jane Doe's aides"],
      ['Allies of Jane Doe say the senator will not run again.', "Jane Doe's allies"],
    ]) {
      const c = claim(text, 'the senator will not run again');
      expect(c?.speaker).toBe(group);
      expect(c?.anonymous).toBe(true);
    }
    const c = claim('Aides to the senator said the bill will pass.', 'the bill will pass');
    expect(c?.speaker).toBeNull();
    expect(c?.anonymous).toBe(true);
  });

  it('"A spokesman for X" still speaks for X', () => {
    expect(claim('A spokesman for the Norland government said the talks had stalled.', 'the talks had stalled')?.speaker).toBe('Norland government');
    expect(claim('A spokeswoman for Jane Doe said the senator will not run again.', 'the senator will not run again')?.speaker).toBe("Jane Doe's spokeswoman");
  });
});

describe('claims: the antecedent of "who" is the source', () => {
  it('"He dismissed critics who say X": the critics say it, unnamed', () => {
    const c = claim('He dismissed critics who say the plan is too costly.', 'the plan is too costly');
    expect(c?.source?.text).toBe('critics');
    expect(c?.anonymous).toBe(true);
  });

  it('"There are voters who believe X": the voters', () => {
    expect(claim('There are many voters who believe the count was rigged.', 'the count was rigged')?.source?.text).toBe('many voters');
  });
});

describe('claims: a publication named after "The"', () => {
  it('"The Daily Norland" is the whole name, wherever it stands', () => {
    expect(claim('The plan was first reported by The Daily Norland.', 'The plan')?.speaker).toBe('Daily Norland');
    expect(claim('The talks had stalled, according to The Daily Norland.', 'The talks had stalled')?.speaker).toBe('Daily Norland');
    expect(claim('The Daily Norland reported that the talks had stalled.', 'the talks had stalled')?.speaker).toBe('Daily Norland');
    expect(claim('The talks had stalled, The Wall Street Journal reported.', 'The talks had stalled')?.speaker).toBe('Wall Street Journal');
    expect(claim('The talks had stalled, according to The Washington Post.', 'The talks had stalled')?.speaker).toBe('Washington Post');
  });
});

describe('claims: an adverb between the source and its cue', () => {
  it('"Jane Doe has sharply criticized X", "Jane Doe forcefully told X": the source is the name, not the adverb', () => {
    expect(claim('Senator Jane Doe has sharply criticized the trade deal.', 'the trade deal')?.speaker).toBe('Jane Doe');
    expect(claim('Senator Jane Doe egregiously described the protesters as thugs.', 'the protesters as thugs')?.speaker).toBe('Jane Doe');
  });

  it('"the family said" keeps its noun in -ly as the source', () => {
    expect(claim('The family said the police had not called them.', 'the police had not called them')?.source?.text).toBe('The family');
  });
});

describe('claims: a sentence-initial subordinator is not part of the source', () => {
  it('"When local officials announced X", "While his advisers praised X": the source starts after it', () => {
    expect(claim('When local officials announced the closure of the plant, residents protested.', 'the closure of the plant')?.source?.text).toBe('local officials');
    expect(claim('While his advisers praised the plan, the senator stayed silent.', 'the plan')?.source?.text).toBe('his advisers');
  });
});

describe('claims: the hearer after "told"', () => {
  it('""…," Jane Doe, 49, told The Daily Norland": the speaker is Jane Doe, not the paper', () => {
    const c = claim('"I found myself wanting to do more," Jane Doe, 49, told The Daily Norland.', '"I found myself wanting to do more,"');
    expect(c?.speaker).toBe('Jane Doe');
  });
});

describe('claims: the source span leaves out the adverbs before the cue', () => {
  it('"Farmers often say", "Republicans have long argued", "Critics sometimes claim"', () => {
    expect(claim('Farmers often say the rules are too strict.', 'the rules are too strict')?.source?.text).toBe('Farmers');
    expect(claim('Republicans have long argued that the tax cuts pay for themselves.', 'the tax cuts pay for themselves')?.source?.text).toBe('Republicans');
    expect(claim('Critics sometimes claim the plan is too costly.', 'the plan is too costly')?.source?.text).toBe('Critics');
  });
});
