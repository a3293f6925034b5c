// Bundles the extension, the CLI and (on request) the eval and bench runners with esbuild.
import * as esbuild from 'esbuild';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'node20' };

const builds = [];
if (args.has('--eval')) {
  builds.push({ ...common, platform: 'node', format: 'cjs', entryPoints: ['test/eval/main.ts'], outfile: 'dist/eval.js' });
} else if (args.has('--bench')) {
  builds.push({ ...common, platform: 'node', format: 'cjs', entryPoints: ['test/bench/main.ts'], outfile: 'dist/bench.js' });
} else {
  builds.push({ ...common, platform: 'node', format: 'cjs', entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' } });
}
await Promise.all(builds.map((b) => esbuild.build(b)));
