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
}

/** One block that took long enough to list (≥ {@link HostProfile.slowMs}). */
export interface SlowBlock {
  label: string;
  /** `performance.now()` when it started. */
  at: number;
  ms: number;
}

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
    const at = performance.now();
    try {
      return fn();
    } finally {
      this.add(label, at, performance.now() - at);
    }
  }

  /** Records a block measured elsewhere. */
  add(label: string, at: number, ms: number): void {
    let t = this.byLabel.get(label);
    if (!t) {
      t = { label, calls: 0, totalMs: 0, maxMs: 0 };
      this.byLabel.set(label, t);
    }
    t.calls++;
    t.totalMs += ms;
    if (ms > t.maxMs) t.maxMs = ms;
    if (ms >= this.slowMs && this.slowBlocks.length < MAX_SLOW) this.slowBlocks.push({ label, at, ms });
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
