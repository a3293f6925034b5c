/**
 * The analysis worker (Node): runs the core off the extension host's thread, so a large article never
 * blocks the editor's extensions. One message in (`{ id, text, options }`), one out (`{ id, packed }`
 * or `{ id, error }`; see workerProtocol.ts).
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { answerPacked } from './workerProtocol';

parentPort?.on('message', (message: unknown) => {
  const { reply, transfer } = answerPacked(analyze, message);
  parentPort?.postMessage(reply, transfer);
});
