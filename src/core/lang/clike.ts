// One single-pass lexer for the C-like families (JavaScript/TypeScript/JSX, Java, Kotlin, Groovy, Go).
// It separates identifiers, string contents and comments and emits tokens as it goes; JS template
// literals, regex literals and JSX are handled with an explicit mode stack (no recursion, no backtracking).
import { lexeme, LexemeList, isDigit, isIdPart, isIdStart, isSpace, lexIdentifier, type LexResult, type Lexeme } from './lexeme';
import type { Sink } from './sink';

export type CLikeLang = 'js' | 'java' | 'kotlin' | 'go';

export interface CLikeOptions {
  lang: CLikeLang;
  /** Recognise JSX elements in expression position (.jsx/.tsx/.js). */
  jsx?: boolean;
  /** Identifiers not emitted as tokens. */
  keywords: ReadonlySet<string>;
}

/** After these keywords an expression starts, so `/` begins a regex and `<` may begin JSX. */
const JS_EXPR_KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'default']);

type Mode =
  | { m: 'tmpl'; depth: number }
  | { m: 'jsx'; depth: number; nest: number; inTag: boolean; closing: boolean };

export function lexCLike(text: string, sink: Sink, opts: CLikeOptions): LexResult {
  const sig = LexemeList.lease();
  const comments: Lexeme[] = [];
  const n = text.length;
  const isJs = opts.lang === 'js';
  const keywords = opts.keywords;
  const modes: Mode[] = [];
  let depth = 0; // curly-brace depth, to know when `}` closes a template or JSX expression
  let i = 0;

  const pushStr = (s: number, e: number): void => {
    const v = text.slice(s, e);
    sig.push(lexeme('str', s, e, v));
    if (e > s) {
      sink.token('string', s, e, v);
    }
  };

  const exprPosition = (): boolean => {
    const prev = sig.last();
    if (!prev) {
      return true;
    }
    if (prev.k === 'punct') {
      return prev.v !== ')' && prev.v !== ']' && prev.v !== '}';
    }
    return prev.k === 'id' && JS_EXPR_KEYWORDS.has(prev.v);
  };

  /** Scans a template literal part starting at i (after ` or after the `}` of `${}`); returns true when `${` opened. */
  const scanTemplate = (): void => {
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        i += 2;
        continue;
      }
      if (c === 96) {
        pushStr(start, i);
        i++;
        return;
      }
      if (c === 36 && text.charCodeAt(i + 1) === 123) {
        pushStr(start, i);
        modes.push({ m: 'tmpl', depth });
        depth++;
        sig.push(lexeme('punct', i, i + 2, '${'));
        i += 2;
        return;
      }
      i++;
    }
    pushStr(start, Math.min(i, n));
  };

  /** Runs JSX scanning for the mode on top of the stack until it hands control back to code. */
  const scanJsx = (mode: Extract<Mode, { m: 'jsx' }>): void => {
    while (i < n) {
      if (mode.inTag) {
        while (i < n && isSpace(text.charCodeAt(i))) {
          i++;
        }
        const c = text.charCodeAt(i);
        if (c === 47 && text.charCodeAt(i + 1) === 62) {
          // self-closing />
          i += 2;
          mode.inTag = false;
          if (mode.nest === 0) {
            modes.pop();
            sig.push(lexeme('punct', i - 1, i, ')')); // the element is a value, like a closing bracket
            return;
          }
          continue;
        }
        if (c === 62) {
          i++;
          mode.inTag = false;
          if (mode.closing) {
            mode.nest--;
            mode.closing = false;
            if (mode.nest <= 0) {
              modes.pop();
              sig.push(lexeme('punct', i - 1, i, ')'));
              return;
            }
          } else {
            mode.nest++;
          }
          continue;
        }
        if (c === 123) {
          // {expr} attribute value or spread: back to code until the matching }
          mode.depth = depth;
          depth++;
          sig.push(lexeme('punct', i, i + 1, '{'));
          i++;
          return;
        }
        if (c === 34 || c === 39) {
          const s = i + 1;
          let e = s;
          while (e < n && text.charCodeAt(e) !== c) {
            e++;
          }
          pushStr(s, e);
          i = e + 1;
          continue;
        }
        if (isIdStart(c)) {
          const s = i;
          while (i < n && (isIdPart(text.charCodeAt(i)) || text.charCodeAt(i) === 45 || text.charCodeAt(i) === 58 || text.charCodeAt(i) === 46)) {
            i++;
          }
          const v = text.slice(s, i);
          sig.push(lexeme('id', s, i, v));
          sink.token('identifier', s, i, v);
          continue;
        }
        if (c === 61) {
          sig.push(lexeme('punct', i, i + 1, '='));
        }
        i++; // stray character inside a tag
        continue;
      }
      // children: text up to < or {
      const s = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 60 || c === 123) {
          break;
        }
        i++;
      }
      let ts = s;
      let te = i;
      while (ts < te && isSpace(text.charCodeAt(ts))) {
        ts++;
      }
      while (te > ts && isSpace(text.charCodeAt(te - 1))) {
        te--;
      }
      if (te > ts) {
        sink.token('string', ts, te, text.slice(ts, te));
      }
      if (i >= n) {
        return;
      }
      if (text.charCodeAt(i) === 123) {
        mode.depth = depth;
        depth++;
        sig.push(lexeme('punct', i, i + 1, '{'));
        i++;
        return;
      }
      // < starts a child tag or the closing tag
      i++;
      mode.inTag = true;
      if (text.charCodeAt(i) === 47) {
        mode.closing = true;
        i++;
      }
    }
  };

  const resumeAfterBrace = (): boolean => {
    const top = modes[modes.length - 1];
    if (!top || top.depth !== depth) {
      return false;
    }
    if (top.m === 'tmpl') {
      modes.pop();
      scanTemplate();
    } else {
      scanJsx(top);
    }
    return true;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // comments
    if (c === 47) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        const s = i + 2;
        let e = s;
        while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) {
          e++;
        }
        const v = text.slice(s, e);
        comments.push(lexeme('comment', s, e, v));
        sink.token('comment', s, e, v);
        i = e;
        continue;
      }
      if (d === 42) {
        const s = i + 2;
        let e = text.indexOf('*/', s);
        const end = e < 0 ? n : e;
        e = end;
        const v = text.slice(s, e);
        comments.push(lexeme('comment', s, e, v));
        sink.token('comment', s, e, v);
        i = e < n ? e + 2 : n;
        continue;
      }
      if (isJs && exprPosition()) {
        // regex literal: up to an unescaped / outside a class, on the same line
        let j = i + 1;
        let inClass = false;
        let ok = false;
        while (j < n) {
          const r = text.charCodeAt(j);
          if (r === 10 || r === 13) {
            break;
          }
          if (r === 92) {
            j += 2;
            continue;
          }
          if (r === 91) {
            inClass = true;
          } else if (r === 93) {
            inClass = false;
          } else if (r === 47 && !inClass) {
            ok = true;
            break;
          }
          j++;
        }
        if (ok) {
          j++;
          while (j < n && isIdPart(text.charCodeAt(j))) {
            j++;
          }
          sig.push(lexeme('num', i, j, '/re/')); // a value; its pattern is not a PI literal
          i = j;
          continue;
        }
      }
    }
    if (isIdStart(c)) {
      i = lexIdentifier(text, i, sig, sink, keywords);
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      const s = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isIdPart(d) || d === 46) {
          i++;
        } else if ((d === 43 || d === 45) && (text.charCodeAt(i - 1) | 32) === 101 && !(text.charCodeAt(s + 1) === 120 || text.charCodeAt(s + 1) === 88)) {
          i++; // exponent sign
        } else {
          break;
        }
      }
      sig.push(lexeme('num', s, i, text.slice(s, i)));
      continue;
    }
    // strings
    if (c === 34 || c === 39 || c === 96) {
      if (c === 96 && isJs) {
        i++;
        scanTemplate();
        continue;
      }
      if (c === 96) {
        // Go raw string (also Kotlin/Java never use backticks for strings; Kotlin uses them for names)
        const s = i + 1;
        let e = text.indexOf('`', s);
        if (e < 0) {
          e = n;
        }
        if (opts.lang === 'kotlin') {
          const v = text.slice(s, e);
          sig.push(lexeme('id', s, e, v));
          sink.token('identifier', s, e, v);
        } else {
          pushStr(s, e);
        }
        i = Math.min(n, e + 1);
        continue;
      }
      if (c === 34 && (opts.lang === 'java' || opts.lang === 'kotlin') && text.startsWith('"""', i)) {
        const s = i + 3;
        let e = text.indexOf('"""', s);
        if (e < 0) {
          e = n;
        }
        pushStr(s, e);
        i = Math.min(n, e + 3);
        continue;
      }
      const s = i + 1;
      let e = s;
      while (e < n) {
        const d = text.charCodeAt(e);
        if (d === 92) {
          e += 2;
          continue;
        }
        if (d === c || d === 10 || d === 13) {
          break;
        }
        e++;
      }
      if (e > n) {
        e = n;
      }
      pushStr(s, e);
      i = e < n && text.charCodeAt(e) === c ? e + 1 : e;
      continue;
    }
    // JSX element in expression position
    if (c === 60 && opts.jsx && exprPosition()) {
      const d = text.charCodeAt(i + 1);
      if (isIdStart(d) || d === 62) {
        const mode: Extract<Mode, { m: 'jsx' }> = { m: 'jsx', depth: -1, nest: 0, inTag: true, closing: false };
        modes.push(mode);
        sig.push(lexeme('punct', i, i + 1, '<'));
        i++;
        scanJsx(mode);
        continue;
      }
    }
    // punctuation
    if (c === 123) {
      depth++;
      sig.push(lexeme('punct', i, i + 1, '{'));
      i++;
      continue;
    }
    if (c === 125) {
      sig.push(lexeme('punct', i, i + 1, '}'));
      i++;
      if (depth > 0) {
        depth--;
      }
      if (modes.length > 0) {
        resumeAfterBrace();
      }
      continue;
    }
    if (c === 63 && text.charCodeAt(i + 1) === 46 && !isDigit(text.charCodeAt(i + 2))) {
      sig.push(lexeme('punct', i, i + 2, '.')); // optional chaining reads as a member access
      i += 2;
      continue;
    }
    if (c === 61 && text.charCodeAt(i + 1) === 62) {
      sig.push(lexeme('punct', i, i + 2, '=>'));
      i += 2;
      continue;
    }
    if (c === 58 && text.charCodeAt(i + 1) === 58) {
      sig.push(lexeme('punct', i, i + 2, '::'));
      i += 2;
      continue;
    }
    if (c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
      sig.push(lexeme('punct', i, i + 3, '...'));
      i += 3;
      continue;
    }
    if (c === 61 && (text.charCodeAt(i + 1) === 61 || text.charCodeAt(i - 1) === 33 || text.charCodeAt(i - 1) === 60 || text.charCodeAt(i - 1) === 62)) {
      // == / != / <= / >= are comparisons, not assignments
      let e = i + 1;
      while (text.charCodeAt(e) === 61) {
        e++;
      }
      sig.push(lexeme('punct', i, e, '=='));
      i = e;
      continue;
    }
    sig.push(lexeme('punct', i, i + 1, text[i]));
    i++;
  }
  return { sig: sig.finish(), comments };
}
