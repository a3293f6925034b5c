import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, classifyToken, FIRST_NAMES, firstNameGenderOf, makeLexicon, NOT_NAMES, PLACES, ROLE_HEADS } from '../../src/core/lexicon';
import { joinedHash, lowerHash, WordFilter } from '../../src/core/lexicon/filter';
import { tokenize } from '../../src/core/people';

describe('lexicon word filter', () => {
  it('never turns away a word it holds, in any letter case', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z.' -]{1,14}$/), { minLength: 1, maxLength: 30 }), (words) => {
        const filter = new WordFilter(words);
        for (const w of words) {
          expect(filter.maybe(lowerHash(w, 0, w.length))).toBe(true);
          const upper = w.toUpperCase();
          expect(filter.maybe(lowerHash(upper, 0, upper.length))).toBe(true);
        }
      }),
    );
  });

  it('hashes a slice of a text like the lowercased word, and answers "maybe" for non-ASCII words', () => {
    expect(lowerHash('said Minister Lavrov', 5, 13)).toBe(lowerHash('minister', 0, 8));
    expect(lowerHash('Zürich', 0, 6)).toBe(-1);
    expect(new WordFilter(['minister']).maybe(-1)).toBe(true);
  });

  it('hashes words joined by spaces like the joined string, without building it', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z.'-]{1,10}$/), { minLength: 1, maxLength: 4 }), (words) => {
        const joined = words.join(' ');
        expect(joinedHash(words)).toBe(lowerHash(joined, 0, joined.length));
      }),
    );
    expect(joinedHash(['são', 'paulo'])).toBe(-1);
  });

  it('turns away most words that are in no lexicon', () => {
    const filter = new WordFilter(PLACES);
    const probes = Array.from({ length: 2000 }, (_, i) => `zq${i.toString(36)}x`);
    const passed = probes.filter((w) => filter.maybe(lowerHash(w, 0, w.length))).length;
    expect(passed).toBeLessThan(100);
  });
});

describe('token classification through the filter', () => {
  const lex = makeLexicon();
  it('classifies lexicon words as before: roles, plural roles, places, stop words, names', () => {
    expect(classify('minister', lex)).toBe('role');
    expect(classify('ministers', lex)).toBe('role');
    expect(classify('london', lex)).toBe('geo');
    expect(classify('hampshire', lex)).toBe('place');
    expect(classify('the', lex)).toBe('stop');
    expect(classify('mr', lex)).toBe('hon');
    expect(classify('russian', lex)).toBe('geo');
    expect(classify('lavrov', lex)).toBe('name');
  });

  it('gives every token the class of its lowercased word, and first names their gender', () => {
    const text = 'Foreign Minister Sergey Lavrov told the Ministers in London and THE Kremlin, Mr. Peskov said.';
    const { tokens } = tokenize(text);
    for (const t of tokens) if (t.k === 'w') expect(classifyToken(t, lex)).toBe(classify(t.l, lex));
    const sergey = tokens.find((t) => t.t === 'Sergey');
    expect(sergey && firstNameGenderOf(sergey)).toBe(FIRST_NAMES.get('sergey'));
    expect(firstNameGenderOf(tokens[0])).toBeUndefined();
    // the answer is cached on the token
    expect(sergey && firstNameGenderOf(sergey)).toBe(FIRST_NAMES.get('sergey'));
    expect(firstNameGenderOf(tokens[0])).toBeUndefined();
    expect(ROLE_HEADS.has('minister') && NOT_NAMES.has('the')).toBe(true);
  });

  it('uses the user lexicon, uncached, when there is one', () => {
    const user = makeLexicon({ titles: ['archivist'] });
    const { tokens } = tokenize('Archivist Jane Roe spoke.');
    expect(classifyToken(tokens[0], user)).toBe('role');
    expect(classifyToken(tokens[0], lex)).toBe('name');
  });
});
