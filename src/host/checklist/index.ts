// Checklist host glue. STUB: the checklist issue replaces this with the real view, persistence and export.
import * as vscode from 'vscode';
import type { FindingsSource } from '../findingsSource';

export interface ChecklistSummary {
  done: number;
  applicable: number;
  /** Estimated AI Law tier (proposal), when known. */
  tier?: 'unacceptable' | 'high' | 'limited' | 'low';
}

export interface ChecklistHandle extends vscode.Disposable {
  readonly onDidChangeSummary: vscode.Event<ChecklistSummary>;
  summary(): ChecklistSummary;
}

/** Command the editor's "Mark handled in the checklist" quick fix runs, with `{ obligations: string[], ruleId, file, line }`. */
export const MARK_HANDLED_COMMAND = 'aiLawLens.checklist.markHandled';

export function registerChecklist(context: vscode.ExtensionContext, findings: FindingsSource): ChecklistHandle {
  const emitter = new vscode.EventEmitter<ChecklistSummary>();
  const provider: vscode.WebviewViewProvider = {
    resolveWebviewView(view) {
      view.webview.html = '<!DOCTYPE html><html><body><h2 id="msg">AI Law Lens checklist</h2></body></html>';
    },
  };
  const disposables = [
    emitter,
    vscode.window.registerWebviewViewProvider('aiLawLens.checklist', provider),
    findings.onDidChange(() => emitter.fire({ done: 0, applicable: 0 })),
  ];
  context.subscriptions.push(...disposables);
  return {
    onDidChangeSummary: emitter.event,
    summary: () => ({ done: 0, applicable: 0 }),
    dispose: () => {
      for (const d of disposables) {
        d.dispose();
      }
    },
  };
}
