// Status bar item: finding count + estimated AI Law tier; a click focuses the checklist view.
import * as vscode from 'vscode';
import type { ChecklistHandle } from './checklist';
import type { FindingsSource } from './findingsSource';
import { t } from './i18n';
import { statusView } from './statusBarText';

/** The focus command VS Code generates for the checklist view: it exists as soon as the view is contributed. */
export const FOCUS_CHECKLIST_COMMAND = 'aiLawLens.checklist.focus';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('aiLawLens.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];
  private scanning = false;

  constructor(
    private readonly findings: FindingsSource,
    private checklist: ChecklistHandle | undefined,
  ) {
    this.item.name = 'AI Law Lens';
    this.item.command = FOCUS_CHECKLIST_COMMAND;
    this.disposables.push(this.item, findings.onDidChange(() => this.update()));
    this.attach(checklist);
    this.update();
    this.item.show();
  }

  /** Connects the checklist handle once it is registered (its summary carries the tier). */
  attach(checklist: ChecklistHandle | undefined): void {
    this.checklist = checklist;
    if (checklist) {
      this.disposables.push(checklist.onDidChangeSummary(() => this.update()));
    }
    this.update();
  }

  setScanning(scanning: boolean): void {
    this.scanning = scanning;
    this.update();
  }

  update(): void {
    const count = this.findings.all().filter((f) => !f.suppression).length;
    const view = statusView(count, this.checklist?.summary().tier, this.scanning, t);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
  }

  dispose(): void {
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}
