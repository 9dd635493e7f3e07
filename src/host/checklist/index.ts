// Checklist registration: the webview view, its controller and the checklist commands.
import * as vscode from 'vscode';
import type { ChecklistModel } from '../../core/checklist';
import { ChecklistViewProvider } from '../../webview/checklistView';
import { isViewToHost } from '../../webview/protocol';
import type { FindingsSource } from '../findingsSource';
import { redact } from '../redact';
import { ChecklistController } from './controller';
import { exportChecklist } from './export';

export interface ChecklistSummary {
  done: number;
  applicable: number;
  /** Estimated AI Law tier (proposal), when known. */
  tier?: 'unacceptable' | 'high' | 'limited' | 'low';
}

export interface ChecklistHandle extends vscode.Disposable {
  readonly onDidChangeSummary: vscode.Event<ChecklistSummary>;
  summary(): ChecklistSummary;
  /** The current checklist model (for tests and other views). */
  model(): ChecklistModel | undefined;
}

/** Command the editor's "Mark handled in the checklist" quick fix runs, with `{ obligations: string[], ruleId, file, line }`. */
export const MARK_HANDLED_COMMAND = 'aiLawLens.checklist.markHandled';
export const OPEN_CHECKLIST_COMMAND = 'aiLawLens.openChecklist';
export const EXPORT_CHECKLIST_COMMAND = 'aiLawLens.exportChecklist';
/** Not contributed to the palette: the model, and a view message run through the same guard (integration tests). */
export const CHECKLIST_MODEL_COMMAND = 'aiLawLens.checklist.model';
export const CHECKLIST_DISPATCH_COMMAND = 'aiLawLens.checklist.dispatch';

export function registerChecklist(context: vscode.ExtensionContext, findings: FindingsSource): ChecklistHandle {
  const emitter = new vscode.EventEmitter<ChecklistSummary>();
  const channel = vscode.window.createOutputChannel('AI Law Lens: Checklist', { log: true });
  const log = { info: (m: string) => channel.info(redact(m)), warn: (m: string) => channel.warn(redact(m)) };
  let summary: ChecklistSummary = { done: 0, applicable: 0 };

  // The controller posts through the provider, which is created right after it (it needs the controller's handlers).
  const late: { provider?: ChecklistViewProvider } = {};
  const controller = new ChecklistController(
    findings,
    {
      postModel: (model) => late.provider?.post({ t: 'model', lang: controller.lang(), model }),
      focusItem: (id) => {
        void vscode.commands.executeCommand('aiLawLens.checklist.focus').then(() => late.provider?.post({ t: 'focusItem', id }));
      },
      summaryChanged: (next) => {
        if (next.done !== summary.done || next.applicable !== summary.applicable || next.tier !== summary.tier) {
          summary = next;
          emitter.fire(summary);
        }
      },
    },
    log,
  );
  const provider = new ChecklistViewProvider(context.extensionUri, {
    onMessage: (message) => controller.handle(message),
    onInvalidMessage: (description) => log.warn(`checklist view: ignored a message (${description})`),
    onNeedsModel: () => controller.refresh(),
    lang: () => controller.lang(),
  });
  late.provider = provider;

  const disposables: vscode.Disposable[] = [
    emitter,
    channel,
    controller,
    provider,
    vscode.window.registerWebviewViewProvider(ChecklistViewProvider.viewType, provider),
    vscode.commands.registerCommand(OPEN_CHECKLIST_COMMAND, () => vscode.commands.executeCommand('aiLawLens.checklist.focus')),
    vscode.commands.registerCommand(EXPORT_CHECKLIST_COMMAND, (args?: unknown) =>
      exportChecklist(controller.refresh(), vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri, args),
    ),
    vscode.commands.registerCommand(MARK_HANDLED_COMMAND, (args?: unknown) => controller.markHandled(args)),
    vscode.commands.registerCommand(CHECKLIST_MODEL_COMMAND, () => controller.current()),
    vscode.commands.registerCommand(CHECKLIST_DISPATCH_COMMAND, async (message?: unknown) => {
      if (!isViewToHost(message)) {
        log.warn('checklist dispatch: ignored a message of unexpected shape');
        return false;
      }
      await controller.handle(message);
      return true;
    }),
  ];
  context.subscriptions.push(...disposables);
  return {
    onDidChangeSummary: emitter.event,
    summary: () => summary,
    model: () => controller.current(),
    dispose: () => {
      for (const d of disposables) {
        d.dispose();
      }
    },
  };
}
