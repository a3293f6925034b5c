/**
 * The analysis worker (Node): runs the core off the extension host's thread, so a large article never
 * blocks the editor's extensions. One message in (`{ id, text, options }`), one out (`{ id, parts }`
 * or `{ id, error }`).
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { AnalyzeOptions } from '../core/types';
import { encodeAnalysis } from './workerProtocol';

interface Request {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

parentPort?.on('message', ({ id, text, options }: Request) => {
  try {
    // As JSON parts: the extension host reads them in short tasks, not one long structured-clone copy.
    parentPort?.postMessage({ id, parts: encodeAnalysis(analyze(text, options)) });
  } catch (err) {
    parentPort?.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
