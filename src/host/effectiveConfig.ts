// Merges the team's project config (.ailawlens.json/.yaml) with the user's settings into the config the engine
// receives. Pure. In an untrusted workspace, patterns supplied by the workspace are dropped (limited mode).
import type { CustomPattern, ProjectConfig } from '../core/model';
import { CATEGORIES } from '../core/model';
import type { Settings } from './settings';

export interface MergeInput {
  project: ProjectConfig;
  settings: Pick<Settings, 'categories' | 'severity' | 'exclude' | 'maxFileSize' | 'customPatterns'>;
  /** `files.exclude` globs that are switched on. */
  filesExclude: readonly string[];
  trusted: boolean;
}

/** `files.exclude` is `{ glob: true | false | { when } }`; only plain `true` entries exclude unconditionally. */
export function enabledGlobs(filesExclude: unknown): string[] {
  if (!filesExclude || typeof filesExclude !== 'object') {
    return [];
  }
  return Object.entries(filesExclude as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

export function mergeConfig(input: MergeInput): ProjectConfig {
  const { project, settings } = input;
  const disabledCategories = CATEGORIES.filter((c) => !settings.categories[c]);
  // Settings customPatterns are a restricted configuration: VS Code already withholds workspace values when untrusted.
  const projectPatterns: CustomPattern[] = input.trusted ? project.customPatterns : [];
  return {
    ...project,
    exclude: [...new Set([...project.exclude, ...input.filesExclude, ...settings.exclude])],
    severity: { ...project.severity, ...settings.severity },
    disable: [...new Set([...project.disable, ...disabledCategories])],
    customPatterns: [...projectPatterns, ...settings.customPatterns],
    maxFileSize: Math.min(project.maxFileSize ?? Number.POSITIVE_INFINITY, settings.maxFileSize),
  };
}
