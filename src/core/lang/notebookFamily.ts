// Jupyter notebooks: the JSON is parsed tolerantly; each code cell's source (a string or a list of strings)
// is decoded with a per-character table of raw offsets, lexed as Python, and every position is mapped back
// to the line/character in the notebook text (JSON escapes such as \n, \" and \uXXXX included).
import { jsonTree, lexicalStrings } from './jsonFamily';
import type { CNode } from './configTree';
import { parsePython } from './pythonFamily';
import type { OffsetMap, Sink } from './sink';
import { requirementName } from './tomlFamily';

/** Decodes JSON string contents raw[s, e) and records the raw offsets of each decoded UTF-16 unit. */
function decodeInto(raw: string, s: number, e: number, out: string[], starts: number[], ends: number[]): void {
  let i = s;
  while (i < e) {
    const c = raw.charCodeAt(i);
    if (c !== 92) {
      // copy a run of plain characters at once
      let j = i + 1;
      while (j < e && raw.charCodeAt(j) !== 92) {
        j++;
      }
      out.push(raw.slice(i, j));
      for (let k = i; k < j; k++) {
        starts.push(k);
        ends.push(k + 1);
      }
      i = j;
      continue;
    }
    const d = raw[i + 1];
    let ch: string;
    let len = 2;
    switch (d) {
      case 'n':
        ch = '\n';
        break;
      case 't':
        ch = '\t';
        break;
      case 'r':
        ch = '\r';
        break;
      case 'b':
        ch = '\b';
        break;
      case 'f':
        ch = '\f';
        break;
      case 'u': {
        const hex = raw.slice(i + 2, i + 6);
        ch = /^[0-9a-fA-F]{4}$/.test(hex) ? String.fromCharCode(parseInt(hex, 16)) : '?';
        len = 6;
        break;
      }
      default:
        ch = d ?? '';
    }
    out.push(ch);
    starts.push(i);
    ends.push(Math.min(e, i + len));
    i += len;
  }
}

function entry(node: CNode | undefined, key: string): CNode | undefined {
  return node?.entries?.find((x) => x.key === key)?.node;
}

function strings(node: CNode | undefined): CNode[] {
  if (!node) {
    return [];
  }
  if (node.kind === 'scalar') {
    return [node];
  }
  return node.kind === 'seq' ? (node.items ?? []).filter((x) => x.kind === 'scalar') : [];
}

export function parseNotebook(text: string, sink: Sink): void {
  const tree = jsonTree(text, sink, 'Notebook JSON');
  if (!tree || tree.kind !== 'map') {
    if (!tree) {
      lexicalStrings(text, sink);
    } else {
      sink.problem(0, 0, { zh: '这不是有效的 Jupyter 笔记本（顶层不是对象）。', en: 'Not a valid Jupyter notebook (the top level is not an object).' });
    }
    return;
  }
  const cells = entry(tree, 'cells');
  if (!cells || cells.kind !== 'seq') {
    sink.problem(0, 0, { zh: '笔记本缺少 "cells" 数组，无法读取代码单元。', en: 'The notebook has no "cells" array; no code cells could be read.' });
    return;
  }
  const language = entry(entry(entry(tree, 'metadata'), 'kernelspec'), 'language')?.text ?? entry(entry(entry(tree, 'metadata'), 'language_info'), 'name')?.text ?? 'python';
  const python = language.toLowerCase().startsWith('python');
  for (const cell of cells.items ?? []) {
    const type = entry(cell, 'cell_type')?.text;
    const source = strings(entry(cell, 'source'));
    if (type === 'code' && python) {
      codeCell(text, source, sink);
    } else {
      for (const s of source) {
        if (s.text) {
          sink.token('string', s.s, s.e, s.text);
        }
      }
    }
    // printed outputs can hold personal data too
    for (const out of entry(cell, 'outputs')?.items ?? []) {
      for (const s of [...strings(entry(out, 'text')), ...strings(entry(entry(out, 'data'), 'text/plain'))]) {
        if (s.text) {
          sink.token('string', s.s, s.e, s.text);
        }
      }
    }
  }
}

function codeCell(text: string, source: CNode[], sink: Sink): void {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of source) {
    decodeInto(text, s.s, s.e, parts, starts, ends);
  }
  const code = parts.join('');
  if (code.length !== starts.length || code.length === 0) {
    return;
  }
  const last = code.length - 1;
  const map: OffsetMap = {
    start: (o) => (o <= last ? starts[o] : ends[last]),
    end: (o) => (o <= 0 ? starts[0] : ends[Math.min(o, code.length) - 1]),
  };
  const cellSink = sink.embedded(map);
  parsePython(code, cellSink);
  magicInstalls(code, cellSink);
}

/** `!pip install transformers peft` / `%pip install -q x==1` lines name dependencies. */
function magicInstalls(code: string, sink: Sink): void {
  const re = /^[ \t]*[!%][ \t]*pip3?[ \t]+install[ \t]+([^\n]*)$/gm;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    let offset = m.index + m[0].length - m[1].length;
    for (const word of m[1].split(/([ \t]+)/)) {
      if (word.trim() && !word.startsWith('-')) {
        const { name, version } = requirementName(word.replace(/^["']|["']$/g, ''));
        if (name) {
          const s = offset + (word.startsWith('"') || word.startsWith("'") ? 1 : 0);
          sink.parts.dependencies.push({ name, ...(version ? { version } : {}), span: sink.span(s, s + name.length) });
        }
      }
      offset += word.length;
    }
  }
}
