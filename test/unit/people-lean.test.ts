import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/core';
import { tokenize } from '../../src/core/people';
import { titleClasses } from '../../src/core/people/titles';
import { lowerAscii, lowerString, Token } from '../../src/core/people/token';
import type { Quote } from '../../src/core/types';

const people = (text: string) => analyze(text, { layers: { dates: false, claims: false } }).officials;
const quote = (start: number, end: number): Quote => ({ start, end, text: '', kind: 'speech', speaker: null, open: '"', close: '"', unbalanced: false, multiParagraph: false, nested: [] });

/** Words in every case, with the letters whose lowercase form is special (Kelvin sign, dotted I, long s). */
const words = fc
  .array(fc.constantFrom('by', 'By', 'BY', 'in', 'In', 'and', 'from', 'From', 'reporting', 'Reporting', 'additional', 'contributed', 'CONTRIBUTED', 'İn', 'Kelvin', 'KELVIN', 'ſrom', 'Mr.', 'by.', ',', '.', 'U.S.'), { maxLength: 30 })
  .map((parts) => parts.join(' '));

describe('people layer: lean paths give what the plain ones give', () => {
  it('TokenList.isWord(i, w) is l(i) === w for every token and word', () => {
    const targets = ['by', 'in', 'and', 'from', 'reporting', 'additional', 'contributed', 'kelvin'];
    fc.assert(
      fc.property(words, (text) => {
        const { list } = tokenize(text);
        for (let i = 0; i < list.length; i++) for (const w of targets) expect(list.isWord(i, w)).toBe(list.l(i) === w);
      }),
    );
  });

  it('lowercases as toLowerCase() does, from a two-byte text too (curly quotes, Kelvin sign, dotted I)', () => {
    const piece = fc.constantFrom('Putin', 'WASHINGTON', 'mcDonald', 'Mr.', 'İstanbul', 'KELVIN', 'Zürich', '’', '“', 'a', '', 'x'.repeat(30), 'ABCDEFGHIJKLMNOPQRSTUVWX');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join(' ');
        const s = Math.min(x, y) % (text.length + 1);
        const e = Math.max(x, y) % (text.length + 1);
        const low = lowerAscii(text, Math.min(s, e), Math.max(s, e));
        if (low !== undefined) expect(low).toBe(text.slice(Math.min(s, e), Math.max(s, e)).toLowerCase());
        expect(lowerString(text)).toBe(text.toLowerCase());
      }),
    );
    // the people layer's forms and the claims layer's tokens agree with the plain lowercasing
    const text = '“Washington İstanbul KELVIN U.S. Mr. McDonald,” he said.';
    const { list } = tokenize(text);
    for (let i = 0; i < list.length; i++) {
      const plain = text.slice(list.s(i), list.e(i) - (list.t(i).endsWith('.') && list.t(i).length > 1 && list.k(i) === 'w' ? 1 : 0)).toLowerCase();
      expect(list.l(i)).toBe(plain);
    }
    const tokens = tokenize(text).tokens as Token[];
    expect(tokens.map((t) => t.l)).toEqual(Array.from({ length: list.length }, (_, i) => list.l(i)));
  });

  it('reads quotes listed out of text order as those listed in order', () => {
    const text = 'He said "one" and "two" and then "three" again.';
    const spans = [quote(8, 13), quote(18, 23), quote(33, 40)];
    const inOrder = tokenize(text, spans);
    const shuffled = [spans[2], spans[0], spans[1]];
    const out = tokenize(text, shuffled);
    const q = (t: typeof inOrder) => Array.from({ length: t.list.length }, (_, i) => t.list.q(i));
    // the same tokens lie in a quote; the index names the quote in the list given
    expect(q(out).map((k) => (k < 0 ? -1 : spans.indexOf(shuffled[k])))).toEqual(q(inOrder));
    expect(q(inOrder).filter((k) => k >= 0)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('links a later lone place-like surname to the person, not the place', () => {
    const os = people('Mark Cuban spoke on Monday. Later, Cuban said the deal was over. He flew to Cuba.');
    const cuban = os.find((o) => o.name === 'Mark Cuban');
    expect(cuban?.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['Mark Cuban', 'Cuban']);
    expect(os.some((o) => o.name === 'Cuba')).toBe(false);
  });

  it('makes ids from names: dashes for spaces, non-ASCII letters kept, numbers for repeats', () => {
    const os = people('Vladimir Putin met Jürgen Müller. Putin said so. Later, Jean-Luc Picard of Marseille spoke, and Müller said he agreed.');
    const ids = new Map(os.map((o) => [o.name, o.id]));
    expect(ids.get('Vladimir Putin')).toBe('vladimir-putin');
    expect(ids.get('Jürgen Müller')).toBe('jürgen-müller');
    expect(ids.get('Jean-Luc Picard')).toBe('jean-luc-picard');
    expect(new Set(os.map((o) => o.id)).size).toBe(os.length);
  });

  it('drops credit lines and keeps the people of the story', () => {
    const text = 'Senator Jane Roe said the vote would pass.\n\nAdditional reporting from John Doe in Paris\nMary Major contributed to this report.';
    const names = people(text).map((o) => o.name);
    expect(names).toContain('Jane Roe');
    expect(names).not.toContain('John Doe');
    expect(names).not.toContain('Mary Major');
  });

  it('resolves a pronoun to the speaker of the sentence before', () => {
    const os = people('Foreign Minister Sergey Lavrov met John Kerry, Lavrov said. He added that talks would go on.');
    const lavrov = os.find((o) => o.name === 'Sergey Lavrov');
    expect(lavrov?.mentions.some((m) => m.kind === 'pronoun' && m.text === 'He')).toBe(true);
  });

  it('gives title classes once each, base classes first', () => {
    expect(titleClasses('Prime Minister', ['minister', 'leader', 'minister'])).toEqual(['minister', 'leader', 'pm']);
    expect(titleClasses('Russian Foreign Minister', ['minister'])).toEqual(['minister', 'diplomat']);
    expect(titleClasses('speaker of the State Duma', [])).toEqual(['lawmaker']);
  });
});
