// UI language for runtime strings. STUB: the editor issue makes it honour `aiLawLens.language`.
import * as vscode from 'vscode';
import type { Lang } from '../core/model';

/** The language for data-driven text (diagnostic messages, obligations, checklist). */
export function uiLang(): Lang {
  const setting = vscode.workspace.getConfiguration('aiLawLens').get<string>('language', 'auto');
  if (setting === 'zh-cn') {
    return 'zh';
  }
  if (setting === 'en') {
    return 'en';
  }
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Localises a runtime UI string; keys live in l10n/bundle.l10n*.json. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  return vscode.l10n.t(message, ...args);
}
