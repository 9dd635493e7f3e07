// .properties and .env front end: `key=value`, `key: value`, `key value`, `export KEY=value`; # and ! comments.
import { forEachLine } from './manifests';
import type { Sink } from './sink';

export function parseProperties(text: string, sink: Sink): void {
  lexicalConfigLines(text, sink, '=:');
}

/**
 * Line-oriented key/value lexer. `separators` lists the characters that end a key. Also the tolerant
 * fallback for config files a library could not parse.
 */
export function lexicalConfigLines(text: string, sink: Sink, separators: string): void {
  let continued = false;
  let lastKey = '';
  forEachLine(text, (s, e) => {
    let a = s;
    while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) {
      a++;
    }
    if (a >= e) {
      continued = false;
      return;
    }
    if (continued) {
      // a value continued with a trailing backslash
      emitValue(text, sink, a, e, lastKey);
      continued = text.charCodeAt(e - 1) === 92;
      return;
    }
    const c = text.charCodeAt(a);
    if (c === 35 || c === 33 || c === 59) {
      sink.token('comment', a + 1, e, text.slice(a + 1, e));
      return;
    }
    if (text.startsWith('export ', a)) {
      a += 7;
    }
    if (c === 45 && separators === ':') {
      a++; // YAML list item in fallback mode
      while (a < e && text.charCodeAt(a) === 32) {
        a++;
      }
    }
    let k = a;
    while (k < e && !separators.includes(text[k]) && !(separators !== ':' && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9))) {
      k++;
    }
    let keyEnd = k;
    while (keyEnd > a && (text.charCodeAt(keyEnd - 1) === 32 || text.charCodeAt(keyEnd - 1) === 9)) {
      keyEnd--;
    }
    if (k >= e && separators === ':') {
      emitValue(text, sink, a, e, '');
      return;
    }
    let key = text.slice(a, keyEnd);
    let ks = a;
    let ke = keyEnd;
    if ((key.startsWith('"') && key.endsWith('"')) || (key.startsWith("'") && key.endsWith("'"))) {
      key = key.slice(1, -1);
      ks++;
      ke--;
    }
    if (key) {
      sink.token('key', ks, ke, key, key);
      lastKey = key;
    }
    let v = k;
    while (v < e && (separators.includes(text[v]) || text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9) && v - k < 3) {
      v++;
    }
    emitValue(text, sink, v, e, key);
    continued = separators !== ':' && text.charCodeAt(e - 1) === 92;
  });
}

function emitValue(text: string, sink: Sink, a: number, e: number, path: string): void {
  let b = e;
  // an unquoted ` # comment` after a value (.env, YAML)
  let hash = -1;
  for (let j = a; j + 1 < e; j++) {
    if (text.charCodeAt(j + 1) === 35 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) {
      hash = j;
      break;
    }
  }
  if (hash >= 0 && text.charCodeAt(a) !== 34 && text.charCodeAt(a) !== 39) {
    sink.token('comment', hash + 2, e, text.slice(hash + 2, e));
    b = hash;
  }
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 92)) {
    b--;
  }
  const q = text.charCodeAt(a);
  if ((q === 34 || q === 39) && b - a >= 2 && text.charCodeAt(b - 1) === q) {
    a++;
    b--;
  }
  if (b > a) {
    sink.token('value', a, b, text.slice(a, b), path || undefined);
  }
}
