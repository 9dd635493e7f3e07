// Full-scan parallelism: files are analysed in worker threads, in small batches, and each outcome is streamed
// back as soon as it is ready. Aborting the signal terminates the workers at once.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ScanOptions } from '../engine';
import type { FileLimits, FileOutcome, SourceText } from '../workspace/analyse';
import type { WorkspaceFile } from '../workspace/fileList';
import { cleanOutcome, type WorkerRequest, type WorkerResponse } from './protocol';

export interface PoolOptions {
  threads?: number;
  /** Files per message; small enough to balance load, large enough to amortise messaging. */
  batchSize?: number;
  signal?: AbortSignal;
  /** Path of the bundled worker script; defaults to scanWorker.js beside this module. */
  workerPath?: string;
  onOutcome: (file: WorkspaceFile, outcome: FileOutcome | { status: 'error'; error: string }) => void;
  /**
   * Files decoded and waiting for the analysing worker at which the others stop deferring and analyse their own for
   * the rest of the scan (default DEFER_BACKLOG_FILES; 0 turns deferring off).
   */
  deferBacklog?: number;
  /** Files the analysing worker is given before a backlog counts (default DEFER_PATIENCE_FILES). */
  deferPatience?: number;
}

/**
 * Young-generation limit per worker. V8's default lets each worker's young heap grow to ~48 MB; a scan's garbage is
 * short-lived and small per file, so 8 MB costs no speed (measured at 50k files) and saves ~25 MB of RSS per worker.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

const BATCHES_IN_FLIGHT = 2;

/**
 * With two or more workers, the first one runs the engine and the others only read and prefilter, deferring the
 * files that need analysis to it: the engine's JIT warm-up (~0.4 s of CPU per worker, more than all the analysis of a
 * 10k-file workspace once warm) is then paid once. The first time the warm analysing worker falls this far behind (a
 * workspace where most files need the engine, as in most real code), the others stop deferring for the rest of the
 * scan and analyse their own files: one thread must not become the bottleneck, and once a worker has started
 * analysing, its warm-up is being paid anyway.
 */
const DEFER_BACKLOG_FILES = 512;
/**
 * A backlog while the analysing worker is still warming up says nothing: its first thousand files take ~4x as long as
 * later ones. It counts once this many files have been handed to it (the byte limit applies from the start).
 */
const DEFER_PATIENCE_FILES = 3000;
/** The same limit in bytes of decoded text held for the analysing worker (it bounds the memory deferring costs). */
const DEFER_BACKLOG_BYTES = 4 << 20;

/**
 * Files per batch. Most files take ~0.1 ms, so 32 is still a few milliseconds of work (fine-grained enough to
 * balance the threads at the end), with half the messages of 16.
 */
const DEFAULT_BATCH_SIZE = 32;

/** Below this many files, starting threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 400;

export function defaultThreads(): number {
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cpus, 8));
}

export function resolveWorkerPath(explicit?: string): string | undefined {
  const candidate = explicit ?? path.join(__dirname, 'scanWorker.js');
  return fs.existsSync(candidate) ? candidate : undefined;
}

/**
 * Worker threads that take files while the listing is still running: the workers boot, and analyse the first
 * batches, during the rest of the walk instead of after it. `add` files, then `close()`; it resolves when every file
 * is done or the scan was cancelled. Aborting the signal terminates the workers at once.
 */
export class ScanPool {
  private readonly workers: Worker[] = [];
  /** Listed files not yet sent, in batches. */
  private readonly pending: WorkspaceFile[][] = [];
  private filling: WorkspaceFile[] = [];
  /** Files read by one worker and waiting for the analysing one, with their decoded text. */
  private readonly deferred: Array<{ file: WorkspaceFile; source: SourceText }> = [];
  private deferredBytes = 0;
  /** Batches sent and not yet done, by id. */
  private readonly sent = new Map<number, WorkspaceFile[]>();
  private readonly inFlight = new Map<Worker, number>();
  private readonly batchSize: number;
  private readonly deferBacklog: number;
  private nextId = 0;
  private deferredTotal = 0;
  /** Off for good once the analysing worker has fallen behind. */
  private deferring = true;
  private readonly deferPatience: number;
  private closed = false;
  private settled = false;
  private readonly result: Promise<{ cancelled: boolean }>;
  private resolveResult!: (value: { cancelled: boolean }) => void;
  private rejectResult!: (error: Error) => void;
  private readonly onAbort = (): void => this.finish({ cancelled: true });

  constructor(
    private readonly limits: FileLimits,
    private readonly engine: ScanOptions,
    private readonly options: PoolOptions,
  ) {
    const workerPath = resolveWorkerPath(options.workerPath);
    if (!workerPath) {
      throw new Error('scan worker script not found');
    }
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    this.deferBacklog = Math.max(0, options.deferBacklog ?? DEFER_BACKLOG_FILES);
    this.deferPatience = Math.max(0, options.deferPatience ?? DEFER_PATIENCE_FILES);
    this.result = new Promise((resolve, reject) => {
      this.resolveResult = resolve;
      this.rejectResult = reject;
    });
    if (options.signal?.aborted) {
      this.finish({ cancelled: true });
      return;
    }
    options.signal?.addEventListener('abort', this.onAbort);
    const threads = Math.max(1, options.threads ?? defaultThreads());
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(workerPath, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      this.workers.push(worker);
      this.inFlight.set(worker, 0);
      worker.on('message', (message: WorkerResponse) => this.onMessage(worker, message));
      worker.on('error', (error) => this.finish(error));
      worker.on('exit', (code) => {
        if (!this.settled) {
          this.finish(new Error(`scan worker exited unexpectedly (code ${code})`));
        }
      });
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Files one worker read and another analysed. */
  get deferredFiles(): number {
    return this.deferredTotal;
  }

  add(file: WorkspaceFile): void {
    if (this.closed || this.settled) {
      return;
    }
    this.filling.push(file);
    if (this.filling.length >= this.batchSize) {
      this.pending.push(this.filling);
      this.filling = [];
      this.pump();
    }
  }

  /** No more files. Resolves when all added files are analysed, or the scan was cancelled. */
  close(): Promise<{ cancelled: boolean }> {
    if (!this.closed) {
      this.closed = true;
      if (this.filling.length > 0) {
        this.pending.push(this.filling);
        this.filling = [];
      }
      this.pump();
      this.finishIfDone();
    }
    return this.result;
  }

  /**
   * Gives each worker up to two batches: while the main thread handles one batch's results, the worker is already on
   * the next instead of waiting for it (profiles showed ~15% of worker time idle with one).
   */
  private pump(): void {
    const analyser = this.workers.length >= 2 && this.deferBacklog > 0 ? this.workers[0] : undefined;
    for (const worker of this.workers) {
      while (!this.settled && (this.inFlight.get(worker) ?? 0) < BATCHES_IN_FLIGHT) {
        const request = worker === analyser ? this.analyserWork() : this.readerWork(analyser !== undefined);
        if (!request) {
          break;
        }
        this.inFlight.set(worker, (this.inFlight.get(worker) ?? 0) + 1);
        worker.postMessage(request);
      }
    }
  }

  /** Deferred files first, then files to read and analyse. */
  private analyserWork(): WorkerRequest | undefined {
    return this.deferred.length > 0 ? this.analysisRequest() : this.readRequest(false);
  }

  /**
   * Files to read, deferring the analysis while the analysing worker keeps up. With nothing left to read, a deep
   * deferred queue is shared out too, rather than leaving this worker idle at the end of the scan.
   */
  private readerWork(hasAnalyser: boolean): WorkerRequest | undefined {
    if (this.pending.length > 0) {
      // Files handed out for analysis: every deferred file that is no longer waiting.
      const handedOut = this.deferredTotal - this.deferred.length;
      const behind = this.deferred.length >= this.deferBacklog && handedOut >= this.deferPatience;
      if (behind || this.deferredBytes >= DEFER_BACKLOG_BYTES) {
        this.deferring = false;
      }
      return this.readRequest(hasAnalyser && this.deferring);
    }
    return this.closed && this.deferred.length > 2 * this.batchSize ? this.analysisRequest() : undefined;
  }

  private readRequest(defer: boolean): WorkerRequest | undefined {
    const files = this.pending.shift();
    if (!files) {
      return undefined;
    }
    const batch = this.nextId++;
    this.sent.set(batch, files);
    return { batch, files, limits: this.limits, engine: this.engine, defer };
  }

  private analysisRequest(): WorkerRequest {
    const taken = this.deferred.splice(0, this.batchSize);
    const batch = this.nextId++;
    const files = taken.map((d) => d.file);
    const sources = taken.map((d) => d.source);
    for (const source of sources) {
      this.deferredBytes -= source.bytes;
    }
    this.sent.set(batch, files);
    return { batch, files, sources, limits: this.limits, engine: this.engine };
  }

  private onMessage(worker: Worker, message: WorkerResponse): void {
    if (this.settled) {
      return;
    }
    const files = this.sent.get(message.batch) ?? [];
    let deferred = false;
    for (const item of message.items) {
      const file = files[item.index];
      if (item.deferred) {
        this.deferred.push({ file, source: item.deferred });
        this.deferredBytes += item.deferred.bytes;
        this.deferredTotal++;
        deferred = true;
        continue;
      }
      this.options.onOutcome(file, item.clean ? cleanOutcome(file.rel, item.clean) : (item.outcome ?? { status: 'error', error: item.error ?? 'unknown error' }));
      if (this.settled) {
        return; // the consumer aborted the scan from its callback
      }
    }
    if (message.done) {
      this.sent.delete(message.batch);
      this.inFlight.set(worker, (this.inFlight.get(worker) ?? 1) - 1);
    }
    if (message.done || deferred) {
      this.pump();
      this.finishIfDone();
    }
  }

  private finishIfDone(): void {
    if (this.closed && this.pending.length === 0 && this.deferred.length === 0 && [...this.inFlight.values()].every((n) => n === 0)) {
      this.finish({ cancelled: false });
    }
  }

  private finish(result: { cancelled: boolean } | Error): void {
    if (this.settled) {
      return;
    }
    this.settled = true;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    void Promise.all(this.workers.map((w) => w.terminate())).then(() => (result instanceof Error ? this.rejectResult(result) : this.resolveResult(result)));
  }
}
