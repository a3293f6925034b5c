/**
 * Host-side timing of each surface (diagnostics, trees, providers…): how long each synchronous block
 * the extension runs on the extension host's thread takes. Two `performance.now()` calls per block;
 * read by the stall measurement (test/e2e/stall.ts) through the extension's API.
 */

/** Totals for one surface. */
export interface SurfaceTiming {
  label: string;
  calls: number;
  totalMs: number;
  /** The longest single block. */
  maxMs: number;
  /** The most CPU time this thread spent in one block (-1 where the runtime cannot tell). */
  maxCpuMs: number;
}

/** One block that took long enough to list (≥ {@link HostProfile.slowMs}). */
export interface SlowBlock {
  label: string;
  /** `performance.now()` when it started. */
  at: number;
  ms: number;
  /** CPU time of this thread in the block (-1 where the runtime cannot tell): less than `ms` when the OS ran other work meanwhile. */
  cpuMs: number;
}

/**
 * This thread's CPU time in ms (Node ≥ 23.9 `process.threadCpuUsage`), or undefined (browsers, older
 * Node). Tells a block that computed from one that waited for a busy machine's CPU.
 */
export const threadCpuMs: (() => number) | undefined = (() => {
  const p = (globalThis as { process?: { threadCpuUsage?: () => { user: number; system: number } } }).process;
  const usage = p?.threadCpuUsage;
  if (typeof usage !== 'function') return undefined;
  return () => {
    const u = usage.call(p);
    return (u.user + u.system) / 1000;
  };
})();

const MAX_SLOW = 500;

/** Per-surface timings since the last {@link HostProfile.reset}. */
export class HostProfile {
  private readonly byLabel = new Map<string, SurfaceTiming>();
  private slowBlocks: SlowBlock[] = [];
  private markList: { label: string; at: number }[] = [];
  /** Blocks at least this long are listed with their start time. */
  slowMs = 5;

  /** Runs `fn`, adding its duration to `label`. */
  time<T>(label: string, fn: () => T): T {
    const cpu = threadCpuMs ? threadCpuMs() : -1;
    const at = performance.now();
    try {
      return fn();
    } finally {
      const ms = performance.now() - at;
      this.add(label, at, ms, threadCpuMs ? threadCpuMs() - cpu : -1);
    }
  }

  /** Records a block measured elsewhere. */
  add(label: string, at: number, ms: number, cpuMs = -1): void {
    let t = this.byLabel.get(label);
    if (!t) {
      t = { label, calls: 0, totalMs: 0, maxMs: 0, maxCpuMs: -1 };
      this.byLabel.set(label, t);
    }
    t.calls++;
    t.totalMs += ms;
    if (ms > t.maxMs) t.maxMs = ms;
    if (cpuMs > t.maxCpuMs) t.maxCpuMs = cpuMs;
    if (ms >= this.slowMs && this.slowBlocks.length < MAX_SLOW) this.slowBlocks.push({ label, at, ms, cpuMs });
  }

  /** Notes a moment (e.g. "the worker replied"). */
  mark(label: string): void {
    if (this.markList.length < MAX_SLOW) this.markList.push({ label, at: performance.now() });
  }

  /** The marks in time order. */
  marks(): { label: string; at: number }[] {
    return [...this.markList];
  }

  /** The totals, longest block first. */
  surfaces(): SurfaceTiming[] {
    return [...this.byLabel.values()].sort((a, b) => b.maxMs - a.maxMs);
  }

  /** The slow blocks in time order. */
  slow(): SlowBlock[] {
    return [...this.slowBlocks];
  }

  reset(): void {
    this.byLabel.clear();
    this.slowBlocks = [];
    this.markList = [];
  }
}

/** The extension's profile (one per extension host). */
export const hostProfile = new HostProfile();
