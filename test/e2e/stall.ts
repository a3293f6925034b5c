/**
 * The editor's host-side cost of a large article, measured in a real VS Code (code-server's Node
 * extension host, as `npm run test:integration` uses): runs test/e2e/stallHost.ts as the
 * extension-host test payload and prints what it reports — the extension host's longest stall while
 * a 1 MB article opens and every surface renders, and each surface's share; with each stall, the
 * extension host thread's CPU time in it (a stall with little CPU waited for a busy machine or for GC
 * helper threads, not for our code); the same text opened as plain text (VS Code alone) in between.
 * Writes the figures to test/e2e/results/stall.json. `npm run bench:editor` (about a minute;
 * ARTICLE_LENS_STALL_ROUNDS=7 for more openings per run).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO, RESULTS } from './browser';
import { runInExtensionHost, stopHostRun } from './hostRun';
import { withRunLock } from './lock';

/** Must match STALL_MARK in stallHost.ts. */
const MARK = '[article-lens-stall]';
const TIMEOUT_MS = 300_000;

async function main(): Promise<number> {
  const suite = path.join(REPO, 'out', 'e2e', 'stall-host.js');
  if (!fs.existsSync(suite)) throw new Error(`${suite} is missing: run "node test/e2e/stall-run.mjs"`);
  fs.mkdirSync(RESULTS, { recursive: true });
  let result: unknown;
  const code = await runInExtensionHost({
    suite,
    mark: MARK,
    timeoutMs: TIMEOUT_MS,
    workspacePrefix: 'article-lens-stall-ws-',
    onLine: (line) => {
      if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7));
      else console.log(line);
    },
  });
  if (code !== 0 || !result) {
    console.error(code === 'timeout' ? `no result within ${TIMEOUT_MS} ms` : `the measurement failed (exit ${code})`);
    return 1;
  }
  fs.writeFileSync(path.join(RESULTS, 'stall.json'), `${JSON.stringify({ date: new Date().toISOString(), ...(result as object) }, null, 2)}\n`);
  return 0;
}

withRunLock('Extension host stall measurement', main, stopHostRun).then((code) => process.exit(code), (err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
