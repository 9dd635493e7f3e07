// Shared vocabulary of the engine, the editor, the checklist and the CLI.
// Pure data types: no I/O, no vscode. Positions are 0-based (line and UTF-16 column), like VS Code's.

/** The twelve finding categories. Every rule belongs to exactly one. */
export const CATEGORIES = [
  'training',
  'personal-data',
  'sensitive-pi',
  'recommendation',
  'generative-ai',
  'deep-synthesis',
  'face-recognition',
  'automated-decision',
  'cross-border',
  'scraping',
  'minors',
  'pi-logging',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** Maps to SARIF error/warning/note and VS Code Error/Warning/Information. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Confidence = 'high' | 'medium' | 'low';

/** Every user-facing string exists in Simplified Chinese and English. */
export interface Localized {
  zh: string;
  en: string;
}
export type Lang = keyof Localized;

export interface Position {
  line: number;
  character: number;
}

export interface Span {
  start: Position;
  end: Position;
}

export interface RelatedLocation {
  /** Workspace-relative POSIX path. */
  file: string;
  span: Span;
  message: Localized;
}

export type SuppressionScope = 'line' | 'next-line' | 'file';

/** A parsed in-source suppression directive that applied to a finding. */
export interface AppliedSuppression {
  kind: 'inSource';
  scope: SuppressionScope;
  justification: string;
  reviewer?: string;
  /** ISO date (YYYY-MM-DD). */
  expires?: string;
  /** 0-based line of the directive. */
  line: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  /** Workspace-relative POSIX path. */
  file: string;
  span: Span;
  /** Ready to show; any PI value in it is already masked. */
  message: Localized;
  /** Obligation ids from the catalogue, e.g. `PIPL-28`. */
  obligations: string[];
  /**
   * The normalised matched token (identifier words, SDK name, host...). PI values are masked.
   * Used for fingerprints, so it must not contain line numbers.
   */
  token: string;
  /** Enclosing symbol or context (class, table, function) when known. */
  context?: string;
  related: RelatedLocation[];
  /** Stable across line moves: derived from ruleId, token and context. */
  fingerprint: string;
  suppression?: AppliedSuppression;
  /** For the PI inventory: the personal-data element, e.g. `id-card-number`, `mobile`, `face`. */
  piElement?: string;
  sensitive?: boolean;
}

export type ProblemKind =
  | 'parse-error'
  | 'decode-error'
  | 'skipped-binary'
  | 'skipped-size'
  | 'skipped-line-length'
  | 'skipped-timeout'
  | 'io-error'
  | 'config-error'
  | 'invalid-suppression';

/** Something the scan could not do, or a malformed input. Never silent. */
export interface Problem {
  kind: ProblemKind;
  /** Workspace-relative POSIX path, when the problem belongs to a file. */
  file?: string;
  span?: Span;
  message: Localized;
}

export interface FileScanResult {
  file: string;
  findings: Finding[];
  problems: Problem[];
}

/** Code edits a rule can offer as a compliant stub. `{indent}` and `{token}` are substituted. */
export interface FixTemplate {
  title: Localized;
  /** Snippet per language family id (see core/lang), or `*` for any. Inserted on the line before the finding. */
  snippets: Partial<Record<string, string>>;
}

/** The reviewable description of a rule. Detectors live beside it in core/rules. */
export interface RuleMeta {
  id: string;
  /** kebab-case short name for SARIF `name`. */
  name: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  obligations: string[];
  title: Localized;
  /** Message shown on the diagnostic; `{token}` is replaced by the (masked) matched token. */
  message: Localized;
  description: Localized;
  fix?: FixTemplate;
}

/** The validated project configuration (`.ailawlens.json` / `.ailawlens.yaml`). */
export interface ProjectConfig {
  /** Gitignore-style globs to exclude, relative to the project root. */
  exclude: string[];
  /** Severity overrides keyed by rule id or category; `off` disables. */
  severity: Record<string, Severity | 'off'>;
  /** Rule ids or categories to disable. */
  disable: string[];
  /** Extra identifier patterns supplied by the workspace (ignored in untrusted workspaces). */
  customPatterns: CustomPattern[];
  /** Checklist policy for `checklist --check`. */
  checklist: { block: string[] };
  maxFileSize?: number;
}

export interface CustomPattern {
  id: string;
  category: Category;
  /** A regular expression source, checked for catastrophic backtracking before use. */
  pattern: string;
  message?: Localized;
  severity?: Severity;
  obligations?: string[];
}

export const DEFAULT_CONFIG: ProjectConfig = {
  exclude: [],
  severity: {},
  disable: [],
  customPatterns: [],
  checklist: { block: [] },
};

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
