// Public surface of the project configuration.
export { loadProjectConfig, parseProjectConfig, findConfigFile, formatConfigProblem, CONFIG_FILE_NAMES } from './load';
export type { LoadedConfig, LoadOptions } from './load';
export { applyProjectConfig, isDisabled } from './apply';
export { checkPatternSafety } from './patternSafety';
export type { PatternVerdict } from './patternSafety';
