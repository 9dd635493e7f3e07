// Workspace scan used by the CLI, the extension and the benchmarks.
// STUB: the engine/CLI issue adds config, .gitignore, caps, encodings and problem reporting.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText } from '../engine';
import type { FileScanResult, Finding, ProjectConfig, Problem } from '../model';

export interface WorkspaceScanOptions {
  /** Absolute path of the scanned root; finding paths are relative to it. */
  root: string;
  /** Restrict to these paths (absolute or relative to root). */
  paths?: string[];
  config?: ProjectConfig;
  signal?: AbortSignal;
  /** Called for each file as soon as it is analysed (streaming). */
  onFile?: (result: FileScanResult) => void;
}

export interface WorkspaceScanResult {
  root: string;
  filesScanned: number;
  bytesScanned: number;
  findings: Finding[];
  problems: Problem[];
  durationMs: number;
}

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') {
      continue;
    }
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full, out);
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
}

export async function scanWorkspace(options: WorkspaceScanOptions): Promise<WorkspaceScanResult> {
  const started = Date.now();
  const files: string[] = [];
  walk(options.root, files);
  const findings: Finding[] = [];
  let bytes = 0;
  for (const file of files) {
    if (options.signal?.aborted) {
      break;
    }
    const text = await fs.promises.readFile(file, 'utf8');
    bytes += text.length;
    const rel = path.relative(options.root, file).split(path.sep).join('/');
    const result = scanText(rel, text, { config: options.config });
    options.onFile?.(result);
    findings.push(...result.findings);
  }
  return { root: options.root, filesScanned: files.length, bytesScanned: bytes, findings, problems: [], durationMs: Date.now() - started };
}
