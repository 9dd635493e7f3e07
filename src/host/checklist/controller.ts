// Checklist host glue: findings + decisions file → model → webview, and view actions → decisions file.
// All file logic (atomic write, merge, refusing broken files) lives in core/checklist; this adapter
// only connects it to VS Code events, commands and the view.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildChecklist, DECISIONS_FILE, decisionsPathFor, DecisionStore, isValidAnswer, type ChecklistModel, type DecisionPatch, type FileState } from '../../core/checklist';
import { getObligation, isProposal, officialUrl } from '../../core/law';
import type { FindingsSource } from '../findingsSource';
import { t, uiLang } from '../i18n';
import type { ViewToHost } from '../../webview/protocol';

export interface ChecklistLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface ChecklistSummaryData {
  done: number;
  applicable: number;
  tier?: 'unacceptable' | 'high' | 'limited' | 'low';
}

export interface ChecklistSink {
  postModel(model: ChecklistModel): void;
  focusItem(id: string): void;
  summaryChanged(summary: ChecklistSummaryData): void;
}

/** Arguments of the editor's "Mark handled in the checklist" quick fix. */
export interface MarkHandledArgs {
  obligations: string[];
  ruleId: string;
  file: string;
  line: number;
}

export function isMarkHandledArgs(value: unknown): value is MarkHandledArgs {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.obligations) &&
    v.obligations.length > 0 &&
    v.obligations.length <= 50 &&
    v.obligations.every((o) => typeof o === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(o)) &&
    typeof v.ruleId === 'string' &&
    v.ruleId.length <= 100 &&
    typeof v.file === 'string' &&
    v.file.length <= 4096 &&
    typeof v.line === 'number' &&
    Number.isInteger(v.line) &&
    v.line >= 0
  );
}

export class ChecklistController implements vscode.Disposable {
  private store: DecisionStore | undefined;
  private folder: vscode.WorkspaceFolder | undefined;
  private model: ChecklistModel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;

  constructor(
    private readonly findings: FindingsSource,
    private readonly sink: ChecklistSink,
    private readonly log: ChecklistLogger,
  ) {
    this.bindFolder();
    this.disposables.push(
      findings.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.bindFolder();
        this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('aiLawLens.language')) {
          this.refresh();
        }
      }),
    );
    this.refresh();
  }

  /** The decisions file belongs to the first workspace folder (the folder findings paths are relative to). */
  private bindFolder(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    this.folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    if (!this.folder) {
      this.store = undefined;
      return;
    }
    this.store = new DecisionStore({ file: decisionsPathFor(this.folder.uri.fsPath) });
    this.store.reload();
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, DECISIONS_FILE));
    const onExternal = (): void => this.reloadFromDisk('watcher');
    this.watcher.onDidChange(onExternal);
    this.watcher.onDidCreate(onExternal);
    this.watcher.onDidDelete(onExternal);
  }

  get decisionsUri(): vscode.Uri | undefined {
    return this.store ? vscode.Uri.file(this.store.file) : undefined;
  }

  current(): ChecklistModel | undefined {
    return this.model;
  }

  /** Rebuilds the model from the current findings and decisions and pushes it to the view. */
  refresh(): ChecklistModel {
    const store = this.store;
    const fileState: FileState = store ? store.fileState() : { state: 'missing' };
    this.model = buildChecklist(this.findings.all(), store ? store.effective() : { version: 1, answers: {}, decisions: {} }, {
      decisionsPath: DECISIONS_FILE,
      fileState,
      pendingEdits: store?.hasPending() ?? false,
    });
    this.sink.postModel(this.model);
    this.sink.summaryChanged({ done: this.model.progress.done, applicable: this.model.progress.applicable, tier: this.model.tier.tier });
    return this.model;
  }

  /**
   * An external change (git checkout/pull, another window, a hand edit). Pending edits are kept and
   * re-applied on top of the new content; a broken file is shown, never overwritten.
   */
  reloadFromDisk(reason: 'watcher' | 'user'): void {
    const store = this.store;
    if (!store) {
      return;
    }
    const before = store.fileState().state;
    const state = store.reload();
    if (state.state === 'ok' || state.state === 'missing') {
      if (store.hasPending()) {
        this.logState(store.flush());
      }
    } else if (before !== 'error' || reason === 'user') {
      this.log.warn(`decisions file: ${state.message.en}`);
    }
    this.refresh();
  }

  private logState(state: FileState): void {
    if (state.state === 'error') {
      this.log.warn(`decisions file not saved (${state.kind}): ${state.message.en}`);
    }
  }

  private requireStore(): DecisionStore | undefined {
    if (!this.store) {
      void vscode.window.showWarningMessage(t('Open a folder to use the compliance checklist.'));
    }
    return this.store;
  }

  setDecision(id: string, patch: DecisionPatch): void {
    const store = this.requireStore();
    if (!store || !getObligation(id)) {
      return;
    }
    this.logState(store.setDecision(id, patch));
    this.refresh();
  }

  async handle(message: ViewToHost): Promise<void> {
    switch (message.t) {
      case 'ready':
        this.refresh();
        return;
      case 'setStatus': {
        const keepsReason = message.status === 'waived' || message.status === 'not-applicable';
        const patch: DecisionPatch = { status: message.status };
        if (message.reason !== undefined) {
          patch.reason = message.reason === '' ? null : message.reason;
        } else if (!keepsReason) {
          patch.reason = null;
        }
        this.setDecision(message.id, patch);
        return;
      }
      case 'setNote':
        this.setDecision(message.id, { note: message.note === '' ? null : message.note });
        return;
      case 'setReviewer':
        this.setDecision(message.id, { reviewer: message.reviewer === '' ? null : message.reviewer });
        return;
      case 'answer': {
        const store = this.requireStore();
        if (!store || (message.value !== null && !isValidAnswer(message.question, message.value))) {
          return;
        }
        this.logState(store.setAnswer(message.question, message.value));
        this.refresh();
        return;
      }
      case 'openEvidence':
        await this.openEvidence(message.file, message.line, message.character);
        return;
      case 'openLink':
        await this.openLink(message.id, message.kind);
        return;
      case 'export':
        await vscode.commands.executeCommand('aiLawLens.exportChecklist', { format: message.format, target: 'dialog' });
        return;
      case 'openDecisionsFile':
        await this.openDecisionsFile();
        return;
      case 'reloadDecisions':
        this.reloadFromDisk('user');
        return;
      case 'rescan':
        await vscode.commands.executeCommand('aiLawLens.scanWorkspace');
        return;
    }
  }

  /** Reveals a finding; the path comes from the view, so it must stay inside the workspace folder. */
  async openEvidence(file: string, line: number, character: number): Promise<void> {
    const uri = this.findings.resolve(file);
    const root = this.folder?.uri.fsPath;
    if (!uri || (root && uri.scheme === 'file' && path.relative(root, uri.fsPath).startsWith('..'))) {
      this.log.warn('ignored an evidence link outside the workspace');
      return;
    }
    const position = new vscode.Position(line, character);
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preview: true });
  }

  private async openLink(id: string, kind: 'guidance' | 'official'): Promise<void> {
    if (!getObligation(id)) {
      return;
    }
    if (kind === 'guidance') {
      await vscode.commands.executeCommand('aiLawLens.openGuidance', id);
      return;
    }
    // The URL comes from the catalogue, never from the view.
    const url = officialUrl(id);
    if (url && url.startsWith('https://')) {
      await vscode.env.openExternal(vscode.Uri.parse(url));
    }
  }

  async openDecisionsFile(): Promise<void> {
    const uri = this.decisionsUri;
    if (!uri) {
      return;
    }
    try {
      await vscode.window.showTextDocument(uri);
    } catch {
      void vscode.window.showInformationMessage(t('There is no decisions file yet: it is created when you record the first decision.'));
    }
  }

  /** The quick fix "Mark handled in the checklist": done, with a note saying where it was handled. */
  markHandled(args: unknown): string[] {
    if (!isMarkHandledArgs(args)) {
      this.log.warn('markHandled: ignored arguments of unexpected shape');
      return [];
    }
    const store = this.requireStore();
    if (!store) {
      return [];
    }
    const marked: string[] = [];
    const where = `${args.file}:${args.line + 1} (${args.ruleId})`;
    for (const id of new Set(args.obligations)) {
      if (!getObligation(id) || isProposal(id)) {
        continue;
      }
      const existing = store.effective().decisions[id]?.note;
      const note = existing ? (existing.includes(where) ? existing : `${existing}\n${where}`) : where;
      this.logState(store.setDecision(id, { status: 'done', note }));
      marked.push(id);
    }
    this.refresh();
    if (marked.length > 0) {
      this.sink.focusItem(marked[0]);
      void vscode.window.setStatusBarMessage(t('Marked {0} as done in the compliance checklist.', marked.join(', ')), 4000);
    }
    return marked;
  }

  lang(): 'zh' | 'en' {
    return uiLang();
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
