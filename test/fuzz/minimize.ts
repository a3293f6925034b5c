/**
 * Shrinks a failing fuzz case (a file written by the fuzz run) to a short text that still breaks
 * an invariant: `node` it through vitest with FUZZ_CASE=path (see probe in the README of test/fuzz).
 */
import type { AnalyzeOptions } from '../../src/core/types';
import { analyze } from '../../src/core/analyze';
import { violations } from './invariants';

/** The first broken invariant's kind (its text up to the first digit), or null when all hold. */
export function failureKind(text: string, options: AnalyzeOptions): string | null {
  try {
    const v = violations(text, analyze(text, options));
    return v.length ? v[0].replace(/\[\d+\].*$/, '').replace(/\d.*$/, '') : null;
  } catch {
    return 'throws';
  }
}

/** Greedy delta debugging over ever smaller chunks, keeping the same kind of failure. */
export function minimize(text: string, options: AnalyzeOptions = {}): string {
  const kind = failureKind(text, options);
  if (!kind) return text;
  let cur = text;
  for (let size = Math.max(1, Math.floor(cur.length / 2)); size >= 1; size = Math.floor(size / 2)) {
    for (let i = 0; i < cur.length;) {
      const next = cur.slice(0, i) + cur.slice(i + size);
      if (failureKind(next, options) === kind) cur = next;
      else i += size;
    }
  }
  return cur;
}
