/**
 * The claims layer's shapes pre-pass (src/core/claims/shapes.ts) marks the few tokens each unit scan
 * reads; its candidate bits must only skip tokens no rule would use. This test runs the claims layer
 * on real news twice — once as shipped, once with every candidate bit set on every token (nothing
 * skipped) — and requires the same claims. A rule that starts reading words of a new shape without
 * adding that shape to shapes.ts fails here instead of being silently ignored.
 */
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CUE_CANDIDATE, FLAG_CANDIDATE, KEY_HEAD, PUNCT, QUOTE_MARK, QUOTED_CUE } from '../../src/core/claims/units';

const SHARED = resolve(__dirname, '../../../shared');
/** Bits that only filter: the scans test the token itself after them. IN_QUOTE is a fact, not a filter. */
const FILTER_BITS = CUE_CANDIDATE | FLAG_CANDIDATE | KEY_HEAD | PUNCT | QUOTE_MARK | QUOTED_CUE;

function texts(): string[] {
  const polnear = resolve(SHARED, 'data/polnear/dev/text');
  const tass = resolve(SHARED, 'data/tass');
  const seed = resolve(SHARED, 'seed');
  return [
    ...readdirSync(polnear).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(polnear, f), 'utf8')),
    ...readdirSync(tass).filter((f) => f.endsWith('.article')).map((f) => readFileSync(resolve(tass, f), 'utf8')),
    ...readdirSync(seed).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(seed, f), 'utf8')),
  ];
}

type Analyze = typeof import('../../src/core/analyze').analyze;
const claimsOf = (analyze: Analyze, all: string[]): string[] => all.map((t) => JSON.stringify(analyze(t).claims));

describe('claims: the shapes pre-pass', () => {
  it('skips only tokens no rule reads: the same claims with nothing skipped (PolNeAR dev, TASS, seed)', async () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(90);
    const shipped = claimsOf((await import('../../src/core/analyze')).analyze, all);
    expect(shipped.filter((c) => c !== '[]').length).toBeGreaterThan(90);

    vi.resetModules();
    let marked = 0;
    vi.doMock('../../src/core/claims/shapes', async (importOriginal) => {
      const m = await importOriginal<typeof import('../../src/core/claims/shapes')>();
      const tokenShapes: typeof m.tokenShapes = (tokens, out, starts) => {
        m.tokenShapes(tokens, out, starts);
        for (let i = 0; i < tokens.length; i++) out[i] |= FILTER_BITS;
        marked += tokens.length;
      };
      return { ...m, tokenShapes };
    });
    const unfiltered = claimsOf((await import('../../src/core/analyze')).analyze, all);
    vi.doUnmock('../../src/core/claims/shapes');
    vi.resetModules();
    expect(marked).toBeGreaterThan(50_000);
    expect(unfiltered).toEqual(shipped);
  }, 60_000);
});
