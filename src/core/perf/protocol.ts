// Messages between the scan pool and its worker threads. Plain data only (structured clone).
import type { ScanOptions } from '../engine';
import type { FileLimits, FileOutcome } from '../workspace/analyse';
import type { WorkspaceFile } from '../workspace/fileList';

export interface WorkerRequest {
  batch: number;
  files: WorkspaceFile[];
  limits: FileLimits;
  engine: ScanOptions;
}

/** One file's outcome, by its index in the request's `files`. */
export type WorkerItem = { index: number; outcome: FileOutcome; error?: undefined } | { index: number; error: string; outcome?: undefined };

/** Outcomes of a batch, sent in chunks as they are ready; `done` on the last one. */
export interface WorkerResponse {
  batch: number;
  items: WorkerItem[];
  done: boolean;
}
