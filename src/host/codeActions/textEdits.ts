// Pure text-edit planning for the quick fixes: suppression directives and compliant stubs.
// Works on a read-only line view of the document, returns plain edits the host turns into a WorkspaceEdit.
// The directive syntax itself (comment tokens, formatting, parsing) comes from core/suppress, so the editor
// writes exactly what the engine reads.
import type { FixTemplate, Span, SuppressionScope } from '../../core/model';
import { commentTokenFor, findDirectiveOnLine, formatDirective, parseDirectives } from '../../core/suppress';

export interface LineView {
  lineCount: number;
  lineAt(line: number): string;
  /** End-of-line sequence to use for inserted lines. */
  eol: string;
}

export interface PlainEdit {
  span: Span;
  newText: string;
}

export interface SuppressRequest {
  scope: 'line' | 'file';
  ruleId: string;
  /** 0-based line of the finding (for line scope). */
  line: number;
  languageId: string;
  reason: string;
  reviewer?: string;
  expires?: string;
}

/** An existing directive as the editor needs it: where its comment starts and what it says. */
export interface FoundDirective {
  scope: SuppressionScope;
  ids: string[];
  reason: string;
  reviewer?: string;
  expires?: string;
  commentStart: number;
}

/** How many leading lines are searched for an existing file directive. */
const FILE_DIRECTIVE_WINDOW = 30;

function indentOf(text: string): string {
  return /^\s*/.exec(text)?.[0] ?? '';
}

function at(line: number, character: number): Span {
  return { start: { line, character }, end: { line, character } };
}

/** Reads a well-formed directive from one line (misspelt ones are left alone: the engine reports them). */
export function readDirective(lineText: string): FoundDirective | undefined {
  const location = findDirectiveOnLine(lineText);
  if (!location?.recognised) {
    return undefined;
  }
  const parsed = parseDirectives(lineText, { isRuleId: () => true }).directives[0];
  return {
    scope: location.scope,
    ids: location.ids,
    reason: parsed?.reason ?? '',
    reviewer: parsed?.reviewer,
    expires: parsed?.expires,
    commentStart: location.commentStart,
  };
}

/** An existing directive the request can extend: the next-line directive above, a same-line one, or a file directive. */
export function existingDirective(view: LineView, request: Pick<SuppressRequest, 'scope' | 'line'>): { line: number; found: FoundDirective } | undefined {
  if (request.scope === 'file') {
    for (let line = 0; line < Math.min(view.lineCount, FILE_DIRECTIVE_WINDOW); line++) {
      const found = readDirective(view.lineAt(line));
      if (found?.scope === 'file') {
        return { line, found };
      }
    }
    return undefined;
  }
  const same = request.line < view.lineCount ? readDirective(view.lineAt(request.line)) : undefined;
  if (same?.scope === 'line') {
    return { line: request.line, found: same };
  }
  if (request.line > 0) {
    const above = readDirective(view.lineAt(request.line - 1));
    if (above?.scope === 'next-line') {
      return { line: request.line - 1, found: above };
    }
  }
  return undefined;
}

/** Where a new file directive goes: after a shebang, a Python encoding line or an XML declaration. */
export function fileDirectiveLine(view: LineView): number {
  let line = 0;
  while (line < Math.min(view.lineCount, 3)) {
    const text = view.lineAt(line);
    if ((line === 0 && text.startsWith('#!')) || /^#.*coding[:=]/.test(text) || /^\s*<\?xml\b/.test(text)) {
      line++;
    } else {
      break;
    }
  }
  return line;
}

/** The edit that suppresses a rule, reusing an existing directive; undefined when the language has no comments. */
export function suppressionEdit(view: LineView, request: SuppressRequest): PlainEdit | undefined {
  const token = commentTokenFor(request.languageId);
  if (!token) {
    return undefined;
  }
  const existing = existingDirective(view, request);
  if (existing) {
    // Rewrite the directive from its comment opener to the end of the line: one directive, all ids, the given reason.
    const { found, line } = existing;
    const ids = found.ids.includes(request.ruleId) ? found.ids : [...found.ids, request.ruleId];
    const lineText = view.lineAt(line);
    const opener = lineText.slice(found.commentStart);
    const usedToken = opener.startsWith(token.start) ? token : guessToken(opener);
    const text = formatDirective(
      found.scope,
      ids,
      request.reason,
      { reviewer: request.reviewer || found.reviewer, expires: request.expires || found.expires },
      usedToken,
    );
    return { span: { start: { line, character: found.commentStart }, end: { line, character: lineText.length } }, newText: text };
  }
  const extra = { reviewer: request.reviewer || undefined, expires: request.expires || undefined };
  if (request.scope === 'file') {
    return { span: at(fileDirectiveLine(view), 0), newText: formatDirective('file', [request.ruleId], request.reason, extra, token) + view.eol };
  }
  const indent = indentOf(view.lineAt(request.line));
  return { span: at(request.line, 0), newText: indent + formatDirective('next-line', [request.ruleId], request.reason, extra, token) + view.eol };
}

/** The comment token an existing directive was written with: a block-comment directive in a line-comment language stays a block. */
function guessToken(opener: string): { start: string; end?: string } {
  if (opener.startsWith('<!--')) {
    return { start: '<!--', end: '-->' };
  }
  if (opener.startsWith('/*')) {
    return { start: '/*', end: '*/' };
  }
  const start = /^(\/\/|#|--|;|%|'|REM|rem)/.exec(opener)?.[1] ?? '//';
  return { start };
}

/** Maps a VS Code language id to the engine's language family (src/core/lang), for fix-template snippets. */
export function familyOf(languageId: string): string {
  switch (languageId) {
    case 'javascript':
    case 'javascriptreact':
    case 'typescript':
    case 'typescriptreact':
      return 'javascript';
    case 'kotlin':
      return 'java';
    case 'jsonc':
      return 'json';
    case 'dotenv':
      return 'properties';
    case 'vue':
      return 'html';
    default:
      return languageId;
  }
}

/** The compliant stub for a finding, inserted on the line before it with the same indentation. */
export function stubEdit(view: LineView, fix: FixTemplate, line: number, languageId: string, token: string): PlainEdit | undefined {
  const snippet = fix.snippets[familyOf(languageId)] ?? fix.snippets['*'];
  if (snippet === undefined || line >= view.lineCount) {
    return undefined;
  }
  const indent = indentOf(view.lineAt(line));
  const body = snippet.split('{token}').join(token);
  // Snippets mark indentation with {indent}; a snippet without the marker gets the line's indentation on every line.
  const lines = body.includes('{indent}')
    ? body.split(/\r?\n/).map((text) => text.split('{indent}').join(indent))
    : body.split(/\r?\n/).map((text) => (text.length > 0 ? indent + text : text));
  return { span: at(line, 0), newText: lines.join(view.eol) + view.eol };
}

/** Stubs for several findings of one rule in one file, at most one per line (edits refer to the original text). */
export function stubEditsForFile(view: LineView, fix: FixTemplate, lines: readonly number[], languageId: string, token: (line: number) => string): PlainEdit[] {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  return unique.map((line) => stubEdit(view, fix, line, languageId, token(line))).filter((e): e is PlainEdit => e !== undefined);
}
