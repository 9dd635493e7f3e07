// Pure helpers for runtime string bundles (l10n/bundle.l10n*.json): lookup, `{0}` placeholders and language choice.
// Used by i18n.ts when the `aiLawLens.language` override differs from the VS Code display language.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../../core/model';
import type { LanguageSetting } from '../settings';

export type Bundle = Record<string, string>;

/** Replaces `{0}`, `{1}`… by the arguments; unknown indexes stay as written. */
export function formatMessage(template: string, args: ReadonlyArray<string | number | boolean>): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** The `{n}` placeholders a message uses, sorted, for the bundle consistency test. */
export function placeholdersOf(message: string): string[] {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}

/** The language of data-driven text for a setting and a VS Code display language (`vscode.env.language`). */
export function resolveLang(setting: LanguageSetting, displayLanguage: string): Lang {
  if (setting === 'zh-cn') {
    return 'zh';
  }
  if (setting === 'en') {
    return 'en';
  }
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Whether VS Code's own bundle (chosen by display language) already matches the language we want. */
export function displayMatches(lang: Lang, displayLanguage: string): boolean {
  return resolveLang('auto', displayLanguage) === lang;
}

/** Reads a bundle file; a missing or malformed file yields an empty bundle (strings then fall back to English keys). */
export function loadBundle(l10nDir: string, lang: Lang): Bundle {
  const file = path.join(l10nDir, lang === 'zh' ? 'bundle.l10n.zh-cn.json' : 'bundle.l10n.json');
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const out: Bundle = {};
    if (parsed && typeof parsed === 'object') {
      for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
        if (typeof value === 'string') {
          out[key] = value;
        } else if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') {
          out[key] = (value as { message: string }).message;
        }
      }
    }
    return out;
  } catch {
    return {};
  }
}

export function translate(bundle: Bundle | undefined, message: string, args: ReadonlyArray<string | number | boolean>): string {
  return formatMessage(bundle?.[message] ?? message, args);
}
