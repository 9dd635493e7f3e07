// The baseline file (`.ailawlens/baseline.json`): the findings a team has accepted for now, committed with the code.
// Human-diffable: stable ordering, one entry per line block, no timestamps (re-creating an unchanged baseline
// produces no diff).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, Localized, Severity } from '../model';
import { BASELINE_KEY_ALGORITHM, baselineKey, maskForStorage } from './key';

export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE_PATH = '.ailawlens/baseline.json';

export interface BaselineEntry {
  key: string;
  ruleId: string;
  /** Path relative to the scanned root, POSIX separators. */
  file: string;
  /** 1-based line when recorded: a hint for pairing duplicates and for reports, never part of the key. */
  line: number;
  /** The normalised token as the engine reported it (PI values masked). For reviewers; not used for matching. */
  token: string;
  context?: string;
  severity: Severity;
  obligations: string[];
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: 'ai-law-lens';
  keyAlgorithm: typeof BASELINE_KEY_ALGORITHM;
  entries: BaselineEntry[];
}

/** A baseline problem the user must fix; carries a message in both languages. */
export class BaselineError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'BaselineError';
  }
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

export function entryFromFinding(finding: Finding): BaselineEntry {
  const entry: BaselineEntry = {
    key: baselineKey(finding),
    ruleId: finding.ruleId,
    file: finding.file,
    line: finding.span.start.line + 1,
    token: maskForStorage(finding.token),
    severity: finding.severity,
    obligations: [...finding.obligations].sort(),
  };
  if (finding.context) {
    entry.context = maskForStorage(finding.context);
  }
  return entry;
}

/** Suppressed findings are already accepted in the source, with a reason; they are not baselined. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings.filter((f) => !f.suppression).map(entryFromFinding);
  entries.sort(compareEntries);
  return { version: BASELINE_VERSION, tool: 'ai-law-lens', keyAlgorithm: BASELINE_KEY_ALGORITHM, entries };
}

export function serializeBaseline(baseline: Baseline): string {
  const ordered: Baseline = { ...baseline, entries: [...baseline.entries].sort(compareEntries) };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entryProblem(value: unknown): string | undefined {
  if (!isRecord(value)) {
    return 'not an object';
  }
  for (const field of ['key', 'ruleId', 'file', 'token'] as const) {
    if (typeof value[field] !== 'string') {
      return `"${field}" must be a string`;
    }
  }
  if (!Number.isInteger(value.line) || (value.line as number) < 1) {
    return '"line" must be a positive integer';
  }
  if (value.context !== undefined && typeof value.context !== 'string') {
    return '"context" must be a string';
  }
  if (typeof value.severity !== 'string' || !SEVERITIES.includes(value.severity)) {
    return '"severity" must be error, warning or info';
  }
  if (!Array.isArray(value.obligations) || !value.obligations.every((o) => typeof o === 'string')) {
    return '"obligations" must be an array of strings';
  }
  return undefined;
}

function invalid(source: string, en: string, zh: string): BaselineError {
  return new BaselineError({ en: `Baseline ${source}: ${en}`, zh: `基线文件 ${source}：${zh}` });
}

/** Validates parsed text. `source` names the file in messages. */
export function parseBaseline(text: string, source = 'baseline'): Baseline {
  const conflict = /^(<{7}|={7}|>{7})(?: |$)/m.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    throw invalid(
      source,
      `contains a git merge-conflict marker at line ${line}. Resolve the conflict, or re-create it with \`ai-law-lens baseline create\`.`,
      `第 ${line} 行有 git 合并冲突标记。请先解决冲突，或用 \`ai-law-lens baseline create\` 重新生成。`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw invalid(source, `is not valid JSON (${detail}).`, `不是有效的 JSON（${detail}）。`);
  }
  if (!isRecord(data)) {
    throw invalid(source, 'must be a JSON object.', '必须是一个 JSON 对象。');
  }
  if (data.tool !== 'ai-law-lens') {
    throw invalid(source, 'is not an AI Law Lens baseline ("tool" is not "ai-law-lens").', '不是 AI Law Lens 基线文件（"tool" 不是 "ai-law-lens"）。');
  }
  if (data.version !== BASELINE_VERSION || data.keyAlgorithm !== BASELINE_KEY_ALGORITHM) {
    throw invalid(
      source,
      `has version ${String(data.version)} / key algorithm ${String(data.keyAlgorithm)}; this version of AI Law Lens reads version ${BASELINE_VERSION} / ${BASELINE_KEY_ALGORITHM}. Re-create it with \`ai-law-lens baseline create\`.`,
      `版本为 ${String(data.version)} / 指纹算法 ${String(data.keyAlgorithm)}；当前版本只能读取 ${BASELINE_VERSION} / ${BASELINE_KEY_ALGORITHM}。请用 \`ai-law-lens baseline create\` 重新生成。`,
    );
  }
  if (!Array.isArray(data.entries)) {
    throw invalid(source, '"entries" must be an array.', '"entries" 必须是数组。');
  }
  data.entries.forEach((entry, index) => {
    const problem = entryProblem(entry);
    if (problem) {
      throw invalid(source, `entry ${index + 1}: ${problem}.`, `第 ${index + 1} 条记录：${problem}。`);
    }
  });
  return {
    version: BASELINE_VERSION,
    tool: 'ai-law-lens',
    keyAlgorithm: BASELINE_KEY_ALGORITHM,
    entries: data.entries as BaselineEntry[],
  };
}

/** Reads and validates a baseline file; every failure is a BaselineError naming the file. */
export function loadBaseline(file: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new BaselineError({
        en: `Baseline file not found: ${file}. Create it with \`ai-law-lens baseline create\`.`,
        zh: `找不到基线文件：${file}。请用 \`ai-law-lens baseline create\` 生成。`,
      });
    }
    throw new BaselineError({ en: `Cannot read baseline file ${file}: ${code ?? String(error)}`, zh: `无法读取基线文件 ${file}：${code ?? String(error)}` });
  }
  return parseBaseline(text, file);
}

/** Atomic write: a temp file in the same directory, then rename, so a crash never leaves half a baseline. */
export function writeBaseline(file: string, baseline: Baseline): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(temp, serializeBaseline(baseline), 'utf8');
  try {
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
