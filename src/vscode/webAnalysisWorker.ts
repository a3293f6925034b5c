/**
 * The analysis Web Worker (browser, `dist/webWorker.js`, a classic script): runs the core off the web
 * extension host's thread. Announces itself with `{ id: 0 }`, then answers each `{ id, text, options }`
 * with `{ id, packed }` (the analysis as flat arrays, transferred, read by the host in short tasks) or
 * `{ id, error }`.
 */
import { analyze } from '../core/analyze';
import type { Analysis, AnalyzeOptions } from '../core/types';
import { answerPacked, READY_ID, type AnalysisReply } from './workerProtocol';

/** The part of a worker's global scope the worker uses. */
export interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(reply: AnalysisReply, transfer?: ArrayBuffer[]): void;
}

/** Serves analysis requests on `scope` (the worker's `self`; a stand-in in tests). */
export function serve(scope: WorkerScope, run: (text: string, options: AnalyzeOptions) => Analysis = analyze): void {
  scope.onmessage = (event) => {
    const { reply, transfer } = answerPacked(run, event?.data);
    scope.postMessage(reply, transfer);
  };
  scope.postMessage({ id: READY_ID });
}

const g = globalThis as { WorkerGlobalScope?: unknown; self?: unknown };
if (typeof g.WorkerGlobalScope === 'function' && g.self) serve(g.self as WorkerScope);
