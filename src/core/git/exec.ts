// Runs the git CLI without a shell: arguments are passed as an array, so refs and paths are never interpreted.
import { execFile } from 'node:child_process';
import type { Localized } from '../model';

export class GitError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'GitError';
  }
}

export interface GitRun {
  ok: boolean;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Settings that would change the output format we parse are pinned here, whatever the user's git config says. */
const PINNED_CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'color.ui=false'];

export function runGit(cwd: string, args: readonly string[]): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...PINNED_CONFIG, ...args],
      { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            new GitError({
              en: 'git is not installed or not on PATH; --diff-base needs the git command line.',
              zh: '未安装 git 或不在 PATH 中；--diff-base 需要 git 命令行。',
            }),
          );
          return;
        }
        if (error && typeof (error as { code?: unknown }).code !== 'number') {
          reject(new GitError({ en: `git failed: ${error.message}`, zh: `git 运行失败：${error.message}` }));
          return;
        }
        resolve({ ok: !error, stdout, stderr, code: error ? ((error as { code?: number }).code ?? null) : 0 });
      },
    );
  });
}
