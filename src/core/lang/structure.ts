// Structure passes shared by the code families: calls, labels from comments and annotations,
// object/dict literals. They walk the significant lexemes once, jumping over brackets by their partners.
import { LineIndex } from './lines';
import { MAX_ARGS } from './sink';
import type { Sink } from './sink';
import { cleanLabel, isPunct, matchBrackets, type LexResult, type Lexeme } from './lexeme';
import type { Declaration, FieldDecl } from './types';

export interface Code {
  text: string;
  sink: Sink;
  sig: Lexeme[];
  comments: Lexeme[];
  match: Int32Array;
  notes: CommentIndex;
  /** Lines of this text itself (a notebook cell's lines differ from the notebook JSON's lines). */
  local: LineIndex;
}

export function makeCode(text: string, sink: Sink, lexed: LexResult): Code {
  // For a whole document this is the index the sink already built; embedded texts (cells, <script>) get their own.
  // For a whole document this is the index the sink already built; embedded texts (cells, <script>) get their own.
  const local = LineIndex.of(text);
  return {
    text,
    sink,
    sig: lexed.sig,
    comments: lexed.comments,
    match: matchBrackets(lexed.sig),
    notes: new CommentIndex(text, local, lexed.comments),
    local,
  };
}

/** Indentation width of the line holding an offset (tabs count as one, as Python compares them consistently). */
export function indentOf(code: Code, offset: number): number {
  const start = code.local.lineStart(code.local.lineOf(offset));
  let j = start;
  while (j < offset && (code.text.charCodeAt(j) === 32 || code.text.charCodeAt(j) === 9)) {
    j++;
  }
  return j - start;
}

/** True when the lexeme at j starts a new line in the source. */
export function startsLine(code: Code, j: number): boolean {
  return j === 0 || code.local.lineOf(code.sig[j].s) > code.local.lineOf(code.sig[j - 1].e);
}

/** Finds the comment beside or just above a line, for field labels. */
export class CommentIndex {
  private readonly byStart = new Map<number, Lexeme>();
  private readonly byEnd = new Map<number, Lexeme>();

  constructor(
    private readonly text: string,
    lines: LineIndex,
    comments: Lexeme[],
  ) {
    for (const c of comments) {
      const line = lines.lineOf(c.s);
      if (!this.byStart.has(line)) {
        this.byStart.set(line, c);
      }
      this.byEnd.set(lines.lineOf(c.e), c);
    }
  }

  /** A comment that starts on `line` after `after` (a trailing comment). */
  trailing(line: number, after: number): Lexeme | undefined {
    const c = this.byStart.get(line);
    return c && c.s >= after && cleanLabel(c.v) !== '' ? c : undefined;
  }

  /** A comment alone on its line(s) that ends on the line just above `line`. */
  above(line: number): Lexeme | undefined {
    const c = this.byEnd.get(line - 1);
    if (!c || !this.ownLine(c) || cleanLabel(c.v) === '') {
      return undefined;
    }
    return c;
  }

  private ownLine(c: Lexeme): boolean {
    let j = c.s - 1;
    // step back over the comment marker (//, /*, #, --, <!--)
    while (j >= 0) {
      const ch = this.text.charCodeAt(j);
      if (ch === 47 || ch === 42 || ch === 35 || ch === 45 || ch === 33 || ch === 60) {
        j--;
      } else {
        break;
      }
    }
    while (j >= 0) {
      const ch = this.text.charCodeAt(j);
      if (ch === 10 || ch === 13) {
        return true;
      }
      if (ch !== 32 && ch !== 9) {
        return false;
      }
      j--;
    }
    return true;
  }
}

/** Builds a field with its label: an explicit label first, else a trailing comment, else a comment above. */
export function field(code: Code, name: Lexeme, stmtStart: number, explicit?: LabelHit, aliases?: string[]): FieldDecl {
  const f: FieldDecl = { name: name.v, span: code.sink.span(name.s, name.e) };
  let hit: LabelHit | undefined = explicit;
  if (!hit) {
    const line = code.local.lineOf(name.s);
    const c = code.notes.trailing(line, name.e) ?? code.notes.above(code.local.lineOf(stmtStart));
    if (c) {
      hit = { text: cleanLabel(c.v), lx: trimmed(c) };
    }
  }
  if (hit && hit.text) {
    f.label = hit.text;
    f.labelSpan = code.sink.span(hit.lx.s, hit.lx.e);
  }
  if (aliases && aliases.length > 0) {
    f.aliases = aliases;
  }
  return f;
}

/** The comment lexeme without its leading spaces/stars and trailing spaces, so a label span hugs the words. */
function trimmed(c: Lexeme): Lexeme {
  let a = 0;
  let b = c.v.length;
  while (a < b && ' \t*!/-'.includes(c.v[a])) {
    a++;
  }
  while (b > a && ' \t*/\r\n'.includes(c.v[b - 1])) {
    b--;
  }
  if (c.v.slice(a, b).includes('\n')) {
    return c; // a multi-line doc comment keeps its full span
  }
  return { k: c.k, s: c.s + a, e: c.s + b, v: c.v.slice(a, b) };
}

export interface LabelHit {
  text: string;
  lx: Lexeme;
}

/** Argument keys whose string value describes the field for a human. */
const LABEL_KEYS = new Set(['description', 'notes', 'title', 'comment', 'label', 'verbose_name', 'help_text', 'desc', 'remark', 'remarks', 'summary', 'caption', 'placeholder']);
/** Argument keys whose string value is another name of the field (column, JSON property). */
const ALIAS_KEYS = new Set(['name', 'column', 'db_column', 'alias', 'serialization_alias', 'validation_alias', 'property', 'field']);
/** Annotations/calls whose first positional string (or `value`/`name`) is a human label, not a name. */
const LABEL_POSITIONAL = new Set(['ApiModelProperty', 'ApiParam', 'Comment', 'ExcelProperty', 'Excel', 'ApiProperty', 'ApiPropertyOptional', 'Schema', 'Parameter', 'Description', 'DisplayName']);
/** Annotations/calls whose first positional string is another name of the field. */
const ALIAS_POSITIONAL = new Set(['TableField', 'JsonProperty', 'SerializedName', 'JSONField', 'JsonAlias', 'TableId', 'Column', 'JsonbProperty', 'XmlElement', 'mapped_column']);

/**
 * Reads a label and alternative names from the arguments of an annotation, decorator or field call
 * (`@ApiModelProperty(value="身份证号")`, `@Column(name="id_card")`, `Field(description=…)`, `models.CharField("身份证号")`).
 */
export function argLabels(code: Code, callee: string, open: number): { label?: LabelHit; aliases: string[] } {
  const sig = code.sig;
  const close = code.match[open];
  const aliases: string[] = [];
  let label: LabelHit | undefined;
  if (close < 0) {
    return { aliases };
  }
  const base = callee.slice(callee.lastIndexOf('.') + 1);
  const djangoField = base.endsWith('Field') && callee.includes('.');
  const positionalIsLabel = LABEL_POSITIONAL.has(base) || djangoField;
  const positionalIsAlias = ALIAS_POSITIONAL.has(base) && !djangoField;
  for (let j = open + 1; j < close; j++) {
    const lx = sig[j];
    if (j === open + 1 && lx.k === 'str') {
      if (positionalIsLabel && !label) {
        label = { text: cleanLabel(lx.v), lx };
      } else if (positionalIsAlias) {
        aliases.push(lx.v);
      }
    }
    if (lx.k !== 'id') {
      continue;
    }
    const sep = sig[j + 1];
    const val = sig[j + 2];
    if (!sep || !val || val.k !== 'str' || !(isPunct(sep, '=') || isPunct(sep, ':'))) {
      continue;
    }
    const key = lx.v;
    if (key === 'columnDefinition') {
      const m = /comment\s+'([^']{1,200})'/i.exec(val.v.slice(0, 1000));
      if (m && !label) {
        label = { text: cleanLabel(m[1]), lx: val };
      }
    } else if (LABEL_KEYS.has(key) || (key === 'value' && positionalIsLabel) || (key === 'name' && (base === 'Excel' || base === 'ExcelProperty'))) {
      if (!label || key === 'description' || key === 'value') {
        label = { text: cleanLabel(val.v), lx: val };
      }
    } else if (ALIAS_KEYS.has(key) || (key === 'value' && positionalIsAlias)) {
      aliases.push(val.v);
    }
  }
  if (label && label.text === '') {
    label = undefined;
  }
  return { label, aliases };
}

export interface CallOptions {
  /** Words that look like callees but are statements (`if`, `for`, `while`…). */
  notCallee: ReadonlySet<string>;
  /** A callee right after one of these is being declared, not called (`def`, `function`, `func`, `fun`). */
  declKeywords: ReadonlySet<string>;
  /** Java: `Type name(` declares a method. */
  typedDecl?: boolean;
  /** C++ `ns::fn(`: the scope operator joins the callee like a dot (`spdlog::info` reads as `spdlog.info`). */
  scopeOperator?: boolean;
  /** JS: a single name followed by `(…) {` is a method declaration. */
  methodShorthand?: boolean;
  /** Go: `func (r *T) name(` declares a method. */
  goReceiver?: boolean;
}

const AFTER_TYPE_KEYWORDS = new Set(['return', 'new', 'throw', 'else', 'case', 'yield', 'await', 'in', 'is', 'as', 'assert', 'print', 'not', 'and', 'or', 'typeof', 'void', 'delete', 'do', 'lambda', 'if', 'elif', 'while', 'of', 'with', 'from']);

/** Emits every call: dotted callee, bounded argument text. Constructor calls (`new X(`) get `isNew`. */
export function extractCalls(code: Code, opts: CallOptions): void {
  const { sig, match, text, sink } = code;
  for (let i = 1; i < sig.length; i++) {
    const open = sig[i];
    if (open.k !== 'punct' || open.v !== '(') {
      continue;
    }
    let nameAt = i - 1;
    if (isPunct(sig[nameAt], '>')) {
      nameAt = beforeTypeArguments(sig, nameAt); // `new ArrayList<>(`, `useState<User>(`
    }
    const last = sig[nameAt];
    if (!last || last.k !== 'id' || opts.notCallee.has(last.v)) {
      continue;
    }
    let k = nameAt;
    while (k >= 2 && (isPunct(sig[k - 1], '.') || (opts.scopeOperator === true && isPunct(sig[k - 1], '::'))) && sig[k - 2].k === 'id') {
      k -= 2;
    }
    const prev = sig[k - 1];
    if (prev && prev.k === 'punct' && prev.v === '@') {
      continue; // an annotation, read by the declaration passes
    }
    if (prev && prev.k === 'id' && opts.declKeywords.has(prev.v)) {
      continue;
    }
    const close = match[i];
    const after = close >= 0 ? sig[close + 1] : undefined;
    if (opts.typedDecl && prev && prev.k === 'id' && !AFTER_TYPE_KEYWORDS.has(prev.v) && k === nameAt) {
      continue; // `String name(` / `void name(`
    }
    if (opts.typedDecl && k === nameAt && after && (isPunct(after, '{') || (after.k === 'id' && after.v === 'throws'))) {
      continue;
    }
    if (opts.methodShorthand && k === nameAt && after && (isPunct(after, '{') || (isPunct(after, ':') && prev && (isPunct(prev, '{') || isPunct(prev, '}') || isPunct(prev, ';') || prev.k === 'id')))) {
      continue;
    }
    if (opts.goReceiver && prev && isPunct(prev, ')')) {
      const recv = match[k - 1];
      if (recv > 0 && sig[recv - 1].k === 'id' && sig[recv - 1].v === 'func') {
        continue;
      }
    }
    let callee = sig[k].v;
    for (let j = k + 2; j <= nameAt; j += 2) {
      callee += '.' + sig[j].v;
    }
    const argStart = open.e;
    // An unclosed call (broken or half-typed code) takes at most the rest of its line, and a short stretch of it:
    // reading MAX_ARGS characters made each of many unclosed calls re-read its neighbours' text.
    const argEnd = close >= 0 ? sig[close].s : Math.min(code.local.lineEnd(code.local.lineOf(argStart)), argStart + UNCLOSED_ARGS);
    const call = sink.call(callee, sig[k].s, close >= 0 ? sig[close].e : argEnd, text.slice(argStart, Math.min(argEnd, argStart + MAX_ARGS)), argStart, argEnd);
    if (prev && prev.k === 'id' && prev.v === 'new') {
      call.isNew = true;
    }
  }
}

/** Argument text read after an opening bracket that is never closed. */
const UNCLOSED_ARGS = 200;

/** Index of the name before a `<…>` type-argument list ending at `close`, or -1 (bounded look-back). */
function beforeTypeArguments(sig: Lexeme[], close: number): number {
  let depth = 0;
  for (let j = close; j >= 0 && j > close - 40; j--) {
    const lx = sig[j];
    if (lx.k === 'punct') {
      if (lx.v === '>') {
        depth++;
      } else if (lx.v === '<') {
        if (--depth === 0) {
          return j - 1;
        }
      } else if (lx.v !== ',' && lx.v !== '.' && lx.v !== '?' && lx.v !== '[' && lx.v !== ']') {
        return -1;
      }
    }
  }
  return -1;
}

/** Reads `{ key: value, … }` (JS object, Python dict) as an `object` declaration when it has ≥ 2 keys. */
export function objectLiteral(code: Code, open: number, name: string, shorthand: boolean): Declaration | undefined {
  const { sig, match } = code;
  const close = match[open];
  if (close < 0) {
    return undefined;
  }
  const fields: FieldDecl[] = [];
  let j = open + 1;
  while (j < close) {
    const lx = sig[j];
    const next = sig[j + 1];
    if ((lx.k === 'id' || lx.k === 'str') && next && (isPunct(next, ':') || (shorthand && lx.k === 'id' && (isPunct(next, ',') || j + 1 === close)))) {
      fields.push(field(code, lx, lx.s));
    }
    // skip to the next item
    while (j < close && !isPunct(sig[j], ',')) {
      j = match[j] > j ? match[j] + 1 : j + 1;
    }
    j++;
  }
  if (fields.length < 2) {
    return undefined;
  }
  return { kind: 'object', name, span: code.sink.span(sig[open].s, sig[close].e), fields };
}

/** The name an object literal is bound to: `user = {`, `user: {`, `"user": {`. */
export function boundName(sig: Lexeme[], open: number): string {
  const prev = sig[open - 1];
  const before = sig[open - 2];
  if (prev && before && prev.k === 'punct' && (prev.v === '=' || prev.v === ':') && (before.k === 'id' || before.k === 'str')) {
    return before.v;
  }
  return '';
}
