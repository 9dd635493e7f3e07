// Workspace scan used by the CLI, the extension and the benchmarks: list files (fileList.ts), analyse each one
// (analyse.ts), stream each result, and total everything up. Nothing is skipped silently: size, line-length,
// encoding and I/O trouble become Problems; binary files and ignored paths are counted.
import * as path from 'node:path';
import { applyProjectConfig } from '../config/apply';
import type { ScanOptions } from '../engine';
import type { FileScanResult, Finding, ProjectConfig, Problem, ProblemKind } from '../model';
import { analyseFile, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_LINE_LENGTH, type FileLimits, type FileOutcome } from './analyse';
import { listWorkspaceFiles, type WorkspaceFile } from './fileList';

export { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_LINE_LENGTH } from './analyse';

export interface WorkspaceScanOptions {
  /** Absolute path of the scanned root; finding paths are relative to it. */
  root: string;
  /** Restrict to these paths (absolute or relative to root). */
  paths?: string[];
  config?: ProjectConfig;
  signal?: AbortSignal;
  /** Called for each file as soon as it is analysed (streaming). Also called for files skipped with a Problem. */
  onFile?: (result: FileScanResult) => void;
  /** Called once the file list is known, then after each file: drives progress bars. */
  onProgress?: (done: number, total: number) => void;
  /** Overrides `config.maxFileSize` (bytes). Default 1 MiB. */
  maxFileSize?: number;
  /** Longest line accepted, in characters. Default 20,000. */
  maxLineLength?: number;
  /** Read .gitignore files (default true). */
  useGitignore?: boolean;
  /** For suppression expiry; defaults to now. */
  now?: Date;
  /**
   * Replaces the per-file analysis step (default `analyseFile`): the seam for a content-hash cache or worker pool.
   * Must never throw.
   */
  analyse?: (file: WorkspaceFile, limits: FileLimits, engine: ScanOptions) => Promise<FileOutcome>;
}

/** Why files were not analysed. Problem kinds are reported one by one as well; the others are only counted. */
export type SkipCounts = Partial<Record<ProblemKind | 'binary' | 'ignored' | 'symlink', number>>;

export interface ScanTotals {
  filesListed: number;
  filesScanned: number;
  bytesScanned: number;
  skipped: SkipCounts;
  findings: number;
  suppressed: number;
}

export interface WorkspaceScanResult {
  root: string;
  filesScanned: number;
  bytesScanned: number;
  findings: Finding[];
  problems: Problem[];
  durationMs: number;
  totals: ScanTotals;
  /** True when the scan was stopped through `signal` before every file was analysed. */
  cancelled: boolean;
}

function byPosition(a: { file?: string; span?: { start: { line: number; character: number } } }, b: typeof a): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) {
    return fa < fb ? -1 : 1;
  }
  const la = a.span?.start.line ?? -1;
  const lb = b.span?.start.line ?? -1;
  if (la !== lb) {
    return la - lb;
  }
  return (a.span?.start.character ?? -1) - (b.span?.start.character ?? -1);
}

/** Stable order for every output: by file, position, then rule id. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => byPosition(a, b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => byPosition(a, b) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

function bump(counts: SkipCounts, key: keyof SkipCounts, by = 1): void {
  if (by > 0) {
    counts[key] = (counts[key] ?? 0) + by;
  }
}

export async function scanWorkspace(options: WorkspaceScanOptions): Promise<WorkspaceScanResult> {
  const started = Date.now();
  const root = path.resolve(options.root);
  const config = options.config;
  const listing = listWorkspaceFiles({
    root,
    paths: options.paths,
    exclude: config?.exclude,
    useGitignore: options.useGitignore,
    signal: options.signal,
  });
  const limits: FileLimits = {
    maxFileSize: options.maxFileSize ?? config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    maxLineLength: options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH,
  };
  const engine: ScanOptions = { config, now: options.now };
  const analyse = options.analyse ?? analyseFile;

  const skipped: SkipCounts = {};
  bump(skipped, 'binary', listing.skipped.binary);
  bump(skipped, 'ignored', listing.skipped.ignored);
  bump(skipped, 'symlink', listing.skipped.symlink);
  const findings: Finding[] = [];
  const problems: Problem[] = [...listing.problems];
  for (const p of listing.problems) {
    bump(skipped, p.kind);
  }
  let filesScanned = 0;
  let bytesScanned = 0;
  let done = 0;
  let cancelled = false;
  const total = listing.files.length;
  options.onProgress?.(0, total);

  for (const file of listing.files) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const outcome = await analyse(file, limits, engine);
    done++;
    if (outcome.status === 'binary') {
      bump(skipped, 'binary');
    } else {
      const result = outcome.result;
      const kept: FileScanResult = config ? { ...result, findings: applyProjectConfig(result.findings, config) } : result;
      if (outcome.status === 'scanned') {
        filesScanned++;
        bytesScanned += outcome.bytes;
      } else {
        for (const p of kept.problems) {
          bump(skipped, p.kind);
        }
      }
      findings.push(...kept.findings);
      problems.push(...kept.problems);
      options.onFile?.(kept);
    }
    options.onProgress?.(done, total);
  }
  if (options.signal?.aborted && done < total) {
    cancelled = true;
  }

  sortFindings(findings);
  sortProblems(problems);
  const suppressed = findings.filter((f) => f.suppression).length;
  return {
    root,
    filesScanned,
    bytesScanned,
    findings,
    problems,
    durationMs: Date.now() - started,
    cancelled,
    totals: {
      filesListed: total,
      filesScanned,
      bytesScanned,
      skipped,
      findings: findings.length - suppressed,
      suppressed,
    },
  };
}
