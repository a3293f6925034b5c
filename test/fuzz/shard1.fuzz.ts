import { expect, it } from 'vitest';
import { runShard } from './run';

const CASES = Number(process.env.FUZZ_CASES ?? 55_000);

it('fuzz shard 1: mutated real articles keep every invariant', () => {
  const r = runShard(1, CASES);
  console.log(`shard 1: ${r.cases} cases, ${(r.chars / 1e6).toFixed(1)} M chars, ${(r.ms / 1000).toFixed(1)} s; slowest: ${r.slowest.map((s) => `${s.ms.toFixed(0)} ms on ${s.length} chars (${s.file})`).join(', ')}`);
  expect(r.failures).toEqual([]);
});
