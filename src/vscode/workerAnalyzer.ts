import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/types';
import type { AnalyzeFn } from './cache';

interface Reply {
  id: number;
  analysis?: Analysis;
  error?: string;
}

/**
 * An analyser that runs the core in a worker thread (`dist/worker.js`), so the extension host stays
 * responsive on large articles. Falls back to the core on this thread if the worker cannot start.
 */
export function workerAnalyzer(): { analyze: AnalyzeFn; dispose(): void } {
  let worker: Worker | undefined;
  let next = 1;
  const waiting = new Map<number, { resolve(a: Analysis): void; reject(e: Error): void }>();
  const failAll = (message: string) => {
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(path.join(__dirname, 'worker.js'));
    w.on('message', (reply: Reply) => {
      const p = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!p) return;
      if (reply.analysis) p.resolve(reply.analysis);
      else p.reject(new Error(reply.error ?? 'the analysis worker gave no result'));
    });
    w.on('error', (err) => failAll(err.message));
    w.on('exit', (code) => failAll(`the analysis worker stopped (exit ${code})`));
    w.unref();
    return w;
  };
  let fallback: Promise<(text: string, options: AnalyzeOptions) => Analysis> | undefined;
  const analyze: AnalyzeFn = async (text, options) => {
    try {
      worker ??= start();
    } catch {
      fallback ??= import('../core/analyze').then((m) => m.analyze);
      return (await fallback)(text, options);
    }
    const id = next++;
    const w = worker;
    return new Promise<Analysis>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, text, options });
    });
  };
  return { analyze, dispose: () => void worker?.terminate() };
}
