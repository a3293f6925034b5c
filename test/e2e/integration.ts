/**
 * Runs the extension-host test suite (out/test/index.js) inside a real VS Code: code-server with
 * the smoke-test driver, opened by headless Chromium with an extension-development payload
 * (../shared/e2e/RECIPE.md). The suite's `run()` result arrives through `codeAutomationExit`;
 * mocha's output arrives as the page's console messages.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, REPO, RESULTS } from './browser';
import { withRunLock } from './lock';
import { startCodeServer, type RunningCodeServer } from './server';

/** Must match LINE_MARK in test/integration/index.ts. */
const LINE_MARK = '[article-lens-it]';
const TIMEOUT_MS = Number(process.env.ARTICLE_LENS_IT_TIMEOUT ?? 180_000);

let cleanup: () => Promise<void> = async () => undefined;

async function main(): Promise<number> {
  const suite = path.join(REPO, 'out', 'test', 'index.js');
  if (!fs.existsSync(suite)) throw new Error(`${suite} is missing: run "node build.mjs && node test/e2e/build.mjs" first`);
  if (!fs.existsSync(path.join(REPO, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run "node build.mjs" first');
  fs.mkdirSync(RESULTS, { recursive: true });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-it-ws-'));
  const started = Date.now();
  let server: RunningCodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  cleanup = async () => {
    await browser?.close();
    await server?.stop();
  };
  try {
    server = await startCodeServer({ folder: workspace, smokeTestDriver: true, log: (l) => console.log(l) });
    console.log(`code-server ${server.url} (pid ${server.pid}) ready in ${Date.now() - started} ms`);
    browser = await launchBrowser();
    const { page } = browser;
    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationExit', (code: number) => { resolveExit(Number(code)); });
    const lines: string[] = [];
    page.on('console', (msg) => {
      const text = msg.text();
      if (process.env.ARTICLE_LENS_DEBUG) console.log(`[console.${msg.type()}] ${text}`);
      // Extension-host output reaches the page console; the suite marks its own lines.
      for (const raw of text.split('\n')) {
        const at = raw.indexOf(LINE_MARK);
        if (at < 0) continue;
        const line = raw.slice(at + LINE_MARK.length + 1);
        lines.push(line);
        console.log(`  ${line}`);
      }
    });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server!.port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(REPO)], ['extensionTestsPath', remote(suite)]];
    await page.goto(`${server.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), TIMEOUT_MS));
    const result = await Promise.race([exited, timer]);
    fs.writeFileSync(path.join(RESULTS, 'integration.log'), `${lines.join('\n')}\n`);
    if (result === 'timeout') {
      const shot = path.join(RESULTS, 'integration-timeout.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      const visible = await page.locator('.notifications-toasts, .monaco-dialog-box').allInnerTexts().catch(() => []);
      console.error(`The extension-host suite did not finish within ${TIMEOUT_MS} ms. Screenshot: ${shot}. Visible notifications: ${JSON.stringify(visible)}`);
      return 1;
    }
    console.log(`Extension-host suite: exit code ${result} in ${((Date.now() - started) / 1000).toFixed(1)} s (code-server ${server.url})`);
    return result;
  } finally {
    await browser?.close();
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

withRunLock('Extension-host suite', main, () => cleanup()).then((code) => process.exit(code), (err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
