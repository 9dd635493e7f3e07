// Whole-workspace scans (deferred after activation, on command, on config change) and incremental updates from a
// FileSystemWatcher. Results stream into the FindingsStore, so closed files keep their findings.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { listRules } from '../core/engine';
import { openScanCache } from '../core/perf/cache';
import { scanWorkspace } from '../core/workspace';
import { PerKeyDebouncer, realTimers } from './diagnostics/debouncer';
import { analyseFileOnDisk } from './diagnostics/fileAnalysis';
import type { FolderContexts } from './folderContext';
import type { FindingsStore } from './findingsStore';
import { t } from './i18n';
import type { Logger } from './log';

/** Delay of the first scan after activation: activation itself must stay cheap. */
export const STARTUP_SCAN_DELAY_MS = 1500;
/** Watcher events for one file are coalesced (editors save in bursts, git checkouts touch many files). */
const WATCH_DEBOUNCE_MS = 250;

export class WorkspaceScanner implements vscode.Disposable {
  private running: AbortController | undefined;
  private readonly fileDebouncer = new PerKeyDebouncer(realTimers, () => WATCH_DEBOUNCE_MS);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly store: FindingsStore,
    private readonly contexts: FolderContexts,
    private readonly log: Logger,
    /** Open documents are analysed live from their buffer; the disk copy must not overwrite them. */
    private readonly isOpen: (uri: vscode.Uri) => boolean,
    /** Where the content-hash cache lives: the extension's global storage, never the workspace. */
    private readonly cacheOptions?: { dir: string; version: string },
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.fileChanged(uri)),
      watcher.onDidChange((uri) => this.fileChanged(uri)),
      watcher.onDidDelete((uri) => this.fileDeleted(uri)),
      { dispose: () => this.fileDebouncer.dispose() },
      { dispose: () => this.cancel() },
    );
  }

  cancel(): void {
    this.running?.abort();
    this.running = undefined;
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /** Scans every local workspace folder with a cancellable progress notification; a new scan cancels the old one. */
  async scanAll(): Promise<void> {
    this.cancel();
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (folders.length === 0) {
      return;
    }
    const controller = new AbortController();
    this.running = controller;
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('AI Law Lens: scanning the workspace'), cancellable: true },
        async (progress, token) => {
          const cancel = token.onCancellationRequested(() => controller.abort());
          try {
            for (const folder of folders) {
              if (controller.signal.aborted) {
                break;
              }
              await this.scanFolder(folder, controller.signal, (done, total) =>
                progress.report({ message: t('{0}: {1} of {2} files', folder.name, done, total) }),
              );
            }
          } finally {
            cancel.dispose();
          }
        },
      );
    } catch (error) {
      this.log.error('Workspace scan failed', error);
    } finally {
      if (this.running === controller) {
        this.running = undefined;
      }
    }
  }

  async scanFolder(folder: vscode.WorkspaceFolder, signal: AbortSignal, onProgress?: (done: number, total: number) => void): Promise<void> {
    const context = this.contexts.for(folder);
    if (!context.settings.enable) {
      this.store.deleteUnder(folder.uri.toString());
      return;
    }
    const root = folder.uri.toString();
    const seen = new Set<string>();
    let lastReport = 0;
    const cache = this.cacheOptions
      ? openScanCache({ root: folder.uri.fsPath, version: this.cacheOptions.version, rules: listRules(), config: context.config, dir: this.cacheOptions.dir })
      : undefined;
    const result = await scanWorkspace({
      root: folder.uri.fsPath,
      config: context.config,
      cache,
      signal,
      onFile: (file) => {
        const uri = vscode.Uri.joinPath(folder.uri, file.file);
        const key = uri.toString();
        seen.add(key);
        if (this.isOpen(uri)) {
          return;
        }
        if (file.findings.length > 0 || file.problems.length > 0) {
          this.store.set(key, root, file);
        } else {
          this.store.delete(key);
        }
      },
      onProgress: (done, total) => {
        // Reporting every file floods the notification; a few updates per second are enough.
        const now = Date.now();
        if (onProgress && (done === total || now - lastReport > 200)) {
          lastReport = now;
          onProgress(done, total);
        }
      },
    });
    if (!result.cancelled) {
      // Entries for files that vanished or became excluded since the last scan.
      for (const key of this.store.uris()) {
        if (key.startsWith(`${root}/`) && !seen.has(key) && !this.isOpen(vscode.Uri.parse(key))) {
          this.store.delete(key);
        }
      }
    }
    const skipped = Object.entries(result.totals.skipped)
      .map(([kind, n]) => `${kind}=${n}`)
      .join(', ');
    this.log.info(
      `Scanned ${folder.name}: ${result.filesScanned} files, ${result.findings.length} findings in ${result.durationMs} ms` +
        (skipped ? ` (skipped: ${skipped})` : '') +
        (result.cancelled ? ' [cancelled]' : ''),
    );
    for (const problem of result.problems) {
      this.log.warn(`${problem.file ?? folder.name}: ${problem.message.en}`);
    }
  }

  /** Re-reads a file from disk soon, e.g. after its editor closed with unsaved edits the store still reflects. */
  refresh(uri: vscode.Uri): void {
    this.fileChanged(uri);
  }

  private fileChanged(uri: vscode.Uri): void {
    if (uri.scheme !== 'file' || this.isOpen(uri)) {
      return;
    }
    this.fileDebouncer.schedule(uri.toString(), () => void this.rescanFile(uri));
  }

  private fileDeleted(uri: vscode.Uri): void {
    this.fileDebouncer.cancel(uri.toString());
    // A deleted directory arrives as one event: drop everything beneath it too.
    this.store.delete(uri.toString());
    this.store.deleteUnder(uri.toString());
  }

  async rescanFile(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || this.isOpen(uri)) {
      return;
    }
    const key = uri.toString();
    const rel = path.posix.relative(folder.uri.path, uri.path);
    const context = this.contexts.for(folder);
    let isFile = false;
    try {
      isFile = (await fs.promises.stat(uri.fsPath)).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile || !context.settings.enable || context.isExcluded(rel)) {
      this.store.delete(key);
      return;
    }
    const result = await analyseFileOnDisk(uri.fsPath, rel, context.config);
    if (this.isOpen(uri)) {
      return;
    }
    if (result && (result.findings.length > 0 || result.problems.length > 0)) {
      this.store.set(key, folder.uri.toString(), result);
    } else {
      this.store.delete(key);
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}
