// Activation only builds objects, registers them and pushes disposables. No logic here; nothing scans here
// (the workspace scan is deferred by the editor module).
import type * as vscode from 'vscode';
import { registerChecklist } from './host/checklist';
import { registerEditor } from './host/editor';

export function activate(context: vscode.ExtensionContext): void {
  const editor = registerEditor(context);
  const checklist = registerChecklist(context, editor.findings);
  context.subscriptions.push(checklist);
  editor.attachChecklist(checklist);
}

export function deactivate(): void {
  // Disposables are released through context.subscriptions.
}
