/**
 * The message protocol of the analysis workers (Node worker thread and browser Web Worker), and the
 * bookkeeping both clients share: one request `{ id, text, options }` in, one reply `{ id, analysis }`
 * or `{ id, error }` out. A worker may announce itself with `{ id: 0 }` (no request has id 0).
 */
import type { Analysis, AnalyzeOptions } from '../core/types';
import { hostTasks } from './model/taskEmitter';
import { hostProfile } from './profile';

/** A request to a worker. */
export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/** A worker's reply; `{ id: 0 }` with neither field says the worker has started. */
export interface AnalysisReply {
  id: number;
  analysis?: Analysis;
  /** The analysis as JSON in parts ({@link encodeAnalysis}), read in several short tasks. */
  parts?: string[];
  error?: string;
}

/** The lists of an analysis that can be long; they are sent in parts. */
const LISTS = ['claims', 'quotes', 'dates'] as const;

/**
 * The analysis as JSON texts: the analysis without its long lists, then those lists in slices of
 * `maxItems`. A structured-clone copy of a large analysis (hundreds of thousands of objects) is read
 * on the receiving thread in one block; strings are copied at once, and each part parses in a task
 * of its own ({@link decodeAnalysis}).
 */
export function encodeAnalysis(analysis: Analysis, maxItems = 500): string[] {
  const parts = [JSON.stringify({ ...analysis, claims: [], quotes: [], dates: [] })];
  for (const list of LISTS) {
    const items: readonly unknown[] = analysis[list];
    for (let i = 0; i < items.length; i += maxItems) parts.push(JSON.stringify({ list, items: items.slice(i, i + maxItems) }));
  }
  return parts;
}

/** Reads {@link encodeAnalysis}'s parts back, one per `turn` (a task each on the extension host). */
export async function decodeAnalysis(parts: readonly string[], turn: <T>(fn: () => T) => Promise<T> = (fn) => hostTasks.run(() => hostProfile.time('worker reply: parse a part', fn))): Promise<Analysis> {
  if (parts.length === 0) throw new Error('the analysis worker sent an empty reply');
  const analysis = await turn(() => JSON.parse(parts[0]) as Analysis);
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k];
    await turn(() => {
      const { list, items } = JSON.parse(part) as { list: (typeof LISTS)[number]; items: unknown[] };
      if (!LISTS.includes(list) || !Array.isArray(items)) throw new Error('the analysis worker sent a malformed part');
      const into = analysis[list] as unknown[];
      for (const item of items) into.push(item);
    });
  }
  return analysis;
}

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

  /** How many requests wait for a reply. */
  get size(): number {
    return this.waiting.size;
  }

  /** Registers a new request; `send` posts it (a throw rejects the promise and unregisters it). */
  request(text: string, options: AnalyzeOptions, send: (request: AnalysisRequest) => void): Promise<Analysis> {
    const request: AnalysisRequest = { id: this.next++, text, options };
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
    if (Array.isArray(reply.parts)) decodeAnalysis(reply.parts).then((a) => w.resolve(a), (err: unknown) => w.reject(err instanceof Error ? err : new Error(String(err))));
    else if (reply.analysis) w.resolve(reply.analysis);
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

/**
 * {@link answer}, with the analysis sent as JSON parts: the extension host reads them in short tasks,
 * not in one long structured-clone copy. What both workers (Node and web) post back.
 */
export function answerInParts(analyze: (text: string, options: AnalyzeOptions) => Analysis, message: unknown): AnalysisReply {
  const { analysis, ...reply } = answer(analyze, message);
  return analysis ? { ...reply, parts: encodeAnalysis(analysis) } : reply;
}
