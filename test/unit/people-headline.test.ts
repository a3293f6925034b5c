import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const names = (text: string) => analyze(text).officials.map((o) => o.name);

describe('people: a capitalised speech verb in a title-case headline ends the name', () => {
  const body = '\n\nWASHINGTON (Reuters) - Donald Trump said on Monday that Hillary Clinton was unfit to lead.\n';

  it('"Trump Says …": the speaker is Trump, not "Trump Says Clinton …"', () => {
    const text = 'Trump Says Clinton Is Unfit To Lead' + body;
    const a = analyze(text);
    expect(names(text)).toContain('Donald Trump');
    expect(names(text).some((n) => /Says/.test(n))).toBe(false);
    const head = a.claims.find((c) => c.cue?.text === 'Says');
    expect(head?.speaker).toBe('Donald Trump');
    expect(head?.text).toBe('Clinton Is Unfit To Lead');
  });

  it('"Clinton Slams Trump Over …": the speaker is Clinton', () => {
    const text = 'Clinton Slams Trump Over Tax Returns\n\nHillary Clinton criticised Donald Trump on Monday.\n';
    const head = analyze(text).claims.find((c) => c.cue?.text === 'Slams');
    expect(head?.speaker).toBe('Hillary Clinton');
    expect(names(text).some((n) => /Slams/.test(n))).toBe(false);
  });

  it('"…, Says Putin": the verb starts no name', () => {
    const text = 'Talks Will Go On, Says Putin\n\nMOSCOW, March 3. /TASS/. Russian President Vladimir Putin said the talks would go on.\n';
    expect(names(text)).toContain('Vladimir Putin');
    expect(names(text).some((n) => /Says/.test(n))).toBe(false);
  });

  it('a surname that merely ends in s stays a name ("Tom Hayes said")', () => {
    expect(names('Tom Hayes said the plan would work.\n')).toContain('Tom Hayes');
  });
});

describe('people: the capitalised verbs and prepositions of a title-case headline are no name words', () => {
  it('"Clinton Is Unfit", "Trump Over Tax Returns" are no people', () => {
    const text = 'Clinton Slams Trump Over Tax Returns, Says He Is Unfit\n\nHillary Clinton criticised Donald Trump on Monday.\n';
    const found = names(text);
    expect(found.some((n) => /\b(Over|Is)\b/.test(n))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['Hillary Clinton', 'Donald Trump']));
  });
});
