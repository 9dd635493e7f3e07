// Worker-thread entry (bundled to dist/scanWorker.js): analyses batches of files sent by the pool in pool.ts.
import { parentPort } from 'node:worker_threads';
import { analyseFile } from '../workspace/analyse';
import type { WorkerRequest, WorkerResponse } from './protocol';

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    void (async () => {
      for (const file of request.files) {
        let response: WorkerResponse;
        try {
          response = { batch: request.batch, file, outcome: await analyseFile(file, request.limits, request.engine) };
        } catch (error) {
          // analyseFile reports its own problems; this only guards against a bug taking the whole scan down.
          response = { batch: request.batch, file, error: error instanceof Error ? error.message : String(error) };
        }
        port.postMessage(response);
      }
      port.postMessage({ batch: request.batch, done: true } satisfies WorkerResponse);
    })();
  });
}
