// Collects a SourceDoc's tokens and structure while the lexers run. Lexers speak in offsets of the text
// they were given; the sink maps them to document positions (a base offset for embedded <script> blocks,
// a per-character table for notebook cells whose source sits inside JSON strings).
import { maskFreeText } from '../mask';
import type { Localized, Problem, Span } from '../model';
import type { LineIndex } from './lines';
import type { CallRef, Declaration, DependencyRef, ImportRef, SourceDoc, Token, TokenKind } from './types';

/** Maps offsets of an embedded text to offsets of the document text. */
export interface OffsetMap {
  start(offset: number): number;
  /** `offset` is exclusive: the end of a range. */
  end(offset: number): number;
}

export function shiftMap(base: number): OffsetMap {
  return { start: (o) => o + base, end: (o) => o + base };
}

export interface DocParts {
  tokens: Token[];
  declarations: Declaration[];
  imports: ImportRef[];
  calls: CallRef[];
  dependencies: DependencyRef[];
  problems: Problem[];
}

export class Sink {
  constructor(
    readonly file: string,
    readonly lines: LineIndex,
    readonly parts: DocParts = { tokens: [], declarations: [], imports: [], calls: [], dependencies: [], problems: [] },
    private readonly map?: OffsetMap,
    /** Token objects to reuse (see `TokenPool`); fresh ones when absent. */
    private readonly pool?: TokenPool,
  ) {}

  /** A sink for an embedded text starting at `base` (or mapped through `map`) that writes into the same document. */
  embedded(map: OffsetMap): Sink {
    const outer = this.map;
    const composed: OffsetMap = outer
      ? { start: (o) => outer.start(map.start(o)), end: (o) => outer.end(map.end(o)) }
      : map;
    return new Sink(this.file, this.lines, this.parts, composed, this.pool);
  }

  span(start: number, end: number): Span {
    if (this.map) {
      const s = this.map.start(start);
      return this.lines.span(s, end > start ? this.map.end(end) : s);
    }
    return this.lines.span(start, end);
  }

  /** Document line of an offset of this sink's text. */
  lineOf(offset: number): number {
    return this.lines.lineOf(this.map ? this.map.start(offset) : offset);
  }

  token(kind: TokenKind, start: number, end: number, text: string, path?: string): void {
    // Offsets are mapped now (the map belongs to this sink); line/character positions wait until someone asks.
    let s = start;
    let e = end;
    if (this.map) {
      s = this.map.start(start);
      e = end > start ? this.map.end(end) : s;
    }
    if (this.pool) {
      this.pool.add(kind, text, s, e, this.lines, path);
    } else {
      this.parts.tokens.push(new LazyToken(kind, text, s, e, this.lines, path));
    }
  }

  /** A call whose spans are computed on first use: detectors look at a few calls' spans, not all of them. */
  call(callee: string, start: number, end: number, args: string, argsStart: number, argsEnd: number): CallRef {
    const call = new LazyCall(this, callee, start, end, args, argsStart, argsEnd);
    this.parts.calls.push(call);
    return call;
  }

  problem(start: number, end: number, message: Localized, kind: Problem['kind'] = 'parse-error'): void {
    // Parser messages quote the source ("Unexpected scalar … 13812345678"): mask PI values before they are shown.
    const masked = { zh: maskFreeText(message.zh), en: maskFreeText(message.en) };
    this.parts.problems.push({ kind, file: this.file, span: this.span(start, end), message: masked });
  }

  toDoc(family: SourceDoc['family'], text: string): SourceDoc {
    if (this.pool) {
      this.parts.tokens = this.pool.finish();
    }
    return { file: this.file, family, text, ...this.parts };
  }
}

/**
 * A token whose span is computed on first use: most tokens are never reported, and building three position objects
 * for every identifier was the front end's largest cost.
 */
class LazyToken implements Token {
  cached: Span | undefined;

  constructor(
    public kind: TokenKind,
    public text: string,
    /** Document offsets. */
    public start: number,
    public end: number,
    public lines: LineIndex,
    public path: string | undefined,
  ) {}

  get span(): Span {
    return (this.cached ??= this.lines.span(this.start, this.end));
  }

  set span(value: Span) {
    this.cached = value;
  }
}

/**
 * Token objects reused from one parse to the next, for a caller that is done with a SourceDoc before it parses the
 * next one (the engine: findings keep spans, never tokens). Re-analysing a 2,000-line file on every keystroke
 * otherwise allocates ~6,000 tokens each time, and the young-generation collections that follow were the slowest
 * edits. `reset()` hands out the same objects again, so tokens of the previous parse must no longer be read.
 */
export class TokenPool {
  private readonly objects: LazyToken[] = [];
  /** The document's token list, reused too: written by index so it keeps its capacity between parses. */
  private readonly list: Token[] = [];
  private count = 0;

  /** Beyond this many tokens the pool stops growing, so one huge file does not stay in memory for the session. */
  static readonly LIMIT = 100_000;

  reset(): this {
    // After one huge file, ordinary files use a fraction of the pool: let the rest go rather than keep it all session.
    if (this.objects.length > TokenPool.SHRINK_ABOVE && this.count * 4 < this.objects.length) {
      this.objects.length = Math.max(TokenPool.SHRINK_ABOVE, this.count * 2);
    }
    this.count = 0;
    return this;
  }

  /** Pools at most this big are never shrunk (a 2,000-line file has ~6,000 tokens). */
  static readonly SHRINK_ABOVE = 20_000;

  /** Token objects kept for reuse. */
  get size(): number {
    return this.objects.length;
  }

  add(kind: TokenKind, text: string, start: number, end: number, lines: LineIndex, path: string | undefined): void {
    let token = this.objects[this.count];
    if (token) {
      token.kind = kind;
      token.text = text;
      token.start = start;
      token.end = end;
      token.lines = lines;
      token.path = path;
      token.cached = undefined;
    } else {
      token = new LazyToken(kind, text, start, end, lines, path);
      if (this.objects.length < TokenPool.LIMIT) {
        this.objects.push(token);
      }
    }
    this.list[this.count++] = token;
  }

  /** The tokens of this parse. Cutting the length (never to 0, which would free it) keeps the capacity. */
  finish(): Token[] {
    if (this.count === 0) {
      return [];
    }
    this.list.length = this.count;
    return this.list;
  }
}

class LazyCall implements CallRef {
  private spanCache: Span | undefined;
  private argsSpanCache: Span | undefined;
  isNew?: boolean;

  constructor(
    private readonly sink: Sink,
    public callee: string,
    private readonly start: number,
    private readonly end: number,
    public args: string,
    private readonly argsStart: number,
    private readonly argsEnd: number,
  ) {}

  get span(): Span {
    return (this.spanCache ??= this.sink.span(this.start, this.end));
  }

  set span(value: Span) {
    this.spanCache = value;
  }

  get argsSpan(): Span {
    return (this.argsSpanCache ??= this.sink.span(this.argsStart, this.argsEnd));
  }

  set argsSpan(value: Span) {
    this.argsSpanCache = value;
  }
}

/** Upper bound on stored call-argument text, so one huge call cannot blow up memory. */
export const MAX_ARGS = 1000;
/** Upper bound on a label. */
export const MAX_LABEL = 200;
