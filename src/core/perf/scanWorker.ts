// Worker-thread entry (bundled to dist/scanWorker.js): analyses batches of files sent by the pool in pool.ts.
// Reads block (a worker has nothing else to do, and one blocking read is far cheaper than four async round trips);
// outcomes go back in a few messages per batch rather than one per file.
import { parentPort } from 'node:worker_threads';
import { analyseFileSync, analyseSource, readSourceTextSync } from '../workspace/analyse';
import { toWorkerItem, type WorkerItem, type WorkerRequest, type WorkerResponse } from './protocol';

/** One file of a request: analysed, deferred (read only), or analysed from the source another worker read. */
function handle(request: WorkerRequest, index: number): WorkerItem {
  const file = request.files[index];
  const given = request.sources?.[index];
  if (given) {
    return toWorkerItem(index, analyseSource(file, given, request.engine));
  }
  if (!request.defer) {
    return toWorkerItem(index, analyseFileSync(file, request.limits, request.engine));
  }
  const source = readSourceTextSync(file, request.limits, request.engine);
  if (source.status === 'text' && file.knownHash !== source.hash) {
    return { index, deferred: source };
  }
  return toWorkerItem(index, analyseSource(file, source, request.engine)); // quiet, unchanged, binary or skipped: no engine run
}

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
    request.files.forEach((_file, index) => {
      try {
        items.push(handle(request, index));
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
