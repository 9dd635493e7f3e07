// Per-workspace-folder scan context: the merged engine config and the exclusion test, cached until settings,
// trust, the project config or .gitignore change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Problem, ProjectConfig } from '../core/model';
import { DEFAULT_CONFIG } from '../core/model';
import { compileCustomPatterns } from '../core/engine/customRules';
import { enabledGlobs, mergeConfig } from './effectiveConfig';
import type { ExclusionTest } from './exclusion';
import { createExclusion } from './exclusion';
import { loadFolderConfig } from './projectConfig';
import type { Settings } from './settings';
import { readSettings } from './settings';

export interface FolderContext {
  folder: vscode.WorkspaceFolder | undefined;
  settings: Settings;
  config: ProjectConfig;
  isExcluded: ExclusionTest;
  configProblems: Problem[];
}

export function settingsFor(scope: vscode.Uri | vscode.WorkspaceFolder | undefined): Settings {
  return readSettings(vscode.workspace.getConfiguration('aiLawLens', scope));
}

function readGitignore(root: string): string | undefined {
  try {
    return fs.readFileSync(path.join(root, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
}

export class FolderContexts {
  private readonly cache = new Map<string, FolderContext>();

  constructor(private readonly onConfigProblems: (folder: vscode.WorkspaceFolder, problems: Problem[]) => void) {}

  for(folder: vscode.WorkspaceFolder | undefined): FolderContext {
    const key = folder?.uri.toString() ?? '';
    const cached = this.cache.get(key);
    if (cached) {
      return cached;
    }
    const settings = settingsFor(folder);
    const local = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
    const loaded = local ? loadFolderConfig(local, vscode.workspace.isTrusted) : { config: undefined, problems: [] };
    const filesExclude = enabledGlobs(vscode.workspace.getConfiguration('files', folder).get('exclude'));
    const config = mergeConfig({
      project: loaded.config ?? DEFAULT_CONFIG,
      settings,
      filesExclude,
      trusted: vscode.workspace.isTrusted,
    });
    // User-settings patterns never pass the project-config loader: report the ones the engine will refuse.
    const refused: Problem[] = compileCustomPatterns(settings.customPatterns).rejected.map((r) => ({
      kind: 'config-error',
      message: {
        zh: `设置 aiLawLens.customPatterns 中的模式 “${r.id}” 已被拒绝：${r.reason}`,
        en: `Pattern "${r.id}" in the aiLawLens.customPatterns setting was rejected: ${r.reason}`,
      },
    }));
    const problems = [...loaded.problems, ...refused];
    const context: FolderContext = {
      folder,
      settings,
      config,
      isExcluded: createExclusion({ globs: config.exclude, gitignore: local ? readGitignore(local) : undefined }),
      configProblems: problems,
    };
    this.cache.set(key, context);
    if (folder) {
      this.onConfigProblems(folder, problems);
    }
    return context;
  }

  invalidate(): void {
    this.cache.clear();
  }
}
