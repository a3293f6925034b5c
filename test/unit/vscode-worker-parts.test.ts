/** The analysis worker's reply in JSON parts: read back whole, in order, whatever the slice size. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { decodeAnalysis, encodeAnalysis, PendingReplies } from '../../src/vscode/workerProtocol';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../media/sample.article'), 'utf8');
const now = <T>(fn: () => T) => Promise.resolve().then(fn);

describe('encodeAnalysis / decodeAnalysis', () => {
  const a = analyze(SAMPLE, {});

  it('gives back the same analysis, long lists split into slices', async () => {
    expect(a.claims.length).toBeGreaterThan(3);
    for (const max of [1, 3, 1000]) {
      const parts = encodeAnalysis(a, max);
      expect(parts.length).toBe(1 + ['claims', 'quotes', 'dates'].reduce((n, k) => n + Math.ceil((a as never as Record<string, unknown[]>)[k].length / max), 0));
      expect(await decodeAnalysis(parts, now)).toEqual(a);
    }
  });

  it('reads one part per turn', async () => {
    const parts = encodeAnalysis(a, 2);
    let turns = 0;
    await decodeAnalysis(parts, (fn) => {
      turns++;
      return now(fn);
    });
    expect(turns).toBe(parts.length);
  });

  it('rejects malformed parts instead of returning a broken analysis', async () => {
    await expect(decodeAnalysis([], now)).rejects.toThrow(/empty/);
    await expect(decodeAnalysis([JSON.stringify({ claims: [] }), JSON.stringify({ list: 'officials', items: [] })], now)).rejects.toThrow(/malformed/);
    await expect(decodeAnalysis(['{'], now)).rejects.toThrow();
  });

  it('PendingReplies settles a reply in parts with the decoded analysis', async () => {
    const p = new PendingReplies();
    const got = p.request(SAMPLE, {}, (req) => queueMicrotask(() => p.settle({ id: req.id, parts: encodeAnalysis(a, 2) })));
    expect(await got).toEqual(a);
    const bad = p.request(SAMPLE, {}, (req) => queueMicrotask(() => p.settle({ id: req.id, parts: ['not json'] })));
    await expect(bad).rejects.toThrow();
  });
});
