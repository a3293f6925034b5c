import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findOfficials, releaseTokens, tokenize, tokensOf } from '../../src/core/people';
import { parseStructure } from '../../src/core/structure';
import { cueAfter, cueBefore } from '../../src/core/people/names';
import { CUE_AFTER_KNOWN, CUE_BEFORE_KNOWN, retireTokens } from '../../src/core/people/tokens';
import { lowerHash, WordTable } from '../../src/core/lexicon/filter';
import { classifyToken, cuesForToken, firstNameGenderOf, makeLexicon, maybeTitleStart } from '../../src/core/lexicon';
import type { Quote } from '../../src/core/types';

const quote = (start: number, end: number): Quote => ({ start, end, text: '', kind: 'speech', speaker: null, open: '"', close: '"', unbalanced: false, multiParagraph: false, nested: [] });

/** Short texts of news-like pieces: words in every case, initials, abbreviations, quotes, newlines, non-ASCII letters. */
const newsText = fc
  .array(fc.constantFrom('He', 'she', 'HIS', 'the', 'The', 'Putin', 'said', 'Mr.', 'J.', 'U.S.', '“', '”', '"', '’s', ',', '.', '!', '\n', '\n\n', 'Zürich', 'İstanbul', 'KELVIN', 'Kelvin', 'o’neil', 'co-chair', '3.5', 'minister', 'Minister', 'ſhe'), { maxLength: 40 })
  .map((parts) => parts.join(' '));

describe('people tokens (fast paths)', () => {
  it('numbers each token with the sentence that holds it', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const { tokens, sent, sentences, flags } = tokenize(text);
        expect(sent).toHaveLength(tokens.length);
        expect(flags).toHaveLength(tokens.length);
        sentences.forEach((s, k) => {
          for (let i = s.a; i < s.b; i++) expect(sent[i]).toBe(k);
        });
        expect(sentences.reduce((n, s) => n + s.b - s.a, 0)).toBe(tokens.length);
      }),
    );
  });

  it('keeps sentence arrays of texts tokenised one after another apart', () => {
    const a = tokenize('One. Two. Three.');
    const b = tokenize('Alone here');
    expect(Array.from(a.sent)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(Array.from(b.sent)).toEqual([0, 0]);
    expect(Array.from(a.sent)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('gives each token the quote around it', () => {
    const text = 'He said "we will go" and “they stay” now.';
    const q1 = quote(text.indexOf('"'), text.indexOf('go"') + 3);
    const q2 = quote(text.indexOf('“'), text.indexOf('”') + 1);
    // listed out of text order: the cursor sorts them
    const { tokens } = tokenize(text, [q2, q1]);
    const inQuote = (i: number) => tokens.filter((t) => t.q === i).map((t) => t.t);
    expect(inQuote(1)).toEqual(['"', 'we', 'will', 'go', '"']);
    expect(inQuote(0)).toEqual(['“', 'they', 'stay', '”']);
    expect(tokens.find((t) => t.t === 'now')?.q).toBe(-1);
  });

  it('finds a word by token exactly as by its lowercased string', () => {
    const map = new Map(['he', 'putin', 'minister', 'u.s', 'zürich', 'mr', 'kelvin', 'o’neil', 'co-chair'].map((w, i) => [w, i]));
    const table = new WordTable(map);
    fc.assert(
      fc.property(newsText, (text) => {
        for (const t of tokenize(text).tokens) expect(table.get(t)).toBe(map.get(t.l));
      }),
    );
  });

  it('looks up words whose hashes collide by their strings', () => {
    // two different words with the same lowerHash (found by a brute-force search over short letter strings)
    const [a, b] = ['yoyz', 'tlrya'];
    expect(lowerHash(a, 0, a.length)).toBe(lowerHash(b, 0, b.length));
    const table = new WordTable(new Map([[a, 'first'], [b, 'second']]));
    const { tokens } = tokenize(`${a} ${b.toUpperCase()} ${a}x`);
    expect(tokens.map((t) => table.get(t))).toEqual(['first', 'second', undefined]);
  });

  it('remembers cue answers per token without changing them', () => {
    const tk = tokenize('“We go,” said Peskov. Peskov earlier slammed the plan, and Lavrov the rest.');
    const fresh = tokenize('“We go,” said Peskov. Peskov earlier slammed the plan, and Lavrov the rest.');
    const at = (w: string, from = 0) => tk.tokens.findIndex((t, i) => i >= from && t.t === w);
    const peskov = at('Peskov');
    const second = at('Peskov', peskov + 1);
    const lavrov = at('Lavrov');
    expect(cueBefore(tk, peskov)).toBe(true);
    expect(cueAfter(tk, second + 1)).toBe(true);
    expect(cueAfter(tk, lavrov + 1)).toBe(false);
    expect(tk.flags[peskov] & CUE_BEFORE_KNOWN).toBeTruthy();
    expect(tk.flags[second + 1] & CUE_AFTER_KNOWN).toBeTruthy();
    // asked again (memo) and on a fresh tokenisation: the same answers
    for (const i of [peskov, second, lavrov]) {
      expect(cueBefore(tk, i)).toBe(cueBefore(fresh, i));
      expect(cueAfter(tk, i + 1)).toBe(cueAfter(fresh, i + 1));
    }
    expect(cueAfter(tk, tk.tokens.length)).toBe(false);
    expect(cueBefore(tk, 0)).toBe(false);
  });

  it('reads the same token through the list by index as through its view', () => {
    const lex = makeLexicon();
    fc.assert(
      fc.property(newsText, (text) => {
        const { list, tokens } = tokenize(text, text.length > 4 ? [quote(1, text.length - 1)] : []);
        expect(list.length).toBe(tokens.length);
        tokens.forEach((t, i) => {
          expect([list.s(i), list.e(i), list.k(i), list.nl(i), list.cap(i), list.q(i)]).toEqual([t.s, t.e, t.k, t.nl, t.cap, t.q]);
          expect([list.l(i), list.t(i), list.len(i), list.lowHash(i)]).toEqual([t.l, t.t, t.len, t.lowHash]);
          expect([list.code(i, 0), list.is(i, ','), list.foldInto(i, 7, true)]).toEqual([t.code(0), t.is(','), t.foldInto(7, true)]);
          expect([list.classify(i, lex), list.firstGender(i), list.cues(i), list.titleStart(i, lex)]).toEqual([classifyToken(t, lex), firstNameGenderOf(t), cuesForToken(t), maybeTitleStart(t, lex)]);
          expect(list.get(i).l).toBe(t.l);
        });
        expect(list.get(-1)).toBeUndefined();
        expect(list.get(tokens.length)).toBeUndefined();
      }),
    );
  });

  it('makes the plain tokens once and keeps them apart from other texts', () => {
    const a = tokenize('Putin met Xi. The president said so.');
    const b = tokenize('Another text entirely');
    expect(a.tokens).toBe(a.tokens);
    expect(a.tokens.map((t) => t.t)).toEqual(['Putin', 'met', 'Xi', '.', 'The', 'president', 'said', 'so', '.']);
    expect(b.tokens.map((t) => t.l)).toEqual(['another', 'text', 'entirely']);
    expect(a.list.l(4)).toBe('the');
  });

  it('tokenises a text the same after an earlier tokenisation was retired (its buffers reused)', () => {
    // long enough (over 2^14 tokens) for its list of forms to be reused
    const long = 'Sergey Lavrov, Russia’s top diplomat, said so. '.repeat(1600);
    const short = 'He met Xi. “Fine,” she said.';
    const view = (text: string) => {
      const tk = tokenize(text);
      return JSON.stringify([tk.tokens.map((t) => [t.s, t.e, t.k, t.l, t.nl, t.q]), Array.from(tk.sent)]);
    };
    const fresh = [view(short), view(long)];
    const old = tokenize(long);
    const oldTokens = old.tokens;
    const before = oldTokens.map((t) => t.l + t.t).join('');
    retireTokens(old);
    retireTokens(old);
    expect([view(short), view(long), view(short)]).toEqual([...fresh, fresh[0]]);
    // the plain tokens made before are objects of their own: they still read their text
    expect(oldTokens.map((t) => t.l + t.t).join('')).toBe(before);
    // a retired tokenisation holds no rows any more (its tokens never show another text's), nor its plain tokens
    expect(old.list.table.d.length).toBe(0);
    expect(old.tokens).toEqual([]);
  });

  it('hands kept tokens over to the claims layer once the people layer is done; a later people call tokenises anew', () => {
    for (const text of ['Kremlin spokesman Dmitry Peskov said so. Peskov added more.', 'Sergey Lavrov, Russia’s top diplomat, said so. '.repeat(2000)]) {
      const ctx = { structure: parseStructure(text), quotes: [], keepTokens: true };
      const first = findOfficials(text, ctx);
      const tk = tokensOf(text, ctx.quotes);
      expect(tk.list.retired).toBe(true);
      const fresh = tokenize(text);
      expect(tk.tokens.map((t) => [t.s, t.e, t.l, t.k, t.q])).toEqual(fresh.tokens.map((t) => [t.s, t.e, t.l, t.k, t.q]));
      expect(findOfficials(text, ctx)).toEqual(first);
      expect(first.map((o) => o.name)).toContain(text.startsWith('Kremlin') ? 'Dmitry Peskov' : 'Sergey Lavrov');
      releaseTokens();
    }
  });
});
