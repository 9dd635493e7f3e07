// "AI Law Lens: Export Checklist": Markdown (PR review, audit) and JSON, the same content the CLI's
// `checklist --format markdown|json` prints, written into `.ailawlens/` or where the user chooses.
import * as vscode from 'vscode';
import { renderChecklistJson, renderChecklistMarkdown, type ChecklistModel } from '../../core/checklist';
import { t, uiLang } from '../i18n';

export type ExportFormat = 'markdown' | 'json';

export interface ExportArgs {
  format?: ExportFormat | 'both';
  /** `workspace`: `.ailawlens/checklist.md` and `.ailawlens/checklist-export.json`; `dialog`: a save dialog. */
  target?: 'workspace' | 'dialog';
}

/** Export file names; never `checklist.json`, which is the decisions file. */
export const EXPORT_FILES: Record<ExportFormat, string> = { markdown: 'checklist.md', json: 'checklist-export.json' };

function isExportArgs(value: unknown): value is ExportArgs {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return (v.format === undefined || v.format === 'markdown' || v.format === 'json' || v.format === 'both') && (v.target === undefined || v.target === 'workspace' || v.target === 'dialog');
}

function render(model: ChecklistModel, format: ExportFormat): string {
  return format === 'markdown' ? renderChecklistMarkdown(model, uiLang()) : renderChecklistJson(model, uiLang());
}

async function ask(): Promise<ExportArgs | undefined> {
  const items: (vscode.QuickPickItem & { args: ExportArgs })[] = [
    { label: t('Markdown and JSON into .ailawlens/'), description: `${EXPORT_FILES.markdown}, ${EXPORT_FILES.json}`, args: { format: 'both', target: 'workspace' } },
    { label: t('Markdown file…'), args: { format: 'markdown', target: 'dialog' } },
    { label: t('JSON file…'), args: { format: 'json', target: 'dialog' } },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: t('Export the compliance checklist') });
  return picked?.args;
}

/** Returns the written files (empty when cancelled). */
export async function exportChecklist(model: ChecklistModel, folder: vscode.Uri | undefined, rawArgs: unknown): Promise<vscode.Uri[]> {
  const args = isExportArgs(rawArgs) && (rawArgs.format || rawArgs.target) ? rawArgs : await ask();
  if (!args) {
    return [];
  }
  const formats: ExportFormat[] = args.format === 'markdown' ? ['markdown'] : args.format === 'json' ? ['json'] : ['markdown', 'json'];
  const dir = folder ? vscode.Uri.joinPath(folder, '.ailawlens') : undefined;
  const written: vscode.Uri[] = [];
  for (const format of formats) {
    let target: vscode.Uri | undefined;
    if (args.target === 'dialog' || !dir) {
      target = await vscode.window.showSaveDialog({
        defaultUri: dir ? vscode.Uri.joinPath(dir, EXPORT_FILES[format]) : undefined,
        filters: format === 'markdown' ? { Markdown: ['md'] } : { JSON: ['json'] },
        saveLabel: t('Export'),
      });
      if (!target) {
        continue;
      }
    } else {
      target = vscode.Uri.joinPath(dir, EXPORT_FILES[format]);
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(render(model, format), 'utf8'));
    written.push(target);
  }
  if (written.length > 0) {
    void vscode.window.showInformationMessage(t('Checklist exported to {0}', written.map((u) => vscode.workspace.asRelativePath(u, false)).join(', ')));
  }
  return written;
}
