// Worker-thread entry (bundled to dist/scanWorker.js): analyses batches of files sent by the pool in pool.ts.
// Reads block (a worker has nothing else to do, and one blocking read is far cheaper than four async round trips);
// outcomes go back in a few messages per batch rather than one per file.
import { parentPort } from 'node:worker_threads';
import { analyseFileSync } from '../workspace/analyse';
import { toWorkerItem, type WorkerItem, type WorkerRequest, type WorkerResponse } from './protocol';

/** Longest a finished outcome waits before it is sent, so results still stream while a batch runs. */
const FLUSH_MS = 50;

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    let items: WorkerItem[] = [];
    let lastFlush = Date.now();
    const flush = (done: boolean): void => {
      port.postMessage({ batch: request.batch, items, done } satisfies WorkerResponse);
      items = [];
      lastFlush = Date.now();
    };
    request.files.forEach((file, index) => {
      try {
        items.push(toWorkerItem(index, analyseFileSync(file, request.limits, request.engine)));
      } catch (error) {
        // analyseFileSync reports its own problems; this only guards against a bug taking the whole scan down.
        items.push({ index, error: error instanceof Error ? error.message : String(error) });
      }
      if (Date.now() - lastFlush >= FLUSH_MS && index < request.files.length - 1) {
        flush(false);
      }
    });
    flush(true);
  });
}
