// Public surface of the reporters. Each writer is a pure function of a scan result, the rules and the language.
import { writeJson } from './json';
import { writeMarkdown } from './markdown';
import { writeSarif } from './sarif';
import { writeText, type TextOptions } from './text';
import type { ReportInput } from './types';

export type ReportFormat = 'sarif' | 'json' | 'markdown' | 'text';
export const REPORT_FORMATS: readonly ReportFormat[] = ['sarif', 'json', 'markdown', 'text'];

export function writeReport(format: ReportFormat, input: ReportInput, textOptions: TextOptions = {}): string {
  switch (format) {
    case 'sarif':
      return writeSarif(input);
    case 'json':
      return writeJson(input);
    case 'markdown':
      return writeMarkdown(input);
    case 'text':
      return writeText(input, textOptions);
  }
}

export { writeJson, toJsonReport } from './json';
export { writeMarkdown } from './markdown';
export { writeSarif, toSarif, fileUri, SARIF_SCHEMA_URI } from './sarif';
export { writeText, findingLine, problemLine, summaryLines } from './text';
export type { TextOptions } from './text';
export { summarise, findingsAtOrAbove, FAIL_ON_VALUES } from './summary';
export type { FailOn, FindingSummary } from './summary';
export { CATEGORY_LABELS, SEVERITY_LABELS, SARIF_LEVEL } from './labels';
export { oneLine, mdText } from './escape';
export type { ReportInput, CiteFn, ToolInfo } from './types';
export { catalogueCite } from './cite';
