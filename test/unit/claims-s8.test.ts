import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const claims = (text: string) => analyze(text).claims.map((c) => [c.speaker, c.cue?.text ?? null, c.text]);

describe('claims: the hearer of "told" ends before an article', () => {
  it('"told CNN the race …", "told reporters a deal …": the article opens the content', () => {
    const text = 'Paul Begala told CNN the race was close. He told reporters a deal was near.\n';
    expect(claims(text)).toEqual([
      ['Paul Begala', 'told', 'the race was close'],
      ['Paul Begala', 'told', 'a deal was near'],
    ]);
  });

  it('an article inside the hearer stays in it ("told the Associated Press", "told a news conference in the capital")', () => {
    const text = 'Jane Doe told the Associated Press the deal was dead. John Roe told a news conference the talks had failed.\n';
    expect(claims(text)).toEqual([
      ['Jane Doe', 'told', 'the deal was dead'],
      ['John Roe', 'told', 'the talks had failed'],
    ]);
  });
});

describe('claims: "May" as a surname', () => {
  it('"Theresa May", and a later "May added …", are the speaker; "in May" stays a month', () => {
    const text = 'British Prime Minister Theresa May said on Monday that the talks were over. May added that a deal could come in May 2019.\n';
    expect(claims(text)).toEqual([
      ['Theresa May', 'said', 'the talks were over'],
      ['Theresa May', 'added', 'a deal could come in May 2019'],
    ]);
    expect(analyze(text).officials.map((o) => [o.name, o.title])).toEqual([['Theresa May', 'British Prime Minister']]);
  });

  it('"May" after a first name and before a day\'s number is the date ("wrote to Hillary May 5")', () => {
    const text = 'The senator wrote to Hillary May 5, and she answered a week later.\n';
    expect(analyze(text).officials.map((o) => o.name)).not.toContain('Hillary May');
    expect(analyze(text).dates.map((d) => d.text)).toContain('May 5');
  });
});

describe('sentences: "no." ends a sentence unless a number follows ("No. 2")', () => {
  it('"said no." does not run into the next sentence', () => {
    const text = 'Austin Powers said no. Georgia voters disagreed. John Doe said the No. 3 spot was open.\n';
    expect(claims(text)).toEqual([
      ['Austin Powers', 'said', 'no'],
      ['John Doe', 'said', 'the No. 3 spot was open'],
    ]);
  });
});

describe('claims: the Associated Press by its name', () => {
  it('"the Associated Press reported", "according to AP" → Associated Press', () => {
    const text = 'Clinton won the primary, the Associated Press reported on Thursday. Turnout was high, according to AP.\n';
    expect(claims(text)).toEqual([
      ['Associated Press', 'reported', 'Clinton won the primary'],
      ['Associated Press', 'according to', 'Turnout was high'],
    ]);
  });
});

describe('claims: a capitalised adverb-like word inside a name ("USA Today")', () => {
  it('"USA Today reported" is the paper, not the United States', () => {
    const text = 'USA Today reported last month that the money was gone. USA TODAY said it was true.\n';
    expect(claims(text)).toEqual([
      ['USA Today', 'reported', 'the money was gone'],
      ['USA Today', 'said', 'it was true'],
    ]);
  });

  it('a lowercase adverb before the cue is still skipped ("Putin today said")', () => {
    expect(claims('Vladimir Putin today said the talks were over.\n')).toEqual([['Vladimir Putin', 'said', 'the talks were over']]);
  });
});
