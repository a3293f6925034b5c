import type { Analysis, AnalyzeOptions } from '../core/types';
import type { AnalyzeFn } from './cache';
import { PendingReplies, type AnalysisReply } from './workerProtocol';

/** The part of a browser `Worker` the client uses. */
export interface WebWorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** A browser `Worker` constructor (or a stand-in). */
export type WebWorkerConstructor = new (url: string, options?: { name?: string }) => WebWorkerLike;

/** A script turned into a `blob:` URL, and how to release it. */
export interface BlobScript {
  url: string;
  revoke(): void;
}

/** Options of {@link webWorkerAnalyzer}; the defaults are the browser's. */
export interface WebWorkerAnalyzerOptions {
  /** The Worker constructor: `globalThis.Worker` unless given (pass `undefined` for none). */
  Worker?: WebWorkerConstructor | undefined;
  /** Fetches the script as a `blob:` URL, for hosts that refuse the script's own URL. */
  scriptAsBlob?: (url: string) => Promise<BlobScript>;
  /** Loads the core, for analysing on this thread when no worker runs. */
  loadCore?: () => Promise<(text: string, options: AnalyzeOptions) => Analysis>;
  /** How long a worker may take to announce itself before the core runs here instead. */
  startTimeoutMs?: number;
}

/** Where the analysis runs: not decided yet, in a Web Worker, or on this thread. */
export type WebAnalyzerMode = 'idle' | 'worker' | 'host';

/** A Web Worker analyser. */
export interface WebWorkerAnalyzer {
  analyze: AnalyzeFn;
  /** Where the analysis runs now. */
  readonly mode: WebAnalyzerMode;
  dispose(): void;
}

interface Live {
  worker: WebWorkerLike;
  ready: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  blob: BlobScript | undefined;
}

const WORKER_NAME = 'Article Lens analysis';

async function fetchAsBlob(url: string): Promise<BlobScript> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const blobUrl = URL.createObjectURL(new Blob([await res.text()], { type: 'application/javascript' }));
  return { url: blobUrl, revoke: () => URL.revokeObjectURL(blobUrl) };
}

/**
 * An analyser that runs the core in a Web Worker loaded from `scriptUrl` (`dist/webWorker.js`), so the
 * web extension host stays responsive on large articles. If the host refuses the URL, the script is
 * loaded as a `blob:` URL. If there is no `Worker`, or the worker fails before announcing itself (or
 * within `startTimeoutMs`), the core runs on this thread from then on, waiting requests included.
 * A worker that fails later rejects its waiting requests and is restarted by the next request.
 */
export function webWorkerAnalyzer(scriptUrl: string, opts: WebWorkerAnalyzerOptions = {}): WebWorkerAnalyzer {
  const Ctor = 'Worker' in opts ? opts.Worker : (globalThis as { Worker?: WebWorkerConstructor }).Worker;
  const scriptAsBlob = opts.scriptAsBlob ?? fetchAsBlob;
  const loadCore = opts.loadCore ?? (() => import('../core/analyze').then((m) => m.analyze));
  const startTimeoutMs = opts.startTimeoutMs ?? 20_000;
  const pending = new PendingReplies();
  let core: ReturnType<typeof loadCore> | undefined;
  let live: Live | undefined;
  let starting: Promise<Live | undefined> | undefined;
  let mode: WebAnalyzerMode = 'idle';
  let disposed = false;

  const onHost = async (text: string, options: AnalyzeOptions) => (await (core ??= loadCore()))(text, options);

  const stop = (l: Live) => {
    clearTimeout(l.timer);
    l.blob?.revoke();
    l.blob = undefined;
    try {
      l.worker.terminate();
    } catch {
      /* already gone */
    }
    if (live === l) {
      live = undefined;
      starting = undefined;
    }
  };

  const failover = (l: Live) => {
    stop(l);
    mode = 'host';
    for (const w of pending.take()) onHost(w.request.text, w.request.options).then(w.resolve, w.reject);
  };

  const lost = (l: Live, message: string) => {
    if (live !== l) return;
    if (!l.ready) return failover(l);
    stop(l);
    mode = 'idle';
    pending.failAll(message);
  };

  const create = async (): Promise<{ worker: WebWorkerLike; blob?: BlobScript } | undefined> => {
    if (typeof Ctor !== 'function') return undefined;
    try {
      return { worker: new Ctor(scriptUrl, { name: WORKER_NAME }) };
    } catch {
      /* e.g. a host that cannot start workers from this URL's scheme: try the script's text */
    }
    let blob: BlobScript | undefined;
    try {
      blob = await scriptAsBlob(scriptUrl);
      return { worker: new Ctor(blob.url, { name: WORKER_NAME }), blob };
    } catch {
      blob?.revoke();
      return undefined;
    }
  };

  const start = async (): Promise<Live | undefined> => {
    const created = await create();
    if (!created || disposed) {
      if (created) created.worker.terminate();
      created?.blob?.revoke();
      mode = 'host';
      return undefined;
    }
    const l: Live = { worker: created.worker, ready: false, timer: undefined, blob: created.blob };
    live = l;
    l.timer = setTimeout(() => lost(l, 'the analysis worker did not start'), startTimeoutMs);
    l.worker.onmessage = (event) => {
      if (!l.ready) {
        l.ready = true;
        clearTimeout(l.timer);
        l.blob?.revoke();
        l.blob = undefined;
        if (live === l) mode = 'worker';
      }
      pending.settle(event?.data as AnalysisReply);
    };
    l.worker.onerror = (event) => {
      event?.preventDefault?.();
      lost(l, `the analysis worker failed: ${event?.message || 'unknown error'}`);
    };
    l.worker.onmessageerror = () => lost(l, 'a reply of the analysis worker could not be read');
    return l;
  };

  const analyze: AnalyzeFn = async (text, options, view) => {
    if (disposed) throw new Error('the analyser was disposed');
    const l = mode === 'host' ? undefined : (live ?? (await (starting ??= start())));
    if (mode === 'host' || !l) return onHost(text, options);
    if (l !== live) throw new Error('the analysis worker stopped');
    return pending.request(text, options, (request) => l.worker.postMessage(request), view);
  };

  return {
    analyze,
    get mode() {
      return mode;
    },
    dispose() {
      disposed = true;
      if (live) stop(live);
      pending.failAll('the analyser was disposed');
    },
  };
}
