// UI language for runtime strings. `aiLawLens.language` overrides the VS Code display language: when they differ,
// we load the matching bundle file ourselves, because vscode.l10n only ever serves the display language's bundle.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Lang } from '../core/model';
import type { Bundle } from './l10n/bundle';
import { displayMatches, loadBundle, resolveLang, translate } from './l10n/bundle';
import type { LanguageSetting } from './settings';

let l10nDir: string | undefined;
/** Set only when the override differs from the display language. */
let overrideBundle: Bundle | undefined;

function languageSetting(): LanguageSetting {
  const value = vscode.workspace.getConfiguration('aiLawLens').get<string>('language', 'auto');
  return value === 'zh-cn' || value === 'en' ? value : 'auto';
}

/** Called once on activation and again when `aiLawLens.language` changes. */
export function configureI18n(extensionPath: string): void {
  l10nDir = path.join(extensionPath, 'l10n');
  const lang = uiLang();
  overrideBundle = displayMatches(lang, vscode.env.language) ? undefined : loadBundle(l10nDir, lang);
}

/** The language for data-driven text (diagnostic messages, obligations, checklist). */
export function uiLang(): Lang {
  return resolveLang(languageSetting(), vscode.env.language);
}

/** Localises a runtime UI string; keys live in l10n/bundle.l10n*.json. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  if (overrideBundle) {
    return translate(overrideBundle, message, args);
  }
  return vscode.l10n.t(message, ...args);
}
