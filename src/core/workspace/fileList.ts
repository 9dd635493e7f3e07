// Step 1 of a workspace scan: decide WHICH files to analyse. Kept separate from the analysis step so that a cache
// or a worker pool can sit between the two. Honours nested .gitignore files, default vendor folders, project
// `exclude` globs, and never follows a symlink out of the root or round a loop.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Problem } from '../model';
import { isKnownBinaryPath } from './binary';
import { toPosix } from './paths';

/** Folders that hold someone else's code or tool state; never worth scanning. */
export const DEFAULT_SKIPPED_DIRS: readonly string[] = [
  '.git',
  '.hg',
  '.svn',
  '.ailawlens',
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  '.venv',
  'venv',
  'site-packages',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.gradle',
  '.idea',
  '.next',
  '.nuxt',
  '.turbo',
  '.cache',
];

export interface WorkspaceFile {
  /** Absolute path as found (may be a symlink inside the root). */
  abs: string;
  /** Root-relative POSIX path; the file name the findings carry. */
  rel: string;
  /** From the listing's stat; -1 when the listing was told not to stat this file (the reader learns it instead). */
  size: number;
  /** Modification time from the listing's stat: lets a warm rescan skip reading unchanged files. */
  mtimeMs?: number;
  /** Content hash from the cache, when known: the analysis step skips a file whose bytes still hash to it. */
  knownHash?: string;
}

/** Counted but not reported one by one: binary files and links we chose not to follow. */
export type QuietSkipReason = 'binary' | 'ignored' | 'symlink';

export interface FileListing {
  files: WorkspaceFile[];
  problems: Problem[];
  skipped: Record<QuietSkipReason, number>;
}

export interface ListOptions {
  root: string;
  /** Restrict to these paths (absolute or relative to root). Explicit FILES are listed even if gitignored. */
  paths?: string[];
  /** Gitignore-style globs relative to the root (project config `exclude`). */
  exclude?: string[];
  /** Read .gitignore files (default true). */
  useGitignore?: boolean;
  signal?: AbortSignal;
  /** Called for each file as soon as it is listed (in listing order), so a scan can start on it during the walk. */
  onFile?: (file: WorkspaceFile) => void;
  /**
   * Whether a walked file needs its size and mtime now (default: always). A cold scan reads every file anyway and
   * can take both from the open file, which saves one system call per file on the listing thread.
   */
  needsStat?: (rel: string) => boolean;
}

interface IgnoreLayer {
  /** Root-relative POSIX dir of the .gitignore ('' for the root). */
  base: string;
  rules: Ignore;
}

function readIgnoreFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Git semantics: the deepest .gitignore with an opinion wins (so `!keep.py` in a subfolder re-includes). */
function isIgnoredByLayers(layers: readonly IgnoreLayer[], rel: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    const local = layer.base === '' ? rel : rel.slice(layer.base.length + 1);
    if (local === '' || local.startsWith('..')) {
      continue;
    }
    const verdict = layer.rules.test(isDir ? `${local}/` : local);
    if (verdict.ignored) {
      return true;
    }
    if (verdict.unignored) {
      return false;
    }
  }
  return false;
}

function ioProblem(rel: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
  return {
    kind: 'io-error',
    file: rel,
    message: {
      zh: `无法读取（${code}），已跳过`,
      en: `Could not be read (${code}); skipped`,
    },
  };
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

class Lister {
  readonly listing: FileListing = { files: [], problems: [], skipped: { binary: 0, ignored: 0, symlink: 0 } };
  private readonly seenDirs = new Set<string>();
  private readonly seenFiles = new Set<string>();
  private readonly realRoot: string;
  private readonly exclude: Ignore;
  private readonly hasExclude: boolean;
  /** `root/`, when the root is already absolute and normalised (otherwise never matches, and rel() resolves). */
  private readonly rootPrefix: string;

  constructor(private readonly options: ListOptions) {
    this.realRoot = safeRealpath(options.root) ?? options.root;
    this.exclude = ignore().add(options.exclude ?? []);
    this.hasExclude = (options.exclude ?? []).length > 0;
    this.rootPrefix = path.resolve(options.root) === options.root ? path.join(options.root, path.sep) : '\u0000';
  }

  private rel(abs: string): string {
    // Fast path for paths built below the root (every walked entry): a slice, not path.relative's resolve.
    const prefix = this.rootPrefix;
    if (abs.length > prefix.length && abs.startsWith(prefix)) {
      const rel = abs.slice(prefix.length);
      return path.sep === '/' ? rel : toPosix(rel);
    }
    return toPosix(path.relative(this.options.root, abs));
  }

  private excluded(rel: string, isDir: boolean): boolean {
    return this.hasExclude && rel !== '' && this.exclude.ignores(isDir ? `${rel}/` : rel);
  }

  rootLayers(): IgnoreLayer[] {
    if (this.options.useGitignore === false) {
      return [];
    }
    const rules = ignore();
    const info = readIgnoreFile(path.join(this.options.root, '.git', 'info', 'exclude'));
    if (info !== undefined) {
      rules.add(info);
    }
    const top = readIgnoreFile(path.join(this.options.root, '.gitignore'));
    if (top !== undefined) {
      rules.add(top);
    }
    // No ignore file at the root: no layer, so no per-file matching against an empty rule set.
    return info === undefined && top === undefined ? [] : [{ base: '', rules }];
  }

  /** Layers for a start path below the root: the .gitignore files of every folder on the way down. */
  layersFor(dirAbs: string): IgnoreLayer[] {
    const layers = this.rootLayers();
    if (this.options.useGitignore === false) {
      return layers;
    }
    const parts = this.rel(dirAbs).split('/').filter(Boolean);
    let current = this.options.root;
    for (const part of parts) {
      current = path.join(current, part);
      const text = readIgnoreFile(path.join(current, '.gitignore'));
      if (text !== undefined) {
        layers.push({ base: this.rel(current), rules: ignore().add(text) });
      }
    }
    return layers;
  }

  /**
   * `realKey` identifies the file's real location: its path relative to the real root. For a file reached without a
   * link that is its own `rel` (no new string to keep per file), so only links cost a realpath call.
   */
  addFile(abs: string, size: number, realKey?: string, mtimeMs?: number, rel = this.rel(abs)): void {
    if (isKnownBinaryPath(rel)) {
      this.listing.skipped.binary++;
      return;
    }
    const key = realKey ?? this.realKeyOf(safeRealpath(abs) ?? abs);
    if (this.seenFiles.has(key)) {
      return;
    }
    this.seenFiles.add(key);
    const file: WorkspaceFile = mtimeMs === undefined ? { abs, rel, size } : { abs, rel, size, mtimeMs };
    this.listing.files.push(file);
    this.options.onFile?.(file);
  }

  private realKeyOf(real: string): string {
    return toPosix(path.relative(this.realRoot, real));
  }

  /** Lists a start path: a file at once, a folder by `enter`ing it (then `step` until done). True for a folder. */
  begin(start: string): boolean {
    const abs = path.resolve(this.options.root, start);
    const rel = toPosix(path.relative(this.options.root, abs));
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (error) {
      this.listing.problems.push(ioProblem(rel || '.', error));
      return false;
    }
    if (stat.isDirectory()) {
      this.enter(abs, abs === this.options.root ? this.rootLayers() : this.layersFor(abs));
      return true;
    }
    if (stat.isFile()) {
      // A file named on the command line is scanned even if a .gitignore would skip it.
      this.addFile(abs, stat.size, undefined, stat.mtimeMs);
    }
    return false;
  }

  /** Folders entered but not finished, deepest last: the walk is a loop over this stack, so it can pause. */
  private readonly stack: Frame[] = [];

  /** Starts walking a folder; `knownRealDir` is its real path when the caller knows it (a plain sub-folder). */
  enter(dirAbs: string, layers: IgnoreLayer[], knownRealDir?: string): void {
    if (this.options.signal?.aborted) {
      return;
    }
    const realDir = knownRealDir ?? safeRealpath(dirAbs);
    if (realDir === undefined || this.seenDirs.has(realDir)) {
      return;
    }
    this.seenDirs.add(realDir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dirAbs, { withFileTypes: true });
    } catch (error) {
      this.listing.problems.push(ioProblem(this.rel(dirAbs) || '.', error));
      return;
    }
    let ownLayers = layers;
    if (this.options.useGitignore !== false && dirAbs !== this.options.root) {
      const text = entries.some((e) => e.name === '.gitignore') ? readIgnoreFile(path.join(dirAbs, '.gitignore')) : undefined;
      if (text !== undefined) {
        ownLayers = [...layers, { base: this.rel(dirAbs), rules: ignore().add(text) }];
      }
    }
    // Sorted so that every run lists (and reports) files in the same order.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const rel = this.rel(dirAbs);
    const aliased = realDir !== (rel === '' ? this.realRoot : path.join(this.realRoot, rel));
    this.stack.push({ dirPrefix: withSep(dirAbs), realPrefix: withSep(realDir), aliased, layers: ownLayers, entries, next: 0 });
  }

  /** Handles the next entry of the deepest open folder (entering it if it is a folder). False when the walk is done. */
  step(): boolean {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      return false;
    }
    if (frame.next >= frame.entries.length || this.options.signal?.aborted) {
      this.stack.pop();
      return this.stack.length > 0;
    }
    const entry = frame.entries[frame.next++];
    // A name from readdir has no separator and the folder path is normalised: concatenation is path.join, cheaper.
    const abs = frame.dirPrefix + entry.name;
    const rel = this.rel(abs);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    // A link's real path costs a realpath call; any other entry's is its folder's real path plus its name, needed
    // only for a folder (to enter it) or below a link (to dedupe files) — not for the ordinary file.
    const link = entry.isSymbolicLink();
    const real = link ? safeRealpath(abs) : undefined;
    if (link) {
      if (real === undefined || !isInside(this.realRoot, real)) {
        // Dangling, looping (ELOOP) or pointing outside the scanned root: never followed.
        this.listing.skipped.symlink++;
        return true;
      }
      const stat = safeStat(abs);
      isDir = stat?.isDirectory() ?? false;
      isFile = stat?.isFile() ?? false;
    }
    if (isDir && DEFAULT_SKIPPED_DIRS.includes(entry.name)) {
      return true;
    }
    if (!isDir && !isFile) {
      return true; // sockets, FIFOs, devices
    }
    if (this.excluded(rel, isDir) || isIgnoredByLayers(frame.layers, rel, isDir)) {
      this.listing.skipped.ignored++;
      return true;
    }
    if (isDir) {
      this.enter(abs, frame.layers, real ?? frame.realPrefix + entry.name);
      return true;
    }
    const realKey = link ? this.realKeyOf(real!) : frame.aliased ? this.realKeyOf(frame.realPrefix + entry.name) : rel;
    if (this.options.needsStat && !this.options.needsStat(rel)) {
      this.addFile(abs, -1, realKey, undefined, rel);
    } else {
      const stat = safeStat(abs);
      if (stat === undefined) {
        this.listing.problems.push(ioProblem(rel, undefined));
        return true;
      }
      this.addFile(abs, stat.size, realKey, stat.mtimeMs, rel);
    }
    return true;
  }
}

interface Frame {
  /** The folder path and its real path, each ending with a separator. */
  dirPrefix: string;
  realPrefix: string;
  /** Reached through a link: its files' real paths differ from their listed paths. */
  aliased: boolean;
  layers: IgnoreLayer[];
  entries: fs.Dirent[];
  next: number;
}

function withSep(dir: string): string {
  return dir.endsWith(path.sep) ? dir : dir + path.sep;
}

function safeRealpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

function safeStat(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/** Lists the files a scan should analyse, in a stable order. Never throws for file-system trouble. */
export function listWorkspaceFiles(options: ListOptions): FileListing {
  const lister = new Lister(options);
  for (const start of starts(options)) {
    if (lister.begin(start)) {
      while (lister.step()) {
        // walk on
      }
    }
  }
  return lister.listing;
}

/** How long the async listing runs before it lets other work (worker results, cancellation) in. */
const SLICE_MS = 8;

/**
 * The same listing, pausing every few milliseconds: the thread that walks also receives the workers' results, and
 * a walk that never yields left them waiting (idle workers, no streamed results) until the whole tree was listed.
 */
export async function listWorkspaceFilesAsync(options: ListOptions): Promise<FileListing> {
  const lister = new Lister(options);
  let sliceEnd = performance.now() + SLICE_MS;
  for (const start of starts(options)) {
    if (!lister.begin(start)) {
      continue;
    }
    let steps = 0;
    while (lister.step()) {
      if (++steps % 64 === 0 && performance.now() >= sliceEnd) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceEnd = performance.now() + SLICE_MS;
      }
    }
  }
  return lister.listing;
}

function starts(options: ListOptions): string[] {
  return options.paths && options.paths.length > 0 ? options.paths : [options.root];
}
