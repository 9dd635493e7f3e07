// Activation only builds objects, registers them and pushes disposables. No logic here.
// PLACEHOLDER wiring until the editor issue lands.
import * as vscode from 'vscode';
import { scanText } from './core/engine';
import type { Finding } from './core/model';
import { registerChecklist } from './host/checklist';
import type { FindingsSource } from './host/findingsSource';

export function activate(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('aiLawLens');
  const changed = new vscode.EventEmitter<void>();
  const byUri = new Map<string, Finding[]>();
  context.subscriptions.push(collection, changed);
  const source: FindingsSource = {
    all: () => [...byUri.values()].flat(),
    problems: () => [],
    onDidChange: changed.event,
    resolve: (file) => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      return folder ? vscode.Uri.joinPath(folder.uri, file) : undefined;
    },
  };
  const analyse = (document: vscode.TextDocument): void => {
    if (document.uri.scheme !== 'file') {
      return;
    }
    const rel = vscode.workspace.asRelativePath(document.uri, false);
    const result = scanText(rel, document.getText());
    byUri.set(document.uri.toString(), result.findings);
    collection.set(
      document.uri,
      result.findings.map((f) => {
        const d = new vscode.Diagnostic(
          new vscode.Range(f.span.start.line, f.span.start.character, f.span.end.line, f.span.end.character),
          f.message.en,
          vscode.DiagnosticSeverity.Warning,
        );
        d.source = 'AI Law Lens';
        d.code = f.ruleId;
        return d;
      }),
    );
    changed.fire();
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(analyse));
  vscode.workspace.textDocuments.forEach(analyse);
  registerChecklist(context, source);
}

export function deactivate(): void {
  // Disposables are released through context.subscriptions.
}
