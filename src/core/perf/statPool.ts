// Parallel stat for a warm rescan. A rescan of a cached workspace is one stat per file, and on the listing thread
// those system calls (and the Stats objects they allocate) were most of its time. Tiny worker threads take the
// stats while the listing thread walks folders; sizes and mtimes come back as numbers, a batch at a time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkspaceFile } from '../workspace/fileList';
import type { StatRequest, StatResponse } from './statProtocol';

/**
 * Below this many cached files, stat'ing on the listing thread is faster than starting a thread (measured on two
 * cores: about even at 10k files, 0.60 s against 0.85 s at 50k).
 */
export const MIN_FILES_FOR_STAT_WORKERS = 15_000;

const BATCH_SIZE = 256;

/** dist/statWorker.js beside the scan worker (or beside this module), if it is there. */
export function resolveStatWorkerPath(scanWorkerPath?: string): string | undefined {
  const candidate = path.join(scanWorkerPath ? path.dirname(scanWorkerPath) : __dirname, 'statWorker.js');
  return fs.existsSync(candidate) ? candidate : undefined;
}

export class StatPool {
  private readonly workers: Worker[] = [];
  private readonly batches = new Map<number, WorkspaceFile[]>();
  private filling: WorkspaceFile[] = [];
  private nextBatch = 0;
  private closed = false;
  private settled = false;
  private readonly done: Promise<void>;
  private resolveDone!: () => void;

  /** `onStat` gets each file with `size` and `mtimeMs` filled in (size -1 when the stat failed). */
  constructor(
    workerPath: string,
    threads: number,
    private readonly onStat: (file: WorkspaceFile) => void,
  ) {
    this.done = new Promise((resolve) => {
      this.resolveDone = resolve;
    });
    for (let i = 0; i < Math.max(1, threads); i++) {
      const worker = new Worker(workerPath, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
      worker.on('message', (message: StatResponse) => this.onMessage(message));
      // A worker that fails leaves its files to this thread (statOnThisThread): a warm rescan never fails for it.
      worker.on('error', () => this.finish(true));
      worker.on('exit', () => this.finish(true));
      this.workers.push(worker);
    }
  }

  add(file: WorkspaceFile): void {
    if (this.closed || this.settled) {
      return;
    }
    this.filling.push(file);
    if (this.filling.length >= BATCH_SIZE) {
      this.send();
    }
  }

  /** No more files: resolves once every added file has been passed to `onStat` (or the pool was terminated). */
  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      if (this.filling.length > 0) {
        this.send();
      }
      this.finishIfDone();
    }
    return this.done;
  }

  /** Stops at once (cancellation); `close()` then resolves without the outstanding files. */
  terminate(): void {
    this.finish(false);
  }

  private send(): void {
    const batch = this.nextBatch++;
    const files = this.filling;
    this.filling = [];
    this.batches.set(batch, files);
    const request: StatRequest = { batch, paths: files.map((f) => f.abs) };
    this.workers[batch % this.workers.length].postMessage(request);
  }

  private onMessage(message: StatResponse): void {
    const files = this.batches.get(message.batch);
    if (this.settled || !files) {
      return;
    }
    this.batches.delete(message.batch);
    files.forEach((file, i) => {
      if (!this.settled) {
        const size = message.stats[2 * i];
        file.size = size;
        file.mtimeMs = size < 0 ? undefined : message.stats[2 * i + 1];
        this.onStat(file);
      }
    });
    this.finishIfDone();
  }

  private finishIfDone(): void {
    if (this.closed && this.batches.size === 0) {
      this.finish(false);
    }
  }

  private finish(failed: boolean): void {
    if (this.settled) {
      return;
    }
    this.settled = true;
    if (failed) {
      this.statOnThisThread();
    }
    void Promise.all(this.workers.map((w) => w.terminate())).then(() => this.resolveDone());
  }

  /** After a worker failure: every file not yet answered, and any added later, is stat'ed here instead. */
  private statOnThisThread(): void {
    const outstanding = [...[...this.batches.values()].flat(), ...this.filling];
    this.batches.clear();
    this.filling = [];
    this.add = (file) => this.statHere(file);
    for (const file of outstanding) {
      this.statHere(file);
    }
  }

  private statHere(file: WorkspaceFile): void {
    const stat = fs.statSync(file.abs, { throwIfNoEntry: false });
    file.size = stat && stat.isFile() ? stat.size : -1;
    file.mtimeMs = stat && file.size >= 0 ? stat.mtimeMs : undefined;
    this.onStat(file);
  }
}
