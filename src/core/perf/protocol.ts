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

export type WorkerResponse =
  | { batch: number; file: WorkspaceFile; outcome: FileOutcome; error?: undefined; done?: undefined }
  | { batch: number; file: WorkspaceFile; error: string; outcome?: undefined; done?: undefined }
  | { batch: number; done: true; file?: undefined; outcome?: undefined; error?: undefined };
