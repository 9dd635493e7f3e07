// Offset → (line, UTF-16 character) through a line-start table built in one pass.
// Lexers work on offsets only; positions are computed when a token is emitted.
import type { Position, Span } from '../model';

export class LineIndex {
  // Exact-size typed arrays: counted first, then filled. Growing plain arrays line by line made this index a good
  // share of the garbage of each re-analysis while typing.
  private readonly starts: Int32Array;
  /** Offset where each line's content ends (before its CR, LF or CRLF). */
  private readonly ends: Int32Array;
  /** Last line found: lexers emit in order, so the next lookup is usually on the same line. */
  private hint = 0;

  constructor(text: string) {
    const n = text.length;
    if (text.indexOf('\r') < 0) {
      // LF-only text (the common case): indexOf runs natively, far faster than a per-character loop.
      let count = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        count++;
      }
      const starts = new Int32Array(count);
      const ends = new Int32Array(count);
      let line = 0;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends[line] = i;
        starts[++line] = i + 1;
      }
      ends[line] = n;
      this.starts = starts;
      this.ends = ends;
      return;
    }
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        ends.push(i);
        starts.push(i + 1);
      } else if (c === 13) {
        ends.push(i);
        // CRLF counts once; a lone CR is a line break too (as in VS Code).
        if (i + 1 < n && text.charCodeAt(i + 1) === 10) {
          i++;
        }
        starts.push(i + 1);
      }
    }
    ends.push(n);
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
  }

  private static last: LineIndex | undefined;
  private static lastText: string | undefined;

  /** The index of `text`, reused when the same string was indexed just before (front end, then engine, same file). */
  static of(text: string): LineIndex {
    if (LineIndex.lastText !== text || !LineIndex.last) {
      LineIndex.last = new LineIndex(text);
      LineIndex.lastText = text;
    }
    return LineIndex.last;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where a line's content ends (before its CR, LF or CRLF). */
  lineEnd(line: number): number {
    return this.ends[Math.max(0, Math.min(line, this.ends.length - 1))];
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  lineOf(offset: number): number {
    const starts = this.starts;
    let h = this.hint;
    if (offset >= starts[h] && (h + 1 >= starts.length || offset < starts[h + 1])) {
      return h;
    }
    if (h + 2 < starts.length && offset >= starts[h + 1] && offset < starts[h + 2]) {
      this.hint = h + 1;
      return h + 1;
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    h = lo;
    this.hint = h;
    return h;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    // An offset inside a CRLF or past the end (a lexer's unterminated token) stays on the line's content.
    return { line, character: Math.min(offset, this.ends[line]) - this.starts[line] };
  }

  span(start: number, end: number): Span {
    return { start: this.position(start), end: this.position(end < start ? start : end) };
  }
}
