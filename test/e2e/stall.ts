/**
 * The editor's host-side cost of a large article, measured in a real VS Code (code-server's Node
 * extension host, as `npm run test:integration` uses): runs test/e2e/stallHost.ts as the
 * extension-host test payload and prints what it reports — the extension host's longest stall while
 * a 1 MB article opens and every surface renders, and each surface's share. Writes the figures to
 * test/e2e/results/stall.json. `npm run bench:editor` (about a minute).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, REPO, RESULTS } from './browser';
import { withRunLock } from './lock';
import { startCodeServer, type RunningCodeServer } from './server';

/** Must match STALL_MARK in stallHost.ts. */
const MARK = '[article-lens-stall]';
const TIMEOUT_MS = 300_000;

let cleanup: () => Promise<void> = async () => undefined;

async function main(): Promise<number> {
  const suite = path.join(REPO, 'out', 'e2e', 'stall-host.js');
  if (!fs.existsSync(suite)) throw new Error(`${suite} is missing: run "node test/e2e/stall-run.mjs"`);
  fs.mkdirSync(RESULTS, { recursive: true });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-stall-ws-'));
  let server: RunningCodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  cleanup = async () => {
    await browser?.close();
    await server?.stop();
  };
  try {
    server = await startCodeServer({ folder: workspace, smokeTestDriver: true, log: (l) => console.log(l) });
    browser = await launchBrowser();
    const { page } = browser;
    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationExit', (code: number) => { resolveExit(Number(code)); });
    let result: unknown;
    page.on('console', (msg) => {
      for (const raw of msg.text().split('\n')) {
        const at = raw.indexOf(MARK);
        if (at < 0) continue;
        const line = raw.slice(at + MARK.length + 1);
        if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7));
        else console.log(line);
      }
    });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server!.port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(REPO)], ['extensionTestsPath', remote(suite)]];
    await page.goto(`${server.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await Promise.race([exited, new Promise<number>((r) => setTimeout(() => r(-1), TIMEOUT_MS))]);
    if (code !== 0 || !result) {
      console.error(code === -1 ? `no result within ${TIMEOUT_MS} ms` : `the measurement failed (exit ${code})`);
      return 1;
    }
    fs.writeFileSync(path.join(RESULTS, 'stall.json'), `${JSON.stringify({ date: new Date().toISOString(), ...(result as object) }, null, 2)}\n`);
    return 0;
  } finally {
    await cleanup();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

withRunLock('Extension host stall measurement', main, () => cleanup()).then((code) => process.exit(code), (err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
