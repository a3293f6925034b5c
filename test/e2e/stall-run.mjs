// Builds the extension, the in-host measurement (test/e2e/stallHost.ts) and its runner, then
// measures the extension host's stalls while a 1 MB article opens: `npm run bench:editor`.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const build = spawnSync(process.execPath, ['build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', logLevel: 'warning' };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['test/e2e/stallHost.ts'], outfile: 'out/e2e/stall-host.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['test/e2e/stall.ts'], outfile: 'out/e2e/stall.js', external: ['playwright-core'] }),
]);
const run = spawnSync(process.execPath, ['out/e2e/stall.js'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
