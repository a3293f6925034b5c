import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { parseStructure } from '../../src/core/structure';
import { quotesOf } from '../support/quotes';

/** [quote text, kind] of every quote of an article (headline + body). */
const kinds = (text: string): Array<[string, string]> => findQuotes(text, parseStructure(text)).map((q) => [q.text, q.kind]);
const body = '\n\nWASHINGTON (AP) — The council met on Tuesday and voted on the plan, officials said.';

describe('findQuotes: quotes in a headline', () => {
  it('takes a quoted phrase nobody is said to utter for a label', () => {
    expect(kinds(`Mayors Slam ‘Greens For Growth’ Plan${body}`)).toEqual([['‘Greens For Growth’', 'term']]);
    expect(kinds(`Town Council ‘Unity’ Meeting Set For Friday${body}`)).toEqual([['‘Unity’', 'term']]);
    expect(kinds(`‘Missing’ Voters Might Decide The Race${body}`)).toEqual([['‘Missing’', 'term']]);
  });

  it('keeps a quote introduced by a colon or a dash, or followed by a colon', () => {
    expect(kinds(`Mayor Smith: ‘We Will Not Back Down.’${body}`)).toEqual([['‘We Will Not Back Down.’', 'speech']]);
    expect(kinds(`Budget Fight Goes On – ‘We Need More Time’${body}`)).toEqual([['‘We Need More Time’', 'speech']]);
    expect(kinds(`‘We are heartbroken’: A town mourns its mill${body}`)).toEqual([['‘We are heartbroken’', 'speech']]);
  });

  it('keeps a quote a speech verb attributes, before it or after it', () => {
    expect(kinds(`Governor Calls Mill Closure ‘A Disgrace’${body}`)).toEqual([['‘A Disgrace’', 'speech']]);
    expect(kinds(`Senator Speaks ‘Directly To Farmers’ After Vote${body}`)).toEqual([['‘Directly To Farmers’', 'speech']]);
    expect(kinds(`‘No Deal Yet,’ Union Says After Talks${body}`)).toEqual([['‘No Deal Yet,’', 'speech']]);
    expect(kinds(`‘No Deal Yet,’ Mr. Roe Says${body}`)).toEqual([['‘No Deal Yet,’', 'speech']]);
  });

  it('leaves the same quotes in body text to the body rules', () => {
    const text = `Council Votes On Budget${body} Residents were ‘not sure’ about it, the mayor said.`;
    expect(kinds(text)).toEqual([['‘not sure’', 'speech']]);
  });
});

describe('findQuotes: a quoted word or short name in a sentence without a speech cue', () => {
  const bare = (text: string): Array<[string, string]> => quotesOf(text).map((q) => [q.text, q.kind]);

  it('takes one quoted word nobody is said to utter for a term', () => {
    expect(bare('The files were later upgraded to a “secret” level, and the inquiry went on.')).toEqual([['“secret”', 'term']]);
    expect(bare('Cells that grow in dishes, “lines” used for research, were sold.')).toEqual([['“lines”', 'term']]);
    expect(bare("A merger would give the firm ''scale,'' which matters now.")).toEqual([["''scale,''", 'term']]);
  });

  it('takes a title-case name of up to three words for a term', () => {
    expect(bare('After years off the air, “Night Desk,” whose host left in May, is back.')).toEqual([['“Night Desk,”', 'term']]);
    expect(bare('Were they too “Tea Party” for the voters?')).toEqual([['“Tea Party”', 'term']]);
    expect(bare('It was not enough for the mayor to “win” the debate.')).toEqual([['“win”', 'term']]);
    expect(bare('In “Hail, Caesar!,” the star hunts for a husband.')).toEqual([['“Hail, Caesar!,”', 'speech']]);
  });

  it('keeps the word as speech with a speech cue anywhere in its sentence', () => {
    expect(bare('Mr. Roe called the deal “tragic” on Monday.')).toEqual([['“tragic”', 'speech']]);
    expect(bare('The plan is “dead,” the mayor told reporters.')).toEqual([['“dead,”', 'speech']]);
    expect(bare('“Scale” matters most, according to Mr. Roe.')).toEqual([['“Scale”', 'speech']]);
    expect(bare('The crowd held a sign that read “Enough” all night.')).toEqual([['“Enough”', 'speech']]);
  });

  it('does not read the dot of an abbreviation as the end of the sentence', () => {
    expect(bare('It was “Madness,” Mr. Roe said.')).toEqual([['“Madness,”', 'speech']]);
    expect(bare('Sen. Roe told the U.S. press it was “madness” again.')).toEqual([['“madness”', 'speech']]);
  });

  it('keeps a quote introduced by a colon, a whole sentence, an exclamation, and a predicate', () => {
    expect(bare('The rally had one message: “Enough.”')).toEqual([['“Enough.”', 'speech']]);
    expect(bare('The mayor spoke for an hour. “Enough.” The crowd left.')).toEqual([['“Enough.”', 'speech']]);
    expect(bare('The crowd roared back: “Never!” and left.')).toEqual([['“Never!”', 'speech']]);
    expect(bare('By cutting the supply, the country is “pecking” the hand that feeds it.')).toEqual([['“pecking”', 'speech']]);
    expect(bare('They were “pecking” at the plan all week.')).toEqual([['“pecking”', 'speech']]);
  });
});

describe('findQuotes: lists of short quoted items', () => {
  const bare = (text: string): Array<[string, string]> => quotesOf(text).map((q) => [q.text, q.kind]);

  it('takes three or more short quoted items listed in a row for terms, title case or not', () => {
    const text = 'Clerks searched for words such as "levee," "flood," "pump" and "storm drain." Nothing came up.';
    expect(bare(text).map(([, k]) => k)).toEqual(['term', 'term', 'term', 'term']);
  });

  it('keeps two items, and never joins items across a paragraph break', () => {
    expect(bare('He said he wants "more listening" and "more learning" now.').map(([, k]) => k)).toEqual(['speech', 'speech']);
    const text = 'He asked for "more listening" and "more learning."\n\n"It hurts," Roe said. "We must heal."';
    expect(bare(text).map(([, k]) => k)).toEqual(['speech', 'speech', 'speech', 'speech']);
  });
});

describe('findQuotes: a lower-case phrase of up to six words inside a sentence without a speech cue', () => {
  const bare = (text: string): Array<[string, string]> => quotesOf(text).map((q) => [q.text, q.kind]);

  it('takes the phrase for a term', () => {
    expect(bare('Donors who fund "super PACs" gave more this year.')).toEqual([['"super PACs"', 'term']]);
    expect(bare('Trips were disguised as "fact-finding trips" by the staff.')).toEqual([['"fact-finding trips"', 'term']]);
    expect(bare('To join, click "sign up." It is free.')).toEqual([['"sign up."', 'term']]);
    expect(bare('She moved into "a flat in the old town" last May.')).toEqual([['"a flat in the old town"', 'term']]);
    expect(bare('She moved into "a small flat in the old part of town" last May.')).toEqual([['"a small flat in the old part of town"', 'speech']]);
  });

  it('keeps it as speech with a cue, at the start of a sentence, after a colon or a predicate, or as a question', () => {
    expect(bare('Mr. Roe told donors to fund "super PACs" this year.')).toEqual([['"super PACs"', 'speech']]);
    expect(bare('Roe cautioned "let us not rush" before the vote.')).toEqual([['"let us not rush"', 'speech']]);
    expect(bare('"It hurts," Roe said. "Big time."')).toEqual([['"It hurts,"', 'speech'], ['"Big time."', 'speech']]);
    expect(bare('The crowd had one answer: "no way."')).toEqual([['"no way."', 'speech']]);
    expect(bare('The plan would be "deficit neutral" next year.')).toEqual([['"deficit neutral"', 'speech']]);
    expect(bare('Roe earned "is it over?" headlines in May.')).toEqual([['"is it over?"', 'speech']]);
  });
});

describe('findQuotes: top-level single marks in text that quotes in double marks', () => {
  const bare = (text: string): Array<[string, string]> => quotesOf(text).map((q) => [q.text, q.kind]);
  const speech = '"We will rebuild," the mayor said. "It will take years."';

  it('reads a single-quoted phrase like a headline one: a label unless attributed', () => {
    expect(bare(`'Mill is closing' while the town waits.\n\n${speech}`)[0]).toEqual(["'Mill is closing'", 'term']);
    expect(bare(`Town braces for 'A Long Hard Winter' as mill closes.\n\n${speech}`)[0]).toEqual(["'A Long Hard Winter'", 'term']);
    expect(bare(`Mayor Roe: 'We will rebuild.'\n\n${speech}`)[0]).toEqual(["'We will rebuild.'", 'speech']);
    expect(bare(`Mayor calls closure 'a disgrace' as mill shuts.\n\n${speech}`)[0]).toEqual(["'a disgrace'", 'speech']);
  });

  it('leaves text quoting in single marks (British style) to the other rules', () => {
    const text = "'We will rebuild,' the mayor said. 'It will take years.' She called it 'a long winter' later.";
    expect(bare(text).map(([, k]) => k)).toEqual(['speech', 'speech', 'speech']);
  });
});
