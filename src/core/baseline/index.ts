// Baselines: accept today's findings so that only new ones fail a build. Used by the CLI, CI and the editor
// (which can dim or hide `unchanged` findings: loadBaseline + classify).
export { BASELINE_KEY_ALGORITHM, baselineKey, maskForStorage, normaliseText } from './key';
export type { KeyedFinding } from './key';
export {
  BASELINE_VERSION,
  BaselineError,
  DEFAULT_BASELINE_PATH,
  createBaseline,
  entryFromFinding,
  loadBaseline,
  parseBaseline,
  serializeBaseline,
  writeBaseline,
} from './file';
export type { Baseline, BaselineEntry } from './file';
export { classify } from './classify';
export type { BaselineState, Classification, ClassifyOptions } from './classify';
