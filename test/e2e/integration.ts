/**
 * Runs the extension-host test suite (out/test/index.js) inside a real VS Code (code-server opened by
 * headless Chromium, see hostRun.ts); mocha's output arrives as the page's console messages.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO, RESULTS } from './browser';
import { runInExtensionHost, stopHostRun } from './hostRun';
import { withRunLock } from './lock';

/** Must match LINE_MARK in test/integration/index.ts. */
const LINE_MARK = '[article-lens-it]';
const TIMEOUT_MS = Number(process.env.ARTICLE_LENS_IT_TIMEOUT ?? 180_000);

async function main(): Promise<number> {
  const suite = path.join(REPO, 'out', 'test', 'index.js');
  if (!fs.existsSync(suite)) throw new Error(`${suite} is missing: run "node build.mjs && node test/e2e/build.mjs" first`);
  if (!fs.existsSync(path.join(REPO, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run "node build.mjs" first');
  fs.mkdirSync(RESULTS, { recursive: true });
  const started = Date.now();
  let url = '';
  const lines: string[] = [];
  const result = await runInExtensionHost({
    suite,
    mark: LINE_MARK,
    timeoutMs: TIMEOUT_MS,
    workspacePrefix: 'article-lens-it-ws-',
    onServer: (server) => {
      url = server.url;
      console.log(`code-server ${server.url} (pid ${server.pid}) ready in ${Date.now() - started} ms`);
    },
    onConsole: (text, type) => {
      if (process.env.ARTICLE_LENS_DEBUG) console.log(`[console.${type}] ${text}`);
    },
    onLine: (line) => {
      lines.push(line);
      console.log(`  ${line}`);
    },
    onTimeout: async (page) => {
      const shot = path.join(RESULTS, 'integration-timeout.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      const visible = await page.locator('.notifications-toasts, .monaco-dialog-box').allInnerTexts().catch(() => []);
      console.error(`The extension-host suite did not finish within ${TIMEOUT_MS} ms. Screenshot: ${shot}. Visible notifications: ${JSON.stringify(visible)}`);
    },
  });
  fs.writeFileSync(path.join(RESULTS, 'integration.log'), `${lines.join('\n')}\n`);
  if (result === 'timeout') return 1;
  console.log(`Extension-host suite: exit code ${result} in ${((Date.now() - started) / 1000).toFixed(1)} s (code-server ${url})`);
  return result;
}

withRunLock('Extension-host suite', main, stopHostRun).then((code) => process.exit(code), (err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
