// Workspace scan used by the CLI, the extension and the benchmarks: list files (fileList.ts), analyse each one
// (analyse.ts), stream each result, and total everything up. Nothing is skipped silently: size, line-length,
// encoding and I/O trouble become Problems; binary files and ignored paths are counted.
import * as path from 'node:path';
import { applyProjectConfig } from '../config/apply';
import type { ScanOptions } from '../engine';
import type { FileScanResult, Finding, ProjectConfig, Problem, ProblemKind } from '../model';
import type { ScanCache } from '../perf/cache';
import { defaultThreads, MIN_FILES_FOR_WORKERS, resolveWorkerPath, ScanPool } from '../perf/pool';
import { SharedValues } from '../perf/share';
import { MIN_FILES_FOR_STAT_WORKERS, resolveStatWorkerPath, StatPool } from '../perf/statPool';
import { analyseFileSync, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_LINE_LENGTH, type FileLimits, type FileOutcome } from './analyse';
import { listWorkspaceFilesAsync, type WorkspaceFile } from './fileList';

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
   * Replaces the per-file analysis step (default: `analyseFileSync` in slices, or the worker pool): a seam for tests.
   * Must never throw.
   */
  analyse?: (file: WorkspaceFile, limits: FileLimits, engine: ScanOptions) => Promise<FileOutcome>;
  /** Content-hash cache: unchanged files are not analysed again. The caller loads it and the scan saves it. */
  cache?: ScanCache;
  /**
   * Worker threads for the analysis. Default: one per core when there are enough files to pay for starting
   * them; 1 keeps everything in this thread. Ignored when `analyse` is given.
   */
  threads?: number;
  /** Path of the bundled worker script (dist/scanWorker.js); defaults to the file beside the running bundle. */
  workerPath?: string;
  /** Cached files from which a rescan takes its stats in worker threads (default MIN_FILES_FOR_STAT_WORKERS). */
  minFilesForStatWorkers?: number;
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
  /** Files whose cached result was reused. */
  cacheHits?: number;
  /** Threads that analysed files (1 = this thread only). */
  threads?: number;
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

/** Size and mtime for the cache: the listing's stat, or the reader's when the listing took none. */
function statOf(file: WorkspaceFile, outcome: { bytes: number; mtimeMs?: number }): { size: number; mtimeMs?: number } {
  return file.size >= 0 ? file : { size: outcome.bytes, mtimeMs: outcome.mtimeMs };
}

/** Longest stretch of blocking reads in this thread before it lets other work in. */
const IN_THREAD_SLICE_MS = 8;

function bump(counts: SkipCounts, key: keyof SkipCounts, by = 1): void {
  if (by > 0) {
    counts[key] = (counts[key] ?? 0) + by;
  }
}

export async function scanWorkspace(options: WorkspaceScanOptions): Promise<WorkspaceScanResult> {
  const started = Date.now();
  const root = path.resolve(options.root);
  const config = options.config;

  const limits: FileLimits = {
    maxFileSize: options.maxFileSize ?? config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    maxLineLength: options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH,
  };
  const engine: ScanOptions = { config, now: options.now };
  const skipped: SkipCounts = {};
  const findings: Finding[] = [];
  const problems: Problem[] = [];
  let filesScanned = 0;
  let bytesScanned = 0;
  let done = 0;
  let cacheHits = 0;
  let cancelled = false;
  /** Known once the listing is complete. */
  let total: number | undefined = undefined;
  const cache = options.cache;
  const shared = new SharedValues();

  const keep = (result: FileScanResult): void => {
    const kept: FileScanResult = config ? { ...result, findings: applyProjectConfig(result.findings, config) } : result;
    findings.push(...kept.findings);
    problems.push(...kept.problems);
    options.onFile?.(kept);
  };
  const progress = (): void => {
    if (total !== undefined) {
      options.onProgress?.(done, total); // while listing, the total is not known yet
    }
  };
  const record = (file: WorkspaceFile, outcome: FileOutcome | { status: 'error'; error: string }): void => {
    done++;
    if (outcome.status === 'binary') {
      bump(skipped, 'binary');
    } else if (outcome.status === 'error') {
      const problem: Problem = {
        kind: 'parse-error',
        file: file.rel,
        message: { zh: '分析此文件时出现内部错误，已跳过', en: 'Internal error while analysing this file; skipped' },
      };
      bump(skipped, problem.kind);
      keep({ file: file.rel, findings: [], problems: [problem] });
    } else if (outcome.status === 'unchanged') {
      // The bytes hash to the cached entry: reuse it, and remember the new mtime for a stat-only hit next time.
      const cached = cache?.get(file.rel, outcome.hash);
      filesScanned++;
      bytesScanned += outcome.bytes;
      cacheHits++;
      if (cached) {
        cache?.set(file.rel, outcome.hash, cached, statOf(file, outcome));
        keep(cached);
      }
    } else if (outcome.status === 'scanned') {
      filesScanned++;
      bytesScanned += outcome.bytes;
      const result = shared.shareIn(outcome.result, file.rel);
      cache?.set(file.rel, outcome.hash, result, statOf(file, outcome));
      keep(result);
    } else {
      for (const p of outcome.result.problems) {
        bump(skipped, p.kind);
      }
      keep(shared.shareIn(outcome.result, file.rel));
    }
    progress();
  };

  // Worker threads start once the walk has found enough files to pay for them (or at once when asked for), and
  // take files while the walk goes on. A file whose size and mtime match the cache is not even read.
  const workerPath = options.analyse ? undefined : resolveWorkerPath(options.workerPath);
  const explicitThreads = options.threads;
  const threshold = explicitThreads !== undefined && explicitThreads > 1 ? 1 : MIN_FILES_FOR_WORKERS;
  const wantsWorkers = workerPath !== undefined && (explicitThreads === undefined || explicitThreads > 1);
  const pending: WorkspaceFile[] = [];
  let pool: ScanPool | undefined;
  /** A listed file with its size and mtime known (or -1: to be read in full). */
  const route = (file: WorkspaceFile): void => {
    const hit = file.size >= 0 ? cache?.getByStat(file.rel, file.size, file.mtimeMs) : undefined;
    if (hit) {
      filesScanned++;
      bytesScanned += file.size;
      cacheHits++;
      done++;
      keep(hit);
      progress();
      return;
    }
    const knownHash = cache?.knownHash(file.rel);
    const next = knownHash ? { ...file, knownHash } : file;
    if (pool) {
      pool.add(next);
      return;
    }
    pending.push(next);
    if (wantsWorkers && pending.length >= threshold && !options.signal?.aborted) {
      pool = new ScanPool(limits, engine, { threads: explicitThreads ?? defaultThreads(), workerPath, signal: options.signal, onOutcome: record });
      for (const f of pending) {
        pool.add(f);
      }
      pending.length = 0;
    }
  };
  // A big cached workspace: its stats are taken by tiny workers while this thread walks the folders. One core is left
  // to this thread (on two cores, one stat worker measured faster than two: 0.60 vs 0.66 s at 50k files).
  const statWorkerPath = cache && cache.size >= (options.minFilesForStatWorkers ?? MIN_FILES_FOR_STAT_WORKERS) && wantsWorkers ? resolveStatWorkerPath(workerPath) : undefined;
  const entriesBefore = cache?.size ?? 0;
  let listedWithEntry = 0;
  const statPool = statWorkerPath ? new StatPool(statWorkerPath, Math.max(1, (explicitThreads ?? defaultThreads()) - 1), route) : undefined;
  const stopStats = (): void => statPool?.terminate();
  options.signal?.addEventListener('abort', stopStats);
  const onListed = (file: WorkspaceFile): void => {
    const cached = cache?.has(file.rel) ?? false;
    listedWithEntry += cached ? 1 : 0;
    if (statPool && file.size < 0 && cached) {
      statPool.add(file);
    } else {
      route(file);
    }
  };
  const listing = await listWorkspaceFilesAsync({
    root,
    paths: options.paths,
    exclude: config?.exclude,
    useGitignore: options.useGitignore,
    signal: options.signal,
    onFile: onListed,
    // Only a cached file is compared by size and mtime; any other is read in full, and the reader takes its stat.
    needsStat: (rel) => !statPool && cache !== undefined && cache.has(rel),
  });
  if (statPool) {
    await statPool.close();
  }
  options.signal?.removeEventListener('abort', stopStats);
  total = listing.files.length;
  problems.push(...listing.problems);
  bump(skipped, 'binary', listing.skipped.binary);
  bump(skipped, 'ignored', listing.skipped.ignored);
  bump(skipped, 'symlink', listing.skipped.symlink);
  for (const p of listing.problems) {
    bump(skipped, p.kind);
  }
  options.onProgress?.(done, total);

  let usedThreads = 1;
  if (pool) {
    usedThreads = pool.threads;
    cancelled = (await pool.close()).cancelled;
  } else {
    // In this thread, files are read blocking, in slices of a few milliseconds between which progress, results and
    // cancellation get through: four async round trips per small file made a 50k-file scan ~4x slower.
    let sliceEnd = performance.now() + IN_THREAD_SLICE_MS;
    for (const file of pending) {
      if (options.signal?.aborted) {
        cancelled = true;
        break;
      }
      if (options.analyse) {
        record(file, await options.analyse(file, limits, engine));
        continue;
      }
      record(file, analyseFileSync(file, limits, engine));
      if (performance.now() >= sliceEnd) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceEnd = performance.now() + IN_THREAD_SLICE_MS;
      }
    }
  }
  if (cache && !cancelled) {
    if (listedWithEntry < entriesBefore) {
      cache.retainOnly(listing.files.map((f) => f.rel)); // some cached file was not listed again: deleted or now ignored
    }
    cache.save();
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
      cacheHits,
      threads: usedThreads,
    },
  };
}
