// Java/Kotlin (and Groovy/Gradle) front end: imports, calls, classes/records/data classes with fields and
// annotation labels (@ApiModelProperty, @Schema, @Column, @Comment, @TableField, @JsonProperty, @ExcelProperty).
import { isId, isPunct, type Lexeme } from './lexeme';
import { lexCLike } from './clike';
import type { Sink } from './sink';
import { argLabels, extractCalls, field, makeCode, startsLine, type Code, type LabelHit } from './structure';
import type { Declaration, FieldDecl } from './types';

export const JAVA_KEYWORDS = new Set([
  'abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default', 'do',
  'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import',
  'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public', 'return', 'short',
  'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void', 'volatile',
  'while', 'true', 'false', 'null', 'var', 'record', 'val', 'fun', 'object', 'data', 'open', 'override', 'internal',
  'lateinit', 'companion', 'when', 'is', 'in', 'as', 'typealias', 'suspend', 'inline', 'sealed', 'def', 'String', 'Integer',
  'Long', 'Boolean', 'Double', 'Float', 'Int',
]);

const NOT_CALLEE = new Set(['if', 'for', 'while', 'switch', 'catch', 'synchronized', 'return', 'when', 'try', 'super', 'this', 'assert', 'throw']);
const JAVA_DECL = new Set(['class', 'interface', 'record', 'enum']);
const KOTLIN_DECL = new Set(['fun', 'class', 'interface', 'object']);
const MODIFIERS = new Set(['public', 'private', 'protected', 'static', 'final', 'transient', 'volatile', 'abstract', 'override', 'open', 'internal', 'lateinit', 'const', 'data', 'sealed']);

interface Annotation {
  name: string;
  open: number; // index of `(` or -1
}

export function parseJava(text: string, sink: Sink, kotlin: boolean): Code {
  const code = makeCode(text, sink, lexCLike(text, sink, { lang: kotlin ? 'kotlin' : 'java', keywords: JAVA_KEYWORDS }));
  const { sig, match } = code;
  for (let i = 0; i < sig.length; i++) {
    const lx = sig[i];
    if (lx.k !== 'id' || isPunct(sig[i - 1], '.')) {
      continue;
    }
    if (lx.v === 'import' && startsLine(code, i)) {
      let j = i + 1;
      if (isId(sig[j], 'static')) {
        j++;
      }
      let name = '';
      const first = j;
      while (j < sig.length && (sig[j].k === 'id' || isPunct(sig[j], '.') || isPunct(sig[j], '*')) && (j === first || code.local.lineOf(sig[j].s) === code.local.lineOf(sig[first].s))) {
        name += sig[j].v;
        j++;
      }
      if (name) {
        const last = name.slice(name.lastIndexOf('.') + 1);
        sink.parts.imports.push({ module: name, names: last && last !== '*' ? [last] : [], span: sink.span(sig[first].s, sig[j - 1].e) });
      }
      i = j - 1;
    } else if ((lx.v === 'class' || lx.v === 'interface' || lx.v === 'record' || lx.v === 'object') && isId(sig[i + 1]) && !isPunct(sig[i - 1], '::')) {
      const decl: Declaration = { kind: lx.v === 'interface' ? 'interface' : 'class', name: sig[i + 1].v, span: sink.span(sig[i + 1].s, sig[i + 1].e), fields: [] };
      const docAbove = code.notes.above(code.local.lineOf(classStart(sig, i)));
      if (docAbove) {
        decl.label = docAbove.v.replace(/[\s*]+/g, ' ').trim().slice(0, 200) || undefined;
      }
      let j = i + 2;
      if (isPunct(sig[j], '<')) {
        j = skipAngles(sig, j);
      }
      // primary constructor (Kotlin) or record components (Java)
      if (isPunct(sig[j], '(') && match[j] > j) {
        params(code, decl, j, kotlin);
        j = match[j] + 1;
      }
      for (let k = j; k < sig.length && k < j + 200; k++) {
        if (isPunct(sig[k], '{')) {
          if (match[k] > k) {
            body(code, decl, k, kotlin);
          }
          break;
        }
        if (isPunct(sig[k], ';') || isPunct(sig[k], '}') || (kotlin && startsLine(code, k) && !isPunct(sig[k], ':') && !isPunct(sig[k - 1], ':') && !isPunct(sig[k - 1], ','))) {
          break;
        }
        if (isPunct(sig[k], '(') && match[k] > k) {
          k = match[k];
        }
      }
      sink.parts.declarations.push(decl);
    }
  }
  extractCalls(code, { notCallee: NOT_CALLEE, declKeywords: kotlin ? KOTLIN_DECL : JAVA_DECL, typedDecl: !kotlin });
  return code;
}

/** Start of the class header including annotations and modifiers, for the doc comment above it. */
function classStart(sig: Lexeme[], i: number): number {
  let j = i;
  while (j > 0 && ((isId(sig[j - 1]) && MODIFIERS.has(sig[j - 1].v)) || isId(sig[j - 1], 'enum'))) {
    j--;
  }
  return sig[j].s;
}

function skipAngles(sig: Lexeme[], j: number): number {
  let d = 0;
  for (let k = j; k < sig.length && k < j + 200; k++) {
    if (isPunct(sig[k], '<')) {
      d++;
    } else if (isPunct(sig[k], '>')) {
      if (--d === 0) {
        return k + 1;
      }
    }
  }
  return j;
}

/** Reads `@Name` or `@Name(...)` at j; returns the annotation and the next index. */
function annotationAt(code: Code, j: number): { ann: Annotation; next: number } {
  const { sig, match } = code;
  let k = j + 1;
  let name = sig[k].v;
  while (isPunct(sig[k + 1], '.') && isId(sig[k + 2])) {
    k += 2;
    name += '.' + sig[k].v;
  }
  k++;
  let open = -1;
  if (isPunct(sig[k], '(') && match[k] > k) {
    open = k;
    k = match[k] + 1;
  }
  return { ann: { name, open }, next: k };
}

function labelsOf(code: Code, anns: Annotation[]): { label?: LabelHit; aliases: string[] } {
  let label: LabelHit | undefined;
  const aliases: string[] = [];
  for (const a of anns) {
    if (a.open < 0) {
      continue;
    }
    const got = argLabels(code, a.name, a.open);
    label = label ?? got.label;
    aliases.push(...got.aliases);
  }
  return { label, aliases };
}

/** Kotlin `(val idCard: String, …)` or Java record `(String idCard, …)`. */
function params(code: Code, decl: Declaration, open: number, kotlin: boolean): void {
  const { sig, match } = code;
  const close = match[open];
  let anns: Annotation[] = [];
  let j = open + 1;
  let start = j;
  let lastId: Lexeme | undefined;
  let kotlinName: Lexeme | undefined;
  while (j <= close) {
    const lx = sig[j];
    if (isPunct(lx, '@') && isId(sig[j + 1])) {
      const { ann, next } = annotationAt(code, j);
      anns.push(ann);
      j = next;
      continue;
    }
    if (j === close || isPunct(lx, ',')) {
      const name = kotlin ? kotlinName : lastId;
      if (name) {
        const { label, aliases } = labelsOf(code, anns);
        decl.fields.push(field(code, name, sig[start].s, label, aliases));
      }
      anns = [];
      lastId = undefined;
      kotlinName = undefined;
      start = j + 1;
      j++;
      continue;
    }
    if (kotlin && lx.k === 'id' && isPunct(sig[j + 1], ':') && !kotlinName) {
      kotlinName = lx; // `val x: T`, `var x: T` and plain `x: T` parameters
    }
    if (lx.k === 'id' && !MODIFIERS.has(lx.v) && !kotlinName) {
      lastId = lx;
    }
    if (isPunct(lx, '=')) {
      // default value: skip to the next comma
      while (j < close && !isPunct(sig[j], ',')) {
        j = match[j] > j ? match[j] + 1 : j + 1;
      }
      continue;
    }
    j = match[j] > j && !isPunct(lx, '<') ? match[j] + 1 : j + 1;
  }
}

/** Class body: Java `Type name [= …];` and Kotlin `val|var name: Type`, with annotations collected before each member. */
function body(code: Code, decl: Declaration, open: number, kotlin: boolean): void {
  const { sig, match } = code;
  const close = match[open];
  let anns: Annotation[] = [];
  let stmtStart = -1;
  let lastId: Lexeme | undefined;
  let sawParen = false;
  const fields: FieldDecl[] = decl.fields;
  const reset = (): void => {
    anns = [];
    stmtStart = -1;
    lastId = undefined;
    sawParen = false;
  };
  const emit = (name: Lexeme): void => {
    const { label, aliases } = labelsOf(code, anns);
    fields.push(field(code, name, stmtStart >= 0 ? stmtStart : name.s, label, aliases));
  };
  let j = open + 1;
  while (j < close) {
    const lx = sig[j];
    if (stmtStart < 0) {
      stmtStart = lx.s;
    }
    if (isPunct(lx, '@') && isId(sig[j + 1])) {
      const { ann, next } = annotationAt(code, j);
      anns.push(ann);
      j = next;
      continue;
    }
    if (kotlin) {
      if (lx.k === 'id' && (lx.v === 'val' || lx.v === 'var') && isId(sig[j + 1])) {
        emit(sig[j + 1]);
        reset();
        j += 2;
        continue;
      }
      if (lx.k === 'id' && (lx.v === 'fun' || lx.v === 'init' || lx.v === 'class' || lx.v === 'object' || lx.v === 'constructor')) {
        reset();
      }
      if (isPunct(lx, '{') || isPunct(lx, '(')) {
        j = match[j] > j ? match[j] + 1 : j + 1;
        if (isPunct(lx, '{')) {
          reset();
        }
        continue;
      }
      j++;
      continue;
    }
    if (isPunct(lx, '(')) {
      sawParen = true; // a method or constructor header
      j = match[j] > j ? match[j] + 1 : j + 1;
      continue;
    }
    if (isPunct(lx, '{')) {
      // method body, initializer block, nested class or enum body
      j = match[j] > j ? match[j] + 1 : j + 1;
      reset();
      continue;
    }
    if (isPunct(lx, '=') && !sawParen && lastId) {
      emit(lastId);
      while (j < close && !isPunct(sig[j], ';')) {
        j = match[j] > j ? match[j] + 1 : j + 1;
      }
      reset();
      j++;
      continue;
    }
    if (isPunct(lx, ';')) {
      if (!sawParen && lastId) {
        emit(lastId);
      }
      reset();
      j++;
      continue;
    }
    if (lx.k === 'id' && !MODIFIERS.has(lx.v)) {
      lastId = lx;
    } else if (isPunct(lx, '<')) {
      j = skipAngles(sig, j);
      continue;
    }
    j++;
  }
}
