import { describe, expect, it } from 'vitest';
import { claimsOf as claims, claimWith as claim } from '../support/claims';

describe('claims: cognition cues with group and document sources', () => {
  it('a study finds: "A 2019 study by the institute found that …"', () => {
    const c = claim('A 2019 study by the institute found that rents rose faster in the suburbs.', 'rents rose faster in the suburbs');
    expect(c?.cue?.text).toBe('found');
  });

  it('a group believes: "Many analysts believe …", "Republicans think …"', () => {
    expect(claim('Many analysts believe the budget will pass next month.', 'the budget will pass next month')?.cue?.text).toBe('believe');
    expect(claim('Republicans think the deal is too generous.', 'the deal is too generous')?.cue?.text).toBe('think');
  });

  it('a thing without a mind believes nothing: "The bridge found …" is no claim', () => {
    expect(claims('The bridge found its place in the city.').length).toBe(0);
  });

  it('base forms after plural subjects: "police say", "the polls show"', () => {
    expect(claim('Police say the driver fled the scene.', 'the driver fled the scene')?.cue?.text).toBe('say');
    expect(claim('The latest polls show the senator trailing by four points.', 'the senator trailing by four points')?.cue?.text).toBe('show');
  });
});

describe('claims: content boundaries', () => {
  it('a clause after "said the …" is the content, not a time adjunct', () => {
    const c = claims('Even with the latest setback, some party leaders said the governor still has time to recover.');
    expect(c.map((x) => x.text)).toContain('the governor still has time to recover');
  });

  it('an opening conjunction and a dateline stay outside the content', () => {
    expect(claim('And the plan is not about revenue, according to the ministry.', 'the plan is not about revenue')?.cue?.text).toBe('according to');
    // a contrastive "But" belongs to the statement, as PolNeAR's annotators keep it
    expect(claim('But the plan is not about revenue, according to the ministry.', 'But the plan is not about revenue')?.cue?.text).toBe('according to');
    expect(claim('WASHINGTON ― The new tariffs will hurt farmers, Senator Jane Doe said.', 'The new tariffs will hurt farmers')?.cue?.text).toBe('said');
  });

  it('a time adjunct right after the cue is not content: "said on Monday he would …"', () => {
    expect(claim('The mayor said on Monday he would resign next year.', 'he would resign next year')?.cue?.text).toBe('said');
    expect(claim('The minister said last week the talks had stalled.', 'the talks had stalled')?.cue?.text).toBe('said');
  });
});

describe('claims: colon forms', () => {
  it('a first line of one short sentence reads as the headline: "Name: CONTENT."', () => {
    const c = claims('Warren: the bank must answer for its fraud.\n\nSenator Elizabeth Warren questioned the bank chief on Tuesday. She was angry.');
    expect(c.find((x) => x.text === 'the bank must answer for its fraud')?.cue?.text).toBe(':');
  });

  it('a named source, a colon and a quotation: "Pollster Daron Shaw: “…”"', () => {
    const c = claim('The surge does not surprise Republican pollster Daron Shaw. Republican pollster Daron Shaw: “Lesser-known candidates often surge late.”', '“Lesser-known candidates often surge late.”');
    expect(c?.cue?.text).toBe(':');
    expect(c?.speaker).toBe('Daron Shaw');
  });

  it('an object before the colon is no source: "She scolded him: “…”" keeps her as the speaker', () => {
    const c = claims('Senator Claire McCaskill scolded him: “You know better than that.”');
    expect(c.every((x) => x.cue?.text !== ':' || x.speaker === 'Claire McCaskill')).toBe(true);
  });
});

describe('claims: an opening "In SOURCE,"', () => {
  it('"In a new poll, …" and "In a statement, …" attribute the rest of the sentence', () => {
    expect(claim('In the new Morning Consult poll, conducted March 11-13, 40 percent of likely voters back the senator.', '40 percent of likely voters back the senator')?.cue?.text).toBe('In');
    expect(claim('In a statement on Monday, the board kept its chief executive.', 'the board kept its chief executive')?.cue?.text).toBe('In');
  });

  it('"In other words" and "In an attempt to …" attribute nothing', () => {
    expect(claims('In other words, the senator is not really running anymore.').length).toBe(0);
  });
});

describe('claims: where a content ends', () => {
  it('a final non-restrictive clause is not content; an inner one is', () => {
    expect(claim('Senator John Smith questioned the health of the candidate, who is 70.', 'the health of the candidate')?.cue?.text).toBe('questioned');
    expect(claim('The mayor said the company, which employs 500 people, will close.', 'the company, which employs 500 people, will close')?.cue?.text).toBe('said');
  });
});

describe('claims: a coordinated cue shares the subject opening the sentence', () => {
  it('"The Kremlin welcomed the talks, saying …" takes the organisation as its source', () => {
    const c = claims('The Russian Foreign Ministry welcomed the talks on Monday, saying the dialogue must go on.');
    expect(c.find((x) => x.text === 'the dialogue must go on')?.speaker).toBe('Russian Foreign Ministry');
  });
});

describe('claims: questions asked by someone unnamed', () => {
  it('"Asked whether …, X said" and "were asked who …" give the question as content', () => {
    expect(claim('Asked whether he would run again, the governor smiled.', 'whether he would run again')?.cue?.text).toBe('Asked');
    expect(claim('Voters were asked who they trusted more on the economy.', 'who they trusted more on the economy')?.speaker).toBeNull();
  });
});

describe('claims: inferences and expectations nobody is named for', () => {
  it('"X appears to …", "X seemed …", "X is expected to …" run from the subject to the clause end', () => {
    expect(claim('Support for the mayor appears to have fallen since March.', 'Support for the mayor appears to have fallen since March')?.cue?.text).toBe('appears');
    expect(claim('The president is expected to sign the bill on Friday.', 'The president is expected to sign the bill on Friday')?.cue?.text).toBe('is expected');
  });

  it('"It appears that …" keeps only the clause; "appeared on television" is no cue', () => {
    expect(claim('It appears that the game was not boring to everyone.', 'the game was not boring to everyone')?.cue?.text).toBe('appears');
    expect(claims('The senator appeared on television late on Sunday.').length).toBe(0);
  });
});

describe('claims: "see … as"', () => {
  it('"Many voters see the senator as …" is a view held by a group', () => {
    expect(claim('Many voters see the senator as the stronger candidate.', 'the senator as the stronger candidate')?.cue?.text).toBe('see');
  });
});

describe('claims: "referring to"', () => {
  it('", he said, referring to X" attributes the reference to the same speaker', () => {
    const c = claim('“This was a disaster,” Senator John Smith said, referring to the budget vote.', 'the budget vote');
    expect(c?.cue?.text).toBe('referring to');
    expect(c?.speaker).toBe('John Smith');
  });
});

describe('claims: "sought" and "refused"', () => {
  it('a person seeking or refusing something: the object is the content, "refused" is negative', () => {
    expect(claim('Senator John Smith sought to delay the vote on the budget.', 'to delay the vote on the budget')?.cue?.text).toBe('sought');
    expect(claim('Senator John Smith refused to answer questions about the deal.', 'to answer questions about the deal')?.stance).toBe('negative');
  });
});

describe('claims: "appears" with a predicate, a subject before a parenthetical', () => {
  it('"The race appears closer in Ohio" is an inference; "appeared on television" is not', () => {
    expect(claim('The race appears closer in Ohio.', 'The race appears closer in Ohio')?.cue?.text).toBe('appears');
    expect(claim('The mayor appeared on television last night.', 'The mayor appeared on television last night')).toBeUndefined();
  });

  it('"The figures, gathered by an unknown bureau, appear to be fabricated": the subject opens the content', () => {
    const text = 'The figures, gathered by an unknown bureau, appear to be fabricated.';
    expect(claim(text, 'The figures, gathered by an unknown bureau, appear to be fabricated')?.cue?.text).toBe('appear');
  });
});

describe('claims: passive judgements', () => {
  it('"He is widely regarded as the frontrunner", "Pigs are considered unclean": the clause is the content', () => {
    expect(claim('He is widely regarded as the frontrunner.', 'He is widely regarded as the frontrunner')?.cue?.text).toBe('is widely regarded');
    expect(claim('The bridge is considered unsafe by engineers.', 'The bridge is considered unsafe by engineers')?.cue?.text).toBe('is considered');
  });

  it('"was seen by millions" is no judgement', () => {
    expect(claims('The film was seen by millions.').length).toBe(0);
  });
});

describe('claims: a condition of anonymity', () => {
  it('"who spoke on the condition of anonymity to discuss X, said Y": only Y is a statement', () => {
    const c = claims('A senior official, who spoke on the condition of anonymity to discuss the private meeting, said the message was clear.');
    expect(c.map((x) => [x.cue?.text, x.text])).toEqual([['said', 'the message was clear']]);
  });
});

describe('claims: a cue ending a relative clause', () => {
  it('"documents she cited or adequate time" is no statement', () => {
    expect(claims('The firm was not given the documents Jane Doe cited or adequate time to respond.').length).toBe(0);
  });
});

describe('claims: an inference inside a statement', () => {
  it('"Doe said the bill is expected to pass": one claim, hers', () => {
    expect(claims('Jane Doe said the bill is expected to pass next week.').map((x) => x.cue?.text)).toEqual(['said']);
  });
});

describe('claims: base forms after a modal', () => {
  it('"would not say", "will discuss", "wouldn\'t comment on" are cues', () => {
    expect(claim('The mayor would not say whether the budget includes new taxes.', 'whether the budget includes new taxes')?.cue?.text).toBe('say');
    expect(claim('Jane Doe will discuss her plan to cut taxes at the rally.', 'her plan to cut taxes at the rally')?.cue?.text).toBe('discuss');
    expect(claims('The senator wouldn’t comment on the merger talks.').map((c) => c.cue?.text)).toContain('comment');
  });

  it('a base form with another sense under a modal is no cue: "The court will decide the case"', () => {
    expect(claims('The court will decide the case next month.').length).toBe(0);
    expect(claims('You will find the office on the second floor.').length).toBe(0);
  });
});

describe('claims: speech infinitives', () => {
  it('"rose to defend X", "stopped to remind the crowd Y": the infinitive reports the clause subject\'s statement', () => {
    const c = claim('Jane Doe rose to defend her record on schools.', 'her record on schools');
    expect(c?.cue?.text).toBe('defend');
    expect(c?.speaker).toBe('Jane Doe');
    expect(claims('Jane Doe paused to remind the crowd that she had voted against the war.').map((x) => x.text)).toContain('she had voted against the war');
  });
});

describe('claims: passive cues without an agent', () => {
  it('"Jane Doe was declared the winner", "Three officials were charged with bribery": subject and complement are the content', () => {
    const c = claim('Jane Doe was declared the winner in Maryland.', 'Jane Doe was declared the winner in Maryland');
    expect(c?.cue?.text).toBe('declared');
    expect(c?.speaker).toBe(null);
    expect(claim('Three city officials were charged with bribery.', 'Three city officials were charged with bribery')?.cue?.text).toBe('charged');
  });

  it('"it was announced that X": the clause after "that"', () => {
    expect(claim('It was announced that the plant will close in May.', 'the plant will close in May')?.cue?.text).toBe('announced');
  });

  it('passives that report nothing: "was found dead", "was supposed to", "was offered a job"', () => {
    expect(claims('The driver was found dead in his car.').length).toBe(0);
    expect(claims('The bill was supposed to pass last year.').length).toBe(0);
    expect(claims('Jane Doe was offered a job at the bank.').length).toBe(0);
  });
});

describe('claims: progressive intentions', () => {
  it('"is pledging to", "are hoping to": the infinitive is the content', () => {
    expect(claim('Jane Doe is pledging to win hundreds of delegates next week.', 'to win hundreds of delegates next week')?.cue?.text).toBe('pledging');
    expect(claim('Local officials are hoping to reopen the bridge by June.', 'to reopen the bridge by June')?.cue?.text).toBe('hoping');
  });
});

describe('claims: base forms after an adverb', () => {
  it('"Farmers often say X", "Investigators now believe Y"', () => {
    expect(claim('Farmers often say the rain comes too late.', 'the rain comes too late')?.cue?.text).toBe('say');
    expect(claim('Investigators now believe the fire was set deliberately.', 'the fire was set deliberately')?.cue?.text).toBe('believe');
  });

  it('a singular noun before the adverb is no subject of a base form', () => {
    expect(claims('The water often show signs of damage.').length).toBe(0);
  });
});

describe('claims: what something is known as', () => {
  it('"Burma, also known as Myanmar", "the bill, known as the “Clean Water Act”"', () => {
    expect(claim('Burma, also known as Myanmar, held elections.', 'Myanmar')?.cue?.text).toBe('known as');
    expect(claim('The bill, known as the “Clean Water Act,” passed.', 'the “Clean Water Act,”')?.speaker).toBe(null);
  });

  it('"known as a hard worker" names nothing', () => {
    expect(claims('She is known as a hard worker.').length).toBe(0);
  });
});

describe('claims: a participle after a quotation', () => {
  it('"“…,” Doe said, “…,” adding that X": X is Doe\'s too', () => {
    const c = claim('“We will win,” Jane Doe said on Monday, “and we will win big,” adding that the polls were wrong.', 'the polls were wrong');
    expect(c?.cue?.text).toBe('adding');
    expect(c?.speaker).toBe('Jane Doe');
  });
});

describe('claims: a subject before a parenthetical between dashes', () => {
  it('"Jane Doe — a teacher from Ohio — says X": Doe is the source', () => {
    const c = claim('Jane Doe — a teacher from Ohio — says she will vote for the governor.', 'she will vote for the governor');
    expect(c?.cue?.text).toBe('says');
    expect(c?.speaker).toBe('Jane Doe');
  });
});

describe('claims: negated wishes and expectations', () => {
  it('"does not want X", "didn\'t expect Y" are statements of the subject; "I don\'t know" stays a hedge', () => {
    expect(claim('The governor does not want the plant to close.', 'the plant to close')?.cue?.text).toBe('want');
    expect(claim('Jane Doe didn’t expect the vote to pass.', 'the vote to pass')?.cue?.text).toBe('expect');
    expect(claims('I don’t know.').length).toBe(0);
  });
});

describe('claims: inferences in relative clauses', () => {
  it('"delegates who are expected to back X", "a question which seems to divide Y": the relative clause is the content', () => {
    expect(claim('The caucus picks delegates who are expected to back the governor.', 'who are expected to back the governor')?.cue?.text).toBe('are expected');
    expect(claims('It is a question which seems to divide the party.').map((c) => c.text)).toContain('which seems to divide the party');
  });
});

describe('claims: a cue after the relative pronoun "that"', () => {
  it('"a letter that said X", "the groups that endorsed Y"', () => {
    expect(claim('The campaign released a letter that said the senator was in good health.', 'the senator was in good health')?.cue?.text).toBe('said');
    expect(claims('Those that say so are wrong.').length).toBe(0);
  });
});

describe('claims: a role noun holds a stance as a person does', () => {
  it('"The mayor called the plan a disaster", "The spokesman refused to answer"', () => {
    expect(claim('The mayor called the plan a disaster.', 'the plan a disaster')?.cue?.text).toBe('called');
    expect(claim('The spokesman refused to answer questions about the deal.', 'to answer questions about the deal')?.cue?.text).toBe('refused');
  });
});

describe('claims: adjectival cues after auxiliaries', () => {
  it('"has been critical of X", "is most proud of Y"', () => {
    expect(claim('Jane Doe has been critical of the mayor since the strike.', 'the mayor since the strike')?.speaker).toBe('Jane Doe');
    expect(claim('He is most proud of the new library.', 'the new library')?.cue?.text).toBe('proud of');
  });
});
