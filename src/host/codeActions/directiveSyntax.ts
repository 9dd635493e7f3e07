// The suppression directive syntax as the editor writes it.
// INTERIM SHIM for the helpers src/core/suppress will export (formatDirective, commentTokenFor, findDirectiveOnLine):
// replace these bodies with re-exports once the engine lands, so the editor and the parser can never disagree.

export type DirectiveScope = 'line' | 'next-line' | 'file';

export interface DirectiveFields {
  scope: DirectiveScope;
  /** Rule ids or categories. */
  rules: string[];
  reason: string;
  reviewer?: string;
  /** YYYY-MM-DD */
  expires?: string;
}

export interface CommentToken {
  line?: string;
  block?: [string, string];
}

export interface FoundDirective extends DirectiveFields {
  /** UTF-16 columns of the rule list inside the line, so another id can be appended in place. */
  rulesStart: number;
  rulesEnd: number;
  /** Columns of the whole directive text (keyword to end, without a closing block-comment marker). */
  start: number;
  end: number;
}

const KEYWORD: Record<DirectiveScope, string> = {
  line: 'ailawlens-disable-line',
  'next-line': 'ailawlens-disable-next-line',
  file: 'ailawlens-disable-file',
};

const HASH = new Set(['python', 'yaml', 'toml', 'properties', 'dotenv', 'shellscript', 'dockerfile', 'r', 'ruby', 'perl', 'makefile', 'jupyter', 'pip-requirements', 'ini']);
const SLASH = new Set(['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'java', 'kotlin', 'go', 'c', 'cpp', 'csharp', 'rust', 'swift', 'scala', 'dart', 'php', 'jsonc', 'groovy', 'vue', 'proto3']);
const DASH = new Set(['sql', 'lua', 'haskell']);
const ANGLE = new Set(['html', 'xml', 'markdown', 'svg']);

/** The comment token for a VS Code language id; undefined when the language has no comments (plain JSON). */
export function commentTokenFor(languageId: string): CommentToken | undefined {
  if (HASH.has(languageId)) {
    return { line: '#' };
  }
  if (SLASH.has(languageId)) {
    return { line: '//', block: ['/*', '*/'] };
  }
  if (DASH.has(languageId)) {
    return { line: '--' };
  }
  if (ANGLE.has(languageId)) {
    return { block: ['<!--', '-->'] };
  }
  if (languageId === 'css' || languageId === 'scss' || languageId === 'less') {
    return { block: ['/*', '*/'] };
  }
  if (languageId === 'json' || languageId === 'plaintext' || languageId === 'csv') {
    return undefined;
  }
  return { line: '//' };
}

/** Directive text without comment markers, e.g. `ailawlens-disable-next-line R1, R2 -- reason reviewer=wang expires=2027-06-30`. */
export function formatDirective(fields: DirectiveFields): string {
  const reason = fields.reason.replace(/\s+/g, ' ').trim();
  const parts = [`${KEYWORD[fields.scope]} ${fields.rules.join(', ')} -- ${reason}`];
  if (fields.reviewer) {
    parts.push(`reviewer=${fields.reviewer.replace(/\s+/g, '_')}`);
  }
  if (fields.expires) {
    parts.push(`expires=${fields.expires}`);
  }
  return parts.join(' ');
}

const DIRECTIVE = /ailawlens-disable-(next-line|line|file)\s+([A-Za-z0-9_.-]+(?:\s*,\s*[A-Za-z0-9_.-]+)*)\s*(?:--\s*(.*))?/;

/** Finds a directive in one line of text (comment markers anywhere before it). */
export function findDirectiveOnLine(line: string): FoundDirective | undefined {
  const m = DIRECTIVE.exec(line);
  if (!m) {
    return undefined;
  }
  const scope: DirectiveScope = m[1] === 'next-line' ? 'next-line' : m[1] === 'line' ? 'line' : 'file';
  const rulesStart = m.index + m[0].indexOf(m[2], `ailawlens-disable-${m[1]}`.length);
  const rawTail = m[3] ?? '';
  const tail = rawTail.replace(/\s*(\*\/|-->)\s*$/, '');
  const end = m.index + m[0].length - (rawTail.length - tail.length);
  const reviewer = /\breviewer=(\S+)/.exec(tail)?.[1];
  const expires = /\bexpires=(\d{4}-\d{2}-\d{2})/.exec(tail)?.[1];
  const reason = tail.replace(/\b(reviewer|expires)=\S+/g, '').trim();
  return {
    scope,
    rules: m[2].split(',').map((r) => r.trim()),
    reason,
    reviewer,
    expires,
    rulesStart,
    rulesEnd: rulesStart + m[2].length,
    start: m.index,
    end,
  };
}
