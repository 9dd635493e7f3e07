// Crash-safe file replacement: write a temp file in the same directory, fsync it, then rename over
// the target. Readers see either the old or the new file, never a half-written one.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface WriteHooks {
  /** Test seam: runs after the temp file is durable and before the rename (throw to simulate a crash). */
  beforeRename?: (tempPath: string) => void;
}

export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`);
}

export function writeFileAtomic(target: string, text: string, hooks: WriteHooks = {}): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  const fd = fs.openSync(temp, 'wx', 0o644);
  let renamed = false;
  try {
    fs.writeSync(fd, text, 0, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    hooks.beforeRename?.(temp);
    fs.renameSync(temp, target);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
      fs.rmSync(temp, { force: true });
    }
  }
}

/** Removes temp files a crashed writer left behind (older than `maxAgeMs`, so live writers are safe). */
export function removeStaleTemps(target: string, maxAgeMs = 60_000, now = Date.now()): number {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) {
      continue;
    }
    const full = path.join(dir, name);
    try {
      if (now - fs.statSync(full).mtimeMs >= maxAgeMs) {
        fs.rmSync(full, { force: true });
        removed++;
      }
    } catch {
      // vanished meanwhile
    }
  }
  return removed;
}
