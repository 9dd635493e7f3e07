// The decisions file `.ailawlens/checklist.json`: what the team decided per obligation, and the
// questionnaire answers. It is committed and reviewed, so it is human-diffable (sorted keys, one
// obligation per block) and holds only decisions: evidence is always recomputed from a scan and
// no PI value is ever written here.
import type { Localized } from '../model';
import type { ApplicabilityQuestionId } from '../law/types';

export const DECISIONS_FILE = '.ailawlens/checklist.json';
export const DECISIONS_VERSION = 1;

export const STATUSES = ['open', 'done', 'not-applicable', 'waived'] as const;
export type ItemStatus = (typeof STATUSES)[number];

export function isItemStatus(value: unknown): value is ItemStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** One obligation's decision. Absent fields mean "not decided yet". */
export interface Decision {
  status: ItemStatus;
  /** Why it is waived or not applicable. */
  reason?: string;
  note?: string;
  reviewer?: string;
  /** ISO date (YYYY-MM-DD) of the last change. */
  date?: string;
}

export type Answers = Partial<Record<ApplicabilityQuestionId, string>>;

export interface DecisionsFile {
  version: number;
  answers: Answers;
  /** Keyed by obligation id. */
  decisions: Record<string, Decision>;
}

export function emptyDecisions(): DecisionsFile {
  return { version: DECISIONS_VERSION, answers: {}, decisions: {} };
}

export type ParseErrorKind = 'conflict' | 'syntax' | 'schema';

export interface StoreError {
  kind: ParseErrorKind | 'io' | 'busy';
  message: Localized;
  line?: number;
}

/** State of the decisions file as the view shows it. */
export type FileState = { state: 'ok' } | { state: 'missing' } | ({ state: 'error' } & StoreError);

export type ParseResult =
  | { ok: true; file: DecisionsFile; warnings: Localized[] }
  | { ok: false; kind: ParseErrorKind; message: Localized; line?: number };

/** Limits keep a hostile or runaway file from bloating the view. */
const MAX_TEXT = 2000;
const MAX_ID = 64;
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Finds the first git merge-conflict marker line (1-based). */
export function findConflictMarker(text: string): number | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (/^(<{7}|={7}|>{7}|\|{7})(\s|$)/.test(lines[i])) {
      return i + 1;
    }
  }
  return undefined;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
    }
  }
  return line;
}

function syntaxErrorLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position) {
    return lineOfOffset(text, Number(position[1]));
  }
  const line = /line (\d+)/.exec(message);
  return line ? Number(line[1]) : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.slice(0, MAX_TEXT);
  return trimmed.length > 0 ? trimmed : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function schemaError(message: Localized): ParseResult {
  return { ok: false, kind: 'schema', message };
}

/**
 * Parses the decisions file. Never throws. Conflict markers and broken JSON are errors (the caller
 * must then refuse to overwrite the file); unknown or malformed entries inside a valid file are
 * dropped with a warning so one bad hand edit does not hide every other decision.
 */
export function parseDecisions(text: string): ParseResult {
  const stripped = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const marker = findConflictMarker(stripped);
  if (marker !== undefined) {
    return {
      ok: false,
      kind: 'conflict',
      line: marker,
      message: {
        zh: `决定文件含有合并冲突标记（第 ${marker} 行）。请先解决冲突再继续，在此之前不会写入该文件。`,
        en: `The decisions file contains merge-conflict markers (line ${marker}). Resolve the conflict first; the file will not be written until then.`,
      },
    };
  }
  if (stripped.trim() === '') {
    return { ok: true, file: emptyDecisions(), warnings: [] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(stripped);
  } catch (error) {
    const line = syntaxErrorLine(stripped, error);
    const where = line !== undefined ? { zh: `（约第 ${line} 行）`, en: ` (near line ${line})` } : { zh: '', en: '' };
    return {
      ok: false,
      kind: 'syntax',
      line,
      message: {
        zh: `决定文件不是有效的 JSON${where.zh}。请修复或从版本库恢复；在此之前不会写入该文件。`,
        en: `The decisions file is not valid JSON${where.en}. Fix it or restore it from version control; it will not be written until then.`,
      },
    };
  }
  if (!isPlainObject(raw)) {
    return schemaError({ zh: '决定文件的顶层必须是 JSON 对象。', en: 'The decisions file must contain a JSON object.' });
  }
  const version = raw.version ?? DECISIONS_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return schemaError({ zh: '决定文件的 version 字段无效。', en: 'The decisions file has an invalid "version".' });
  }
  if (version > DECISIONS_VERSION) {
    return schemaError({
      zh: `决定文件由更新版本的 AI Law Lens 写入（version ${version}）。请升级扩展；在此之前不会写入该文件。`,
      en: `The decisions file was written by a newer AI Law Lens (version ${version}). Upgrade the extension; the file will not be written until then.`,
    });
  }
  const warnings: Localized[] = [];
  const file = emptyDecisions();
  if (raw.answers !== undefined && !isPlainObject(raw.answers)) {
    return schemaError({ zh: '决定文件的 answers 字段必须是对象。', en: 'The "answers" field must be an object.' });
  }
  for (const [key, value] of Object.entries(raw.answers ?? {})) {
    if (key.length <= MAX_ID && ID_PATTERN.test(key) && typeof value === 'string' && value.length <= MAX_ID) {
      (file.answers as Record<string, string>)[key] = value;
    } else {
      warnings.push({ zh: `已忽略无效的问卷答案「${key.slice(0, MAX_ID)}」。`, en: `Ignored an invalid answer "${key.slice(0, MAX_ID)}".` });
    }
  }
  if (raw.decisions !== undefined && !isPlainObject(raw.decisions)) {
    return schemaError({ zh: '决定文件的 decisions 字段必须是对象。', en: 'The "decisions" field must be an object.' });
  }
  for (const [id, value] of Object.entries(raw.decisions ?? {})) {
    if (id.length > MAX_ID || !ID_PATTERN.test(id) || !isPlainObject(value) || !isItemStatus(value.status)) {
      warnings.push({ zh: `已忽略义务「${id.slice(0, MAX_ID)}」的无效决定。`, en: `Ignored an invalid decision for "${id.slice(0, MAX_ID)}".` });
      continue;
    }
    const decision: Decision = { status: value.status };
    const reason = cleanText(value.reason);
    const note = cleanText(value.note);
    const reviewer = cleanText(value.reviewer);
    if (reason !== undefined) {
      decision.reason = reason;
    }
    if (note !== undefined) {
      decision.note = note;
    }
    if (reviewer !== undefined) {
      decision.reviewer = reviewer;
    }
    if (typeof value.date === 'string' && ISO_DATE.test(value.date)) {
      decision.date = value.date;
    }
    file.decisions[id] = decision;
  }
  return { ok: true, file, warnings };
}

/** A decision worth writing: anything beyond a bare, empty "open". */
function isMeaningful(decision: Decision): boolean {
  return decision.status !== 'open' || Boolean(decision.note || decision.reviewer || decision.reason);
}

/**
 * Serialises with a fixed key order: answers and decisions sorted by id, each decision's fields in
 * a fixed order, two-space indentation. A change to one obligation touches only its own block.
 */
export function serializeDecisions(file: DecisionsFile): string {
  const answers: Record<string, string> = {};
  for (const key of Object.keys(file.answers).sort()) {
    const value = (file.answers as Record<string, string | undefined>)[key];
    if (value !== undefined) {
      answers[key] = value;
    }
  }
  const decisions: Record<string, Decision> = {};
  for (const id of Object.keys(file.decisions).sort()) {
    const d = file.decisions[id];
    if (!isMeaningful(d)) {
      continue;
    }
    const ordered: Decision = { status: d.status };
    if (d.reason) {
      ordered.reason = d.reason;
    }
    if (d.note) {
      ordered.note = d.note;
    }
    if (d.reviewer) {
      ordered.reviewer = d.reviewer;
    }
    if (d.date) {
      ordered.date = d.date;
    }
    decisions[id] = ordered;
  }
  const header = {
    $comment: 'AI Law Lens checklist decisions. Commit this file. Evidence is recomputed by each scan and never stored here.',
    version: DECISIONS_VERSION,
    answers,
    decisions,
  };
  return `${JSON.stringify(header, null, 2)}\n`;
}
