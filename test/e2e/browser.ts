/**
 * Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) on a code-server
 * workbench, and the small waits every flow needs: all on conditions, each with a deadline.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The repository root (this file is bundled into out/e2e/). */
export const REPO = path.resolve(__dirname, '..', '..');
/** Research material beside the repository (never copied into it). */
export const SHARED = path.resolve(REPO, '..', 'shared');
/** The seed article. */
export const SEED = path.join(SHARED, 'seed', '000_fed997a1ab6c9c49.txt');
/** Screenshots and logs of the UI flows. */
export const RESULTS = path.join(REPO, 'test', 'e2e', 'results');

/** The Chromium to drive: `$CHROMIUM`, else Debian's. */
export function chromiumPath(): string {
  const p = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(p)) throw new Error(`Chromium not found at ${p} (Debian: apt-get install -y chromium; or set CHROMIUM)`);
  return p;
}

/** A headless browser with a fresh profile and one page. */
export async function launchBrowser(viewport = { width: 1440, height: 1000 }): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls `probe` until it returns a value other than undefined/false, or throws `describe()` at the deadline. */
export async function until<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs: number, describe: () => Promise<string> | string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() > deadline) throw new Error(`${await describe()} (after ${timeoutMs} ms)`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Normalises editor text (the DOM uses U+00A0 for spaces). */
export function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/\u00a0/g, ' ');
}
