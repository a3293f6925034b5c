/**
 * The long fuzz run: batches of mutated real articles (and synthetic ones) through analyze(),
 * checking every invariant and determinism. Failures do not stop the run: each failing text is
 * written to a temporary directory and reported at the end with the broken invariant.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions } from '../../src/core/types';
import { violations } from './invariants';
import { mutatedArticle, optionsArb, piecesArb } from './mutate';
import { realTexts } from './texts';

/** What a shard did. */
export interface FuzzReport {
  cases: number;
  chars: number;
  ms: number;
  failures: string[];
  slowest: { ms: number; length: number; file: string }[];
}

const BATCH = 500;

function describeFailure(text: string, options: AnalyzeOptions): string | null {
  let a;
  try {
    a = analyze(text, options);
  } catch (err) {
    return `throws: ${err instanceof Error ? err.stack?.split('\n').slice(0, 3).join(' / ') : String(err)}`;
  }
  const v = violations(text, a);
  if (v.length) return v.join('; ');
  return null;
}

/** Runs `cases` cases from `seed`; every `detEvery`-th case is analysed twice and compared. */
export function runShard(seed: number, cases: number, detEvery = 1): FuzzReport {
  const texts = realTexts();
  const arb = fc.tuple(fc.oneof({ weight: 9, arbitrary: mutatedArticle(texts, 6) }, { weight: 1, arbitrary: piecesArb }), optionsArb);
  const dir = join(tmpdir(), `article-lens-fuzz-${seed}`);
  const report: FuzzReport = { cases: 0, chars: 0, ms: 0, failures: [], slowest: [] };
  const t0 = performance.now();
  for (let b = 0; report.cases < cases; b++) {
    const batch = fc.sample(arb, { numRuns: Math.min(BATCH, cases - report.cases), seed: seed * 100_003 + b });
    for (const [text, options] of batch) {
      const n = report.cases++;
      report.chars += text.length;
      const s = performance.now();
      let why = describeFailure(text, options);
      const ms = performance.now() - s;
      if (!why && n % detEvery === 0 && JSON.stringify(analyze(text, options)) !== JSON.stringify(analyze(text, options))) why = 'not deterministic';
      const save = () => {
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `case-${n}.txt`);
        writeFileSync(file, JSON.stringify({ options, text }));
        return file;
      };
      if (why && report.failures.length < 50) report.failures.push(`${save()}: ${why}`);
      if (report.slowest.length < 3 || ms > report.slowest[2].ms) {
        report.slowest.push({ ms, length: text.length, file: '' });
        report.slowest.sort((x, y) => y.ms - x.ms);
        report.slowest.length = Math.min(3, report.slowest.length);
        if (report.slowest.some((x) => x.ms === ms)) report.slowest.find((x) => x.ms === ms)!.file = save();
      }
    }
  }
  report.ms = performance.now() - t0;
  return report;
}
