// Baselined findings in the editor: read the folder's baseline file (the same one the CLI gates on) and tell
// which findings of a file it already accepts, so they can be dimmed or hidden. Pure apart from reading the file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { classify, loadBaseline, type Baseline } from '../../core/baseline';
import type { Finding } from '../../core/model';

export type BaselineDisplay = 'show' | 'dim' | 'hide';

/** Loads each folder's baseline once, and again only when the file's mtime changes. */
export class BaselineFiles {
  private readonly loaded = new Map<string, { mtimeMs: number; baseline: Baseline | undefined }>();

  constructor(private readonly onError: (file: string, message: string) => void) {}

  get(root: string, relFile: string): Baseline | undefined {
    const file = path.resolve(root, relFile);
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      this.loaded.delete(file);
      return undefined; // no baseline: nothing is baselined
    }
    const cached = this.loaded.get(file);
    if (cached && cached.mtimeMs === mtimeMs) {
      return cached.baseline;
    }
    let baseline: Baseline | undefined;
    try {
      baseline = loadBaseline(file);
    } catch (error) {
      this.onError(file, error instanceof Error ? error.message : String(error));
    }
    this.loaded.set(file, { mtimeMs, baseline });
    return baseline;
  }
}

/** Per finding: true when the baseline already holds it. Only this file's entries take part. */
export function baselinedFlags(findings: readonly Finding[], baseline: Baseline | undefined, file: string): boolean[] {
  if (!baseline || findings.length === 0) {
    return findings.map(() => false);
  }
  const { states } = classify(findings, baseline, { inScope: (f) => f === file });
  return states.map((s) => s === 'unchanged');
}
