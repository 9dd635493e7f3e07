// Live diagnostics: analyses open documents on open, change (debounced per document) and save, drops stale
// results by document version, and renders every stored result (open or closed files) into one collection.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Problem, Severity, Span } from '../../core/model';
import type { FolderContexts } from '../folderContext';
import type { FindingsStore } from '../findingsStore';
import type { GuidanceLinks } from '../guidance';
import { uiLang } from '../i18n';
import type { LawPort } from '../law/catalogue';
import type { Logger } from '../log';
import { analyseText } from './fileAnalysis';
import { PerKeyDebouncer, VersionGate, adaptiveDelay, realTimers } from './debouncer';
import { BaselineFiles, baselinedFlags } from './baselineView';
import type { DiagnosticSpec } from './present';
import { DIAGNOSTIC_SOURCE, presentFinding } from './present';

/** Schemes whose documents we analyse: disk files, unsaved buffers, virtual workspaces and notebook cells. */
const SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-notebook-cell', 'vscode-remote']);

export function toRange(span: Span): vscode.Range {
  return new vscode.Range(span.start.line, span.start.character, span.end.line, span.end.character);
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  return severity === 'error'
    ? vscode.DiagnosticSeverity.Error
    : severity === 'warning'
      ? vscode.DiagnosticSeverity.Warning
      : vscode.DiagnosticSeverity.Information;
}

/** Where a document's findings are keyed and which folder their relative paths resolve against. */
export function locate(uri: vscode.Uri): { folder: vscode.WorkspaceFolder | undefined; rel: string; root: vscode.Uri } {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder) {
    const rel = path.posix.relative(folder.uri.path, uri.path);
    return { folder, rel, root: folder.uri };
  }
  return { folder: undefined, rel: path.posix.basename(uri.path), root: uri.with({ path: path.posix.dirname(uri.path) }) };
}

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('aiLawLens');
  private readonly debouncer: PerKeyDebouncer;
  private readonly gate = new VersionGate();
  /** Milliseconds the last analysis of each document took, to stretch its debounce when it is slow. */
  private readonly lastCost = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Project-config problems, keyed by the config file's URI; kept apart from scan results of that file. */
  private readonly configProblems = new Map<string, { folder: string; problems: Problem[] }>();
  private readonly baselines = new BaselineFiles((file, message) => this.log.warn(`Baseline ${file} ignored: ${message}`));

  constructor(
    private readonly store: FindingsStore,
    private readonly contexts: FolderContexts,
    private readonly law: LawPort,
    private readonly links: GuidanceLinks,
    private readonly log: Logger,
  ) {
    this.debouncer = new PerKeyDebouncer(realTimers, (key) => adaptiveDelay(this.contexts.for(undefined).settings.debounceMs, this.lastCost.get(key)));
    const sub = this.store.onDidChange((uris) => uris.forEach((uri) => this.render(uri)));
    this.disposables.push(
      this.collection,
      { dispose: () => sub.dispose() },
      { dispose: () => this.debouncer.dispose() },
      vscode.workspace.onDidOpenTextDocument((doc) => void this.analyse(doc)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) {
          this.schedule(event.document);
        }
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        this.debouncer.cancel(doc.uri.toString());
        void this.analyse(doc);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.closed(doc)),
    );
  }

  /** Analyses every document already open at activation. */
  analyseOpenDocuments(): void {
    vscode.workspace.textDocuments.forEach((doc) => void this.analyse(doc));
  }

  isCandidate(doc: vscode.TextDocument): boolean {
    return SCHEMES.has(doc.uri.scheme);
  }

  schedule(doc: vscode.TextDocument): void {
    if (!this.isCandidate(doc)) {
      return;
    }
    const key = doc.uri.toString();
    this.gate.request(key, doc.version);
    this.debouncer.schedule(key, () => void this.analyse(doc));
  }

  /** Analyses a document now. The result is dropped if the document changed meanwhile (stale version). */
  async analyse(doc: vscode.TextDocument): Promise<void> {
    if (!this.isCandidate(doc) || doc.isClosed) {
      return;
    }
    const key = doc.uri.toString();
    const version = doc.version;
    this.gate.request(key, version);
    const { folder, rel, root } = locate(doc.uri);
    const context = this.contexts.for(folder);
    if (!context.settings.enable || context.isExcluded(rel)) {
      this.store.delete(key);
      return;
    }
    const started = Date.now();
    const result = await Promise.resolve(analyseText(rel, doc.getText(), context.config, doc.languageId));
    this.lastCost.set(key, Date.now() - started);
    if (!this.gate.isCurrent(key, version) || doc.version !== version || doc.isClosed) {
      return;
    }
    result.problems.forEach((p) => this.log.warn(`${rel}: ${p.message.en}`));
    this.store.set(key, root.toString(), result);
  }

  private closed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.debouncer.cancel(key);
    this.gate.forget(key);
    this.lastCost.delete(key);
    if (doc.uri.scheme !== 'file') {
      // Unsaved or virtual buffers have no file behind them: their findings go with the editor.
      this.store.delete(key);
    }
  }

  /** Shows a folder's project-config problems on the config file (and logs them once). */
  setConfigProblems(folder: vscode.WorkspaceFolder, problems: readonly Problem[]): void {
    const folderKey = folder.uri.toString();
    const touched = new Set<string>();
    for (const [uri, entry] of this.configProblems) {
      if (entry.folder === folderKey) {
        this.configProblems.delete(uri);
        touched.add(uri);
      }
    }
    for (const problem of problems) {
      const uri = vscode.Uri.joinPath(folder.uri, problem.file ?? '.ailawlens.json').toString();
      const entry = this.configProblems.get(uri) ?? { folder: folderKey, problems: [] };
      entry.problems.push(problem);
      this.configProblems.set(uri, entry);
      touched.add(uri);
      this.log.warn(`${folder.name}/${problem.file ?? ''}: ${problem.message.en}`);
    }
    touched.forEach((uri) => this.render(uri));
  }

  /** Re-renders every stored result (language or display settings changed). */
  renderAll(): void {
    this.collection.clear();
    new Set([...this.store.uris(), ...this.configProblems.keys()]).forEach((uri) => this.render(uri));
  }

  render(uriString: string): void {
    const uri = vscode.Uri.parse(uriString);
    const entry = this.store.get(uriString);
    const extra = this.configProblems.get(uriString)?.problems ?? [];
    if (!entry) {
      if (extra.length > 0) {
        this.collection.set(uri, extra.map((p) => this.problemDiagnostic(p)));
      } else {
        this.collection.delete(uri);
      }
      return;
    }
    const { folder } = locate(uri);
    const { settings } = this.contexts.for(folder);
    const lang = uiLang();
    const root = vscode.Uri.parse(entry.root);
    const diagnostics: vscode.Diagnostic[] = [];
    const findings = entry.result.findings;
    const baselined =
      settings.baselineDisplay === 'show' || root.scheme !== 'file'
        ? findings.map(() => false)
        : baselinedFlags(findings, this.baselines.get(root.fsPath, settings.baselineFile), entry.result.file);
    findings.forEach((finding, index) => {
      const spec = presentFinding(finding, { lang, law: this.law, settings });
      if (!spec || (baselined[index] && settings.baselineDisplay === 'hide')) {
        return;
      }
      const diagnostic = this.toDiagnostic(spec, root);
      if (baselined[index]) {
        // Accepted in the baseline: faded, and only a hint, so new findings stand out.
        diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
        diagnostic.severity = vscode.DiagnosticSeverity.Hint;
      }
      diagnostics.push(diagnostic);
    });
    for (const problem of [...entry.result.problems, ...extra]) {
      diagnostics.push(this.problemDiagnostic(problem));
    }
    this.collection.set(uri, diagnostics);
  }

  private toDiagnostic(spec: DiagnosticSpec, root: vscode.Uri): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(spec.span), spec.message, toSeverity(spec.severity));
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: spec.ruleId, target: this.links.codeTarget(spec.obligations) };
    if (spec.related.length > 0) {
      diagnostic.relatedInformation = spec.related.map(
        (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.joinPath(root, r.file), toRange(r.span)), r.message),
      );
    }
    return diagnostic;
  }

  private problemDiagnostic(problem: Problem): vscode.Diagnostic {
    const span = problem.span ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const informational = problem.kind.startsWith('skipped');
    const diagnostic = new vscode.Diagnostic(
      toRange(span),
      problem.message[uiLang()],
      informational ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = problem.kind;
    return diagnostic;
  }

  dispose(): void {
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}
