/**
 * The message protocol of the analysis workers (Node worker thread and browser Web Worker), and the
 * bookkeeping both clients share: one request `{ id, text, options }` in, one reply `{ id, analysis }`
 * or `{ id, error }` out. A worker may announce itself with `{ id: 0 }` (no request has id 0).
 */
import type { Analysis, AnalyzeOptions } from '../core/types';

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
  error?: string;
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
    if (reply.analysis) w.resolve(reply.analysis);
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
