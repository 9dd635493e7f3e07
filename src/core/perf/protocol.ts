// Messages between the scan pool and its worker threads. Plain data only (structured clone).
import type { ScanOptions } from '../engine';
import type { FileLimits, FileOutcome, SourceText } from '../workspace/analyse';
import type { WorkspaceFile } from '../workspace/fileList';

export interface WorkerRequest {
  batch: number;
  files: WorkspaceFile[];
  limits: FileLimits;
  engine: ScanOptions;
  /**
   * Read and prefilter only: a file that needs the engine comes back `deferred`, decoded, for the pool to hand to its
   * analysing worker. Each worker that runs the engine pays its JIT warm-up (~0.4 s of CPU), so one warm worker
   * analysing for the others beats every worker warming up.
   */
  defer?: boolean;
  /** Already read and decoded (deferred by another worker), by index in `files`: only the analysis is left. */
  sources?: SourceText[];
}

/**
 * One file's outcome, by its index in the request's `files`. A UTF-8 file with nothing to report (most of them) is
 * sent as `clean`: its size, hash and mtime, without an empty result for the message to carry and copy.
 */
export type WorkerItem =
  | { index: number; outcome: FileOutcome; error?: undefined; clean?: undefined; deferred?: undefined }
  | { index: number; error: string; outcome?: undefined; clean?: undefined; deferred?: undefined }
  | { index: number; clean: CleanFile; outcome?: undefined; error?: undefined; deferred?: undefined }
  | { index: number; deferred: SourceText; outcome?: undefined; error?: undefined; clean?: undefined };

export interface CleanFile {
  bytes: number;
  hash: string;
  mtimeMs?: number;
}

/** The outcome a `clean` item stands for. */
export function cleanOutcome(rel: string, clean: CleanFile): FileOutcome {
  const outcome: FileOutcome = { status: 'scanned', result: { file: rel, findings: [], problems: [] }, bytes: clean.bytes, encoding: 'utf-8', hash: clean.hash };
  if (clean.mtimeMs !== undefined) {
    outcome.mtimeMs = clean.mtimeMs;
  }
  return outcome;
}

/** The compact form of an outcome when it has one. */
export function toWorkerItem(index: number, outcome: FileOutcome): WorkerItem {
  if (outcome.status === 'scanned' && outcome.encoding === 'utf-8' && outcome.result.findings.length === 0 && outcome.result.problems.length === 0) {
    const clean: CleanFile = { bytes: outcome.bytes, hash: outcome.hash };
    if (outcome.mtimeMs !== undefined) {
      clean.mtimeMs = outcome.mtimeMs;
    }
    return { index, clean };
  }
  return { index, outcome };
}

/** Outcomes of a batch, sent in chunks as they are ready; `done` on the last one. */
export interface WorkerResponse {
  batch: number;
  items: WorkerItem[];
  done: boolean;
}
