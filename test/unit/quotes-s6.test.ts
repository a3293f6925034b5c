import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { parseStructure } from '../../src/core/structure';

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
