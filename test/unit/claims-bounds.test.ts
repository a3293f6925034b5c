import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { claimsOf as claims, claimWith as claim } from '../support/claims';

describe('claims: where a content starts', () => {
  it('a later "that" after a clause subject belongs to the content: "says they share the belief that …"', () => {
    expect(claim('The governor says they both share the belief that every child deserves a school.', 'they both share the belief that every child deserves a school')?.cue?.text).toBe('says');
  });

  it('a prepositional adjunct between the cue and "that" or a quotation is skipped', () => {
    expect(claim('A spokesman said via email that the senator would not attend.', 'the senator would not attend')).toBeDefined();
    expect(claim('The mayor says at a rally in Toledo, Ohio, that the plant will stay open.', 'the plant will stay open')?.cue?.text).toBe('says');
    expect(claim('Jane Doe says of her rival, "She will sell the office."', '"She will sell the office."')?.speaker).toBe('Jane Doe');
  });

  it('an object before "to" + a quotation: "tells his supporters to "go vote""', () => {
    expect(claim('Jane Doe tells her supporters at a rally to "go vote early."', 'to "go vote early."')?.cue?.text).toBe('tells');
  });
});

describe('claims: an object before an infinitive', () => {
  it('"urged voters to turn out", "asked for volunteers to help": the object is part of the content', () => {
    expect(claim('The governor urged voters to turn out early.', 'voters to turn out early')?.cue?.text).toBe('urged');
    expect(claim('The mayor asked for volunteers to clear the park.', 'volunteers to clear the park')?.cue?.text).toBe('asked');
    expect(claim('Jane Doe urged people not to spread rumours.', 'people not to spread rumours')?.cue?.text).toBe('urged');
  });

  it('after an adjunct or a dash the infinitive alone is the content', () => {
    expect(claim('Jane Doe told supporters at a rally to stay home.', 'to stay home')?.cue?.text).toBe('told');
  });

  it('a clause before the infinitive is the content: "told the paper he planned to stay", "asked workers if they planned to"', () => {
    expect(claim('Jane Doe told the Daily Norland he planned to stay neutral.', 'he planned to stay neutral')?.cue?.text).toBe('told');
    expect(claim('The organiser asked workers if they planned to attend the meeting.', 'if they planned to attend the meeting')?.cue?.text).toBe('asked');
  });
});

describe('claims: a closing appositive', () => {
  it('"said she did not support John Roe, the presumed favourite of the party": the appositive is not content', () => {
    expect(claim('Jane Doe said she did not support John Roe, the presumed favourite of the party.', 'she did not support John Roe')?.cue?.text).toBe('said');
    expect(claim('The union endorsed John Roe, a neurosurgeon who has never held office.', 'John Roe')?.cue?.text).toBe('endorsed');
  });

  it('a short appositive and a list stay whole', () => {
    expect(claim('Jane Doe said she was a stronger leader than John Roe, a Democrat.', 'she was a stronger leader than John Roe, a Democrat')).toBeDefined();
    expect(claim('The bishop spoke of the malaise in the region, the lack of jobs, the violence of the cartels.', 'the malaise in the region, the lack of jobs, the violence of the cartels')).toBeDefined();
  });
});

describe('claims: a comment after a dash', () => {
  it('"showed Doe leading, 46 to 44 percent - within the margin of error": the comment is not content', () => {
    expect(claim('A new poll showed Jane Doe leading John Roe, 46 percent to 44 percent - within the margin of error.', 'Jane Doe leading John Roe, 46 percent to 44 percent')?.cue?.text).toBe('showed');
  });

  it('a parenthetical between dashes, an example, a quotation and a hyphen stay', () => {
    expect(claim('Jane Doe vowed to ban all imports — billions of dollars of goods — from the region.', 'to ban all imports — billions of dollars of goods — from the region')).toBeDefined();
    expect(claim('Jane Doe said two candidates would drop out — including John Roe.', 'two candidates would drop out — including John Roe')).toBeDefined();
    expect(claim('Jane Doe said the EB-5 program sent a terrible message.', 'the EB-5 program sent a terrible message')).toBeDefined();
  });
});

describe('claims: a time clause after a comma', () => {
  it('", when …" ends the statement', () => {
    expect(claim('Jane Doe said she feared a repeat of the 1992 speech, when John Roe called for a culture war.', 'she feared a repeat of the 1992 speech')?.cue?.text).toBe('said');
    expect(claim('Jane Doe said the plant would close when the contract ends.', 'the plant would close when the contract ends')).toBeDefined();
  });
});

describe('claims: a cue inside a relative clause between commas', () => {
  it('"Jane Doe, who praised the plan, was …": the content ends with the clause', () => {
    expect(claim('Jane Doe, who praised the new plan, was absent on Monday.', 'the new plan')?.speaker).toBe('Jane Doe');
    expect(claim('The mayor, who endorsed John Roe, also said the vote was rigged.', 'John Roe')?.cue?.text).toBe('endorsed');
  });

  it('a place or a list inside the clause stays: "who drove from Omaha, Nebraska, …"', () => {
    expect(claim('The senator, who praised Jane Doe, John Roe and the mayor, left early.', 'Jane Doe, John Roe and the mayor')?.cue?.text).toBe('praised');
  });
});

describe('claims: an object content at a comma', () => {
  it('"praised Doe\'s proposals, which include …": the reporter\'s words after the comma are not content', () => {
    expect(claim('The chamber praised Jane Doe’s proposals for small businesses, which include a new tax credit.', 'Jane Doe’s proposals for small businesses')?.cue?.text).toBe('praised');
  });

  it('a list and an elaboration with "with" stay whole', () => {
    expect(claim('Jane Doe called for lower taxes, fewer rules and more jobs.', 'lower taxes, fewer rules and more jobs')).toBeDefined();
    expect(claim('A new poll showed Jane Doe leading by seven points, with 17 percent undecided.', 'Jane Doe leading by seven points, with 17 percent undecided')).toBeDefined();
  });
});

describe('claims: where a content ends', () => {
  it('a quotation attributed after it ends the content of an earlier cue: "… because "A," she said"', () => {
    const c = claims('The director said she felt the law was worth a film because "most people know nothing about it," she said.');
    expect(c.find((x) => x.cue?.text === 'said' && x.text.startsWith('she felt'))?.text).toBe('she felt the law was worth a film because "most people know nothing about it,"');
  });
});

describe('claims: plural nouns are no cues', () => {
  it('"broader questions about", "North Korea’s claims about" are no claims', () => {
    expect(claims('His returns would help assess broader questions about his integrity.')).toHaveLength(0);
    expect(claims('It is hard to assess North Korea’s claims about the test.')).toHaveLength(0);
  });
});

describe('claims: a quotation that closed the previous sentence', () => {
  it('"He says X" after it states X, it does not take the quotation', () => {
    const text = 'Doe says the game has become "soft like the country." He says referees throw flags just to be seen on TV.';
    const c = claims(text);
    expect(c.find((x) => x.text === 'referees throw flags just to be seen on TV')?.cue?.text).toBe('says');
    expect(c.filter((x) => x.text === '"soft like the country."')).toHaveLength(0);
  });

  it('"He adds, "B."" after it attributes B, not the quotation before', () => {
    const c = claims('She calls him "a wonderful man." She adds, "We will win."');
    expect(c.find((x) => x.cue?.text === 'adds')?.text).toBe('"We will win."');
  });

  it('an adjunct alone after the cue still attributes the quotation: ""A." he said on Monday."', () => {
    const c = claims('"We will not give up the fight for the harbour." Jane Doe said on Monday.');
    expect(c.find((x) => x.cue?.text === 'said')?.text).toBe('"We will not give up the fight for the harbour."');
  });
});

describe('claims: a subject in apposition before an object verb', () => {
  it('"NP, Name, praised X" — X is the content and Name the source; only speech verbs invert', () => {
    const c = claims('The mayor’s main rival, State Sen. Jane Doe, also praised the new budget.');
    expect(c).toHaveLength(1);
    expect(c[0].text).toBe('the new budget');
    expect(c[0].speaker).toBe('Jane Doe');
    expect(claim('The plan is a disaster, said the senator.', 'The plan is a disaster')?.cue?.text).toBe('said');
  });
});

describe('claims: content before the cue', () => {
  it('an opening adjunct with a place name is no content; an object verb takes what follows', () => {
    const c = claims('During a campaign stop in Onawa, Iowa, the candidate repeated his promise to cut taxes.');
    expect(c.map((x) => x.text)).toEqual(['his promise to cut taxes']);
  });

  it('a belief stated before its holder: "The economy will recover, she believes."', () => {
    expect(claim('The economy will recover next year, she believes.', 'The economy will recover next year')?.cue?.text).toBe('believes');
  });
});

describe('claims: a relative "that" is no complementizer', () => {
  it('"called for contestants to wear dresses that showed …" keeps the object; "explained to reporters that X" starts at X', () => {
    expect(claim('Doe called for contestants to wear dresses that showed more skin.', 'contestants to wear dresses that showed more skin')?.cue?.text).toBe('called for');
    expect(claim('The mayor explained to reporters that the bridge was safe.', 'the bridge was safe')?.cue?.text).toBe('explained');
    expect(claim('The minister noted, however, that the talks had stalled.', 'the talks had stalled')?.cue?.text).toBe('noted');
  });
});

describe('claims: semicolons and adjuncts around the content', () => {
  it('a semicolon ends the content', () => {
    expect(claim('The Tax Policy Center estimates that the plan would raise $1 trillion; the foundation puts the figure lower.', 'the plan would raise $1 trillion')?.cue?.text).toBe('estimates');
  });

  it('a pronoun subject after a prepositional adjunct opens the content: "admitted under scrutiny he had …"', () => {
    expect(claim('The banker admitted under scrutiny he had not been held accountable.', 'he had not been held accountable')?.cue?.text).toBe('admitted');
  });
});

describe('claims: "according to" inside a sentence', () => {
  it('after an opening adjunct the statement follows; around a subject the statement surrounds it; after a dash it precedes', () => {
    expect(claim('In addition, according to the department, nine million workers will be protected.', 'nine million workers will be protected')?.cue?.text).toBe('according to');
    expect(claim('The plan, according to the ministry, will cost $5 billion.', 'The plan, according to the ministry, will cost $5 billion')?.cue?.text).toBe('according to');
    expect(claim('Crime fell by a third — including robbery — according to the latest police data.', 'Crime fell by a third — including robbery')?.cue?.text).toBe('according to');
  });
});

describe('claims: an inverted source that runs on after a quotation', () => {
  it('""…," said Senator Jane Doe in a statement" gives the quotation to Jane Doe', () => {
    const a = analyze('"The tariffs will hurt farmers," said Senator Jane Doe in a statement.', { published: '2022-02-07T21:37' });
    expect(a.claims.find((c) => c.cue?.text === 'said')?.text).toBe('"The tariffs will hurt farmers,"');
    expect(a.quotes[0].speaker).toBe('Jane Doe');
  });
});

describe('claims: a quotation before an appositive source', () => {
  it('""…," the White House spokesman, Josh Earnest, said" gives the quotation to the named spokesman', () => {
    const a = analyze('"The decision is final," the White House spokesman, Josh Earnest, said.', { published: '2022-02-07T21:37' });
    expect(a.claims.find((c) => c.cue?.text === 'said')?.text).toBe('"The decision is final,"');
    expect(a.quotes[0].speaker).toBe('Josh Earnest');
  });
});

describe('claims: a statement before "he said" that opens with an adjunct', () => {
  it('nothing after the cue: the words before it are the statement', () => {
    expect(claim('As a woman, Ms. Doe likely raised less suspicion, Mr. Roe said.', 'As a woman, Ms. Doe likely raised less suspicion')?.cue?.text).toBe('said');
    expect(claim('Seeing his brother suffer led him to avoid alcohol, he said.', 'Seeing his brother suffer led him to avoid alcohol')?.cue?.text).toBe('said');
  });
});

describe('claims: a cue inside an opening subordinate clause', () => {
  it('"While his advisers have suggested X, Mr. Doe is …": the content ends with the subordinate clause', () => {
    expect(claim('While his advisers have suggested that the tour is over, Mr. Doe is planning three more stops.', 'the tour is over')?.cue?.text).toBe('suggested');
  });

  it('the main clause may open with a determiner: "While the mayor praised the budget, the council voted …"', () => {
    expect(claim('While the mayor praised the budget, the council voted against it.', 'the budget')?.cue?.text).toBe('praised');
    expect(claim('After Jane Doe claimed that the vote was rigged, the party had some explaining to do.', 'the vote was rigged')?.cue?.text).toBe('claimed');
    // a noun phrase without its verb before the next comma is no main clause
    expect(claim('Because Jane Doe said the plan, the budget and the tax cuts would pass, nobody objected.', 'the plan, the budget and the tax cuts would pass')?.cue?.text).toBe('said');
  });
});

describe('claims: subjects with a relative clause, adjuncts after a quotation', () => {
  it('"Economist Jane Doe, who studies tax policy, said X" attributes X to Jane Doe', () => {
    const c = claim('Economist Jane Doe, who studies tax policy at the institute, said the statement did not clarify the matter.', 'the statement did not clarify the matter');
    expect(c?.speaker).toBe('Jane Doe');
  });

  it('""…," she said at a news conference announcing that …" keeps the quotation as her statement', () => {
    const c = claims('"We will get there together," Jane Doe said at a news conference announcing that the state was suing.');
    expect(c.find((x) => x.cue?.text === 'said')?.text).toBe('"We will get there together,"');
  });
});

describe('claims: a cue with a topic preposition', () => {
  it('"warned against X", "complained about X": the content is the preposition’s object', () => {
    expect(claim('The minister warned against hasty cuts to the budget.', 'hasty cuts to the budget')?.cue?.text).toBe('warned');
    expect(claim('Jane Doe complained about the long delays at the border.', 'the long delays at the border')?.cue?.text).toBe('complained');
  });
});

describe('claims: the occasion of a statement after its object', () => {
  it('"criticised X in a tweet", "endorsed X on Monday", "touted X on its Facebook page": the adjunct is not content', () => {
    expect(claim('The senator criticised the new tariff plan in a tweet.', 'the new tariff plan')?.cue?.text).toBe('criticised');
    expect(claim('The union endorsed Jane Doe on Monday.', 'Jane Doe')?.cue?.text).toBe('endorsed');
    expect(claim('The campaign touted his endorsement on its Facebook page.', 'his endorsement')?.cue?.text).toBe('touted');
  });

  it('a clause keeps its adjuncts: "said the vote would be held on Monday"', () => {
    expect(claim('Jane Doe said the vote would be held on Monday.', 'the vote would be held on Monday')).toBeDefined();
    expect(claim('The mayor urged residents to stay indoors on Monday.', 'residents to stay indoors on Monday')).toBeDefined();
  });
});

describe('claims: a coordinated clause of the reporting sentence after the content', () => {
  it('", and he …" opens a new clause about the speaker', () => {
    expect(claim('Jane Doe said the deal was likely, and he renewed that prediction last week.', 'the deal was likely')).toBeDefined();
  });

  it('"called X a fraud and spiked the story": the speaker’s next act after an object content', () => {
    expect(claim('The editor criticized the piece and spiked the story.', 'the piece')?.cue?.text).toBe('criticized');
    expect(claim('The senator criticized the moderator and boycotted one of the debates.', 'the moderator')?.cue?.text).toBe('criticized');
  });

  it('coordinated content stays whole: "said prices rose and wages fell", "noted weak growth and worse-than-expected revenue"', () => {
    expect(claim('Jane Doe said prices rose and wages fell.', 'prices rose and wages fell')).toBeDefined();
    expect(claim('The minister noted flat user growth and worse-than-expected revenue.', 'flat user growth and worse-than-expected revenue')).toBeDefined();
  });
});

describe('claims: "plans to"', () => {
  it('the infinitive is the content and "plans" the cue, as with "wants to", "vowed to"', () => {
    const c = claim('The Tax Policy Center plans to release its analysis next week.', 'to release its analysis next week');
    expect(c?.cue?.text).toBe('plans');
    expect(claim('Jane Doe vowed to release her tax returns.', 'to release her tax returns')?.cue?.text).toBe('vowed');
  });
});

describe('claims: a short parenthetical between the cue and "that"', () => {
  it('"He said, twice, that X", "She said, without evidence, that X"', () => {
    expect(claim('He said, twice, that he was going back to work.', 'he was going back to work')?.cue?.text).toBe('said');
    expect(claim('Jane Doe said, without evidence, that the count was rigged.', 'the count was rigged')?.speaker).toBe('Jane Doe');
  });
});

describe('claims: "and" with a new subject and cue ends the earlier content', () => {
  it('"Doe said hackers broke in and she accused Norland of it"', () => {
    const c = claims('Jane Doe said hackers broke into the party computers and she accused Norland of meddling.');
    expect(c.find((x) => x.cue?.text === 'said')?.text).toBe('hackers broke into the party computers');
    expect(c.find((x) => x.cue?.text === 'accused')?.speaker).toBe('Jane Doe');
  });
});

describe('claims: a one-word content that names a person', () => {
  it('"The union endorsed Doe" is a claim; "said so" is not', () => {
    const text = 'Jane Doe is running for mayor. The teachers union endorsed Doe on Monday.';
    expect(claim(text, 'Doe')?.cue?.text).toBe('endorsed');
    expect(claim('Jane Doe is running for mayor. The union endorsed Doe.', 'Doe')?.cue?.text).toBe('endorsed');
    expect(claims('John Roe said so.').length).toBe(0);
  });
});

describe('claims: where a content ends before a participle or a comparison', () => {
  it('"said that “…,” adding that …": the comma inside the quotation still ends the statement', () => {
    const c = claims('Jane Doe said that “only one candidate can win this race,” adding that her rival was fading.');
    expect(c.find((x) => x.cue?.text === 'said')?.text).toBe('“only one candidate can win this race,”');
  });

  it('", compared with …" ends the statement', () => {
    expect(claim('Most voters said yes, compared with a third who said no.', 'yes')?.cue?.text).toBe('said');
  });
});

describe('claims: quotation edges around the cue', () => {
  it('"… “the high-water mark,” according to X": the comma inside the quotation still puts the content before', () => {
    expect(claim('The visit became “the high-water mark of the decade,” according to Jane Doe.', 'The visit became “the high-water mark of the decade,”')?.cue?.text).toBe('according to');
  });

  it('"“A,” Doe told “Morning Talk,” …": a quoted show title is the recipient, not a second quotation', () => {
    const c = claims('“He is fair game,” Jane Doe told “Morning Talk,” reminding the hosts of the feud.');
    expect(c.map((x) => x.text)).toEqual(['“He is fair game,”']);
  });
});

describe('claims: a cue inside the subject’s relative clause', () => {
  it('"Doe, who on Tuesday endorsed Roe, said X": two claims, the first ending at the comma', () => {
    const c = claims('Jane Doe, who on Tuesday endorsed John Roe, said Wednesday she agrees with the ruling.');
    expect(c.map((x) => [x.cue?.text, x.text])).toEqual([['endorsed', 'John Roe'], ['said', 'she agrees with the ruling']]);
  });
});

describe('claims: "but" after a quotation that holds the comma', () => {
  it('"promised “jobs, jobs, jobs,” but he has also …": the content ends with the quotation', () => {
    expect(claim('Jane Doe promised lower fares and “trains, trains, trains,” but she has also raised the toll.', 'lower fares and “trains, trains, trains,”')?.cue?.text).toBe('promised');
  });
});

describe('claims: ", but that …" continues the statement', () => {
  it('"said the plan was sound, but that it came too late": one content', () => {
    expect(claim('Jane Doe said the plan was sound, but that it came too late.', 'the plan was sound, but that it came too late')?.cue?.text).toBe('said');
  });

  it('", but he …" still ends it', () => {
    expect(claim('Jane Doe said the plan was sound, but he disagreed.', 'the plan was sound')?.cue?.text).toBe('said');
  });
});

describe('claims: a quotation holding its comma before another cue', () => {
  it('"Doe said “A,” according to B": the first content keeps its closing quotation mark', () => {
    const c = claims('Jane Doe said it was “a fair deal,” according to the minutes.');
    expect(c.find((x) => x.cue?.text === 'said')?.text).toBe('it was “a fair deal,”');
  });
});
