import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/core/people';
import { CAP_WORD, HST_WORD, tokensHash } from '../../src/core/people/tokens';
import { joinedHash } from '../../src/core/lexicon/filter';
import type { Quote } from '../../src/core/types';

const quote = (start: number, end: number): Quote => ({ start, end, text: '', kind: 'speech', speaker: null, open: '"', close: '"', unbalanced: false, multiParagraph: false, nested: [] });

describe('tokens', () => {
  it('reads text, lowercased form and length of words, abbreviations, numbers and possessives', () => {
    const text = 'The U.S. envoy, Mr. Smith’s aide, said 3.5 million in Zürich.\n\nHe left.';
    const { tokens } = tokenize(text);
    const view = tokens.map((t) => [t.k, t.t, t.l, t.len, t.cap, t.nl]);
    expect(view).toEqual([
      ['w', 'The', 'the', 3, true, 0], ['w', 'U.S.', 'u.s', 3, true, 0], ['w', 'envoy', 'envoy', 5, false, 0], ['p', ',', ',', 1, false, 0],
      ['w', 'Mr.', 'mr', 2, true, 0], ['w', 'Smith', 'smith', 5, true, 0], ['s', '’s', '’s', 2, false, 0], ['w', 'aide', 'aide', 4, false, 0],
      ['p', ',', ',', 1, false, 0], ['w', 'said', 'said', 4, false, 0], ['n', '3.5', '3.5', 3, false, 0], ['w', 'million', 'million', 7, false, 0],
      ['w', 'in', 'in', 2, false, 0], ['w', 'Zürich', 'zürich', 6, true, 0], ['p', '.', '.', 1, false, 0], ['w', 'He', 'he', 2, true, 2],
      ['w', 'left', 'left', 4, false, 0], ['p', '.', '.', 1, false, 0],
    ]);
  });

  it('shares the strings of short words between tokens', () => {
    const { tokens } = tokenize('the cat and THE dog. The end');
    const the = tokens.filter((t) => t.l === 'the');
    expect(the).toHaveLength(3);
    expect(the[0].l).toBe(the[1].l);
    expect(the[2].t).toBe('The');
  });

  it('flags capitalised words and short h/s/t words for the fast scans', () => {
    const { tokens, flags } = tokenize('She met Putin and his team at The Hague.');
    expect(flags).toHaveLength(tokens.length);
    const flagged = (bit: number) => tokens.filter((_, i) => flags[i] & bit).map((t) => t.t);
    expect(flagged(CAP_WORD)).toEqual(['She', 'Putin', 'The', 'Hague']);
    expect(flagged(HST_WORD)).toEqual(['She', 'his', 'The']);
  });

  it('caches a word class on the token', () => {
    const { tokens } = tokenize('Minister Lavrov');
    expect(tokens[0].wc).toBeNull();
    tokens[0].wc = 'role';
    expect(tokens[0].wc).toBe('role');
    expect(tokens[1].wc).toBeNull();
  });

  it('marks the quote each token lies in', () => {
    const text = 'He said "we will win" and "never" again.';
    const { tokens } = tokenize(text, [quote(8, 21), quote(26, 33)]);
    expect(tokens.map((t) => t.q)).toEqual([-1, -1, 0, 0, 0, 0, 0, -1, 1, 1, 1, -1, -1]);
  });

  it('hashes runs of tokens like their lowercased words joined by spaces (non-ASCII: -1, "maybe")', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z .,’'-]{0,60}$/), (text) => {
        const { tokens } = tokenize(text);
        for (let i = 0; i < tokens.length; i++) {
          for (let j = i + 1; j <= Math.min(tokens.length, i + 3); j++) {
            const words = tokens.slice(i, j).map((t) => t.l);
            const h = tokensHash(tokens, i, j);
            if (h >= 0) expect(h).toBe(joinedHash(words));
            else expect(words.join(' ')).toMatch(/[^\x00-\x7f]/);
          }
        }
      }),
    );
    const { tokens } = tokenize('the State Duma’s head');
    expect(tokensHash(tokens, 1, 3)).toBe(joinedHash(['state', 'duma']));
    expect(tokensHash(tokens, 2, 4)).toBe(-1);
  });

  it('keeps offsets in bounds and text equal to the source span on any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { tokens, flags } = tokenize(text);
        expect(flags).toHaveLength(tokens.length);
        for (const t of tokens) {
          expect(t.s).toBeGreaterThanOrEqual(0);
          expect(t.e).toBeLessThanOrEqual(text.length);
          expect(t.t).toBe(text.slice(t.s, t.e));
          expect(t.l).toBe((t.k === 'w' && t.t.endsWith('.') ? t.t.slice(0, -1) : t.t).toLowerCase());
          expect(t.len).toBe(t.l.length);
        }
      }),
    );
  });
});
