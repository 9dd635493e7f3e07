// TOML front end: smol-toml validates and gives the semantics (pyproject/Pipfile dependencies); a light line
// lexer only locates keys and values ([table], [[array]], dotted/quoted keys, strings, multi-line arrays).
import { parseToml } from './tomlLib';
import type { Sink } from './sink';

interface Located {
  path: string;
  s: number;
  e: number;
  text: string;
}

export function parseTomlText(file: string, text: string, sink: Sink): void {
  let data: Record<string, unknown> | undefined;
  try {
    data = parseToml(text);
  } catch (error) {
    const err = error as { line?: number; column?: number; message?: string };
    const line = typeof err.line === 'number' ? err.line : 1;
    const col = typeof err.column === 'number' ? err.column : 1;
    const start = sink.lines.lineStart(line - 1) + col - 1;
    const what = (err.message ?? 'invalid TOML').split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
    sink.problem(start, start, { zh: `TOML 语法错误（第 ${line} 行）：${what}`, en: `TOML syntax error at line ${line}: ${what}` });
  }
  const { keys, values } = locate(text, sink);
  const lower = file.toLowerCase();
  if (data && (lower.endsWith('pyproject.toml') || lower.endsWith('pipfile'))) {
    dependencies(data, keys, values, sink);
  }
}

/** Emits key/value/comment tokens and returns the located keys and values for manifest lookups. */
function locate(text: string, sink: Sink): { keys: Located[]; values: Located[] } {
  const keys: Located[] = [];
  const values: Located[] = [];
  const n = text.length;
  let table = '';
  let i = 0;
  let arrayKey: string | undefined; // inside a multi-line array value
  let arrayDepth = 0;
  while (i < n) {
    let e = text.indexOf('\n', i);
    if (e < 0) {
      e = n;
    }
    let a = i;
    while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) {
      a++;
    }
    const c = text.charCodeAt(a);
    if (arrayKey !== undefined) {
      const r = scanValue(text, a, e, arrayKey, sink, values, arrayDepth);
      arrayDepth = r.depth;
      if (arrayDepth <= 0) {
        arrayKey = undefined;
      }
      i = r.next > e ? r.next : e + 1;
      continue;
    }
    if (c === 35) {
      sink.token('comment', a + 1, lineEnd(text, e), text.slice(a + 1, lineEnd(text, e)));
    } else if (c === 91) {
      const double = text.charCodeAt(a + 1) === 91;
      const close = text.indexOf(']', a);
      const inner = close > a && close < e ? text.slice(a + (double ? 2 : 1), close).trim() : '';
      table = normaliseKey(inner);
      if (inner) {
        const ks = text.indexOf(inner, a);
        sink.token('key', ks, ks + inner.length, inner, table);
        keys.push({ path: table, s: ks, e: ks + inner.length, text: inner });
      }
    } else if (a < e) {
      // key = value
      let k = a;
      let quote = 0;
      while (k < e) {
        const ch = text.charCodeAt(k);
        if (quote) {
          if (ch === quote) {
            quote = 0;
          }
        } else if (ch === 34 || ch === 39) {
          quote = ch;
        } else if (ch === 61) {
          break;
        }
        k++;
      }
      if (k < e) {
        let ke = k;
        while (ke > a && text.charCodeAt(ke - 1) <= 32) {
          ke--;
        }
        const rawKey = text.slice(a, ke);
        const key = normaliseKey(rawKey);
        const path = table ? `${table}.${key}` : key;
        let ks = a;
        let kend = ke;
        if ((rawKey.startsWith('"') || rawKey.startsWith("'")) && !rawKey.includes('.')) {
          ks++;
          kend--;
        }
        sink.token('key', ks, kend, key, path);
        keys.push({ path, s: ks, e: kend, text: key });
        const r = scanValue(text, k + 1, e, path, sink, values, 0);
        if (r.depth > 0) {
          arrayKey = path;
          arrayDepth = r.depth;
        }
        i = r.next > e ? r.next : e + 1;
        continue;
      }
    }
    i = e + 1;
  }
  return { keys, values };
}

function lineEnd(text: string, e: number): number {
  return e > 0 && text.charCodeAt(e - 1) === 13 ? e - 1 : e;
}

function normaliseKey(raw: string): string {
  return raw
    .split('.')
    .map((p) => p.trim().replace(/^["']|["']$/g, ''))
    .join('.');
}

/**
 * Scans one value (or the rest of a multi-line array): strings become value tokens, bare words too.
 * Returns the array depth still open and where scanning stopped (past multi-line strings).
 */
function scanValue(text: string, a: number, e: number, path: string, sink: Sink, values: Located[], depth: number): { depth: number; next: number } {
  let j = a;
  while (j < e) {
    const ch = text.charCodeAt(j);
    if (ch === 35) {
      const end = lineEnd(text, e);
      sink.token('comment', j + 1, end, text.slice(j + 1, end));
      break;
    }
    if (ch === 91 || ch === 123) {
      depth++;
      j++;
      continue;
    }
    if (ch === 93 || ch === 125) {
      depth--;
      j++;
      continue;
    }
    if (ch === 34 || ch === 39) {
      const triple = text.charCodeAt(j + 1) === ch && text.charCodeAt(j + 2) === ch;
      const s = j + (triple ? 3 : 1);
      let end: number;
      if (triple) {
        const close = text.indexOf(ch === 34 ? '"""' : "'''", s);
        end = close < 0 ? text.length : close;
      } else {
        end = s;
        while (end < e && text.charCodeAt(end) !== ch) {
          end += text.charCodeAt(end) === 92 && ch === 34 ? 2 : 1;
        }
        end = Math.min(end, e);
      }
      const v = text.slice(s, end);
      if (v) {
        sink.token('value', s, end, v, path);
        values.push({ path, s, e: end, text: v });
      }
      j = end + (triple ? 3 : 1);
      if (triple && j > e) {
        return { depth, next: text.indexOf('\n', j) < 0 ? text.length : text.indexOf('\n', j) + 1 };
      }
      continue;
    }
    if (ch > 32 && ch !== 44 && ch !== 61) {
      const s = j;
      while (j < e && text.charCodeAt(j) > 32 && text.charCodeAt(j) !== 44 && text.charCodeAt(j) !== 93 && text.charCodeAt(j) !== 125) {
        j++;
      }
      const v = text.slice(s, j);
      sink.token('value', s, j, v, path);
      values.push({ path, s, e: j, text: v });
      continue;
    }
    j++;
  }
  return { depth, next: e + 1 };
}

/** PEP 508 requirement name: up to the first extras/version/marker character. */
export function requirementName(spec: string): { name: string; version?: string } {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;]*)/.exec(spec.slice(0, 500));
  if (!m) {
    return { name: '' };
  }
  const version = m[3].trim();
  return version ? { name: m[1], version } : { name: m[1] };
}

function dependencies(data: Record<string, unknown>, keys: Located[], values: Located[], sink: Sink): void {
  const project = data.project as Record<string, unknown> | undefined;
  const listPaths = ['project.dependencies'];
  if (project && typeof project['optional-dependencies'] === 'object' && project['optional-dependencies']) {
    for (const group of Object.keys(project['optional-dependencies'])) {
      listPaths.push(`project.optional-dependencies.${group}`);
    }
  }
  const groups = (data['dependency-groups'] ?? {}) as Record<string, unknown>;
  for (const group of Object.keys(groups)) {
    listPaths.push(`dependency-groups.${group}`);
  }
  for (const v of values) {
    if (listPaths.includes(v.path)) {
      const { name, version } = requirementName(v.text);
      if (name) {
        sink.parts.dependencies.push({ name, ...(version ? { version } : {}), span: sink.span(v.s, v.s + name.length) });
      }
    }
  }
  // Poetry and Pipfile: keys of the dependency tables
  const tables = /^(tool\.poetry\.(dev-)?dependencies|tool\.poetry\.group\.[^.]+\.dependencies|packages|dev-packages)\.([^.]+)$/;
  for (const k of keys) {
    const m = tables.exec(k.path);
    if (m && m[3] !== 'python') {
      const value = values.find((v) => v.path === k.path);
      sink.parts.dependencies.push({ name: m[3], ...(value ? { version: value.text } : {}), span: sink.span(k.s, k.e) });
    }
  }
}
