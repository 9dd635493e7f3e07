// The unit the code lexers hand to the structure passes: kind, offsets and text.
// Comments are kept apart from significant lexemes so structure passes can walk code only.
import { MAX_LABEL, type Sink } from './sink';
import { detached } from '../strings';

export type LexKind = 'id' | 'str' | 'num' | 'punct' | 'comment';

export interface Lexeme {
  k: LexKind;
  /** Start and end offsets of the lexeme content (for strings and comments: without quotes/markers). */
  s: number;
  e: number;
  /** Identifier name, string content, comment text, or the punctuation characters. */
  v: string;
}

// ---- Reuse between parses ----
// Re-analysing a 2,000-line file on every keystroke lexes ~20,000 lexemes. Allocating them, and growing arrays past
// V8's large-object threshold (16k elements) to hold them, cost more than the lexing itself; so lexemes, their
// arrays and the bracket tables are reused from one parse to the next. Lexemes never leave a parse (a SourceDoc holds
// tokens, declarations and calls, not lexemes), and `parseSource` calls `recycleLexemes()` before each document:
// from then on, everything handed out during the previous parse may be overwritten.

const POOL: Lexeme[] = [];
/** Beyond this many the pool stops growing: one huge file must not keep megabytes alive for the session. */
const POOL_LIMIT = 200_000;
let pooled = 0;
/** Lexeme arrays handed out in the current parse (one per lexer run: a notebook has one per cell). */
const ARRAYS: Lexeme[][] = [];
const MAX_ARRAYS = 16;
let leased = 0;
/** Bracket tables of the current parse are views into this buffer. */
let brackets = new Int32Array(1 << 14);
let bracketsUsed = 0;
const MAX_BRACKETS = 1 << 20;

export function lexeme(k: LexKind, s: number, e: number, v: string): Lexeme {
  if (pooled < POOL.length) {
    const lx = POOL[pooled++];
    lx.k = k;
    lx.s = s;
    lx.e = e;
    lx.v = v;
    return lx;
  }
  const lx: Lexeme = { k, s, e, v };
  if (POOL.length < POOL_LIMIT) {
    POOL.push(lx);
    pooled++;
  }
  return lx;
}

/** Marks every lexeme, lexeme array and bracket table free for reuse. Only `parseSource` calls this, before a new document. */
export function recycleLexemes(): void {
  // After one huge file, ordinary files use a fraction of the pool: let the rest go rather than keep it all session.
  if (POOL.length > SHRINK_ABOVE && pooled * 4 < POOL.length) {
    POOL.length = Math.max(SHRINK_ABOVE, pooled * 2);
  }
  pooled = 0;
  leased = 0;
  bracketsUsed = 0;
}

/** Pools at most this big are never shrunk (a 2,000-line file has ~20,000 lexemes). */
const SHRINK_ABOVE = 50_000;

/** How many lexeme objects are kept for reuse (for tests of the shrinking). */
export function pooledLexemeCount(): number {
  return POOL.length;
}

/** Where a lexer collects its lexemes: a reused array written by index, so it keeps its capacity between parses. */
export class LexemeList {
  private count = 0;

  private constructor(private readonly items: Lexeme[]) {}

  static lease(): LexemeList {
    if (leased < ARRAYS.length) {
      return new LexemeList(ARRAYS[leased++]);
    }
    const items: Lexeme[] = [];
    if (ARRAYS.length < MAX_ARRAYS) {
      ARRAYS.push(items);
      leased++;
    }
    return new LexemeList(items);
  }

  push(lx: Lexeme): void {
    this.items[this.count++] = lx;
  }

  last(): Lexeme | undefined {
    return this.count > 0 ? this.items[this.count - 1] : undefined;
  }

  /** The lexemes. Cutting the length (never to 0, which would free it) leaves V8 the capacity for the next parse. */
  finish(): Lexeme[] {
    if (this.count === 0) {
      return [];
    }
    this.items.length = this.count;
    return this.items;
  }
}

/** An Int32Array of `n` entries set to -1: a view into the reused buffer, or its own array when very large. */
function bracketTable(n: number): Int32Array {
  if (n > MAX_BRACKETS) {
    return new Int32Array(n).fill(-1);
  }
  if (bracketsUsed + n > brackets.length) {
    // Views already handed out keep the old buffer alive; this parse continues in a fresh one.
    brackets = new Int32Array(Math.min(MAX_BRACKETS, Math.max(n * 2, brackets.length)));
    bracketsUsed = 0;
  }
  const view = brackets.subarray(bracketsUsed, bracketsUsed + n);
  bracketsUsed += n;
  return view.fill(-1);
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
 * Identifier strings seen recently, by hash: re-analysing a file while it is edited meets the same identifiers every
 * time, and slicing a fresh string for each of them was a large share of what a re-analysis allocated. Direct-mapped
 * (a collision simply replaces the entry), so it never grows.
 */
const INTERNED_SLOTS = 1 << 13;
const INTERNED: string[] = new Array<string>(INTERNED_SLOTS).fill('');
/** Longer identifiers are rare and not worth comparing. */
const MAX_INTERNED = 40;

function identifierText(text: string, start: number, end: number, hash: number): string {
  const length = end - start;
  if (length > MAX_INTERNED) {
    return text.slice(start, end);
  }
  const slot = hash & (INTERNED_SLOTS - 1);
  const known = INTERNED[slot];
  if (known.length === length) {
    let j = 0;
    while (j < length && known.charCodeAt(j) === text.charCodeAt(start + j)) {
      j++;
    }
    if (j === length) {
      return known;
    }
  }
  // A slice of 13+ characters is a view that keeps the whole document text alive; the table holds a copy instead.
  const copy = detached(text.slice(start, end));
  INTERNED[slot] = copy;
  return copy;
}

/**
 * Lexes the identifier starting at `start` (an `isIdStart` character): records it as a lexeme, emits it as an
 * identifier token unless it is a keyword, and returns the offset just past it.
 */
export function lexIdentifier(text: string, start: number, sig: LexemeList, sink: Sink, keywords: ReadonlySet<string>): number {
  const n = text.length;
  let hash = text.charCodeAt(start);
  let i = start + 1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isIdPart(c)) {
      break;
    }
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  const v = identifierText(text, start, i, hash);
  sig.push(lexeme('id', start, i, v));
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
/** The open-bracket stack of `matchBrackets`, reused (it grows a private copy for pathologically deep nesting). */
const OPEN_STACK = new Int32Array(4096);

export function matchBrackets(sig: Lexeme[]): Int32Array {
  const match = bracketTable(sig.length);
  // Open brackets as a fixed stack with a top index: a JS array emptied with `length = 0` after every top-level
  // statement was freed and reallocated thousands of times per file.
  let stack = OPEN_STACK;
  let top = 0;
  for (let i = 0; i < sig.length; i++) {
    const lx = sig[i];
    if (lx.k !== 'punct') {
      continue;
    }
    const v = lx.v;
    if (v === '(' || v === '[' || v === '{') {
      if (top === stack.length) {
        const grown = new Int32Array(stack.length * 2);
        grown.set(stack);
        stack = grown;
      }
      stack[top++] = i;
    } else if (v === ')' || v === ']' || v === '}') {
      const open = v === ')' ? '(' : v === ']' ? '[' : '{';
      // Pop to the nearest matching opener so one stray bracket does not unbalance the whole file.
      for (let d = top - 1; d >= 0 && d >= top - 8; d--) {
        if (sig[stack[d]].v === open) {
          match[stack[d]] = i;
          match[i] = stack[d];
          top = d;
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
