import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';

const quote = (text: string, inner: string) => {
  const a = analyze(text);
  const q = a.quotes.find((x) => text.slice(x.start + 1, x.end - 1) === inner);
  if (!q) throw new Error(`no quote ${inner}`);
  return q;
};

describe('a short quotation inside a named source\'s statement is that source\'s words', () => {
  it('a partial quote after a noun: he expected a decision "soon"', () => {
    const q = quote('Defence Minister Boris Pistorius said he expected a decision "soon", but declined to give a date.', 'soon');
    expect(q.kind).toBe('speech');
    expect(q.speaker).toBe('Boris Pistorius');
  });

  it('a partial quote after a determiner: the governor ran a "shabby campaign"', () => {
    const q = quote('Senator Jane Doe said the governor ran a "shabby campaign", and she would not endorse him.', 'shabby campaign');
    expect(q.kind).toBe('speech');
    expect(q.speaker).toBe('Jane Doe');
  });

  it('a label stays a term: the so-called "rebels"', () => {
    const q = quote('Senator Jane Doe said the so-called "rebels" had received the weapons.', 'rebels');
    expect(q.kind).toBe('term');
    expect(q.speaker).toBeNull();
  });

  it('the modifier of a noun stays a term: the "confidential" level', () => {
    const q = quote('An official said most of the emails were raised to the "confidential" level last year.', 'confidential');
    expect(q.kind).toBe('term');
  });
});
