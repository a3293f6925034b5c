import { defineConfig } from 'vitest/config';

/** `npm run fuzz`: the long property run over mutated real articles (test/fuzz/*.fuzz.ts). */
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 30 * 60 * 1000,
    hookTimeout: 120 * 1000,
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
  },
});
