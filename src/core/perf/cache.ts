// Content-hash cache: a file whose bytes, rules, config and tool version are unchanged is not analysed again,
// across rescans and restarts. Stored outside the workspace (user cache dir or the extension's storage).
// Entries hold findings as the engine produced them: messages and tokens are already masked, never raw PI.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FileScanResult } from '../model';
import { EMPTY, encodeResult, ResultDecoder, StringTableWriter, type PackedResult } from './resultCodec';

/** 2: string table and positional results (resultCodec.ts). A file of another format is simply not used. */
const FORMAT = 2;

export interface CacheKeyParts {
  /** Tool version (package.json version). */
  version: string;
  /** Anything that changes what the engine reports: rule ids and fingerprints of their definitions. */
  rules: string;
  /** The effective project configuration, serialised. */
  config: string;
}

interface CacheEntry {
  hash: string;
  /** Size and mtime when the entry was made: a match lets a rescan skip reading the file at all. */
  size?: number;
  mtimeMs?: number;
  /** Absent for a file with nothing to report (most files): an empty result is made when asked for, not kept. */
  result?: FileScanResult;
}

/**
 * The file holds one array per field rather than one object per file: 50k small objects made the parse the larger
 * part of a warm rescan. It is written as pure ASCII (other characters escaped), which reads and parses faster than
 * a UTF-8 file full of Chinese messages.
 */
interface CacheFile {
  format: number;
  key: string;
  paths: string[];
  sizes: Array<number | null>;
  mtimes: Array<number | null>;
  hashes: string[];
  results: PackedResult[];
  strings: string[];
}

export function hashContent(data: string | Uint8Array): string {
  return crypto.createHash('sha1').update(data).digest('hex');
}

/** The default cache folder: $XDG_CACHE_HOME/ai-law-lens, or ~/.cache/ai-law-lens. */
export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'ai-law-lens');
}

/** `AILAWLENS_NO_CACHE=1` turns caching off everywhere. */
export function cacheDisabledByEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.AILAWLENS_NO_CACHE;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export class ScanCache {
  private readonly file: string;
  private readonly key: string;
  /** An entry made or used in this session, or the row number of one still only in the loaded file. */
  private entries = new Map<string, CacheEntry | number>();
  private loaded: CacheFile | undefined;
  private decoder = new ResultDecoder([]);
  private dirty = false;
  hits = 0;
  misses = 0;

  /** One cache file per scanned root, named by a hash of the root path. */
  constructor(
    private readonly dir: string,
    root: string,
    parts: CacheKeyParts,
  ) {
    this.file = path.join(dir, `scan-${hashContent(path.resolve(root)).slice(0, 16)}.json`);
    this.key = hashContent(`${FORMAT}\n${parts.version}\n${parts.rules}\n${parts.config}`);
  }

  /** Loads the cache; a missing, corrupt or stale-keyed file simply starts empty. */
  load(): this {
    try {
      // latin1: the file is ASCII (see CacheFile), and a one-byte string is the cheapest to build and to parse.
      const parsed = JSON.parse(fs.readFileSync(this.file, 'latin1')) as CacheFile;
      if (parsed.format === FORMAT && parsed.key === this.key && wellFormed(parsed)) {
        const entries = new Map<string, CacheEntry | number>();
        parsed.paths.forEach((rel, row) => entries.set(rel, row));
        this.entries = entries;
        this.loaded = parsed;
        this.decoder = new ResultDecoder(parsed.strings);
      }
    } catch {
      // No cache yet, or unreadable: start empty.
    }
    return this;
  }

  /** The entry for a path, decoded from the loaded file on first use; a malformed row is dropped (a miss). */
  private entry(relPath: string): CacheEntry | undefined {
    const found = this.entries.get(relPath);
    if (typeof found !== 'number') {
      return found;
    }
    const file = this.loaded!;
    try {
      const entry: CacheEntry = {
        hash: file.hashes[found],
        size: file.sizes[found] ?? undefined,
        mtimeMs: file.mtimes[found] ?? undefined,
      };
      const packed = file.results[found];
      if (packed !== EMPTY) {
        entry.result = this.decoder.decode(relPath, packed);
      }
      this.entries.set(relPath, entry);
      return entry;
    } catch {
      this.entries.delete(relPath);
      this.dirty = true;
      return undefined;
    }
  }

  private resultOf(relPath: string): FileScanResult | undefined {
    const entry = this.entry(relPath);
    return entry && (entry.result ?? { file: relPath, findings: [], problems: [] });
  }

  /** Hash, size and mtime of an entry without decoding its result. */
  private stamp(relPath: string): { hash: string; size?: number | null; mtimeMs?: number | null } | undefined {
    const found = this.entries.get(relPath);
    if (typeof found !== 'number') {
      return found;
    }
    const file = this.loaded!;
    return { hash: file.hashes[found], size: file.sizes[found], mtimeMs: file.mtimes[found] };
  }

  get(relPath: string, hash: string): FileScanResult | undefined {
    const result = this.stamp(relPath)?.hash === hash ? this.resultOf(relPath) : undefined;
    if (result) {
      this.hits++;
    } else {
      this.misses++;
    }
    return result;
  }

  /** The cached result when the file's size and mtime are those recorded with it. */
  getByStat(relPath: string, size: number, mtimeMs: number | undefined): FileScanResult | undefined {
    const stamp = this.stamp(relPath);
    if (stamp && mtimeMs !== undefined && stamp.size === size && stamp.mtimeMs === mtimeMs) {
      const result = this.resultOf(relPath);
      if (result) {
        this.hits++;
      }
      return result;
    }
    return undefined;
  }

  /** Whether there is an entry for this path at all: a file without one needs no stat before it is read. */
  has(relPath: string): boolean {
    return this.entries.has(relPath);
  }

  /** The content hash last recorded for a file, so the analysis step can tell an untouched file after reading it. */
  knownHash(relPath: string): string | undefined {
    return this.stamp(relPath)?.hash;
  }

  set(relPath: string, hash: string, result: FileScanResult, stat?: { size: number; mtimeMs?: number }): void {
    const entry: CacheEntry = { hash, size: stat?.size, mtimeMs: stat?.mtimeMs };
    if (result.findings.length > 0 || result.problems.length > 0) {
      entry.result = result;
    }
    this.entries.set(relPath, entry);
    this.dirty = true;
  }

  /** Drops entries of files that no longer exist, so the cache does not grow without bound. */
  retainOnly(relPaths: Iterable<string>): void {
    const keep = new Set(relPaths);
    for (const rel of [...this.entries.keys()]) {
      if (!keep.has(rel)) {
        this.entries.delete(rel);
        this.dirty = true;
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Writes the same JSON as `JSON.stringify(CacheFile)` (ASCII only), a column at a time, so no string for the whole
   * file is ever built (one was once the scan's largest memory peak). The string table is complete only after the
   * results, so it comes last. At 50k files this takes ~0.2 s, mostly stringifying the results.
   */
  private writeTo(file: string): void {
    const rows: Array<[string, CacheEntry]> = [];
    for (const rel of [...this.entries.keys()]) {
      const entry = this.entry(rel);
      if (entry) {
        rows.push([rel, entry]);
      }
    }
    const table = new StringTableWriter();
    const columns: Array<[keyof CacheFile, () => unknown[]]> = [
      ['paths', () => rows.map(([rel]) => rel)],
      ['sizes', () => rows.map(([, e]) => e.size ?? null)],
      ['mtimes', () => rows.map(([, e]) => e.mtimeMs ?? null)],
      ['hashes', () => rows.map(([, e]) => e.hash)],
      ['results', () => rows.map(([, e]) => (e.result ? encodeResult(e.result, table) : EMPTY))],
      ['strings', () => table.strings],
    ];
    const fd = fs.openSync(file, 'w');
    try {
      fs.writeSync(fd, `{"format":${FORMAT},"key":${JSON.stringify(this.key)}`);
      for (const [name, values] of columns) {
        fs.writeSync(fd, `,"${name}":${asciiJson(values())}`);
      }
      fs.writeSync(fd, '}');
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Writes atomically (temp file + rename); a failure to write only costs speed next time. */
  save(): boolean {
    if (!this.dirty) {
      return true;
    }
    const tmp = `${this.file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      this.writeTo(tmp);
      fs.renameSync(tmp, this.file);
      this.dirty = false;
      return true;
    } catch {
      fs.rmSync(tmp, { force: true });
      return false;
    }
  }
}

/** Every column present, as long as the path list, with the types the reader relies on. */
function wellFormed(file: CacheFile): boolean {
  const n = Array.isArray(file.paths) ? file.paths.length : -1;
  return (
    n >= 0 &&
    [file.sizes, file.mtimes, file.hashes, file.results].every((column) => Array.isArray(column) && column.length === n) &&
    Array.isArray(file.strings) &&
    file.paths.every((p) => typeof p === 'string') &&
    file.hashes.every((h) => typeof h === 'string')
  );
}

/** JSON with every non-ASCII character escaped, so the file is pure ASCII. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Opens the cache for a scan of `root`, keyed by the tool version, the rule set and the effective config,
 * so a change to any of them starts afresh. Returns undefined when caching is turned off.
 */
export function openScanCache(options: {
  root: string;
  version: string;
  rules: readonly unknown[];
  config: unknown;
  dir?: string;
  disabled?: boolean;
  env?: NodeJS.ProcessEnv;
}): ScanCache | undefined {
  if (options.disabled || cacheDisabledByEnv(options.env)) {
    return undefined;
  }
  return new ScanCache(options.dir ?? defaultCacheDir(), options.root, {
    version: options.version,
    rules: hashContent(JSON.stringify(options.rules)),
    config: JSON.stringify(options.config ?? null),
  }).load();
}

/**
 * A stamp of the running build (size and mtime of the given bundle file), so that a rebuilt tool with the same
 * version number never trusts results cached by the previous build.
 */
export function buildStamp(bundleFile: string): string {
  try {
    const stat = fs.statSync(bundleFile);
    return `${stat.size}-${Math.round(stat.mtimeMs)}`;
  } catch {
    return 'unknown';
  }
}
