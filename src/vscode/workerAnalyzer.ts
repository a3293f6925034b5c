import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/types';
import type { AnalyzeFn } from './cache';
import { PendingReplies, type AnalysisReply } from './workerProtocol';

/**
 * An analyser that runs the core in a worker thread (`dist/worker.js`), so the extension host stays
 * responsive on large articles. Falls back to the core on this thread if the worker cannot start.
 */
export function workerAnalyzer(): { analyze: AnalyzeFn; dispose(): void } {
  let worker: Worker | undefined;
  const pending = new PendingReplies();
  const failAll = (message: string) => {
    pending.failAll(message);
    worker = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(path.join(__dirname, 'worker.js'));
    w.on('message', (reply: AnalysisReply) => pending.settle(reply));
    w.on('error', (err) => failAll(err.message));
    w.on('exit', (code) => failAll(`the analysis worker stopped (exit ${code})`));
    w.unref();
    return w;
  };
  let fallback: Promise<(text: string, options: AnalyzeOptions) => Analysis> | undefined;
  const analyze: AnalyzeFn = async (text, options, view) => {
    try {
      worker ??= start();
    } catch {
      fallback ??= import('../core/analyze').then((m) => m.analyze);
      return (await fallback)(text, options);
    }
    const w = worker;
    return pending.request(text, options, (request) => w.postMessage(request), view);
  };
  return { analyze, dispose: () => void worker?.terminate() };
}
