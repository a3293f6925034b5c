/**
 * The message protocol of the analysis workers (Node worker thread and browser Web Worker), and the
 * bookkeeping both clients share: one request `{ id, text, options }` in, one reply `{ id, packed }`
 * (or `{ id, analysis }`) or `{ id, error }` out. A worker may announce itself with `{ id: 0 }` (no
 * request has id 0).
 */
import type { Analysis, AnalyzeOptions } from '../core/types';
import { packAnalysis, transferablesOf, unpackAnalysis, type PackedAnalysis, type Turn } from './model/packAnalysis';
import { attachPrepared, isPreparedView, prepareView, preparedTransferables, type PreparedView, type ViewOptions } from './model/prepared';
import { hostTasks } from './model/taskEmitter';
import { hostProfile } from './profile';

/** A request to a worker. */
export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
  /** When set, the worker also prepares the surfaces' data for these settings ({@link prepareView}). */
  view?: ViewOptions;
}

/** A worker's reply; `{ id: 0 }` with neither field says the worker has started. */
export interface AnalysisReply {
  id: number;
  analysis?: Analysis;
  /** The analysis packed ({@link packAnalysis}): flat arrays, read back in several short tasks. */
  packed?: PackedAnalysis;
  /** The surfaces' data, when the request asked for it. */
  prepared?: PreparedView;
  error?: string;
}

/** Unpacking on the extension host: each step in a task of its own, timed. */
const hostTurn: Turn = (fn) => hostTasks.run(() => hostProfile.time('worker reply: unpack', fn));

/** The id of the "worker started" announcement. */
export const READY_ID = 0;

/** A request waiting for its reply. */
export interface Waiting {
  request: AnalysisRequest;
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

/** Requests sent to a worker and not answered yet, by id. */
export class PendingReplies {
  private next = READY_ID + 1;
  private readonly waiting = new Map<number, Waiting>();

  /** `turn` runs each step of unpacking a reply (a task each on the extension host). */
  constructor(private readonly turn: Turn = hostTurn) {}

  /** How many requests wait for a reply. */
  get size(): number {
    return this.waiting.size;
  }

  /** Registers a new request; `send` posts it (a throw rejects the promise and unregisters it). */
  request(text: string, options: AnalyzeOptions, send: (request: AnalysisRequest) => void, view?: ViewOptions): Promise<Analysis> {
    const request: AnalysisRequest = view ? { id: this.next++, text, options, view } : { id: this.next++, text, options };
    return new Promise<Analysis>((resolve, reject) => {
      this.waiting.set(request.id, { request, resolve, reject });
      try {
        send(request);
      } catch (err) {
        this.waiting.delete(request.id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** Settles the request a reply answers; replies to no waiting request are ignored. */
  settle(reply: AnalysisReply | null | undefined): void {
    if (!reply || typeof reply.id !== 'number') return;
    const w = this.waiting.get(reply.id);
    if (!w) return;
    this.waiting.delete(reply.id);
    const prepared = isPreparedView(reply.prepared) ? reply.prepared : undefined;
    if (reply.packed) {
      unpackAnalysis(reply.packed, w.request.text, this.turn).then((a) => {
        if (prepared) attachPrepared(a, prepared);
        w.resolve(a);
      }, (err: unknown) => w.reject(err instanceof Error ? err : new Error(String(err))));
    } else if (reply.analysis) w.resolve(reply.analysis);
    else w.reject(new Error(reply.error ?? 'the analysis worker gave no result'));
  }

  /** Rejects every waiting request with `message`. */
  failAll(message: string): void {
    for (const w of this.take()) w.reject(new Error(message));
  }

  /** Removes and returns every waiting request (to answer them some other way). */
  take(): Waiting[] {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    return all;
  }
}

/** Answers one request with `analyze`; never throws, whatever the message holds. */
export function answer(analyze: (text: string, options: AnalyzeOptions) => Analysis, message: unknown): AnalysisReply {
  const m = (message ?? {}) as Partial<AnalysisRequest>;
  const id = typeof m.id === 'number' ? m.id : -1;
  try {
    if (typeof m.text !== 'string') return { id, error: 'the request holds no text' };
    return { id, analysis: analyze(m.text, m.options ?? {}) };
  } catch (err) {
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}

/** A reply and the buffers to transfer with it (not copy). */
export interface PackedReply {
  reply: AnalysisReply;
  transfer: ArrayBuffer[];
}

/**
 * {@link answer}, with the analysis packed ({@link packAnalysis}): the extension host reads it in
 * short tasks, not in one long structured-clone copy. What both workers (Node and web) post back.
 */
export function answerPacked(analyze: (text: string, options: AnalyzeOptions) => Analysis, message: unknown): PackedReply {
  const { analysis, ...reply } = answer(analyze, message);
  if (!analysis) return { reply, transfer: [] };
  const { text, view } = message as AnalysisRequest;
  try {
    const packed = packAnalysis(analysis, text);
    const prepared = isViewOptions(view) ? prepareQuietly(analysis, text, view) : undefined;
    if (!prepared) return { reply: { ...reply, packed }, transfer: transferablesOf(packed) };
    return { reply: { ...reply, packed, prepared }, transfer: [...transferablesOf(packed), ...preparedTransferables(prepared)] };
  } catch (err) {
    return { reply: { ...reply, error: err instanceof Error ? err.message : String(err) }, transfer: [] };
  }
}

function isViewOptions(v: unknown): v is ViewOptions {
  const x = v as Partial<ViewOptions> | null | undefined;
  return !!x && Array.isArray(x.layers) && typeof x.diagnostics === 'object' && x.diagnostics !== null && typeof x.outlineMaxClaims === 'number';
}

/** The prepared view, or undefined if it cannot be made (the surfaces then compute their data). */
function prepareQuietly(analysis: Analysis, text: string, view: ViewOptions): PreparedView | undefined {
  try {
    return prepareView(analysis, text, view);
  } catch {
    return undefined;
  }
}
