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
