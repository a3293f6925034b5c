/**
 * Runs a bundled extension-host payload (`extensionTestsPath`) inside a real VS Code: code-server
 * with the smoke-test driver, opened by headless Chromium with an extension-development payload
 * (../shared/e2e/RECIPE.md). The payload's `run()` result arrives through `codeAutomationExit`; its
 * output arrives as the page's console messages, of which the lines it marks are handed on.
 * Shared by the extension-host suite (integration.ts) and the stall measurement (stall.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, REPO } from './browser';
import { startCodeServer, type RunningCodeServer } from './server';

export interface HostRunOptions {
  /** The bundled payload (extensionTestsPath). */
  suite: string;
  /** The prefix the payload puts on the lines meant for us. */
  mark: string;
  timeoutMs: number;
  /** Prefix of the temporary workspace folder. */
  workspacePrefix: string;
  /** One marked line, without its mark. */
  onLine(line: string): void;
  /** Every console message of the page (for debugging). */
  onConsole?(text: string, type: string): void;
  /** Called once code-server is up. */
  onServer?(server: RunningCodeServer): void;
  /** Called on a timeout while the page is still open (a screenshot, visible notifications). */
  onTimeout?(page: Page): Promise<void>;
}

let stopCurrent: () => Promise<void> = async () => undefined;

/** Closes the browser and code-server of the run under way (for the run lock's signal handler). */
export function stopHostRun(): Promise<void> {
  return stopCurrent();
}

/** The payload's exit code, or 'timeout'; the browser, code-server and workspace are gone afterwards. */
export async function runInExtensionHost(opts: HostRunOptions): Promise<number | 'timeout'> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), opts.workspacePrefix));
  let server: RunningCodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  stopCurrent = async () => {
    await browser?.close();
    await server?.stop();
  };
  try {
    server = await startCodeServer({ folder: workspace, smokeTestDriver: true, log: (l) => console.log(l) });
    opts.onServer?.(server);
    browser = await launchBrowser();
    const { page } = browser;
    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationExit', (code: number) => { resolveExit(Number(code)); });
    page.on('console', (msg) => {
      const text = msg.text();
      opts.onConsole?.(text, msg.type());
      // extension-host output reaches the page console; the payload marks its own lines
      for (const raw of text.split('\n')) {
        const at = raw.indexOf(opts.mark);
        if (at >= 0) opts.onLine(raw.slice(at + opts.mark.length + 1));
      }
    });
    const port = server.port;
    const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(REPO)], ['extensionTestsPath', remote(opts.suite)]];
    await page.goto(`${server.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), opts.timeoutMs));
    const result = await Promise.race([exited, timer]);
    if (result === 'timeout') await opts.onTimeout?.(page);
    return result;
  } finally {
    await stopCurrent();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
