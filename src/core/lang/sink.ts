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
  ) {}

  /** A sink for an embedded text starting at `base` (or mapped through `map`) that writes into the same document. */
  embedded(map: OffsetMap): Sink {
    const outer = this.map;
    const composed: OffsetMap = outer
      ? { start: (o) => outer.start(map.start(o)), end: (o) => outer.end(map.end(o)) }
      : map;
    return new Sink(this.file, this.lines, this.parts, composed);
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
    this.parts.tokens.push(new LazyToken(kind, text, s, e, this.lines, path));
  }

  problem(start: number, end: number, message: Localized, kind: Problem['kind'] = 'parse-error'): void {
    // Parser messages quote the source ("Unexpected scalar … 13812345678"): mask PI values before they are shown.
    const masked = { zh: maskFreeText(message.zh), en: maskFreeText(message.en) };
    this.parts.problems.push({ kind, file: this.file, span: this.span(start, end), message: masked });
  }

  toDoc(family: SourceDoc['family'], text: string): SourceDoc {
    return { file: this.file, family, text, ...this.parts };
  }
}

/**
 * A token whose span is computed on first use: most tokens are never reported, and building three position objects
 * for every identifier was the front end's largest cost.
 */
class LazyToken implements Token {
  private cached: Span | undefined;

  constructor(
    public kind: TokenKind,
    public text: string,
    /** Document offsets. */
    private readonly start: number,
    private readonly end: number,
    private readonly lines: LineIndex,
    public path: string | undefined,
  ) {}

  get span(): Span {
    return (this.cached ??= this.lines.span(this.start, this.end));
  }

  set span(value: Span) {
    this.cached = value;
  }
}

/** Upper bound on stored call-argument text, so one huge call cannot blow up memory. */
export const MAX_ARGS = 1000;
/** Upper bound on a label. */
export const MAX_LABEL = 200;
