// JSON/JSONC front end through jsonc-parser's visitor (tolerant: trailing commas, comments, recovery).
import type { ParseErrorCode } from 'jsonc-parser';
import { jsonc } from '../config/jsonc';
import { baseName } from './detect';
import { bracketDepth, MAX_CONFIG_DEPTH, walkConfig, type CNode } from './configTree';
import type { Sink } from './sink';

/** Parses JSON text into the config tree; reports the first few syntax errors as problems. */
export function jsonTree(text: string, sink: Sink, label = 'JSON'): CNode | undefined {
  const guard = bracketDepth(text);
  if (guard.depth > MAX_CONFIG_DEPTH) {
    const line = sink.lineOf(guard.at) + 1;
    sink.problem(guard.at, guard.at + 1, {
      zh: `${label} 嵌套过深（超过 ${MAX_CONFIG_DEPTH} 层，第 ${line} 行），只做了词法扫描。`,
      en: `${label} is nested too deeply (over ${MAX_CONFIG_DEPTH} levels, line ${line}); only a lexical scan was done.`,
    });
    return undefined;
  }
  const root: CNode = { kind: 'seq', s: 0, e: text.length, items: [] };
  const stack: CNode[] = [root];
  let pendingKey: { key: string; ks: number; ke: number } | undefined;
  let errors = 0;
  const attach = (node: CNode): void => {
    const parent = stack[stack.length - 1];
    if (parent.kind === 'map') {
      if (pendingKey) {
        parent.entries!.push({ ...pendingKey, node });
        pendingKey = undefined;
      }
    } else {
      parent.items!.push(node);
    }
  };
  const { visit, printParseErrorCode } = jsonc(); // loaded lazily: see config/jsonc.ts
  visit(
    text,
    {
      onObjectBegin: (offset) => {
        const node: CNode = { kind: 'map', s: offset, e: offset, entries: [] };
        attach(node);
        stack.push(node);
      },
      onObjectEnd: (offset, length) => {
        if (stack.length > 1) {
          stack.pop()!.e = offset + length;
        }
      },
      onArrayBegin: (offset) => {
        const node: CNode = { kind: 'seq', s: offset, e: offset, items: [] };
        attach(node);
        stack.push(node);
      },
      onArrayEnd: (offset, length) => {
        if (stack.length > 1) {
          stack.pop()!.e = offset + length;
        }
      },
      onObjectProperty: (property: string, offset, length) => {
        const quoted = text.charCodeAt(offset) === 34;
        pendingKey = { key: property, ks: quoted ? offset + 1 : offset, ke: quoted ? offset + length - 1 : offset + length };
      },
      onLiteralValue: (value: unknown, offset, length) => {
        const quoted = typeof value === 'string' && text.charCodeAt(offset) === 34;
        attach({ kind: 'scalar', s: quoted ? offset + 1 : offset, e: quoted ? offset + length - 1 : offset + length, text: scalarText(value) });
      },
      onComment: (offset, length) => {
        const isBlock = text.charCodeAt(offset + 1) === 42;
        // jsonc-parser reports an unterminated `/*` one character past the end of the text: clamp.
        const end = Math.min(offset + length, text.length);
        const e = isBlock && end - offset >= 4 && text.endsWith('*/', end) ? end - 2 : end;
        const s = Math.min(offset + 2, e);
        sink.token('comment', s, e, text.slice(s, e));
      },
      onError: (error: ParseErrorCode, offset, length) => {
        if (errors++ < 5) {
          const line = sink.lineOf(offset) + 1;
          const what = printParseErrorCode(error);
          sink.problem(offset, offset + length, {
            zh: `${label} 语法错误（第 ${line} 行）：${what}`,
            en: `${label} syntax error at line ${line}: ${what}`,
          });
        }
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return root.items![0];
}

export function parseJson(file: string, text: string, sink: Sink): void {
  const tree = jsonTree(text, sink);
  if (tree) {
    walkConfig(tree, sink, { packageJson: baseName(file) === 'package.json' });
  } else {
    lexicalStrings(text, sink);
  }
}

/** Fallback for inputs no parser can take: every double-quoted string is a value token. */
export function lexicalStrings(text: string, sink: Sink): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const q = text.indexOf('"', i);
    if (q < 0) {
      break;
    }
    let e = q + 1;
    while (e < n && text.charCodeAt(e) !== 34 && text.charCodeAt(e) !== 10) {
      e += text.charCodeAt(e) === 92 ? 2 : 1;
    }
    if (e > q + 1) {
      sink.token('value', q + 1, Math.min(e, n), text.slice(q + 1, Math.min(e, n)));
    }
    i = e + 1;
  }
}

function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'null';
}
