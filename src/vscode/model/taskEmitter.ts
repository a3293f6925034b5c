/**
 * An event emitter whose listeners each run in a task of their own, in order, so that one event
 * with many listeners (every surface refreshing on a new analysis) never holds the extension host's
 * thread for the sum of their times: the host handles its other messages and timers in between.
 */

/** A listener registration, disposable like `vscode.Disposable`. */
export interface Registration {
  dispose(): void;
}

/** Runs `fn` in a later task: `setImmediate` (Node: after pending I/O), else `setTimeout(0)` (browsers). */
export function nextTask(fn: () => void): void {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown };
  if (typeof g.setImmediate === 'function') g.setImmediate(fn);
  else setTimeout(fn, 0);
}

/**
 * A queue of jobs run one per task, in order (`nextTask` between them), so that work queued at the
 * same moment — every surface refreshing, every provider answering when an analysis arrives — lets
 * the host's timers and messages in between instead of running as one block.
 */
export class TaskQueue {
  private jobs: (() => void)[] = [];
  private head = 0;
  private scheduled = false;

  constructor(private readonly schedule: (fn: () => void) => void = nextTask) {}

  /** Queues `job`; it runs in a later task, after the jobs queued before it. */
  push(job: () => void): void {
    this.jobs.push(job);
    if (!this.scheduled) {
      this.scheduled = true;
      this.schedule(this.runOne);
    }
  }

  /** Runs `fn` in its turn and resolves with its result (rejects with its error). */
  run<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => this.push(() => {
      try {
        resolve(fn());
      } catch (err) {
        reject(err);
      }
    }));
  }

  /** Jobs not run yet. */
  get pending(): number {
    return this.jobs.length - this.head;
  }

  private readonly runOne = (): void => {
    this.scheduled = false;
    const job = this.head < this.jobs.length ? this.jobs[this.head++] : undefined;
    if (this.head >= this.jobs.length) {
      this.jobs = [];
      this.head = 0;
    }
    try {
      job?.();
    } finally {
      if (this.pending > 0 && !this.scheduled) {
        this.scheduled = true;
        this.schedule(this.runOne);
      }
    }
  };
}

/** The extension host's queue: surfaces and providers take turns in it. */
export const hostTasks = new TaskQueue();

interface Entry<T> {
  fn: (event: T) => unknown;
}

/**
 * `event` has the shape of `vscode.Event<T>`; `fire` queues one job per listener (in `queue`, the
 * host's by default) and returns at once. Jobs run one per task in the order fired, so each listener
 * sees events in order. A listener disposed before its job runs is skipped; a throwing listener does
 * not stop the others.
 */
export class TaskEmitter<T> {
  private listeners: Entry<T>[] = [];
  private disposed = false;

  constructor(
    private readonly queue: Pick<TaskQueue, 'push'> = hostTasks,
    private readonly onError: (err: unknown) => void = (err) => console.error(err),
  ) {}

  /** Registers a listener (the `vscode.Event` signature). */
  readonly event = (listener: (e: T) => unknown, thisArgs?: unknown, disposables?: Registration[]): Registration => {
    const entry: Entry<T> = { fn: thisArgs === undefined ? listener : listener.bind(thisArgs) };
    this.listeners.push(entry);
    const registration = { dispose: () => { this.listeners = this.listeners.filter((l) => l !== entry); } };
    disposables?.push(registration);
    return registration;
  };

  /** Queues `event` for every current listener. */
  fire(event: T): void {
    if (this.disposed) return;
    for (const entry of this.listeners) {
      this.queue.push(() => {
        if (this.disposed || !this.listeners.includes(entry)) return;
        try {
          entry.fn(event);
        } catch (err) {
          this.onError(err);
        }
      });
    }
  }

  /**
   * Runs every listener now, in this task (like `vscode.EventEmitter.fire`): for events whose
   * listeners read the current state rather than the event, where a late refresh would be visible.
   */
  fireNow(event: T): void {
    if (this.disposed) return;
    for (const entry of [...this.listeners]) {
      try {
        entry.fn(event);
      } catch (err) {
        this.onError(err);
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    this.listeners = [];
  }
}
