// Single-pass Python lexer: identifiers, string contents (all prefix/triple-quote forms, with the
// names inside f-string braces), and # comments.
import { lexeme, LexemeList, isDigit, isIdPart, isIdStart, isSpace, lexIdentifier, type LexResult, type Lexeme } from './lexeme';
import type { Sink } from './sink';

export const PYTHON_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'self', 'cls',
]);

/** Length of a string prefix (r, b, f, u, rb, fr...) at i when a quote follows it; 0 otherwise. */
function stringPrefix(text: string, i: number): number {
  for (let k = 0; k < 3; k++) {
    const c = text.charCodeAt(i + k) | 32;
    if (c === 34 || c === 39) {
      return k; // the case bit is already set in both quote characters
    }
    if (c !== 114 && c !== 98 && c !== 102 && c !== 117 && c !== 116) {
      return -1;
    }
  }
  return -1;
}

export function lexPython(text: string, sink: Sink): LexResult {
  const sig = LexemeList.lease();
  const comments: Lexeme[] = [];
  const n = text.length;
  let i = 0;

  const fstringNames = (s: number, e: number): void => {
    // identifiers inside {…} of an f-string, so `f"{id_card}"` still shows the name
    let j = s;
    let inside = false;
    while (j < e) {
      const c = text.charCodeAt(j);
      if (c === 123) {
        if (text.charCodeAt(j + 1) === 123 && !inside) {
          j += 2;
          continue;
        }
        inside = true;
      } else if (c === 125 || c === 58 || c === 33) {
        if (c === 125) {
          inside = false;
        }
      } else if (inside && isIdStart(c)) {
        const is = j;
        while (j < e && isIdPart(text.charCodeAt(j))) {
          j++;
        }
        const v = text.slice(is, j);
        if (!PYTHON_KEYWORDS.has(v)) {
          sink.token('identifier', is, j, v);
        }
        continue;
      }
      j++;
    }
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 92) {
      i++;
      continue;
    }
    if (c === 35) {
      const s = i + 1;
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
    const prefix = c === 34 || c === 39 ? 0 : isIdStart(c) ? stringPrefix(text, i) : -1;
    if (prefix >= 0) {
      const q = i + prefix;
      const quote = text.charCodeAt(q);
      const pre = text.slice(i, q).toLowerCase();
      const raw = pre.includes('r');
      const triple = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
      const s = q + (triple ? 3 : 1);
      let e = s;
      if (triple) {
        const close = quote === 34 ? '"""' : "'''";
        while (e < n) {
          const f = text.indexOf(close, e);
          if (f < 0) {
            e = n;
            break;
          }
          // a backslash before the closing quotes escapes the first of them
          let bs = 0;
          while (!raw && text.charCodeAt(f - 1 - bs) === 92) {
            bs++;
          }
          if (bs % 2 === 1) {
            e = f + 1;
            continue;
          }
          e = f;
          break;
        }
      } else {
        while (e < n) {
          const d = text.charCodeAt(e);
          if (d === 92) {
            e += 2;
            continue;
          }
          if (d === quote || d === 10 || d === 13) {
            break;
          }
          e++;
        }
        if (e > n) {
          e = n;
        }
      }
      const v = text.slice(s, e);
      sig.push(lexeme('str', s, e, v));
      if (e > s) {
        sink.token('string', s, e, v);
      }
      if (pre.includes('f') || pre.includes('t')) {
        fstringNames(s, e);
      }
      i = triple ? Math.min(n, e + 3) : e < n && text.charCodeAt(e) === quote ? e + 1 : e;
      continue;
    }
    if (isIdStart(c)) {
      i = lexIdentifier(text, i, sig, sink, PYTHON_KEYWORDS);
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      const s = i;
      while (i < n && (isIdPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) {
        i++;
      }
      sig.push(lexeme('num', s, i, text.slice(s, i)));
      continue;
    }
    if ((c === 61 || c === 33 || c === 60 || c === 62) && text.charCodeAt(i + 1) === 61) {
      sig.push(lexeme('punct', i, i + 2, '=='));
      i += 2;
      continue;
    }
    if (c === 45 && text.charCodeAt(i + 1) === 62) {
      sig.push(lexeme('punct', i, i + 2, '->'));
      i += 2;
      continue;
    }
    sig.push(lexeme('punct', i, i + 1, text[i]));
    i++;
  }
  return { sig: sig.finish(), comments };
}
