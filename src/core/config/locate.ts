// Maps a position in a config file (a parse-error offset, or a JSON path from a schema error) back to line and
// column, so that every config message can name FILE:LINE:COL.
import type { Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { Span } from '../model';
import { jsonc } from './jsonc';

export type PathSegment = string | number;

export function offsetToPosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: end - lineStart };
}

export function spanOf(text: string, start: number, end = start): Span {
  return { start: offsetToPosition(text, start), end: offsetToPosition(text, Math.max(start, end)) };
}

/** `/customPatterns/0/id` → ['customPatterns', 0, 'id']. */
export function parseInstancePath(instancePath: string): PathSegment[] {
  if (instancePath === '') {
    return [];
  }
  return instancePath
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

/** `['customPatterns', 0, 'id']` → `customPatterns[0].id`. */
export function displayPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const seg of segments) {
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out || '(root)';
}

/** Span of the value at `segments` (or of the KEY `key` inside it) in a JSON/JSONC tree. */
export function locateInJson(text: string, tree: JsonNode | undefined, segments: PathSegment[], key?: string): Span {
  if (!tree) {
    return spanOf(text, 0);
  }
  // Walk up until a node exists: an error about a missing property points at its parent object.
  for (let n = segments.length; n >= 0; n--) {
    const node = jsonc().findNodeAtLocation(tree, segments.slice(0, n));
    if (!node) {
      continue;
    }
    if (key !== undefined && n === segments.length && node.type === 'object') {
      const prop = node.children?.find((c) => c.children?.[0]?.value === key);
      const keyNode = prop?.children?.[0];
      if (keyNode) {
        return spanOf(text, keyNode.offset, keyNode.offset + keyNode.length);
      }
    }
    return spanOf(text, node.offset, node.offset + node.length);
  }
  return spanOf(text, 0);
}

function yamlChild(node: unknown, seg: PathSegment): { pair?: Pair; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
    return pair ? { pair, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof seg === 'number') {
    return { value: node.items[seg] };
  }
  return undefined;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as YamlNode | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** Span of the value at `segments` (or of the KEY `key` inside it) in a YAML document. */
export function locateInYaml(text: string, doc: Document, segments: PathSegment[], key?: string): Span {
  let node: unknown = doc.contents;
  let best = rangeOf(node) ?? [0, 0];
  let complete = true;
  for (const seg of segments) {
    const child = yamlChild(node, seg);
    if (!child) {
      complete = false;
      break;
    }
    node = child.value;
    best = rangeOf(node) ?? rangeOf(child.pair?.key) ?? best;
  }
  if (complete && key !== undefined) {
    const child = yamlChild(node, key);
    const keyRange = rangeOf(child?.pair?.key);
    if (keyRange) {
      best = keyRange;
    }
  }
  return spanOf(text, best[0], best[1]);
}

export function yamlErrorSpan(linePos: readonly { line: number; col: number }[] | undefined, text: string, offset: number): Span {
  if (linePos && linePos.length > 0) {
    const start = { line: linePos[0].line - 1, character: linePos[0].col - 1 };
    const end = linePos[1] ? { line: linePos[1].line - 1, character: linePos[1].col - 1 } : start;
    return { start, end };
  }
  return spanOf(text, offset);
}

