/** The analysis worker's reply packed in flat arrays: read back exactly, in turns, whatever the text. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { CLAIM_INTS, packAnalysis, transferablesOf, unpackAnalysis, type Turn } from '../../src/vscode/model/packAnalysis';
import { answerPacked, PendingReplies } from '../../src/vscode/workerProtocol';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../media/sample.article'), 'utf8');
const now: Turn = (fn) => Promise.resolve().then(fn);
const roundTrip = (a: Analysis, text: string, budgetMs?: number) => unpackAnalysis(packAnalysis(a, text), text, now, budgetMs);

describe('packAnalysis / unpackAnalysis', () => {
  const a = analyze(SAMPLE, {});

  it('gives back the very same analysis (every field, no extra or missing key)', async () => {
    expect(a.claims.length).toBeGreaterThan(3);
    expect(a.officials.some((o) => o.mentions.some((m) => m.titled === true))).toBe(true);
    expect(await roundTrip(a, SAMPLE)).toStrictEqual(a);
  });

  it('sends the texts the host can slice from its own copy as offsets only', () => {
    const p = packAnalysis(a, SAMPLE);
    const strings = (JSON.parse(p.head) as { strings: string[] }).strings;
    for (const c of a.claims) expect(strings).not.toContain(c.text);
    expect(strings).not.toContain(a.claims[0].id);
    expect(p.claims.length).toBe(a.claims.length * CLAIM_INTS);
    expect(transferablesOf(p).every((b) => b instanceof ArrayBuffer)).toBe(true);
  });

  it('keeps a span text that differs from the text at its offsets', async () => {
    const odd = structuredClone(a);
    odd.claims[0].text = 'not what the text says';
    odd.quotes[0].text = '';
    odd.officials[0].mentions[0].text = 'Someone Else';
    odd.claims[1].id = 'claim-from-elsewhere';
    expect(await roundTrip(odd, SAMPLE)).toStrictEqual(odd);
  });

  it('round-trips analyses of generated articles, even when the budget cuts every turn short', async () => {
    const words = fc.constantFrom('President', 'Anna Berzina', 'said', 'on Monday', '"we will win"', '“no comment”', 'told', 'sources', 'he', '\n\n', 'denied', '.', ',', 'that', 'in June 2024', '😀', 'e\u0301');
    await fc.assert(fc.asyncProperty(fc.array(words, { maxLength: 80 }), async (ws) => {
      const text = ws.join(' ');
      const x = analyze(text, {});
      expect(await roundTrip(x, text, 0)).toStrictEqual(x);
    }), { numRuns: 60 });
  });

  it('unpacks in several turns when there is much to unpack', async () => {
    const text = Array.from({ length: 40 }, () => SAMPLE).join('\n\n');
    const big = analyze(text, {});
    let turns = 0;
    const got = await unpackAnalysis(packAnalysis(big, text), text, (fn) => {
      turns++;
      return now(fn);
    }, 0);
    expect(got).toStrictEqual(big);
    expect(turns).toBeGreaterThan(big.claims.length / 256);
  });

  it('rejects a malformed packing instead of returning a broken analysis', async () => {
    const p = packAnalysis(a, SAMPLE);
    await expect(unpackAnalysis({ ...p, claims: p.claims.subarray(1) }, SAMPLE, now)).rejects.toThrow(/malformed/);
    await expect(unpackAnalysis({ ...p, head: '{' }, SAMPLE, now)).rejects.toThrow();
    const badString = p.claims.slice();
    badString[3] = 1e6;
    await expect(unpackAnalysis({ ...p, claims: badString }, SAMPLE, now)).rejects.toThrow(/malformed/);
    await expect(unpackAnalysis(null as never, SAMPLE, now)).rejects.toThrow(/malformed/);
  });

  it('PendingReplies settles a packed reply with the unpacked analysis of the request text', async () => {
    const p = new PendingReplies(now);
    const got = p.request(SAMPLE, {}, (req) => queueMicrotask(() => p.settle(answerPacked(analyze, req).reply)));
    expect(await got).toStrictEqual(a);
    const bad = p.request(SAMPLE, {}, (req) => queueMicrotask(() => p.settle({ id: req.id, packed: { head: 'not json' } as never })));
    await expect(bad).rejects.toThrow();
  });

  it('answerPacked lists the buffers to transfer and turns a failure into an error reply', () => {
    const ok = answerPacked(analyze, { id: 3, text: SAMPLE, options: {} });
    expect(ok.reply.id).toBe(3);
    expect(ok.transfer.length).toBe(7);
    const failed = answerPacked(() => {
      throw new Error('boom');
    }, { id: 4, text: SAMPLE, options: {} });
    expect(failed).toEqual({ reply: { id: 4, error: 'boom' }, transfer: [] });
  });
});
