// The narrow port through which the checklist and status bar read the current findings.
import type * as vscode from 'vscode';
import type { Finding, Problem } from '../core/model';

export interface FindingsSource {
  /** Every current finding in the workspace, open or closed files, suppressed ones included. */
  all(): readonly Finding[];
  /** Problems (skipped files, parse errors) from the last scan. */
  problems(): readonly Problem[];
  /** Fires after a scan or an incremental update changed the findings. */
  readonly onDidChange: vscode.Event<void>;
  /** Root folder URI the workspace-relative `Finding.file` paths resolve against. */
  resolve(file: string): vscode.Uri | undefined;
}
