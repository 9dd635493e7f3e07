// The "suppress" command behind the quick fix: asks for the mandatory reason (and optional reviewer and expiry),
// then writes or extends the directive with the language's comment token.
import * as vscode from 'vscode';
import { t } from '../i18n';
import type { Logger } from '../log';
import type { SuppressArgs } from './codeActionProvider';
import { isSuppressArgs, lineView } from './codeActionProvider';
import { existingDirective, suppressionEdit } from './textEdits';

export function isValidExpiry(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

async function ask(args: SuppressArgs, existing: { reason: string; reviewer?: string; expires?: string } | undefined): Promise<Required<Pick<SuppressArgs, 'reason'>> & Pick<SuppressArgs, 'reviewer' | 'expires'> | undefined> {
  const title = args.scope === 'file' ? t('Suppress {0} for this file', args.ruleId) : t('Suppress {0} for this line', args.ruleId);
  const reason = await vscode.window.showInputBox({
    title,
    prompt: t('Why is this acceptable? The reason stays in the code as audit evidence (required).'),
    value: existing?.reason ?? '',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim().length > 0 ? undefined : t('A reason is required.')),
  });
  if (reason === undefined) {
    return undefined;
  }
  const reviewer = await vscode.window.showInputBox({
    title,
    prompt: t('Reviewer (optional): who approved this suppression'),
    value: existing?.reviewer ?? '',
    ignoreFocusOut: true,
  });
  if (reviewer === undefined) {
    return undefined;
  }
  const expires = await vscode.window.showInputBox({
    title,
    prompt: t('Expiry date (optional), YYYY-MM-DD: the suppression stops applying after it'),
    value: existing?.expires ?? '',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' || isValidExpiry(value.trim()) ? undefined : t('Use the form YYYY-MM-DD, or leave it empty.')),
  });
  if (expires === undefined) {
    return undefined;
  }
  return { reason: reason.trim(), reviewer: reviewer.trim() || undefined, expires: expires.trim() || undefined };
}

export async function runSuppress(raw: unknown, log: Logger): Promise<boolean> {
  if (!isSuppressArgs(raw)) {
    log.warn('Suppress command called with invalid arguments; ignored.');
    return false;
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(raw.uri));
  const view = lineView(document);
  if (raw.line >= view.lineCount) {
    return false;
  }
  const existing = existingDirective(view, raw)?.found;
  const answers = raw.reason !== undefined && raw.reason.trim() !== '' ? { reason: raw.reason.trim(), reviewer: raw.reviewer, expires: raw.expires } : await ask(raw, existing);
  if (!answers) {
    return false;
  }
  if (answers.expires && !isValidExpiry(answers.expires)) {
    void vscode.window.showErrorMessage(t('Use the form YYYY-MM-DD, or leave it empty.'));
    return false;
  }
  const edit = suppressionEdit(view, { ...raw, ...answers, languageId: document.languageId });
  if (!edit) {
    void vscode.window.showWarningMessage(t('This file type has no comments, so a suppression cannot be written here. Exclude the file in the project config instead.'));
    return false;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(
    document.uri,
    new vscode.Range(edit.span.start.line, edit.span.start.character, edit.span.end.line, edit.span.end.character),
    edit.newText,
  );
  const applied = await vscode.workspace.applyEdit(workspaceEdit);
  if (applied) {
    log.info(`Suppressed ${raw.ruleId} (${raw.scope}) in ${vscode.workspace.asRelativePath(document.uri)}`);
  }
  return applied;
}
