/** Timing and memory helpers for the bench. */

/** Milliseconds since an arbitrary origin, sub-millisecond resolution. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Median of a non-empty list. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` `runs` times and returns each run's duration in ms. */
export function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn();
    out.push(now() - t);
  }
  return out;
}

/** Forces a full garbage collection when node runs with --expose-gc. */
export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/** True when node was started with --expose-gc. */
export const hasGc = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';

/** MB (10^6 bytes) per second for `bytes` processed in `ms`. */
export const mbps = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

/** Formats a number with a fixed number of decimals. */
export const f = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');
