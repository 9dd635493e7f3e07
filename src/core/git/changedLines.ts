// Diff mode: which lines changed since a git ref, so a pull request is judged only on what it touches.
//
// The comparison is from the merge base of REF and HEAD to the working tree (committed, staged and unstaged
// changes, plus untracked files that are not ignored), like `git diff REF...` plus local edits. In a shallow CI
// clone the merge base is often missing; then the ref itself is used and a note says so.
import type { Finding, Localized } from '../model';
import { GitError, runGit } from './exec';
import type { LineRange } from './unifiedDiff';
import { parseUnifiedDiff } from './unifiedDiff';

export interface ChangedLines {
  /** The ref as given and the commit compared against. */
  ref: string;
  baseCommit: string;
  /** True when the merge base was found; false when compared against the ref directly (shallow clone). */
  usedMergeBase: boolean;
  /** Paths relative to the scan root. `all` = a new or untracked file. */
  files: Map<string, LineRange[] | 'all'>;
  notes: Localized[];
}

const FETCH_ADVICE_EN =
  'In GitHub Actions set `fetch-depth: 0` on actions/checkout (or fetch the base: `git fetch --deepen=100 origin <base>`); in GitLab CI set `GIT_DEPTH: 0` or run `git fetch origin <base>`.';
const FETCH_ADVICE_ZH =
  '在 GitHub Actions 中给 actions/checkout 设置 `fetch-depth: 0`（或拉取基准分支：`git fetch --deepen=100 origin <base>`）；在 GitLab CI 中设置 `GIT_DEPTH: 0` 或运行 `git fetch origin <base>`。';

async function ensureRepository(root: string): Promise<void> {
  const inside = await runGit(root, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok || inside.stdout.trim() !== 'true') {
    throw new GitError({
      en: `--diff-base needs a git working tree, but ${root} is not inside one.`,
      zh: `--diff-base 需要在 git 工作区中运行，但 ${root} 不在 git 仓库内。`,
    });
  }
}

async function isShallow(root: string): Promise<boolean> {
  const run = await runGit(root, ['rev-parse', '--is-shallow-repository']);
  return run.ok && run.stdout.trim() === 'true';
}

async function resolveCommit(root: string, ref: string): Promise<string> {
  // A ref that starts with "-" would be read as an option; no real branch, tag or sha does.
  if (ref.length === 0 || ref.startsWith('-') || /[\0\n]/.test(ref)) {
    throw new GitError({ en: `Invalid git ref for --diff-base: "${ref}".`, zh: `--diff-base 的 git 引用无效："${ref}"。` });
  }
  const run = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (run.ok && run.stdout.trim()) {
    return run.stdout.trim();
  }
  if (await isShallow(root)) {
    throw new GitError({
      en: `The ref "${ref}" is not in this shallow clone, so changed lines cannot be computed. ${FETCH_ADVICE_EN.replace(/<base>/g, ref)}`,
      zh: `当前是浅克隆，其中没有引用 "${ref}"，无法计算改动的行。${FETCH_ADVICE_ZH.replace(/<base>/g, ref)}`,
    });
  }
  throw new GitError({
    en: `The ref "${ref}" was not found in this repository. Check the name, or fetch it first: \`git fetch origin ${ref}\`.`,
    zh: `仓库中找不到引用 "${ref}"。请检查名称，或先拉取：\`git fetch origin ${ref}\`。`,
  });
}

export async function changedLinesSince(root: string, ref: string): Promise<ChangedLines> {
  await ensureRepository(root);
  const refCommit = await resolveCommit(root, ref);
  const notes: Localized[] = [];

  let baseCommit = refCommit;
  let usedMergeBase = false;
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (head.ok && head.stdout.trim()) {
    const mergeBase = await runGit(root, ['merge-base', refCommit, head.stdout.trim()]);
    if (mergeBase.ok && mergeBase.stdout.trim()) {
      baseCommit = mergeBase.stdout.trim();
      usedMergeBase = true;
    } else {
      notes.push({
        en: `No common ancestor of "${ref}" and HEAD in this clone (shallow history?); comparing against "${ref}" directly, so lines changed on "${ref}" since the branch point also count as changed. ${FETCH_ADVICE_EN.replace(/<base>/g, ref)}`,
        zh: `当前克隆中找不到 "${ref}" 与 HEAD 的共同祖先（浅克隆？），改为直接与 "${ref}" 比较，因此分叉后 "${ref}" 上的改动也会计为改动行。${FETCH_ADVICE_ZH.replace(/<base>/g, ref)}`,
      });
    }
  }

  const diff = await runGit(root, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '-U0',
    '-M',
    '--relative',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    baseCommit,
    '--',
  ]);
  if (!diff.ok) {
    throw new GitError({ en: `git diff failed: ${diff.stderr.trim()}`, zh: `git diff 运行失败：${diff.stderr.trim()}` });
  }
  const files = new Map<string, LineRange[] | 'all'>(parseUnifiedDiff(diff.stdout));

  const untracked = await runGit(root, ['ls-files', '-z', '--others', '--exclude-standard']);
  if (untracked.ok) {
    for (const file of untracked.stdout.split('\0')) {
      if (file) {
        files.set(file, 'all');
      }
    }
  }
  return { ref, baseCommit, usedMergeBase, files, notes };
}

/** 0-based line, as in Finding spans. */
export function isLineChanged(changed: ChangedLines, file: string, line: number): boolean {
  const ranges = changed.files.get(file);
  if (ranges === undefined) {
    return false;
  }
  if (ranges === 'all') {
    return true;
  }
  const oneBased = line + 1;
  return ranges.some((r) => oneBased >= r.start && oneBased <= r.end);
}

/** A finding counts as changed when any line of its span was added or modified. */
export function findingTouchesChange(changed: ChangedLines, finding: Pick<Finding, 'file' | 'span'>): boolean {
  for (let line = finding.span.start.line; line <= finding.span.end.line; line++) {
    if (isLineChanged(changed, finding.file, line)) {
      return true;
    }
  }
  return false;
}
