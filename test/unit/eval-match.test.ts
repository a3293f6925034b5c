import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpans, microPRF, nameKey, prf, sameName, surname, titleMatches, trimSpan } from '../eval/match';

const span = (start: number, end: number) => ({ start, end });

describe('matchSpans (greedy, one-to-one, largest overlap first)', () => {
  it('pairs the largest overlap first, even when a prediction comes earlier', () => {
    // X overlaps A by 2 and B by 8; Y overlaps A by 6. Largest first: X–B (8), then Y–A (6).
    const gold = [span(0, 10), span(10, 20)];
    const pred = [span(8, 18), span(0, 6)];
    expect(matchSpans(pred, gold).pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('uses each gold span at most once', () => {
    const m = matchSpans([span(0, 10), span(2, 8)], [span(0, 10)]);
    expect(m.pairs).toEqual([[0, 0]]);
    expect(microPRF([m])).toMatchObject({ tp: 1, predicted: 2, gold: 1, p: 0.5, r: 1 });
  });

  it('is one-to-one and pairs only overlapping spans (property)', () => {
    const arb = fc.array(fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 10 })).map(([s, n]) => span(s, s + n)), { maxLength: 12 });
    fc.assert(
      fc.property(arb, arb, (pred, gold) => {
        const { pairs } = matchSpans(pred, gold);
        expect(new Set(pairs.map(([p]) => p)).size).toBe(pairs.length);
        expect(new Set(pairs.map(([, g]) => g)).size).toBe(pairs.length);
        for (const [p, g] of pairs) expect(Math.min(pred[p].end, gold[g].end)).toBeGreaterThan(Math.max(pred[p].start, gold[g].start));
        expect(pairs.length).toBeLessThanOrEqual(Math.min(pred.length, gold.length));
      }),
    );
  });

  it('needs a shared character for an overlap match', () => {
    expect(matchSpans([span(0, 5)], [span(5, 9)]).pairs).toEqual([]);
  });
});

describe('exact matching trims whitespace and punctuation outside the quote marks', () => {
  const text = ' "We agree," he said. "No."  ';
  const quote = { start: text.indexOf('"We'), end: text.indexOf(' he') };

  it('trims spaces and a trailing comma or period, never the marks', () => {
    expect(trimSpan(text, { start: 0, end: quote.end + 1 })).toEqual({ start: quote.start, end: quote.end });
    const dotted = { start: text.indexOf('"No'), end: text.length };
    expect(text.slice(trimSpan(text, dotted).start, trimSpan(text, dotted).end)).toBe('"No."');
  });

  it('keeps every quote-mark style and symbols such as $ at the edges, trims other punctuation', () => {
    const t = ' „Nein‟, ‚ja‛ ‹oui› `so`, $12. ';
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
    for (const q of ['„Nein‟', '‚ja‛', '‹oui›', '`so`']) expect(trimSpan(t, at(q))).toEqual(at(q));
    const money = trimSpan(t, at(', $12. '));
    expect(t.slice(money.start, money.end)).toBe('$12');
  });

  it('matches spans equal after trimming and rejects a span without its marks', () => {
    expect(matchSpans([{ start: quote.start - 1, end: quote.end }], [quote], { exact: true, text }).pairs).toEqual([[0, 0]]);
    const inner = { start: quote.start + 1, end: quote.end - 1 };
    expect(matchSpans([inner], [quote], { exact: true, text }).pairs).toEqual([]);
  });
});

describe('prf', () => {
  it('is zero, not NaN, with nothing predicted or no gold', () => {
    expect(prf(0, 0, 3)).toMatchObject({ p: 0, r: 0, f1: 0 });
    expect(prf(0, 2, 0)).toMatchObject({ p: 0, r: 0, f1: 0 });
  });
});

describe('titleMatches (shared words ≥ half the longer title, first five letters, possessives dropped)', () => {
  it('matches "Russia’s leader" with "Russian leader"', () => {
    expect(titleMatches('Russia’s leader', 'Russian leader')).toBe(true);
    expect(titleMatches("Russia's leader", 'Russian leader')).toBe(true);
  });
  it('accepts half the words of the longer title and no fewer', () => {
    expect(titleMatches('Secretary of State', 'US Secretary of State')).toBe(true);
    expect(titleMatches('President', 'US President')).toBe(true);
    expect(titleMatches('spokesman', 'Kremlin press secretary')).toBe(false);
    expect(titleMatches('Foreign Minister', 'Russian Emergencies Minister')).toBe(false);
  });
  it('counts a repeated word once per occurrence', () => {
    expect(titleMatches('minister minister minister', 'Prime Minister')).toBe(false);
  });
  it('is wrong for a missing title', () => {
    expect(titleMatches(null, 'US President')).toBe(false);
    expect(titleMatches('', 'US President')).toBe(false);
  });
});

describe('names', () => {
  it('finds the surname without a possessive', () => {
    expect(surname('Vladimir Putin’s')).toBe('putin');
    expect(surname('Pham Minh Chinh')).toBe('chinh');
  });
  it('agrees when equal or when one name ends the other', () => {
    expect(sameName('Putin', 'Vladimir Putin')).toBe(true);
    expect(sameName('Foreign Ministry', 'Russian Foreign Ministry')).toBe(true);
    expect(sameName('Vladimir Putin', 'Joe Biden')).toBe(false);
    expect(sameName('Vladimir', 'Vladimir Putin')).toBe(false);
    expect(sameName(null, null)).toBe(true);
    expect(sameName('Putin', null)).toBe(false);
  });
  it('keys names by words, case and apostrophe style ignored', () => {
    expect(nameKey("Russia's Ambassador")).toBe(nameKey('russia’s  ambassador'));
  });
});
