// In-memory findings of the whole workspace, keyed by document URI string. Open-file analysis and the workspace
// scan both write here, so findings in closed files stay visible. Pure: listeners are plain callbacks.
import type { FileScanResult, Finding, Problem } from '../core/model';

export interface StoredResult {
  /** Root folder URI string the relative paths resolve against (multi-root). */
  root: string;
  result: FileScanResult;
}

export class FindingsStore {
  private readonly byUri = new Map<string, StoredResult>();
  private readonly listeners = new Set<(uris: readonly string[]) => void>();
  private batch: string[] | undefined;

  set(uri: string, root: string, result: FileScanResult): void {
    this.byUri.set(uri, { root, result });
    this.changed([uri]);
  }

  delete(uri: string): boolean {
    const had = this.byUri.delete(uri);
    if (had) {
      this.changed([uri]);
    }
    return had;
  }

  /** Removes every entry whose URI starts with the prefix (a folder removed from the workspace, a deleted directory). */
  deleteUnder(prefix: string): string[] {
    const dir = prefix.endsWith('/') ? prefix : `${prefix}/`;
    const removed = [...this.byUri.keys()].filter((uri) => uri === prefix || uri.startsWith(dir));
    removed.forEach((uri) => this.byUri.delete(uri));
    if (removed.length > 0) {
      this.changed(removed);
    }
    return removed;
  }

  get(uri: string): StoredResult | undefined {
    return this.byUri.get(uri);
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }

  findings(): Finding[] {
    return [...this.byUri.values()].flatMap((entry) => entry.result.findings);
  }

  problems(): Problem[] {
    return [...this.byUri.values()].flatMap((entry) => entry.result.problems);
  }

  /** Groups many updates (a workspace scan) into one change notification. */
  batchUpdates<T>(work: () => T): T {
    const outer = this.batch === undefined;
    if (outer) {
      this.batch = [];
    }
    try {
      return work();
    } finally {
      if (outer) {
        const uris = this.batch ?? [];
        this.batch = undefined;
        if (uris.length > 0) {
          this.emit(uris);
        }
      }
    }
  }

  onDidChange(listener: (uris: readonly string[]) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(uris: string[]): void {
    if (this.batch) {
      this.batch.push(...uris);
    } else {
      this.emit(uris);
    }
  }

  private emit(uris: readonly string[]): void {
    for (const listener of [...this.listeners]) {
      listener(uris);
    }
  }
}
