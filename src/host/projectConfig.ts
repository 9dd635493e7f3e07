// Loads a workspace folder's project config (.ailawlens.json/.yaml) for the editor through the core loader.
import { loadProjectConfig } from '../core/config';
import type { Problem, ProjectConfig } from '../core/model';

export interface LoadedFolderConfig {
  config: ProjectConfig;
  /** Malformed config and the like; shown as diagnostics on the config file and in the Output channel. */
  problems: Problem[];
}

export const PROJECT_CONFIG_GLOB = '**/.ailawlens.{json,yaml,yml}';

/** Never throws (the core loader reports every failure as a Problem). Unsafe-pattern checks only when trusted. */
export function loadFolderConfig(rootPath: string, trusted: boolean): LoadedFolderConfig {
  const loaded = loadProjectConfig(rootPath, undefined, { checkPatterns: trusted });
  return { config: loaded.config, problems: loaded.problems };
}
