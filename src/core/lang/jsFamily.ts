// JavaScript/TypeScript/JSX front end: imports (static, dynamic, require, re-exports), calls, classes,
// interfaces, object type aliases and object literals.
import { isId, isPunct, type Lexeme } from './lexeme';
import { lexCLike } from './clike';
import type { Sink } from './sink';
import { argLabels, boundName, extractCalls, field, makeCode, objectLiteral, startsLine, type CallOptions, type Code, type LabelHit } from './structure';
import type { Declaration, FieldDecl } from './types';

export const JS_KEYWORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'export', 'extends',
  'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'return', 'super', 'switch', 'this', 'throw', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'await', 'async', 'true', 'false', 'null', 'undefined',
  'interface', 'type', 'implements', 'private', 'protected', 'public', 'readonly', 'declare', 'abstract', 'enum', 'namespace',
  'module', 'as', 'from', 'of', 'keyof', 'infer', 'is', 'satisfies', 'override', 'get', 'set', 'string', 'number', 'boolean',
  'any', 'unknown', 'never', 'object', 'symbol', 'bigint',
]);

const NOT_CALLEE = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'typeof', 'with', 'super', 'import', 'await', 'void', 'delete', 'in', 'of', 'instanceof', 'yield', 'constructor']);
const DECL_KEYWORDS = new Set(['function', 'get', 'set']);
const MODIFIERS = new Set(['public', 'private', 'protected', 'static', 'readonly', 'declare', 'abstract', 'override', 'accessor', 'export', 'default', 'async', 'get', 'set']);
/** `{` after these starts an object literal rather than a block. */
const OBJECT_CONTEXT = new Set(['=', '(', ',', ':', '[', '?', '||', '&&', '??', '|', '&', '...', '!', '${']);

const CALLS: CallOptions = { notCallee: NOT_CALLEE, declKeywords: DECL_KEYWORDS, methodShorthand: true };

export function parseJs(text: string, sink: Sink, jsx: boolean): Code {
  const code = makeCode(text, sink, lexCLike(text, sink, { lang: 'js', jsx, keywords: JS_KEYWORDS }));
  // The declaration pass is its own function: V8 compiles its hot loop on-stack, and code after such a loop inside the
  // same function deoptimised on every call (a 2,000-line TypeScript file's re-analysis ran at half speed).
  readDeclarations(code);
  extractCalls(code, CALLS);
  return code;
}

/** Imports, requires, classes, interfaces, object type aliases and object literals. */
function readDeclarations(code: Code): void {
  const { sig, match, sink } = code;
  const typeBodies = new Set<number>();
  for (let i = 0; i < sig.length; i++) {
    const lx = sig[i];
    if (lx.k === 'id') {
      const prevDot = isPunct(sig[i - 1], '.');
      if (prevDot) {
        continue;
      }
      if (lx.v === 'import' || (lx.v === 'export' && hasFrom(sig, i))) {
        jsImport(code, i);
      } else if (lx.v === 'require' && isPunct(sig[i + 1], '(') && sig[i + 2]?.k === 'str' && isPunct(sig[i + 3], ')')) {
        sink.parts.imports.push({ module: sig[i + 2].v, names: destructured(code, i), span: sink.span(sig[i + 2].s, sig[i + 2].e) });
      } else if ((lx.v === 'class' || lx.v === 'interface') && isId(sig[i + 1])) {
        const open = bodyAfter(sig, match, i + 2);
        if (open > 0) {
          typeBodies.add(open);
          sink.parts.declarations.push(members(code, lx.v === 'class' ? 'class' : 'interface', sig[i + 1], open));
        }
      } else if (lx.v === 'type' && isId(sig[i + 1]) && startsStatement(code, i)) {
        let j = i + 2;
        if (isPunct(sig[j], '<')) {
          j = skipAngles(sig, j);
        }
        if (isPunct(sig[j], '=') && isPunct(sig[j + 1], '{') && match[j + 1] > 0) {
          typeBodies.add(j + 1);
          sink.parts.declarations.push(members(code, 'type', sig[i + 1], j + 1));
        }
      }
    } else if (lx.k === 'punct' && lx.v === '{' && match[i] > i && !typeBodies.has(i) && objectContext(sig, i) && !destructuring(sig, match, i)) {
      const decl = objectLiteral(code, i, boundName(sig, i), true);
      if (decl) {
        sink.parts.declarations.push(decl);
      }
    }
  }
}

function startsStatement(code: Code, i: number): boolean {
  const prev = code.sig[i - 1];
  return !prev || startsLine(code, i) || isPunct(prev, ';') || isPunct(prev, '}') || isPunct(prev, '{') || isId(prev, 'export') || isId(prev, 'declare');
}

function objectContext(sig: Lexeme[], i: number): boolean {
  const prev = sig[i - 1];
  if (!prev) {
    return false;
  }
  if (prev.k === 'punct') {
    return OBJECT_CONTEXT.has(prev.v);
  }
  return prev.k === 'id' && (prev.v === 'return' || prev.v === 'yield' || prev.v === 'await');
}

/** `const {a, b} = x` and `({a, b}) =>` read keys, they do not build an object. */
function destructuring(sig: Lexeme[], match: Int32Array, i: number): boolean {
  const after = sig[match[i] + 1];
  if (isPunct(after, '=')) {
    return true;
  }
  if (isPunct(after, ')') || isPunct(after, ',')) {
    // parameter list of an arrow function or function
    let j = match[i] + 1;
    const limit = j + 200; // bounded: a long array of objects must not make this quadratic
    while (j < sig.length && j < limit && !isPunct(sig[j], ')')) {
      if (isPunct(sig[j], ']') || isPunct(sig[j], '}') || isPunct(sig[j], ';')) {
        return false;
      }
      j = match[j] > j ? match[j] + 1 : j + 1;
    }
    if (!isPunct(sig[j], ')')) {
      return false;
    }
    const next = sig[j + 1];
    return isPunct(next, '=>') || isPunct(next, '{') || isPunct(next, ':');
  }
  return false;
}

function hasFrom(sig: Lexeme[], i: number): boolean {
  const next = sig[i + 1];
  return isPunct(next, '*') || (isPunct(next, '{') && scanFrom(sig, i + 1) > 0);
}

/** Index of the module string after `from`, within a bounded window, or -1. */
function scanFrom(sig: Lexeme[], j: number): number {
  for (let k = j; k < sig.length && k < j + 400; k++) {
    const lx = sig[k];
    if (isPunct(lx, ';') || (lx.k === 'id' && (lx.v === 'import' || lx.v === 'export') && k > j)) {
      return -1;
    }
    if (isId(lx, 'from') && sig[k + 1]?.k === 'str') {
      return k + 1;
    }
  }
  return -1;
}

function jsImport(code: Code, i: number): void {
  const { sig, sink } = code;
  const next = sig[i + 1];
  if (!next) {
    return;
  }
  if (next.k === 'str') {
    sink.parts.imports.push({ module: next.v, names: [], span: sink.span(next.s, next.e) });
    return;
  }
  if (isPunct(next, '(') && sig[i + 2]?.k === 'str') {
    sink.parts.imports.push({ module: sig[i + 2].v, names: [], span: sink.span(sig[i + 2].s, sig[i + 2].e) });
    return;
  }
  if (isPunct(next, '.')) {
    return; // import.meta
  }
  const m = scanFrom(sig, i + 1);
  if (m < 0) {
    // `import x = require('y')`
    if (isId(next) && isPunct(sig[i + 2], '=') && isId(sig[i + 3], 'require') && sig[i + 5]?.k === 'str') {
      sink.parts.imports.push({ module: sig[i + 5].v, names: [next.v], span: sink.span(sig[i + 5].s, sig[i + 5].e) });
    }
    return;
  }
  const names: string[] = [];
  let inBraces = false;
  for (let k = i + 1; k < m - 1; k++) {
    const lx = sig[k];
    if (isPunct(lx, '{')) {
      inBraces = true;
    } else if (isPunct(lx, '}')) {
      inBraces = false;
    } else if (lx.k === 'id' && lx.v !== 'type' && lx.v !== 'typeof') {
      if (isId(sig[k - 1], 'as')) {
        if (!inBraces) {
          names.push(lx.v); // import * as ns
        }
        continue;
      }
      if (lx.v !== 'as') {
        names.push(lx.v);
      }
    }
  }
  sink.parts.imports.push({ module: sig[m].v, names, span: sink.span(sig[m].s, sig[m].e) });
}

/** Names destructured from a require: `const { A, B } = require('m')`. */
function destructured(code: Code, i: number): string[] {
  const { sig, match } = code;
  if (!isPunct(sig[i - 1], '=') || !isPunct(sig[i - 2], '}')) {
    return [];
  }
  const open = match[i - 2];
  const names: string[] = [];
  for (let k = open + 1; k < i - 2; k++) {
    if (sig[k].k === 'id' && !isPunct(sig[k - 1], ':')) {
      names.push(sig[k].v);
    }
  }
  return names;
}

function skipAngles(sig: Lexeme[], j: number): number {
  let d = 0;
  for (let k = j; k < sig.length && k < j + 200; k++) {
    if (isPunct(sig[k], '<')) {
      d++;
    } else if (isPunct(sig[k], '>')) {
      d--;
      if (d === 0) {
        return k + 1;
      }
    }
  }
  return j;
}

/** The body `{` after a class/interface header (`extends`, `implements`, generics), or -1. */
function bodyAfter(sig: Lexeme[], match: Int32Array, j: number): number {
  for (let k = j; k < sig.length && k < j + 200; k++) {
    const lx = sig[k];
    if (isPunct(lx, '{')) {
      return match[k] > k ? k : -1;
    }
    if (isPunct(lx, ';') || isPunct(lx, '}') || isPunct(lx, ')')) {
      return -1;
    }
    if (isPunct(lx, '(') && match[k] > k) {
      k = match[k];
    }
  }
  return -1;
}

/** Fields of a class, interface or object type: `name: T`, `name?: T`, `name = v`, with decorators as labels. */
function members(code: Code, kind: Declaration['kind'], nameLx: Lexeme, open: number): Declaration {
  const { sig, match, sink } = code;
  const close = match[open];
  const fields: FieldDecl[] = [];
  let label: LabelHit | undefined;
  let aliases: string[] = [];
  let atStart = true;
  let stmtStart = -1;
  let j = open + 1;
  while (j < close) {
    const lx = sig[j];
    if (isPunct(lx, ';') || isPunct(lx, ',')) {
      atStart = true;
      j++;
      continue;
    }
    if (isPunct(lx, '@') && isId(sig[j + 1])) {
      // decorator: @ApiProperty({ description: '身份证号' }), @Column({ comment: '…' })
      if (stmtStart < 0) {
        stmtStart = lx.s;
      }
      let k = j + 1;
      let name = sig[k].v;
      while (isPunct(sig[k + 1], '.') && isId(sig[k + 2])) {
        k += 2;
        name += '.' + sig[k].v;
      }
      k++;
      if (isPunct(sig[k], '(') && match[k] > k) {
        const got = argLabels(code, name, k);
        label = label ?? got.label;
        aliases = aliases.concat(got.aliases);
        k = match[k] + 1;
      }
      j = k;
      atStart = true;
      continue;
    }
    if (atStart || startsLine(code, j)) {
      let k = j;
      while (isId(sig[k]) && MODIFIERS.has(sig[k].v) && (isId(sig[k + 1]) || isPunct(sig[k + 1], '#'))) {
        k++;
      }
      if (isPunct(sig[k], '#')) {
        k++;
      }
      const name = sig[k];
      const after = sig[k + 1];
      if (name && (name.k === 'id' || name.k === 'str') && k < close && after) {
        const isField =
          isPunct(after, ':') ||
          isPunct(after, '=') ||
          isPunct(after, ';') ||
          (isPunct(after, '?') && isPunct(sig[k + 2], ':')) ||
          (isPunct(after, '!') && isPunct(sig[k + 2], ':')) ||
          (k + 1 === close && kind !== 'class') ||
          (kind === 'class' && k + 1 < close && startsLine(code, k + 1) && !isPunct(after, '(') && !isPunct(after, '<'));
        if (isField) {
          fields.push(field(code, name, stmtStart >= 0 ? stmtStart : sig[j].s, label, aliases));
        }
      }
      label = undefined;
      aliases = [];
      stmtStart = -1;
      atStart = false;
      j = k;
    }
    j = match[j] > j ? match[j] + 1 : j + 1;
  }
  return { kind, name: nameLx.v, span: sink.span(nameLx.s, nameLx.e), fields };
}
