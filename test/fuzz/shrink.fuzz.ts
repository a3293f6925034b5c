import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { violations } from './invariants';
import { minimize } from './minimize';

const CASES = (process.env.FUZZ_CASE ?? '').split(',').filter(Boolean);

/** `FUZZ_CASE=/tmp/article-lens-fuzz-1/case-42.txt npm run fuzz -- shrink`: prints a minimal failing text. */
it.skipIf(!CASES.length)('shrinks saved failing cases', () => {
  for (const f of CASES) {
    const { text, options } = JSON.parse(readFileSync(f, 'utf8'));
    const m = minimize(text, options);
    console.log(JSON.stringify(m), JSON.stringify(options), violations(m, analyze(m, options)));
  }
}, 600_000);
