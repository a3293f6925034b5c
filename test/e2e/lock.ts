/**
 * One real-VS-Code run at a time on a machine: concurrent `npm test` runs (several people or
 * agents in one checkout) would fight over CPU and over test/e2e/results/. A run waits for the
 * lock (a file holding the owner's pid; a dead owner's lock is taken over), and Ctrl+C or
 * SIGTERM still stops code-server and releases the lock.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const LOCK = path.join(os.tmpdir(), 'article-lens-vscode-run.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryTake(): number | null {
  try {
    const fd = fs.openSync(LOCK, 'wx');
    fs.writeSync(fd, String(process.pid));
    fs.closeSync(fd);
    return null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const owner = Number(fs.readFileSync(LOCK, 'utf8').trim() || 0);
    if (owner > 0 && owner !== process.pid && alive(owner)) return owner;
    fs.rmSync(LOCK, { force: true });
    return tryTake();
  }
}

/** Runs `fn` holding the machine-wide lock; `cleanup` also runs when the process is interrupted. */
export async function withRunLock<T>(what: string, fn: () => Promise<T>, cleanup: () => Promise<void>, waitMs = 20 * 60_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (let owner = tryTake(); owner !== null; owner = tryTake()) {
    if (!told) console.log(`${what}: waiting for another VS Code test run (pid ${owner}) to finish …`);
    told = true;
    if (Date.now() > deadline) throw new Error(`${what}: another VS Code test run (pid ${owner}) held ${LOCK} for ${waitMs / 60_000} minutes`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const release = () => {
    try {
      if (fs.readFileSync(LOCK, 'utf8').trim() === String(process.pid)) fs.rmSync(LOCK, { force: true });
    } catch {
      /* already gone */
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`${what}: ${signal}, stopping code-server …`);
    void cleanup().finally(() => {
      release();
      process.exit(130);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    release();
  }
}
