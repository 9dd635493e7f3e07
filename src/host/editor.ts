// Builds the editor experience (diagnostics, workspace scan, watcher, hover, quick fixes, status bar, commands)
// and returns the FindingsSource the checklist reads. extension.ts only calls this and registerChecklist.
import * as vscode from 'vscode';
import type { Finding, Problem } from '../core/model';
import { buildStamp } from '../core/perf/cache';
import type { ChecklistHandle } from './checklist';
import { FindingsCodeActionProvider, SUPPRESS_COMMAND } from './codeActions/codeActionProvider';
import { runSuppress } from './codeActions/suppressCommand';
import { PerKeyDebouncer, realTimers } from './diagnostics/debouncer';
import { DiagnosticsController } from './diagnostics/diagnosticsController';
import { FolderContexts } from './folderContext';
import type { FindingsSource } from './findingsSource';
import { FindingsStore } from './findingsStore';
import { Guidance, OPEN_GUIDANCE_COMMAND } from './guidance';
import { FindingsHoverProvider } from './hover/hoverProvider';
import { configureI18n } from './i18n';
import { createLawPort } from './law/coreLaw';
import { createOutputLogger } from './log';
import { PROJECT_CONFIG_GLOB } from './projectConfig';
import { StatusBar } from './statusBar';
import { STARTUP_SCAN_DELAY_MS, WorkspaceScanner } from './workspaceScanner';

export const SCAN_WORKSPACE_COMMAND = 'aiLawLens.scanWorkspace';
export const SHOW_OUTPUT_COMMAND = 'aiLawLens.showOutput';

/** Settings whose change alters what the engine reports, so the workspace is scanned again. */
const RESCAN_KEYS = ['aiLawLens.enable', 'aiLawLens.categories', 'aiLawLens.severity', 'aiLawLens.exclude', 'aiLawLens.maxFileSize', 'aiLawLens.customPatterns', 'files.exclude'];

export interface EditorHandle {
  findings: FindingsSource;
  attachChecklist(handle: ChecklistHandle): void;
}

export function registerEditor(context: vscode.ExtensionContext): EditorHandle {
  configureI18n(context.extensionPath);
  const log = createOutputLogger();
  const law = createLawPort();
  const store = new FindingsStore();
  const guidance = new Guidance(context.extensionUri, law);
  // Config problems surface while a folder context is built, which the controller itself triggers.
  const problemSink: { controller?: DiagnosticsController } = {};
  const contexts = new FolderContexts((folder, problems) => problemSink.controller?.setConfigProblems(folder, problems));
  const diagnostics = new DiagnosticsController(store, contexts, law, guidance, log);
  problemSink.controller = diagnostics;
  const isOpen = (uri: vscode.Uri): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  const declared = (context.extension.packageJSON as { version?: unknown }).version;
  const version = typeof declared === 'string' ? declared : '0';
  const scanner = new WorkspaceScanner(store, contexts, log, isOpen, {
    dir: vscode.Uri.joinPath(context.globalStorageUri, 'scan-cache').fsPath,
    version: `${version}+${buildStamp(vscode.Uri.joinPath(context.extensionUri, 'dist', 'extension.js').fsPath)}`,
  });

  // The checklist and status bar hear about changes at most every 150 ms, not once per scanned file.
  const changed = new vscode.EventEmitter<void>();
  const notify = new PerKeyDebouncer(realTimers, () => 150);
  const storeSub = store.onDidChange(() => notify.schedule('all', () => changed.fire()));
  const findings: FindingsSource = {
    all: (): readonly Finding[] => store.findings(),
    problems: (): readonly Problem[] => store.problems(),
    onDidChange: changed.event,
    resolve: (file: string) => {
      for (const uri of store.uris()) {
        const entry = store.get(uri);
        if (entry?.result.file === file) {
          return vscode.Uri.joinPath(vscode.Uri.parse(entry.root), file);
        }
      }
      const folder = vscode.workspace.workspaceFolders?.[0];
      return folder ? vscode.Uri.joinPath(folder.uri, file) : undefined;
    },
  };
  const statusBar = new StatusBar(findings, undefined);

  const scanAll = async (): Promise<void> => {
    statusBar.setScanning(true);
    try {
      await scanner.scanAll();
    } finally {
      statusBar.setScanning(false);
    }
  };
  const rescan = new PerKeyDebouncer(realTimers, () => 500);
  const rescanSoon = (): void => rescan.schedule('workspace', () => void scanAll());
  const configWatcher = vscode.workspace.createFileSystemWatcher(`{${PROJECT_CONFIG_GLOB},**/.gitignore}`);
  const configFilesChanged = (): void => {
    contexts.invalidate();
    diagnostics.analyseOpenDocuments();
    rescanSoon();
  };
  const startup = contexts.for(vscode.workspace.workspaceFolders?.[0]).settings.scanOnStartup
    ? setTimeout(() => void scanAll(), STARTUP_SCAN_DELAY_MS)
    : undefined;

  context.subscriptions.push(
    log,
    changed,
    { dispose: () => storeSub.dispose() },
    { dispose: () => notify.dispose() },
    { dispose: () => rescan.dispose() },
    { dispose: () => startup && clearTimeout(startup) },
    diagnostics,
    scanner,
    statusBar,
    configWatcher,
    configWatcher.onDidCreate(configFilesChanged),
    configWatcher.onDidChange(configFilesChanged),
    configWatcher.onDidDelete(configFilesChanged),
    vscode.languages.registerHoverProvider({ scheme: '*' }, new FindingsHoverProvider(store, contexts, law, guidance)),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new FindingsCodeActionProvider(store, contexts), {
      providedCodeActionKinds: FindingsCodeActionProvider.providedCodeActionKinds,
    }),
    vscode.commands.registerCommand(SCAN_WORKSPACE_COMMAND, () => scanAll()),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => log.show()),
    vscode.commands.registerCommand(OPEN_GUIDANCE_COMMAND, (id?: unknown) => guidance.open(id)),
    vscode.commands.registerCommand(SUPPRESS_COMMAND, (args?: unknown) => runSuppress(args, log)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('aiLawLens') && !event.affectsConfiguration('files.exclude')) {
        return;
      }
      configureI18n(context.extensionPath);
      contexts.invalidate();
      diagnostics.renderAll();
      statusBar.update();
      if (RESCAN_KEYS.some((key) => event.affectsConfiguration(key))) {
        diagnostics.analyseOpenDocuments();
        rescanSoon();
      }
    }),
    // A closed editor may have held unsaved text: its findings are refreshed from the file on disk.
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc.uri.scheme === 'file') {
        scanner.refresh(doc.uri);
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      log.info('Workspace trusted: workspace custom patterns now apply.');
      configFilesChanged();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders((event) => {
      event.removed.forEach((folder) => store.deleteUnder(folder.uri.toString()));
      contexts.invalidate();
      if (event.added.length > 0) {
        rescanSoon();
      }
    }),
  );
  if (!vscode.workspace.isTrusted) {
    log.info('Restricted mode: custom patterns from the workspace are ignored until the workspace is trusted.');
  }
  diagnostics.analyseOpenDocuments();
  return { findings, attachChecklist: (handle) => statusBar.attach(handle) };
}
