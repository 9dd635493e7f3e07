// In-source suppression directives, parsed in core so the editor, the CLI and SARIF agree.
//   <comment> ai-law-lens-disable-next-line <RULE-ID|category>[, …] -- <reason> [reviewer=<name>] [expires=YYYY-MM-DD]
//   <comment> ai-law-lens-disable-line …   (same line, trailing comment)
//   <comment> ai-law-lens-disable-file …   (whole file)
// The reason is mandatory: it is audit evidence. Invalid or expired directives do not suppress and are reported.
import type { AppliedSuppression, Finding, Localized, Problem, Span, SuppressionScope } from '../model';
import { maskFreeText } from '../mask';
import { isCategory } from '../model';

export const DIRECTIVE_PREFIX = 'ai-law-lens-disable';

export interface Directive {
  scope: SuppressionScope;
  /** Rule ids and/or categories, as written. */
  ids: string[];
  reason: string;
  reviewer?: string;
  expires?: string;
  /** 0-based line of the directive. */
  line: number;
  /** From the comment opener to the end of the directive text. */
  span: Span;
  /** Whether the directive suppresses anything (has a reason, valid and unexpired expiry, at least one known id). */
  active: boolean;
}

export interface ParseOptions {
  /** Decides whether an id names a rule; categories are recognised on their own. */
  isRuleId: (id: string) => boolean;
  now?: Date;
  file?: string;
}

export interface ParsedDirectives {
  directives: Directive[];
  problems: Problem[];
}

export interface DirectiveLocation {
  scope: SuppressionScope;
  /** False for a misspelt directive such as `ai-law-lens-disable-nextline`. */
  recognised: boolean;
  ids: string[];
  /** Character offsets in the line: where the comment opener starts, and where the id list ends (append `, ID` there). */
  commentStart: number;
  idsStart: number;
  idsEnd: number;
  hasReason: boolean;
}

const OPENERS = ['<!--', '//', '/*', '#', '--', ';', '%', "'", 'REM ', 'rem '];
const SCOPES: ReadonlyArray<[string, SuppressionScope]> = [
  ['-next-line', 'next-line'],
  ['-line', 'line'],
  ['-file', 'file'],
];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KEY_VALUE = /(?:^|\s)(reviewer|expires)=(\S*)/g;

/** Finds a directive on one line of text, or undefined. Linear in the line length. */
export function findDirectiveOnLine(lineText: string): DirectiveLocation | undefined {
  const at = lineText.indexOf(DIRECTIVE_PREFIX);
  if (at < 0) {
    return undefined;
  }
  const before = lineText.slice(0, at);
  let commentStart = -1;
  for (const opener of OPENERS) {
    const idx = before.lastIndexOf(opener);
    // The marker must directly follow a comment opener (possibly after `*` or spaces), not sit inside a string.
    if (idx >= 0 && /^[*\s]*$/.test(before.slice(idx + opener.length)) && (commentStart < 0 || idx < commentStart)) {
      commentStart = idx;
    }
  }
  if (commentStart < 0) {
    return undefined;
  }
  const afterPrefix = lineText.slice(at + DIRECTIVE_PREFIX.length);
  let scope: SuppressionScope | undefined;
  let scopeLength = 0;
  for (const [suffix, s] of SCOPES) {
    if (afterPrefix.startsWith(suffix) && !/[\w-]/.test(afterPrefix.charAt(suffix.length))) {
      scope = s;
      scopeLength = suffix.length;
      break;
    }
  }
  if (!scope) {
    return { scope: 'line', recognised: false, ids: [], commentStart, idsStart: at, idsEnd: at, hasReason: false };
  }
  const idsStart = at + DIRECTIVE_PREFIX.length + scopeLength;
  const rest = stripCloser(lineText.slice(idsStart));
  const sep = rest.search(/\s--(\s|$)/);
  const idPart = sep >= 0 ? rest.slice(0, sep) : rest;
  const ids = idPart.split(/[\s,]+/).filter(Boolean);
  const trimmedEnd = idsStart + idPart.trimEnd().length;
  const hasReason = sep >= 0 && reasonOf(rest.slice(sep).replace(/^\s--/, '')).reason.length > 0;
  return { scope, recognised: true, ids, commentStart, idsStart, idsEnd: trimmedEnd, hasReason };
}

function stripCloser(text: string): string {
  const trimmed = text.trimEnd();
  for (const closer of ['*/', '-->']) {
    if (trimmed.endsWith(closer)) {
      return trimmed.slice(0, trimmed.length - closer.length).trimEnd();
    }
  }
  return trimmed;
}

function reasonOf(text: string): { reason: string; reviewer?: string; expires?: string } {
  let reviewer: string | undefined;
  let expires: string | undefined;
  KEY_VALUE.lastIndex = 0;
  const reason = text
    .replace(KEY_VALUE, (_m, key: string, value: string) => {
      if (key === 'reviewer') {
        reviewer = value;
      } else {
        expires = value;
      }
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { reason, reviewer, expires };
}

function validDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) {
    return false;
  }
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses every directive in a file. Never throws; malformed directives become `invalid-suppression` problems. */
export function parseDirectives(text: string, options: ParseOptions): ParsedDirectives {
  const directives: Directive[] = [];
  const problems: Problem[] = [];
  if (text.indexOf(DIRECTIVE_PREFIX) < 0) {
    return { directives, problems };
  }
  const today = isoDay(options.now ?? new Date());
  const lines = text.split(/\r\n|\r|\n/);
  for (let line = 0; line < lines.length; line++) {
    const lineText = lines[line];
    if (lineText.indexOf(DIRECTIVE_PREFIX) < 0) {
      continue;
    }
    const loc = findDirectiveOnLine(lineText);
    if (!loc) {
      continue;
    }
    const span: Span = { start: { line, character: loc.commentStart }, end: { line, character: lineText.length } };
    const report = (message: Localized): void => {
      problems.push({ kind: 'invalid-suppression', file: options.file, span, message });
    };
    if (!loc.recognised) {
      report({
        zh: '无法识别的抑制指令：请使用 ai-law-lens-disable-next-line、ai-law-lens-disable-line 或 ai-law-lens-disable-file。',
        en: 'Unknown suppression directive: use ai-law-lens-disable-next-line, ai-law-lens-disable-line or ai-law-lens-disable-file.',
      });
      continue;
    }
    const rest = stripCloser(lineText.slice(loc.idsEnd));
    const sep = rest.search(/\s--(\s|$)|^--(\s|$)/);
    const { reason, reviewer, expires } = sep >= 0 ? reasonOf(rest.slice(sep).replace(/^\s?--/, '')) : { reason: '', reviewer: undefined, expires: undefined };
    let active = true;
    if (loc.ids.length === 0) {
      active = false;
      report({ zh: '抑制指令缺少规则 ID 或类别。', en: 'Suppression directive names no rule id or category.' });
    }
    const known = loc.ids.filter((id) => options.isRuleId(id) || isCategory(id));
    // Masked: the ids, reason and reviewer are free text that reports, SARIF and the editor show.
    const unknown = loc.ids.filter((id) => !known.includes(id)).map(maskFreeText);
    if (unknown.length > 0) {
      report({
        zh: `抑制指令中有未知的规则 ID 或类别：${unknown.join('、')}。`,
        en: `Suppression directive names unknown rule ids or categories: ${unknown.join(', ')}.`,
      });
      if (known.length === 0) {
        active = false;
      }
    }
    if (!reason) {
      active = false;
      report({
        zh: '抑制指令缺少理由，未生效。请在 “--” 后写明理由，例如：-- 已取得单独同意 reviewer=张三。',
        en: 'Suppression directive has no reason and is ignored. Add one after "--", e.g. -- separate consent collected reviewer=alice.',
      });
    }
    if (expires !== undefined) {
      if (!validDate(expires)) {
        active = false;
        report({ zh: `抑制指令的到期日期无效：${expires}（应为 YYYY-MM-DD）。`, en: `Suppression directive has an invalid expiry date: ${expires} (expected YYYY-MM-DD).` });
      } else if (expires < today) {
        active = false;
        report({ zh: `抑制指令已于 ${expires} 到期，不再生效。`, en: `Suppression directive expired on ${expires} and no longer applies.` });
      }
    }
    const directive: Directive = { scope: loc.scope, ids: known, reason: maskFreeText(reason), line, span, active };
    if (reviewer) {
      directive.reviewer = maskFreeText(reviewer);
    }
    if (expires) {
      directive.expires = expires;
    }
    directives.push(directive);
  }
  return { directives, problems };
}

function covers(directive: Directive, finding: Finding): boolean {
  if (!directive.active || !(directive.ids.includes(finding.ruleId) || directive.ids.includes(finding.category))) {
    return false;
  }
  switch (directive.scope) {
    case 'file':
      return true;
    case 'line':
      return finding.span.start.line === directive.line;
    case 'next-line':
      return finding.span.start.line === directive.line + 1;
  }
}

/** Marks suppressed findings (they stay in the result with `suppression` set). */
export function applySuppressions(findings: Finding[], directives: readonly Directive[]): void {
  if (directives.length === 0) {
    return;
  }
  for (const finding of findings) {
    // Prefer the narrowest scope: a line directive over a file directive.
    const order: SuppressionScope[] = ['line', 'next-line', 'file'];
    for (const scope of order) {
      const directive = directives.find((d) => d.scope === scope && covers(d, finding));
      if (directive) {
        const applied: AppliedSuppression = { kind: 'inSource', scope: directive.scope, justification: directive.reason, line: directive.line };
        if (directive.reviewer) {
          applied.reviewer = directive.reviewer;
        }
        if (directive.expires) {
          applied.expires = directive.expires;
        }
        finding.suppression = applied;
        break;
      }
    }
  }
}

export interface CommentToken {
  start: string;
  end?: string;
}

const HASH = ['python', 'yaml', 'toml', 'properties', 'dotenv', 'dockerfile', 'shellscript', 'ruby', 'perl', 'r', 'makefile', 'coffeescript', 'powershell', 'notebook', 'jupyter', 'julia', 'elixir', 'nim', 'tcl', 'cmake', 'ignore', 'gitignore', 'requirements', 'pip-requirements', 'terraform', 'hcl'];
const DASH = ['sql', 'lua', 'haskell', 'plsql', 'mysql', 'pgsql', 'postgres'];
const XML = ['html', 'xml', 'vue-html', 'markdown', 'svg', 'xsl'];
const SEMI = ['ini', 'clojure', 'lisp', 'scheme', 'asm'];
const EXT_LANG: Record<string, string> = {
  py: 'python', pyi: 'python', ipynb: 'python', yml: 'yaml', yaml: 'yaml', toml: 'toml', properties: 'properties', env: 'dotenv', sh: 'shellscript',
  bash: 'shellscript', rb: 'ruby', pl: 'perl', r: 'r', sql: 'sql', lua: 'lua', html: 'html', htm: 'html', xml: 'xml', md: 'markdown', svg: 'xml',
  ini: 'ini', cfg: 'ini', css: 'css', json: 'json', jsonc: 'jsonc', txt: 'requirements', tf: 'terraform', ps1: 'powershell', vue: 'vue',
};

/**
 * The comment token for a VS Code language id or a file path. Plain JSON has no comments: undefined.
 * Vue files use `//` (directives usually go in the script block); HTML-ish languages use `<!-- -->`.
 */
export function commentTokenFor(languageIdOrPath: string): CommentToken | undefined {
  let lang = languageIdOrPath.toLowerCase();
  const base = lang.split(/[\\/]/).pop() ?? lang;
  if (lang.includes('/') || lang.includes('\\') || lang.includes('.')) {
    if (base === 'dockerfile' || base.startsWith('dockerfile.') || base.endsWith('.dockerfile')) {
      lang = 'dockerfile';
    } else if (base === '.env' || base.startsWith('.env.')) {
      lang = 'dotenv';
    } else if (base === 'makefile') {
      lang = 'makefile';
    } else {
      const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
      lang = EXT_LANG[ext] ?? ext;
    }
  }
  if (lang === 'json') {
    return undefined;
  }
  if (HASH.includes(lang)) {
    return { start: '#' };
  }
  if (DASH.includes(lang)) {
    return { start: '--' };
  }
  if (XML.includes(lang)) {
    return { start: '<!--', end: '-->' };
  }
  if (SEMI.includes(lang)) {
    return { start: ';' };
  }
  if (lang === 'css') {
    return { start: '/*', end: '*/' };
  }
  if (lang === 'bat') {
    return { start: 'REM' };
  }
  return { start: '//' };
}

function clean(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\*\/|-->/g, '').replace(/\s+/g, ' ').trim();
}

/** Builds a directive line body (without indentation), e.g. `# ai-law-lens-disable-next-line AILL-PI-CONTACT -- reason reviewer=li`. */
export function formatDirective(
  scope: SuppressionScope,
  ids: readonly string[],
  reason: string,
  extra: { reviewer?: string; expires?: string } = {},
  commentToken: CommentToken = { start: '//' },
): string {
  const parts = [commentToken.start, `${DIRECTIVE_PREFIX}-${scope}`, ids.join(', '), '--', clean(reason)];
  if (extra.reviewer) {
    parts.push(`reviewer=${clean(extra.reviewer).replace(/\s+/g, '-')}`);
  }
  if (extra.expires) {
    parts.push(`expires=${extra.expires}`);
  }
  if (commentToken.end) {
    parts.push(commentToken.end);
  }
  return parts.join(' ');
}

/** Adds an id to an existing directive on a line (returns the new line), or undefined when there is no directive or it is already there. */
export function appendIdToDirective(lineText: string, id: string): string | undefined {
  const loc = findDirectiveOnLine(lineText);
  if (!loc || loc.ids.includes(id)) {
    return undefined;
  }
  const glue = loc.ids.length > 0 ? ', ' : ' ';
  return lineText.slice(0, loc.idsEnd) + glue + id + lineText.slice(loc.idsEnd);
}

export const SUPPRESS_PATTERNS: readonly RegExp[] = [
  ISO_DATE,
  KEY_VALUE,
  /\s--(\s|$)/,
  /\s--(\s|$)|^--(\s|$)/,
  /^\s?--/,
  /^\s--/,
  /\r\n|\r|\n/,
  /[\\/]/,
  /[\r\n]+/g,
  /\*\/|-->/g,
  /\s+/g,
  /[\s,]+/,
  /[\w-]/,
  /^[*\s]*$/,
];
