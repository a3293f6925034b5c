import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const names = (text: string) => analyze(text).officials.map((o) => o.name);
const speakers = (text: string) => analyze(text).claims.map((c) => c.speaker);

describe('people: a first name before a place-like surname makes a person ("Mark Cuban", "George Washington")', () => {
  it('"Mark Cuban" is a person, and a later lone "Cuban" is him, not Cuba', () => {
    const text = 'The businessman Mark Cuban said on Tuesday that the plan would fail. Cuban, who owns a basketball team, added that he was not running.\n';
    expect(names(text)).toContain('Mark Cuban');
    expect(speakers(text)).toEqual(['Mark Cuban', 'Mark Cuban']);
  });

  it('surnames that are capitals, demonyms, places or organisations', () => {
    const text = 'George Washington crossed the river. The author Jack London wrote it. Alex Jones spoke. Michael Bloomberg paid for it. David French objected.\n';
    const found = names(text);
    for (const n of ['George Washington', 'Jack London', 'Alex Jones', 'Michael Bloomberg', 'David French']) expect(found).toContain(n);
  });

  it('a lone place word after a preposition stays the place ("in London")', () => {
    const text = 'Jack London wrote the novel. He later moved to London, where the critics said it was his best.\n';
    const p = analyze(text).officials.find((o) => o.name === 'Jack London');
    expect(p?.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['Jack London']);
  });

  it('an organisation or place that starts with a first name is no person', () => {
    for (const text of [
      'Students at George Washington University said the fees were too high.\n',
      'The North Carolina Senate passed the bill on Monday.\n',
      'The war in Sri Lanka ended in 2009.\n',
    ]) {
      expect(names(text)).toEqual([]);
    }
    expect(names('The Emanuel African Methodist Episcopal Church held a service.\n').some((n) => n.includes('Emanuel'))).toBe(false);
  });

  it('a country alone is still the country as a speaker ("Cuba said")', () => {
    expect(speakers('Cuba said on Monday it would respond to the sanctions.\n')).toEqual(['Cuba']);
  });
});

describe('people: credits name the article\'s authors, who are no people of it nor speakers', () => {
  const story = 'WASHINGTON (AP) — Senator Tom Carper said on Monday that the bill would pass. "We will win," he said.\n';

  it('"By Jane Doe and John Roe, Associated Press" at the top', () => {
    const text = `Senate Passes Budget Bill\n\nBy Jane Doe and John Roe, Associated Press\n\n${story}`;
    expect(names(text)).toEqual(['Tom Carper']);
    expect(speakers(text)).toEqual(['Tom Carper', 'Tom Carper']);
  });

  it('"Reporting by …; Additional reporting by …; Editing by …" and "… contributed to this report"', () => {
    const text = `${story}(Reporting by Jane Doe in Washington and Bob Roe in London; Additional reporting by Ann Lee; Editing by Peter Cooney)\nAssociated Press writer Jill Colvin contributed to this report.\nMary Major and Tim Minor contributed reporting.\n`;
    expect(names(text)).toEqual(['Tom Carper']);
  });

  it('credit and contact lines: "Alan Fox, Reuters", "Follow Pam Key on Twitter @pkey"', () => {
    const text = `${story}Alan Fox, Reuters\nFollow Pam Key on Twitter @pkey.\n`;
    expect(names(text)).toEqual(['Tom Carper']);
  });

  it('a sentence that starts with "By" or says "contributed" keeps its people', () => {
    const text = `${story}By John Smith's account, it failed.\nMichael Bloomberg contributed to the campaign.\nThe novel, written by Ann Patchett, sold well.\n`;
    const found = names(text);
    for (const n of ['John Smith', 'Michael Bloomberg', 'Ann Patchett']) expect(found).toContain(n);
  });
});

describe('people: the capitalised words of a title-case headline only link to people named in the story', () => {
  const body = '\n\nHillary Clinton led Donald Trump in a new poll in Florida on Monday, the pollsters said.\n';

  it('"Polls Show Clinton Ahead", "Trump Leads Clinton In Florida" make no pseudo-names', () => {
    for (const head of ['Polls Show Clinton Ahead', 'Trump Leads Clinton In Florida']) {
      const a = analyze(head + body);
      expect(a.officials.map((o) => o.name).sort()).toEqual(['Donald Trump', 'Hillary Clinton']);
      const clinton = a.officials.find((o) => o.name === 'Hillary Clinton');
      expect(clinton?.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['Clinton', 'Hillary Clinton']);
    }
  });

  it('a headline name with a known first name stands on its own ("Tom Hayes Slams …")', () => {
    expect(names('Polls Show Clinton Ahead As Tom Hayes Slams Trump' + body)).toContain('Tom Hayes');
  });

  it('the words of a headline name linked one by one are one mention ("Megyn Kelly")', () => {
    const a = analyze('Polls Show Clinton Ahead As Megyn Kelly Slams Trump' + body + 'Fox News host Megyn Kelly criticised him.\n');
    const kelly = a.officials.find((o) => o.name === 'Megyn Kelly');
    expect(kelly?.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['Megyn Kelly', 'Fox News host Megyn Kelly']);
    expect(kelly?.title).toBe('Fox News host');
    expect(a.claims.find((c) => c.cue?.text === 'Slams')?.speaker).toBe('Megyn Kelly');
  });

  it('a first name before a common word links to the person of that first name ("A Bernie Supporter Speaks Out")', () => {
    const text = 'The Unlikely Friendship Of A Trump Voter And A Bernie Supporter\n\nBernie Sanders spoke in Iowa on Monday.\n';
    expect(names(text)).toEqual(['Bernie Sanders']);
  });

  it('a spelled-out title in a title-case headline is no evidence ("Major Companies Pull Support"), an abbreviated one is', () => {
    expect(names('Major Companies Pull Support For Convention' + body).sort()).toEqual(['Donald Trump', 'Hillary Clinton']);
    expect(names('Sen. Warren Says Banks Must Pay' + body)).toContain('Warren');
  });

  it('a sentence-case headline and the body keep their names', () => {
    expect(names('Green Party candidate Jill Stein removed from debate site' + body)).toContain('Jill Stein');
    expect(names('Short Note From Tom Hayes About Policy\n\nNothing more was said about it.\n')).toContain('Tom Hayes');
  });
});

describe('people: a conjunction or preposition opening a sentence starts no name', () => {
  it('"Though Kaine …", "Although Johnson\'s agency …", "Unlike Cruz, …" name Kaine, Johnson, Cruz', () => {
    const text = 'Senator Tim Kaine spoke on Monday. Though Kaine said little, he smiled. Although Johnson\'s agency declined to comment, Secretary Jeh Johnson was there. Unlike Cruz, Senator Ted Cruz\'s aides stayed.\n';
    const found = names(text);
    expect(found.some((n) => /^(Though|Although|Unlike) /.test(n))).toBe(false);
    expect(analyze(text).officials.find((o) => o.name === 'Tim Kaine')?.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['Senator Tim Kaine', 'Kaine']);
  });
});

describe('people: an honorific before a place-like surname, and two-word known organisations', () => {
  it('"Mr. English", "Ms. French", "Sen. Jordan" are people; "St. Louis" is not', () => {
    const text = 'The pastor Bryan English spoke on Sunday. Mr. English said that he would vote. Ms. French said she disagreed. Sen. Jordan flew to St. Louis on Monday.\n';
    const a = analyze(text);
    expect(a.officials.find((o) => o.name === 'Bryan English')?.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['pastor Bryan English', 'Mr. English']);
    expect(names(text)).toEqual(['Bryan English', 'French', 'Jordan']);
    expect(speakers(text)).toEqual(['Bryan English', 'French']);
  });

  it('"the Washington Examiner" and "USA Today" are organisations, not a person "Examiner" nor the US', () => {
    const text = 'The story ran on Monday. The Washington Examiner said it was not true. A USA Today analysis found that the spending rose.\n';
    expect(names(text)).toEqual([]);
    expect(speakers(text)).toEqual(['Washington Examiner', 'USA Today']);
  });
});

describe('people: churches, caucuses and PACs are organisations (session 7)', () => {
  const names = (t: string) => analyze(t).officials.map((o) => o.name);
  it('a name ending in Church, Caucus or PAC names no person', () => {
    expect(names('The Methodist Episcopal Church opened a school in 1890.')).toEqual([]);
    expect(names('Super PACs spent millions on ads, the report said.')).toEqual([]);
    expect(names('The Congressional Black Caucus met on Tuesday.')).toEqual([]);
  });

  it('the person beside such a name is still found', () => {
    const n = names('Mike Murphy, who runs the Jeb Bush Super PAC, said the race was open.');
    expect(n).toContain('Mike Murphy');
    expect(n.some((x) => /PAC|Super/.test(x))).toBe(false);
  });
});

describe('people: a question opening with "Will" (session 7)', () => {
  const names = (t: string) => analyze(t).officials.map((o) => o.name);
  it('the auxiliary is no first name; the name after it stays a person', () => {
    expect(names('Will Sanders win the nomination? Sanders said he would.')).toEqual(['Sanders']);
  });
  it('"Will" opening a statement is still a first name', () => {
    expect(names('Will Smith said he would attend the premiere.')).toEqual(['Will Smith']);
  });
});
