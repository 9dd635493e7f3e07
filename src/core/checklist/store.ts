// The decisions store: the single writer of `.ailawlens/checklist.json`.
// Rules that keep every decision safe:
//  - edits are kept as pending field-level patches until a write succeeds;
//  - every write re-reads the file under a lock and applies only our pending fields on top, so a
//    concurrent writer's or a `git pull`'s decisions are kept;
//  - a file that does not parse (broken JSON, merge-conflict markers) is never overwritten: the
//    edits stay pending and the caller shows the error until the file is fixed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ApplicabilityQuestionId } from '../law/types';
import { maskFreeText } from '../mask';
import { writeFileAtomic, removeStaleTemps, type WriteHooks } from './atomicWrite';
import { emptyDecisions, parseDecisions, serializeDecisions, type Decision, type DecisionsFile, type FileState, type StoreError } from './decisions';

export type { FileState, StoreError };

/** Field-level change of one decision; `null` clears a field. */
export type DecisionPatch = { [K in keyof Decision]?: Decision[K] | null };


export interface StoreOptions {
  /** Absolute path of the decisions file. */
  file: string;
  /** For the `date` stamped on changed decisions. */
  today?: () => string;
  hooks?: WriteHooks;
  /** How long to wait for another writer's lock before giving up (ms). */
  lockTimeoutMs?: number;
  /** A lock older than this is considered abandoned by a crashed writer (ms). */
  staleLockMs?: number;
}

export function isoToday(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function applyPatch(base: Decision | undefined, patch: DecisionPatch): Decision {
  const next: Decision = { ...(base ?? { status: 'open' }) };
  for (const [key, value] of Object.entries(patch) as [keyof Decision, string | null | undefined][]) {
    if (value === undefined) {
      continue;
    }
    if (value === null) {
      if (key !== 'status') {
        delete next[key];
      }
    } else {
      (next as unknown as Record<string, string>)[key] = value;
    }
  }
  return next;
}

function errorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.name : 'error');
}

export class DecisionStore {
  private disk: DecisionsFile = emptyDecisions();
  private state: FileState = { state: 'missing' };
  private lastText: string | undefined;
  private readonly pendingDecisions = new Map<string, DecisionPatch>();
  private readonly pendingAnswers = new Map<ApplicabilityQuestionId, string | null>();
  private readonly today: () => string;

  constructor(private readonly options: StoreOptions) {
    this.today = options.today ?? (() => isoToday());
  }

  get file(): string {
    return this.options.file;
  }

  fileState(): FileState {
    return this.state;
  }

  hasPending(): boolean {
    return this.pendingDecisions.size > 0 || this.pendingAnswers.size > 0;
  }

  /** True when `text` is what this store last read or wrote (used to ignore our own watcher events). */
  isOwnText(text: string): boolean {
    return this.lastText === text;
  }

  /** The decisions to show: the last good file content with pending edits on top. */
  effective(): DecisionsFile {
    const result: DecisionsFile = {
      version: this.disk.version,
      answers: { ...this.disk.answers },
      decisions: { ...this.disk.decisions },
    };
    for (const [id, patch] of this.pendingDecisions) {
      result.decisions[id] = applyPatch(result.decisions[id], patch);
    }
    for (const [question, value] of this.pendingAnswers) {
      if (value === null) {
        delete result.answers[question];
      } else {
        result.answers[question] = value;
      }
    }
    return result;
  }

  /**
   * Re-reads the file (after an external change or at start). A broken file keeps the last good
   * decisions in memory and the pending edits; nothing is written.
   */
  reload(): FileState {
    removeStaleTemps(this.options.file);
    const read = this.readDisk();
    if (read.kind === 'ok') {
      this.disk = read.file;
      this.state = read.missing ? { state: 'missing' } : { state: 'ok' };
      this.lastText = read.text;
    } else {
      this.state = { state: 'error', ...read.error };
    }
    return this.state;
  }

  /**
   * Records a change and saves it. Free text is masked (digit runs, e-mail addresses): the file is
   * committed and reviewed, so a PI value typed into a note must not land in it.
   */
  setDecision(id: string, patch: DecisionPatch): FileState {
    const masked: DecisionPatch = { ...patch };
    for (const key of ['note', 'reason', 'reviewer'] as const) {
      const value = masked[key];
      if (typeof value === 'string') {
        masked[key] = maskFreeText(value);
      }
    }
    const merged: DecisionPatch = { ...this.pendingDecisions.get(id), ...masked };
    if (!('date' in patch)) {
      merged.date = this.today();
    }
    this.pendingDecisions.set(id, merged);
    return this.flush();
  }

  setAnswer(question: ApplicabilityQuestionId, value: string | null): FileState {
    this.pendingAnswers.set(question, value);
    return this.flush();
  }

  /** Writes pending edits on top of the file's current content. Keeps them pending on any failure. */
  flush(): FileState {
    if (!this.hasPending()) {
      return this.state;
    }
    const release = this.lock();
    if (!release) {
      // Another writer holds the lock: keep the edits pending; the next change or reload retries.
      return {
        state: 'error',
        kind: 'busy',
        message: {
          zh: '另一个进程正在写入决定文件，稍后将重试保存。',
          en: 'Another process is writing the decisions file; saving will be retried.',
        },
      };
    }
    try {
      const read = this.readDisk();
      if (read.kind === 'error') {
        this.state = { state: 'error', ...read.error };
        return this.state;
      }
      this.disk = read.file;
      const merged = this.effective();
      const text = serializeDecisions(merged);
      if (text !== read.text) {
        writeFileAtomic(this.options.file, text, this.options.hooks);
      }
      this.disk = parseDecisionsOrEmpty(text);
      this.lastText = text;
      this.pendingDecisions.clear();
      this.pendingAnswers.clear();
      this.state = { state: 'ok' };
      return this.state;
    } catch (error) {
      this.state = {
        state: 'error',
        kind: 'io',
        message: {
          zh: `无法写入决定文件（${errorMessage(error)}）。修改已保留，稍后重试。`,
          en: `Could not write the decisions file (${errorMessage(error)}). Your changes are kept and will be retried.`,
        },
      };
      return this.state;
    } finally {
      release();
    }
  }

  private readDisk():
    | { kind: 'ok'; file: DecisionsFile; text: string | undefined; missing: boolean }
    | { kind: 'error'; error: StoreError } {
    let text: string;
    try {
      text = fs.readFileSync(this.options.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { kind: 'ok', file: emptyDecisions(), text: undefined, missing: true };
      }
      return {
        kind: 'error',
        error: {
          kind: 'io',
          message: {
            zh: `无法读取决定文件（${errorMessage(error)}）。`,
            en: `Could not read the decisions file (${errorMessage(error)}).`,
          },
        },
      };
    }
    const parsed = parseDecisions(text);
    if (!parsed.ok) {
      return { kind: 'error', error: { kind: parsed.kind, message: parsed.message, line: parsed.line } };
    }
    return { kind: 'ok', file: parsed.file, text, missing: false };
  }

  /** An exclusive lock file beside the target, so concurrent windows or CLI runs do not interleave. */
  private lock(): (() => void) | undefined {
    const lockPath = `${this.options.file}.lock`;
    const deadline = Date.now() + (this.options.lockTimeoutMs ?? 2000);
    const staleMs = this.options.staleLockMs ?? 10_000;
    try {
      fs.mkdirSync(path.dirname(lockPath), { recursive: true });
    } catch {
      return undefined;
    }
    for (;;) {
      try {
        const fd = fs.openSync(lockPath, 'wx');
        fs.closeSync(fd);
        return () => fs.rmSync(lockPath, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          return undefined;
        }
      }
      try {
        if (Date.now() - fs.statSync(lockPath).mtimeMs > staleMs) {
          fs.rmSync(lockPath, { force: true });
          continue;
        }
      } catch {
        continue;
      }
      if (Date.now() >= deadline) {
        return undefined;
      }
      sleepSync(15);
    }
  }
}

function parseDecisionsOrEmpty(text: string): DecisionsFile {
  const parsed = parseDecisions(text);
  return parsed.ok ? parsed.file : emptyDecisions();
}
