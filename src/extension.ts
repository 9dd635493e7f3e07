// Activation only builds objects, registers them and pushes disposables. No logic here.
import * as vscode from 'vscode';
import { scanText } from './core/engine';

export function activate(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('aiLawLens');
  context.subscriptions.push(collection);
  const analyse = (document: vscode.TextDocument): void => {
    if (document.uri.scheme !== 'file') {
      return;
    }
    const rel = vscode.workspace.asRelativePath(document.uri, false);
    const result = scanText(rel, document.getText());
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
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(analyse));
  vscode.workspace.textDocuments.forEach(analyse);
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider('aiLawLens.checklist', {
      resolveWebviewView(view) {
        view.webview.html = '<!DOCTYPE html><html><body><h2 id="msg">AI Law Lens checklist</h2></body></html>';
      },
    }),
  );
}

export function deactivate(): void {
  // Disposables are released through context.subscriptions.
}
