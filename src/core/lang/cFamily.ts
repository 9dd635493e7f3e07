// C, C++ and C# front end: identifiers, strings and comments through the shared C-like lexer, `#include` and C#
// `using` directives as imports, struct/class/record fields (C# properties too) with their comments as labels, and
// calls. Until now these files were read as plain text, so a `std::string id_card;` field or a "大数据杀熟" comment
// in a C++ service went unseen.
import { isId, isPunct, type Lexeme } from './lexeme';
import { lexCLike } from './clike';
import type { Sink } from './sink';
import { extractCalls, field, makeCode, startsLine, type Code } from './structure';
import type { Declaration } from './types';

/** Keywords and built-in type names of C, C++ and C#: never reported as identifiers. */
export const C_KEYWORDS = new Set([
  // C
  'auto', 'break', 'case', 'char', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extern', 'float', 'for',
  'goto', 'if', 'inline', 'int', 'long', 'register', 'restrict', 'return', 'short', 'signed', 'sizeof', 'static', 'struct',
  'switch', 'typedef', 'union', 'unsigned', 'void', 'volatile', 'while', 'bool', 'true', 'false', 'NULL', 'include', 'define',
  'ifdef', 'ifndef', 'endif', 'pragma', 'elif', 'undef',
  // C++
  'class', 'namespace', 'template', 'typename', 'public', 'private', 'protected', 'virtual', 'override', 'final', 'new',
  'delete', 'this', 'nullptr', 'operator', 'friend', 'using', 'try', 'catch', 'throw', 'noexcept', 'constexpr', 'decltype',
  'explicit', 'mutable', 'static_cast', 'dynamic_cast', 'reinterpret_cast', 'const_cast', 'std', 'string', 'vector', 'size_t',
  // C#
  'abstract', 'as', 'base', 'byte', 'checked', 'decimal', 'delegate', 'event', 'finally', 'fixed', 'foreach', 'implicit',
  'in', 'interface', 'internal', 'is', 'lock', 'object', 'out', 'params', 'readonly', 'ref', 'sbyte', 'sealed', 'stackalloc',
  'uint', 'ulong', 'unchecked', 'unsafe', 'ushort', 'var', 'async', 'await', 'get', 'set', 'value', 'record', 'init',
  'partial', 'where', 'yield', 'nameof', 'dynamic', 'String', 'Int32', 'Int64', 'Boolean', 'DateTime', 'Guid',
]);

const NOT_CALLEE = new Set([
  'if', 'for', 'while', 'switch', 'catch', 'return', 'sizeof', 'alignof', 'decltype', 'typeof', 'nameof', 'using', 'lock',
  'foreach', 'fixed', 'checked', 'unchecked', 'throw', 'defined', 'static_assert', 'noexcept', 'operator',
]);
const NO_DECL_KEYWORDS = new Set<string>();

/** Index of the `{` opening a type body after its name (skipping a base list `: Base, IFoo` or `<T>`), or -1. */
function bodyAfter(code: Code, from: number): number {
  const { sig, match } = code;
  for (let j = from; j < sig.length && j < from + 40; j++) {
    if (isPunct(sig[j], '{')) {
      return match[j] > j ? j : -1;
    }
    if (isPunct(sig[j], ';') || isPunct(sig[j], '(') || isPunct(sig[j], ')') || isPunct(sig[j], '=') || isPunct(sig[j], '}')) {
      return -1; // a forward declaration, a variable of the type, or a cast: no body here
    }
  }
  return -1;
}

/**
 * Fields of a struct, class or record body, at its own nesting level: `Type name;`, `Type name = …;`, `Type a, b;`,
 * `Type name[16];` and C# properties `Type Name { get; set; }`. Methods (a name before `(`) are not fields.
 */
function members(code: Code, kind: Declaration['kind'], nameLx: Lexeme, open: number): Declaration {
  const { sig, match, sink } = code;
  const close = match[open];
  const decl: Declaration = { kind, name: nameLx.v, span: sink.span(nameLx.s, nameLx.e), fields: [] };
  let statementStart = open + 1;
  for (let j = open + 1; j < close && decl.fields.length < 500; j++) {
    const lx = sig[j];
    if (lx.k === 'punct' && (lx.v === '{' || lx.v === '(' || lx.v === '[') && match[j] > j) {
      // A property body `{ get; set; }` ends its statement; a method body or an initialiser is skipped whole.
      const wasProperty = lx.v === '{' && isId(sig[j - 1]) && isProperty(code, j);
      if (wasProperty) {
        decl.fields.push(field(code, sig[j - 1], sig[statementStart].s));
      }
      j = match[j];
      if (lx.v === '{') {
        statementStart = j + 1;
      }
      continue;
    }
    if (lx.k === 'punct' && (lx.v === ';' || lx.v === ',' || lx.v === '=')) {
      // `Type name[16];`: the name is before the array brackets.
      const nameAt = isPunct(sig[j - 1], ']') && match[j - 1] >= 0 ? match[j - 1] - 1 : j - 1;
      const name = sig[nameAt];
      // A declared name follows a type: at least one lexeme before it in the statement, and not after `.`.
      if (isId(name) && nameAt > statementStart && !isPunct(sig[nameAt - 1], '.') && !C_KEYWORDS.has(name.v)) {
        decl.fields.push(field(code, name, sig[statementStart].s));
      }
      if (lx.v === '=') {
        // skip the initialiser up to the end of the statement
        while (j + 1 < close && !isPunct(sig[j + 1], ';') && !isPunct(sig[j + 1], ',')) {
          j = match[j + 1] > j + 1 ? match[j + 1] : j + 1;
        }
      }
      if (lx.v === ';' || isPunct(sig[j + 1], ';')) {
        statementStart = lx.v === ';' ? j + 1 : j + 2;
      }
      continue;
    }
    if (lx.k === 'punct' && lx.v === ':' && isId(sig[j - 1]) && ['public', 'private', 'protected'].includes(sig[j - 1].v)) {
      statementStart = j + 1; // C++ access label
    }
  }
  return decl;
}

/** `{ get; set; }`, `{ get; init; }`, `{ get => …; }`: a C# property's accessor block. */
function isProperty(code: Code, open: number): boolean {
  const first = code.sig[open + 1];
  return isId(first) && (first.v === 'get' || first.v === 'set' || first.v === 'init');
}

export function parseC(text: string, sink: Sink): Code {
  const code = makeCode(text, sink, lexCLike(text, sink, { lang: 'java', keywords: C_KEYWORDS }));
  const { sig, match } = code;
  for (let i = 0; i < sig.length; i++) {
    if (isPunct(sig[i], '#') && isId(sig[i + 1], 'include') && startsLine(code, i)) {
      include(code, i + 2);
    } else if (isId(sig[i], 'using') && startsLine(code, i) && isId(sig[i + 1])) {
      using(code, i + 1);
    } else if (isId(sig[i], 'struct') && isPunct(sig[i + 1], '{') && match[i + 1] > i && isId(sig[match[i + 1] + 1])) {
      // C's anonymous `typedef struct { … } Name;`: the name follows the body
      sink.parts.declarations.push(members(code, 'struct', sig[match[i + 1] + 1], i + 1));
    } else if ((isId(sig[i], 'struct') || isId(sig[i], 'class') || isId(sig[i], 'record')) && isId(sig[i + 1]) && !isPunct(sig[i - 1], '<')) {
      const open = bodyAfter(code, i + 2);
      if (open > 0) {
        sink.parts.declarations.push(members(code, sig[i].v === 'struct' ? 'struct' : 'class', sig[i + 1], open));
      }
    }
  }
  extractCalls(code, { notCallee: NOT_CALLEE, declKeywords: NO_DECL_KEYWORDS, typedDecl: true, scopeOperator: true });
  streamLogs(code);
  return code;
}

/** glog-style macros and standard streams that take their operands through `<<`. */
const STREAM_LOGGERS = new Set(['LOG', 'VLOG', 'DLOG', 'PLOG', 'LOG_IF', 'LOG_EVERY_N', 'cout', 'cerr', 'clog']);

/**
 * `LOG(INFO) << "user " << u.id_card;` and `std::cout << …;` are C++'s usual log lines but not calls: each is
 * recorded as a call named as written (`LOG`, `std.cout`) whose arguments are the streamed operands, so the
 * PI-in-logs detector reads them like any logger call.
 */
function streamLogs(code: Code): void {
  const { sig, match, sink, text } = code;
  for (let i = 0; i < sig.length; i++) {
    const lx = sig[i];
    if (lx.k !== 'id' || !STREAM_LOGGERS.has(lx.v)) {
      continue;
    }
    const scoped = isPunct(sig[i - 1], '::') && isId(sig[i - 2], 'std');
    if (isPunct(sig[i - 1], '.') || (isPunct(sig[i - 1], '::') && !scoped)) {
      continue; // a member or another namespace's name
    }
    let j = i + 1;
    if (isPunct(sig[j], '(') && match[j] > j) {
      j = match[j] + 1; // LOG(INFO)
    }
    if (!(isPunct(sig[j], '<') && isPunct(sig[j + 1], '<') && sig[j + 1].s === sig[j].e)) {
      continue;
    }
    let end = j + 2;
    while (end < sig.length && end < j + 400 && !isPunct(sig[end], ';')) {
      end = match[end] > end ? match[end] + 1 : end + 1;
    }
    const argsStart = sig[j + 1].e;
    const argsEnd = end < sig.length ? sig[end].s : Math.min(text.length, argsStart + 200);
    const start = scoped ? sig[i - 2].s : lx.s;
    sink.call(scoped ? `std.${lx.v}` : lx.v, start, argsEnd, text.slice(argsStart, Math.min(argsEnd, argsStart + 1000)), argsStart, argsEnd);
  }
}

/** `#include "a/b.h"` or `#include <a/b.hpp>`: the header path without its extension, e.g. `dlib/image_processing`. */
function include(code: Code, at: number): void {
  const { sig, text } = code;
  const first = sig[at];
  if (!first) {
    return;
  }
  if (first.k === 'str') {
    pushImport(code, first.v, first.s, first.e);
    return;
  }
  if (!isPunct(first, '<')) {
    return;
  }
  const line = code.local.lineOf(first.s);
  for (let j = at + 1; j < sig.length && j < at + 64 && code.local.lineOf(sig[j].s) === line; j++) {
    if (isPunct(sig[j], '>')) {
      pushImport(code, text.slice(first.e, sig[j].s), first.e, sig[j].s);
      return;
    }
  }
}

/** C# `using System.Net.Http;` or `using Alias = Some.Namespace;` (a `using (…)` statement has no name after it). */
function using(code: Code, at: number): void {
  const { sig } = code;
  let start = at;
  if (isPunct(sig[at + 1], '=') && isId(sig[at + 2])) {
    start = at + 2;
  }
  const parts: Lexeme[] = [];
  let j = start;
  while (isId(sig[j]) && parts.length < 16) {
    parts.push(sig[j]);
    if (!isPunct(sig[j + 1], '.')) {
      break;
    }
    j += 2;
  }
  if (parts.length > 0 && isPunct(sig[j + 1], ';')) {
    const last = parts[parts.length - 1];
    pushImport(code, parts.map((p) => p.v).join('.'), parts[0].s, last.e);
  }
}

function pushImport(code: Code, raw: string, start: number, end: number): void {
  const module = raw.trim().replace(/\.(h|hh|hpp|hxx|inl)$/i, '');
  if (module !== '' && module.length <= 200) {
    code.sink.parts.imports.push({ module, names: [], span: code.sink.span(start, end) });
  }
}
