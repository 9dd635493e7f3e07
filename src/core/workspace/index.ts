// Public surface of the workspace scan.
export { scanWorkspace, sortFindings, sortProblems, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_LINE_LENGTH } from './scan';
export type { WorkspaceScanOptions, WorkspaceScanResult, ScanTotals, SkipCounts } from './scan';
export { listWorkspaceFiles, listWorkspaceFilesAsync, DEFAULT_SKIPPED_DIRS } from './fileList';
export type { WorkspaceFile, FileListing, ListOptions } from './fileList';
export { analyseFile, readSourceText } from './analyse';
export type { FileLimits, FileOutcome, SourceText } from './analyse';
export { decodeText } from './decode';
export { isKnownBinaryPath, looksBinary } from './binary';
