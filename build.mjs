// Bundles the extension (Node and browser), the CLI and (on request) the eval, bench and start runners with esbuild.
// `--production` minifies and drops source maps (used by `vscode:prepublish`).
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'node20' };
const extension = { ...common, external: ['vscode'], format: 'cjs' };

const builds = [];
if (args.has('--eval')) {
  builds.push({ ...common, platform: 'node', format: 'cjs', entryPoints: ['test/eval/main.ts'], outfile: 'dist/eval.js' });
} else if (args.has('--bench')) {
  builds.push({ ...common, platform: 'node', format: 'cjs', entryPoints: ['test/bench/main.ts'], outfile: 'dist/bench.js' });
} else if (args.has('--start')) {
  builds.push({ ...common, platform: 'node', format: 'cjs', entryPoints: ['test/e2e/start.ts'], outfile: 'dist/start.js' });
} else {
  builds.push({ ...extension, platform: 'node', entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js' });
  builds.push({ ...extension, platform: 'node', entryPoints: ['src/vscode/analysisWorker.ts'], outfile: 'dist/worker.js' });
  builds.push({ ...extension, platform: 'browser', target: 'es2022', entryPoints: ['src/vscode/browser.ts'], outfile: 'dist/browser.js' });
  builds.push({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/vscode/webAnalysisWorker.ts'], outfile: 'dist/webWorker.js' });
  if (existsSync('src/cli/main.ts')) {
    builds.push({ ...common, platform: 'node', format: 'cjs', entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js',
      banner: { js: '#!/usr/bin/env node' } });
  }
}
await Promise.all(builds.map((b) => esbuild.build(b)));
