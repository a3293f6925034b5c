// Builds the extension and test/e2e/web.ts, then runs the web extension check in code-server:
// `node test/e2e/web-run.mjs` (about 30 s once code-server is cached; see test/e2e/server.ts).
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const build = spawnSync(process.execPath, ['build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await esbuild.build({
  entryPoints: ['test/e2e/web.ts'], outfile: 'out/e2e/web.js', bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', sourcemap: 'inline', logLevel: 'warning', external: ['playwright-core', '@vscode/vsce'],
});
const run = spawnSync(process.execPath, ['out/e2e/web.js'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
