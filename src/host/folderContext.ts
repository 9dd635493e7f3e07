// Per-workspace-folder scan context: the merged engine config and the exclusion test, cached until settings,
// trust, the project config or .gitignore change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Problem, ProjectConfig } from '../core/model';
import { DEFAULT_CONFIG } from '../core/model';
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
    const context: FolderContext = {
      folder,
      settings,
      config,
      isExcluded: createExclusion({ globs: config.exclude, gitignore: local ? readGitignore(local) : undefined }),
      configProblems: loaded.problems,
    };
    this.cache.set(key, context);
    if (folder) {
      this.onConfigProblems(folder, loaded.problems);
    }
    return context;
  }

  invalidate(): void {
    this.cache.clear();
  }
}
