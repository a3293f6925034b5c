// Bundles the extension-host test suite (out/test/index.js) and the runners that drive a real
// VS Code (out/e2e/*.js) with esbuild. Run after `node build.mjs` (the extension itself).
import * as esbuild from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', logLevel: 'warning' };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['test/integration/index.ts'], outfile: 'out/test/index.js', external: ['vscode', 'mocha'] }),
  esbuild.build({
    ...common,
    entryPoints: { integration: 'test/e2e/integration.ts', ui: 'test/e2e/ui.ts', electron: 'test/e2e/electron.ts' },
    outdir: 'out/e2e',
    external: ['playwright-core', '@vscode/test-electron', '@vscode/vsce', 'mocha'],
  }),
]);
