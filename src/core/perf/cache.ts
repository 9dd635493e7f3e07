// Content-hash cache: a file whose bytes, rules, config and tool version are unchanged is not analysed again,
// across rescans and restarts. Stored outside the workspace (user cache dir or the extension's storage).
// Entries hold findings as the engine produced them: messages and tokens are already masked, never raw PI.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FileScanResult } from '../model';

const FORMAT = 1;

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
  result: FileScanResult;
}

interface CacheFile {
  format: number;
  key: string;
  entries: Record<string, CacheEntry>;
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
  private entries = new Map<string, CacheEntry>();
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
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as CacheFile;
      if (parsed.format === FORMAT && parsed.key === this.key && parsed.entries && typeof parsed.entries === 'object') {
        this.entries = new Map(Object.entries(parsed.entries));
      }
    } catch {
      // No cache yet, or unreadable: start empty.
    }
    return this;
  }

  get(relPath: string, hash: string): FileScanResult | undefined {
    const entry = this.entries.get(relPath);
    if (entry && entry.hash === hash) {
      this.hits++;
      return entry.result;
    }
    this.misses++;
    return undefined;
  }

  /** The cached result when the file's size and mtime are those recorded with it. */
  getByStat(relPath: string, size: number, mtimeMs: number | undefined): FileScanResult | undefined {
    const entry = this.entries.get(relPath);
    if (entry && mtimeMs !== undefined && entry.size === size && entry.mtimeMs === mtimeMs) {
      this.hits++;
      return entry.result;
    }
    return undefined;
  }

  /** The content hash last recorded for a file, so the analysis step can tell an untouched file after reading it. */
  knownHash(relPath: string): string | undefined {
    return this.entries.get(relPath)?.hash;
  }

  set(relPath: string, hash: string, result: FileScanResult, stat?: { size: number; mtimeMs?: number }): void {
    this.entries.set(relPath, { hash, result, size: stat?.size, mtimeMs: stat?.mtimeMs });
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
   * Writes the same JSON as `JSON.stringify(CacheFile)`, an entry at a time in chunks: at 50k files one giant string
   * (plus an object copy of the map) was the scan's largest memory peak.
   */
  private writeTo(file: string): void {
    const fd = fs.openSync(file, 'w');
    try {
      let chunk = `{"format":${FORMAT},"key":${JSON.stringify(this.key)},"entries":{`;
      let first = true;
      for (const [rel, entry] of this.entries) {
        chunk += `${first ? '' : ','}${JSON.stringify(rel)}:${JSON.stringify(entry)}`;
        first = false;
        if (chunk.length >= 1 << 16) {
          fs.writeSync(fd, chunk);
          chunk = '';
        }
      }
      fs.writeSync(fd, `${chunk}}}`);
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
