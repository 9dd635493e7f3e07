// The unit the code lexers hand to the structure passes: kind, offsets and text.
// Comments are kept apart from significant lexemes so structure passes can walk code only.
import { MAX_LABEL, type Sink } from './sink';

export type LexKind = 'id' | 'str' | 'num' | 'punct' | 'comment';

export interface Lexeme {
  k: LexKind;
  /** Start and end offsets of the lexeme content (for strings and comments: without quotes/markers). */
  s: number;
  e: number;
  /** Identifier name, string content, comment text, or the punctuation characters. */
  v: string;
}

export interface LexResult {
  sig: Lexeme[];
  comments: Lexeme[];
}

export function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || (c >= 0x80 && !isWideSpace(c) && !isWidePunct(c));
}

export function isIdPart(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57);
}

/**
 * Lexes the identifier starting at `start` (an `isIdStart` character): records it as a lexeme, emits it as an
 * identifier token unless it is a keyword, and returns the offset just past it.
 */
export function lexIdentifier(text: string, start: number, sig: Lexeme[], sink: Sink, keywords: ReadonlySet<string>): number {
  const n = text.length;
  let i = start + 1;
  while (i < n && isIdPart(text.charCodeAt(i))) {
    i++;
  }
  const v = text.slice(start, i);
  sig.push({ k: 'id', s: start, e: i, v });
  if (!keywords.has(v)) {
    sink.token('identifier', start, i, v);
  }
  return i;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Non-ASCII whitespace and punctuation that must not glue into identifiers. */
export function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029;
}

/** CJK and full-width punctuation (，。：（）【】…) ends an identifier like ASCII punctuation does. */
export function isWidePunct(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x206f) ||
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  );
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || isWideSpace(c);
}

/** Partner index of each bracket lexeme ((, [, {), or -1; unbalanced closers are ignored. Linear, no recursion. */
export function matchBrackets(sig: Lexeme[]): Int32Array {
  const match = new Int32Array(sig.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < sig.length; i++) {
    const lx = sig[i];
    if (lx.k !== 'punct') {
      continue;
    }
    const v = lx.v;
    if (v === '(' || v === '[' || v === '{') {
      stack.push(i);
    } else if (v === ')' || v === ']' || v === '}') {
      const open = v === ')' ? '(' : v === ']' ? '[' : '{';
      // Pop to the nearest matching opener so one stray bracket does not unbalance the whole file.
      for (let d = stack.length - 1; d >= 0 && d >= stack.length - 8; d--) {
        if (sig[stack[d]].v === open) {
          match[stack[d]] = i;
          match[i] = stack[d];
          stack.length = d;
          break;
        }
      }
    }
  }
  return match;
}

/** Turns comment or annotation text into a one-line label: drops doc-comment stars and tags, collapses spaces. */
export function cleanLabel(raw: string): string {
  let out = '';
  for (const line of raw.slice(0, MAX_LABEL * 4).split(/\r?\n|\r/)) {
    let l = line.trim();
    while (l.startsWith('*') || l.startsWith('/') || l.startsWith('!')) {
      l = l.slice(1).trimStart();
    }
    if (l.startsWith('@') || l === '') {
      continue; // @param/@return tags are not the field's meaning
    }
    out = out ? `${out} ${l}` : l;
  }
  out = out.replace(/\s+/g, ' ').trim();
  return out.length > MAX_LABEL ? out.slice(0, MAX_LABEL) : out;
}

export function isPunct(lx: Lexeme | undefined, v: string): boolean {
  return lx !== undefined && lx.k === 'punct' && lx.v === v;
}

export function isId(lx: Lexeme | undefined, v?: string): boolean {
  return lx !== undefined && lx.k === 'id' && (v === undefined || lx.v === v);
}
