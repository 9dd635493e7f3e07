// Worker-thread entry (bundled to dist/statWorker.js): stats batches of paths for a warm rescan (statPool.ts).
// Deliberately tiny, so it starts in milliseconds: it imports nothing from the engine.
import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { StatRequest, StatResponse } from './statProtocol';

const port = parentPort;
if (port) {
  port.on('message', (request: StatRequest) => {
    // Pairs of (size, mtimeMs); size -1 when the path could not be stat'ed (the reader will report why).
    const stats = new Float64Array(request.paths.length * 2);
    request.paths.forEach((p, i) => {
      const stat = fs.statSync(p, { throwIfNoEntry: false });
      stats[2 * i] = stat && stat.isFile() ? stat.size : -1;
      stats[2 * i + 1] = stat ? stat.mtimeMs : 0;
    });
    port.postMessage({ batch: request.batch, stats } satisfies StatResponse, [stats.buffer]);
  });
}
