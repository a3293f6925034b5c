import { describe, expect, it } from 'vitest';
import { claimsOf as claims } from '../support/claims';

describe('claims: an organisation’s statement reported by its spokesperson', () => {
  it('"The Kremlin warned that X, Kremlin spokesman Dmitry Peskov said." is one claim: X, said by Peskov', () => {
    const cs = claims('The Kremlin warned that Western sanctions would backfire on Europe, Kremlin spokesman Dmitry Peskov said.');
    expect(cs.map((c) => [c.text, c.cue?.text, c.speaker, c.source?.text])).toEqual([
      ['Western sanctions would backfire on Europe', 'warned', 'Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov'],
    ]);
    expect(cs[0].speakerId).not.toBeNull();
  });

  it('a quotation the organisation "warned", said by its spokesman, is one claim by the spokesman', () => {
    const cs = claims('The Kremlin warned that "any provocation will be met with a response," Kremlin spokesman Dmitry Peskov said.');
    expect(cs.map((c) => [c.text, c.cue?.text, c.speaker])).toEqual([['"any provocation will be met with a response,"', 'warned', 'Dmitry Peskov']]);
  });

  it('the inverted cue, a surname whose title names the organisation, a press secretary, an unnamed ministry', () => {
    const inverted = claims('The Kremlin has warned that sanctions would backfire, said Kremlin spokesman Dmitry Peskov.');
    expect(inverted.map((c) => [c.text, c.speaker])).toEqual([['sanctions would backfire', 'Dmitry Peskov']]);
    const surname = claims('Kremlin spokesman Dmitry Peskov spoke on Monday. The Kremlin warned that sanctions would backfire, Peskov said.');
    expect(surname.map((c) => [c.text, c.speaker, c.source?.text])).toEqual([['sanctions would backfire', 'Dmitry Peskov', 'Peskov']]);
    const press = claims('The White House warned that the bill would be vetoed, press secretary Josh Earnest said.');
    expect(press.map((c) => [c.text, c.cue?.text, c.speaker])).toEqual([['the bill would be vetoed', 'warned', 'Josh Earnest']]);
    const ministry = claims('The ministry said that the talks had failed, spokeswoman Maria Zakharova told reporters on Monday.');
    expect(ministry.map((c) => [c.text, c.speaker])).toEqual([['the talks had failed', 'Maria Zakharova']]);
  });

  it('another organisation’s report is part of the person’s statement; a clause that is no report ("should not confirm") is no merge', () => {
    const nested = claims('The Norland government warned that prices would rise, Senator Jane Doe said.');
    expect(nested.map((c) => [c.text, c.speaker])).toEqual([['The Norland government warned that prices would rise', 'Jane Doe']]);
    const campaign = claims('The Doe campaign said that the rally was the largest yet, Jane Doe said.');
    expect(campaign.find((c) => c.speaker === 'Jane Doe')?.text).toBe('The Doe campaign said that the rally was the largest yet');
    const modal = claims('Senate Majority Leader Mitch McConnell said the Senate should not confirm a nominee this year.');
    expect(modal.find((c) => c.speaker === 'Mitch McConnell')?.text).toBe('the Senate should not confirm a nominee this year');
  });
});

describe('claims: where the content starts', () => {
  it('"responded to X", "pleaded to X": the object of "to" is the content, an infinitive stays', () => {
    expect(claims('Doe did not respond to requests for comment.').map((c) => c.text)).toEqual(['requests for comment']);
    expect(claims('The mayor responded to the auditor’s report on Monday.').map((c) => c.text)).toEqual(['the auditor’s report']);
    expect(claims('The campaign has not yet responded to the report.').map((c) => c.source?.text)).toEqual(['The campaign']);
    expect(claims('Doe pleaded to a lesser charge.').map((c) => c.text)).toEqual(['a lesser charge']);
    expect(claims('The governor refused to sign the bill.').map((c) => c.text)).toEqual(['to sign the bill']);
    // any verb cue: "to" before a determiner or a number is a preposition ("agreed to a $7 million settlement")
    expect(claims('The firm agreed to a $7 million settlement with the state.').map((c) => c.text)).toEqual(['a $7 million settlement with the state']);
  });
});

describe('claims: a hearer before "that"', () => {
  it('"wrote to Sanders’ Senate office that X": the plural possessive’s apostrophe is no quotation mark', () => {
    expect(claims('The Legion wrote to Sanders’ Senate office that it had not approved the emblem.').map((c) => c.text)).toEqual(['it had not approved the emblem']);
    // a noun’s complement stays inside the object ("said Sanders’ arguments that …" is not cut at "that")
    expect(claims('Palmieri said Sanders’ arguments that he is more electable are undermined by the polls.').map((c) => c.text)).toEqual(['Sanders’ arguments that he is more electable are undermined by the polls']);
  });
});

describe('claims: the paper’s own voice', () => {
  it('an "Editor’s note:" sentence attributes nothing; the statements around it stay', () => {
    const text = 'Doe said the vote was fair.\n\nEditor’s note: Jane Roe regularly incites violence and is a serial liar who has repeatedly pledged to ban all visitors.\n\nRoe said it was over.';
    expect(claims(text).map((c) => c.text)).toEqual(['the vote was fair', 'it was over']);
  });
});

describe('claims: sources with numbers and participles', () => {
  it('a share of respondents is the source: "42% say", "Only 52 percent of voters said"', () => {
    expect(claims('Among young voters, 42% say they are liberal.').map((c) => [c.text, c.source?.text])).toEqual([['they are liberal', '42%']]);
    expect(claims('Only 52 percent of registered voters said the economy was improving.').map((c) => c.source?.text)).toEqual(['Only 52 percent of registered voters']);
  });

  it('after a quotation: "said the 46-year-old", "said a 2008 campaign veteran", "said one unaligned strategist", "says a source involved in …"', () => {
    expect(claims('“He is an amazing leader,” said the 46-year-old.').map((c) => c.source?.text)).toEqual(['the 46-year-old']);
    expect(claims('“She didn’t like that,” said a 2008 campaign veteran.').map((c) => c.source?.text)).toEqual(['a 2008 campaign veteran']);
    expect(claims('“There is no data to suggest that,” said one unaligned Republican strategist.').map((c) => c.source?.text)).toEqual(['one unaligned Republican strategist']);
    expect(claims('“It is a way to take part,” says a source involved in the plan.').map((c) => c.text)).toEqual(['“It is a way to take part,”']);
    // a clause after the cue is still no source: "…, said Budapest opposed it"
    expect(claims('The treaty was signed, said Budapest opposed it.').some((c) => c.source?.text === 'Budapest opposed it')).toBe(false);
  });
});

describe('claims: an opening adjunct of a statement around its attribution', () => {
  it('"In the long run, many economists say, X": the adjunct is part of the content; a quotation or a plain "X, he said" is unchanged', () => {
    expect(claims('In the long run, many economists say, this effect could ripple through the health system.').map((c) => c.text)).toEqual(['In the long run, many economists say, this effect could ripple through the health system']);
    expect(claims('On the subject of trade, Doe added, “We will win.”').map((c) => c.text)).toEqual(['“We will win.”']);
    expect(claims('The plan is flawed, Doe said.').map((c) => c.text)).toEqual(['The plan is flawed']);
  });
});

describe('claims: reports inside another statement', () => {
  it('an organisation’s or a group’s report inside a statement is part of it; a person’s stays a claim of its own', () => {
    expect(claims('Jane Doe said the Foreign Ministry had warned that prices would rise.').map((c) => c.speaker)).toEqual(['Jane Doe']);
    expect(claims('Jane Doe said Richard Roe had warned that prices would rise.').map((c) => c.speaker)).toEqual(['Jane Doe', 'Richard Roe']);
  });

  it('outside any statement an organisation’s report stays ("was asked about … speculating that …")', () => {
    expect(claims('The Norland Foreign Ministry warned that prices would rise.').map((c) => c.speaker)).toEqual(['Norland Foreign Ministry']);
  });
});

describe('claims: odd content edges', () => {
  it('"said — on Twitter, as it happens — that X": the parenthetical between dashes is no content', () => {
    expect(claims('His campaign chairman Jane Doe said — on Twitter, as it happens — that the rally raised $4 million.').map((c) => c.text)).toEqual(['the rally raised $4 million']);
  });

  it('a content of punctuation only is no claim: "(… ,\'\' Mr. Roe said.)"', () => {
    const text = "It sells well abroad. (The French, it turns out, are big fans of ''Night Court,'' Mr. Roe said.) But there are no guarantees.";
    expect(claims(text).some((c) => !/\w/.test(c.text))).toBe(false);
  });
});

describe('claims: the hearer after "told"', () => {
  it('"X, Ash Carter told a Senate panel Wednesday", "“…,” one P&G employee told French television station BFMTV": the statement is before the cue', () => {
    expect(claims('This includes a special force to assist the Peshmerga, Defense Secretary Ash Carter told a Senate panel Wednesday.').map((c) => c.text)).toEqual(['This includes a special force to assist the Peshmerga']);
    expect(claims('“We are shocked, he was a friend to us,” one P&G Amiens employee told French television station BFMTV. He was there.').map((c) => [c.text, c.source?.text])).toEqual([['“We are shocked, he was a friend to us,”', 'one P&G Amiens employee']]);
    // "told a joke": a thing told, no hearer
    expect(claims('On Friday morning, the third day of his tour, Jane Doe told a joke.').some((c) => c.text.startsWith('On Friday'))).toBe(false);
  });
});

describe('claims: organisation names with "of", "for", "on"', () => {
  it('"The Committee for a Responsible Federal Budget reported …", "The Bureau of Labor Statistics said …"', () => {
    expect(claims('The Committee for a Responsible Federal Budget reported that the deficit would grow.').map((c) => c.speaker)).toEqual(['Committee for a Responsible Federal Budget']);
    expect(claims('The Bureau of Labor Statistics said jobs grew in May.').map((c) => c.speaker)).toEqual(['Bureau of Labor Statistics']);
  });
});

describe('claims: the subject of a progressive cue', () => {
  it('"Marco Rubio, speaking at a rally, is criticizing X": the subject before the parenthetical, not "is"', () => {
    expect(claims('Jane Doe, speaking at a rally in Ohio, is criticizing the new tariffs.').map((c) => [c.text, c.source?.text])).toEqual([['the new tariffs', 'Jane Doe']]);
    expect(claims('The Florida senator is predicting a win in Ohio.').map((c) => c.source?.text)).toEqual(['The Florida senator']);
  });
});

describe('claims: a plural possessive in the source', () => {
  it('"Sanders’ aides say …", "Jane Rogers’ campaign says …": the apostrophe is no quotation mark', () => {
    expect(claims('The senators’ aides say the vote was rigged.').map((c) => c.source?.text)).toEqual(['The senators’ aides']);
    expect(claims('Jane Rogers’ campaign says the vote was rigged.').map((c) => c.speaker)).toEqual(["Jane Rogers's campaign"]);
  });
});

describe('claims: a sentence-opening preposition names nobody', () => {
  it('"Despite his low standing, X …": no speaker "Despite"', () => {
    expect(claims('Despite the rain, challenging the majority leader was a gamble.').some((c) => c.speaker === 'Despite')).toBe(false);
  });
});

describe('claims: the subject of a participle after a clause', () => {
  it('"Both parents stiffened their denunciation, saying that X": the opening noun phrase is the source', () => {
    expect(claims('Both parents stiffened their denunciation of the senator, saying that he lacked the character to lead.').map((c) => [c.text, c.source?.text])).toEqual([['he lacked the character to lead', 'Both parents']]);
  });
});

describe('claims: a new clause after ", and"', () => {
  it('"X wants jobs, and Mary Roe promised to help Y": Roe’s content follows her cue', () => {
    const c = claims('Jane Doe wants jobs, and Mary Roe promised to help mining towns.').find((x) => x.cue?.text === 'promised');
    expect([c?.text, c?.speaker]).toEqual(['to help mining towns', 'Mary Roe']);
  });
});

describe('claims: "As X said, Y"', () => {
  it('the statement is the main clause after the comma, past the cue’s adjuncts; an "as" clause of time is unchanged', () => {
    expect(claims('As Jane Doe said last week in Tel Aviv, the country is the center of the digital future.').map((c) => c.text)).toEqual(['the country is the center of the digital future']);
    expect(claims('As the Daily Norland’s investigative unit reported just today, the foundation paid the fines.').map((c) => c.text)).toEqual(['the foundation paid the fines']);
    expect(claims('As Jane Doe talked about the economy, Mary Roe highlighted her plan.').map((c) => c.text)).toEqual(['the economy', 'her plan']);
  });
});

describe('claims: after a quotation, "Name, X’ role, said in a statement"', () => {
  it('the quotation is the content; "said in a statement" alone is no content', () => {
    expect(claims('“Working families are angry,” Jeff Weaver, Sanders’ campaign manager, said in a statement.').map((c) => [c.text, c.speaker])).toEqual([['“Working families are angry,”', 'Jeff Weaver']]);
    expect(claims('Jane Doe said in a statement.').length).toBe(0);
  });
});

describe('claims: the occasion after a quotation inside the content', () => {
  it('"called the system “rigged” in a tweet on Tuesday": the tweet is the occasion, not the content', () => {
    expect(claims('Jane Doe called the system “rigged” in a tweet on Tuesday.').map((c) => c.text)).toEqual(['the system “rigged”']);
  });
});

describe('claims: an inverted source with its appositive', () => {
  it('"X, said Jane Doe, executive director of the union": the appositive describes the source, the content ends before the cue', () => {
    expect(claims('The ruling is a victory for workers, said Jane Doe, executive director of the nurses union.').map((c) => c.text)).toEqual(['The ruling is a victory for workers']);
    // a clause after the source still continues the statement
    expect(claims('The ruling, said Jane Doe, is a victory for workers.').map((c) => c.text)).toEqual(['The ruling, said Jane Doe, is a victory for workers']);
  });
});

describe('claims: a closing appositive with a hyphenated number', () => {
  it('"say she could win the election, a 16-point margin over Roe": the appositive is the reporter’s', () => {
    expect(claims('Most voters say she could win the general election, a 16-point margin over Roe.').map((c) => c.text)).toEqual(['she could win the general election']);
  });
});

describe('claims: "called in to", "called into"', () => {
  it('a phrasal verb says nothing: "She called in to a town hall", "she called into a radio program"', () => {
    expect(claims('She recently called in to a town hall about police relations.').length).toBe(0);
    expect(claims('Jane Doe called into a radio program when she was sick.').length).toBe(0);
    expect(claims('Jane Doe called the plan a disaster.').map((c) => c.text)).toEqual(['the plan a disaster']);
  });
});

describe('claims: a relative "which"/"what" before the source', () => {
  it('"…, which he said was not a sentence", "what she calls corruption": the relative pronoun opens the content around its attribution', () => {
    expect(claims('He got probation, which he said was not a prison sentence.').map((c) => c.text)).toEqual(['which he said was not a prison sentence']);
    expect(claims('She has made what she calls corruption in politics a focus of her campaign.').map((c) => c.text)[0]).toMatch(/^what she calls corruption in politics/);
    expect(claims('It is a shift that many economists say is the future of the economy.').map((c) => c.text)).toEqual(['that many economists say is the future of the economy']);
    // a complementizer "that" before the source is no relative pronoun
    expect(claims('Jane Doe said that Mary Roe claimed the vote was rigged.').find((c) => c.cue?.text === 'claimed')?.text).toBe('the vote was rigged');
  });
});

describe('claims: a sentence finished by a partial quotation', () => {
  it('"The people of Scranton “deserve someone who is with them,” Biden said": the sentence is the content; a full quotation stays alone', () => {
    expect(claims('The people of Scranton “deserve someone who is with them,” Joe Biden said.').map((c) => c.text)).toEqual(['The people of Scranton “deserve someone who is with them,”']);
    expect(claims('“We deserve better,” Joe Biden said.').map((c) => c.text)).toEqual(['“We deserve better,”']);
    expect(claims("But ''it will not be carpets and candles,'' he said.").map((c) => c.text)).toEqual(["But ''it will not be carpets and candles,''"]);
    expect(claims('In past campaigns, "we felt that we could reach the people we need," Jane Doe said.').map((c) => c.text)).toEqual(['In past campaigns, "we felt that we could reach the people we need,"']);
  });
});
