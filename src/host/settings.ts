// The one typed reader of the `aiLawLens.*` settings. Pure: it reads through a narrow port so unit tests can pass
// a plain object, and host code passes `vscode.workspace.getConfiguration('aiLawLens', uri)`.
import { CATEGORIES, isCategory } from '../core/model';
import type { Category, CustomPattern, Severity } from '../core/model';

/** The subset of `vscode.WorkspaceConfiguration` the reader needs. */
export interface ConfigurationPort {
  get<T>(key: string): T | undefined;
}

export type LanguageSetting = 'auto' | 'zh-cn' | 'en';
export type SeveritySetting = Severity | 'off';

/** Which legal frameworks' citations to show (PRC law in force, drafts, the AI Law proposal). */
export interface FrameworkFilter {
  inForce: boolean;
  drafts: boolean;
  aiLawProposal: boolean;
}

export interface CodeActionToggles {
  openGuidance: boolean;
  suppress: boolean;
  markHandled: boolean;
  insertStub: boolean;
}

export interface Settings {
  enable: boolean;
  categories: Record<Category, boolean>;
  /** Keyed by rule id or category. */
  severity: Record<string, SeveritySetting>;
  exclude: string[];
  frameworks: FrameworkFilter;
  debounceMs: number;
  maxFileSize: number;
  language: LanguageSetting;
  customPatterns: CustomPattern[];
  codeActions: CodeActionToggles;
  scanOnStartup: boolean;
  /** How findings already accepted in the baseline file show: normally, dimmed, or not at all. */
  baselineDisplay: 'show' | 'dim' | 'hide';
  /** Baseline file, relative to the workspace folder (the CLI's `baseline create` default). */
  baselineFile: string;
}

export const DEFAULT_DEBOUNCE_MS = 300;
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const SEVERITY_SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function clampNumber(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fallback;
  }
  return Math.min(max, Math.max(min, Math.round(value)));
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function readCategories(value: unknown): Record<Category, boolean> {
  const given = record(value);
  const out = {} as Record<Category, boolean>;
  for (const category of CATEGORIES) {
    out[category] = bool(given[category], true);
  }
  return out;
}

function readSeverity(value: unknown): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const [key, level] of Object.entries(record(value))) {
    if (typeof level === 'string' && SEVERITY_SETTINGS.includes(level)) {
      out[key] = level as SeveritySetting;
    }
  }
  return out;
}

function readStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0) : [];
}

function isCustomPattern(value: unknown): value is CustomPattern {
  const v = record(value);
  return typeof v.id === 'string' && v.id.length > 0 && typeof v.pattern === 'string' && isCategory(v.category);
}

/** Reads every setting, replacing malformed values by their defaults instead of failing. */
function readBaselineDisplay(value: unknown): Settings['baselineDisplay'] {
  return value === 'show' || value === 'hide' ? value : 'dim';
}

function readBaselineFile(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : '.ailawlens/baseline.json';
}

export function readSettings(config: ConfigurationPort): Settings {
  const language = config.get<string>('language');
  const frameworks = record(config.get('frameworks'));
  const actions = record(config.get('codeActions'));
  return {
    enable: bool(config.get('enable'), true),
    categories: readCategories(config.get('categories')),
    severity: readSeverity(config.get('severity')),
    exclude: readStrings(config.get('exclude')),
    frameworks: {
      inForce: bool(frameworks.inForce, true),
      drafts: bool(frameworks.drafts, true),
      aiLawProposal: bool(frameworks.aiLawProposal, true),
    },
    debounceMs: clampNumber(config.get('debounceMs'), DEFAULT_DEBOUNCE_MS, 0, 5000),
    maxFileSize: clampNumber(config.get('maxFileSize'), DEFAULT_MAX_FILE_SIZE, 1024, 64 * 1024 * 1024),
    language: language === 'zh-cn' || language === 'en' ? language : 'auto',
    customPatterns: (config.get<unknown[]>('customPatterns') ?? []).filter(isCustomPattern),
    codeActions: {
      openGuidance: bool(actions.openGuidance, true),
      suppress: bool(actions.suppress, true),
      markHandled: bool(actions.markHandled, true),
      insertStub: bool(actions.insertStub, true),
    },
    scanOnStartup: bool(config.get('scanOnStartup'), true),
    baselineDisplay: readBaselineDisplay(config.get('baseline.display')),
    baselineFile: readBaselineFile(config.get('baseline.file')),
  };
}

/** Which category a rule override names, or the rule itself; rule ids win over categories. */
export function severityOverride(
  severity: Record<string, SeveritySetting>,
  ruleId: string,
  category: Category,
): SeveritySetting | undefined {
  return severity[ruleId] ?? severity[category];
}
