// Git access for diff mode (the git CLI through execFile, never a shell).
export { GitError, runGit } from './exec';
export type { GitRun } from './exec';
export { changedLinesSince, findingTouchesChange, isLineChanged } from './changedLines';
export type { ChangedLines } from './changedLines';
export { parseUnifiedDiff, unquoteGitPath } from './unifiedDiff';
export type { LineRange } from './unifiedDiff';
