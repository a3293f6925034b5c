/**
 * The adapter's model on large results: long lists in pages, the outline capped with a note, and
 * the quotes carried by claims found in one sweep (the same answer as the per-quote lookup).
 */
import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../../src/core/types';
import { buildClaimsTree } from '../../src/vscode/model/claimsTree';
import { claimOfQuote, quotesInClaims } from '../../src/vscode/model/describe';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { buildOutline } from '../../src/vscode/model/outline';
import { paginate } from '../../src/vscode/model/pages';
import { fixtureAnalysis, TEXT } from './vscode-fixture';

const lines = new LineIndex(TEXT);

/** The fixture's claims repeated `n` times (shifted copies of the same spans, so positions stay in the text). */
function many(n: number): Analysis {
  const a = fixtureAnalysis();
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const c = a.claims[i % a.claims.length];
    claims.push({ ...c, id: `c${i}`, start: c.start, end: c.end });
  }
  return { ...a, claims };
}

describe('paginate', () => {
  it('leaves short lists alone and splits long ones into labelled pages that keep every item in order', () => {
    expect(paginate([1, 2, 3], 'x#', 'Claims', null, 3)).toBeNull();
    const items = Array.from({ length: 1201 }, (_, i) => i);
    const pages = paginate(items, 'doc#', 'Claims', 'parent', 500)!;
    expect(pages.map((p) => [p.label, p.description, p.children.length])).toEqual([
      ['Claims 1–500', 'of 1,201', 500], ['Claims 501–1000', 'of 1,201', 500], ['Claims 1001–1201', 'of 1,201', 201],
    ]);
    expect(pages.flatMap((p) => p.children)).toEqual(items);
    expect(new Set(pages.map((p) => p.id)).size).toBe(3);
    expect(pages.every((p) => p.parent === 'parent' && p.kind === 'page')).toBe(true);
  });
});

describe('Claims tree with many claims', () => {
  it('pages each group\'s claims; children keep every claim, and each claim knows its page', () => {
    const a = many(1234);
    const t = buildClaimsTree(a, lines, { groupBy: 'speaker', sortBy: 'position', filter: '' }, 'doc#');
    expect(t.shown).toBe(1234);
    let total = 0;
    for (const g of t.roots) {
      if (g.kind !== 'group') throw new Error('group expected');
      total += g.children.length;
      if (g.children.length <= 500) expect(g.pages).toBeNull();
      else {
        expect(g.pages!.flatMap((p) => p.children)).toEqual(g.children);
        for (const p of g.pages!) for (const n of p.children) expect([n.page, n.parent]).toEqual([p, g]);
      }
    }
    expect(total).toBe(1234);
    expect(t.roots.some((g) => g.kind === 'group' && g.pages)).toBe(true);
  });

  it('not grouped: the rows are paged at the top; labels are the same as when built eagerly', () => {
    const a = many(700);
    const t = buildClaimsTree(a, lines, { groupBy: 'position', sortBy: 'position', filter: '' });
    expect(t.roots).toHaveLength(700);
    expect(t.rootPages!.map((p) => p.children.length)).toEqual([500, 200]);
    const small = buildClaimsTree(fixtureAnalysis(), lines, { groupBy: 'position', sortBy: 'position', filter: '' });
    const node = small.roots[0];
    if (node.kind !== 'claim') throw new Error('claim expected');
    expect(node.label).toBe(`Ilya Varenko · said: ${node.claim.text}`);
    expect(node.description).toMatch(/^Ln \d+, Col \d+$/);
    expect(node.tooltip).toContain('Ilya Varenko, Deputy Minister');
  });
});

describe('outline of many claims', () => {
  it('lists the first claims and one entry spanning the rest', () => {
    const a = many(30);
    const full = buildOutline(a);
    const capped = buildOutline(a, 10);
    expect(full.filter((o) => o.kind === 'claim')).toHaveLength(30);
    expect(capped.filter((o) => o.kind === 'claim')).toHaveLength(10);
    const note = capped.find((o) => o.name.startsWith('…'))!;
    expect(note.name).toBe('… 20 more claims (the Claims panel lists them all)');
    expect(note.start).toBeLessThanOrEqual(note.nameStart);
    expect(note.end).toBeGreaterThanOrEqual(note.nameEnd);
    expect(buildOutline(a, 30)).toEqual(full);
  });
});

describe('quotesInClaims', () => {
  it('agrees with claimOfQuote on every quote, with claims carrying, containing or missing quotes', () => {
    const a = fixtureAnalysis();
    const variants: Analysis[] = [a, { ...a, claims: [] }, { ...a, claims: a.claims.map((c) => ({ ...c, quotes: [] })) },
      { ...a, claims: a.claims.map((c) => ({ ...c, quotes: [], start: c.start + 1 })) }, { ...a, claims: [...a.claims].reverse() }];
    for (const v of variants) {
      const got = quotesInClaims(v);
      expect([...got]).toEqual(v.quotes.map((_, qi) => (claimOfQuote(v, qi) >= 0 ? 1 : 0)));
    }
  });
});
