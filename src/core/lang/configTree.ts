// A small format-neutral tree for JSON and YAML (maps, sequences, scalars with offsets), and one iterative
// walker that emits key/value tokens with dotted paths, JSON-schema/OpenAPI `properties` declarations and
// package.json dependencies. Nesting depth is bounded before any library parse, so nothing can overflow the stack.
import { cleanLabel } from './lexeme';
import type { Sink } from './sink';
import type { Declaration, FieldDecl } from './types';

export interface CEntry {
  key: string;
  ks: number;
  ke: number;
  node: CNode;
}

export interface CNode {
  kind: 'map' | 'seq' | 'scalar';
  s: number;
  e: number;
  /** Scalar text (strings decoded). */
  text?: string;
  entries?: CEntry[];
  items?: CNode[];
}

/** Deepest bracket nesting outside quoted strings: a cheap linear guard before recursive library parsers. */
export function bracketDepth(text: string): { depth: number; at: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92) {
        i++;
      } else if (c === quote || c === 10) {
        quote = 0;
      }
      continue;
    }
    if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 91 || c === 123) {
      if (++depth > max) {
        max = depth;
        at = i;
      }
    } else if (c === 93 || c === 125) {
      depth = Math.max(0, depth - 1);
    }
  }
  return { depth: max, at };
}

/** Deeper than this, library parsers (recursive descent) are not called. */
export const MAX_CONFIG_DEPTH = 500;

const DEP_SECTIONS = new Set(['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']);

/** Emits tokens and structure for a parsed config tree. Iterative (explicit stack). */
export function walkConfig(root: CNode, sink: Sink, opts: { packageJson?: boolean } = {}): void {
  const stack: { node: CNode; path: string }[] = [{ node: root, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node.kind === 'scalar') {
      if (node.text !== undefined && node.text !== '') {
        sink.token('value', node.s, node.e, node.text, path);
      }
      continue;
    }
    if (node.kind === 'seq') {
      const items = node.items ?? [];
      for (let i = items.length - 1; i >= 0; i--) {
        stack.push({ node: items[i], path: `${path}[${i}]` });
      }
      continue;
    }
    const entries = node.entries ?? [];
    for (const entry of entries) {
      const p = path ? `${path}.${entry.key}` : entry.key;
      sink.token('key', entry.ks, entry.ke, entry.key, p);
      if (entry.key === 'properties' && entry.node.kind === 'map') {
        schemaProperties(sink, node, path, entry);
      }
      if (opts.packageJson && path === '' && DEP_SECTIONS.has(entry.key) && entry.node.kind === 'map') {
        for (const dep of entry.node.entries ?? []) {
          const version = dep.node.kind === 'scalar' ? dep.node.text : undefined;
          sink.parts.dependencies.push({ name: dep.key, ...(version ? { version } : {}), span: sink.span(dep.ks, dep.ke) });
        }
      }
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const p = path ? `${path}.${entries[i].key}` : entries[i].key;
      stack.push({ node: entries[i].node, path: p });
    }
  }
}

function scalarOf(map: CNode, key: string): CNode | undefined {
  const e = map.entries?.find((x) => x.key === key);
  return e && e.node.kind === 'scalar' ? e.node : undefined;
}

/** `properties:` of a JSON schema / OpenAPI schema: name = the schema's key, fields = property names. */
function schemaProperties(sink: Sink, owner: CNode, ownerPath: string, entry: CEntry): void {
  const props = entry.node.entries ?? [];
  // a `properties` map whose values are maps (schemas), not a config section that happens to be named so
  if (props.length === 0 || !props.every((p) => p.node.kind === 'map')) {
    return;
  }
  const name = ownerPath.slice(ownerPath.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '') || 'schema';
  const fields: FieldDecl[] = props.map((p) => {
    const f: FieldDecl = { name: p.key, span: sink.span(p.ks, p.ke) };
    const d = scalarOf(p.node, 'description') ?? scalarOf(p.node, 'title') ?? scalarOf(p.node, 'x-description');
    if (d?.text) {
      f.label = cleanLabel(d.text);
      f.labelSpan = sink.span(d.s, d.e);
    }
    return f;
  });
  const decl: Declaration = { kind: 'object', name, span: sink.span(entry.ks, entry.ke), fields };
  const label = scalarOf(owner, 'description') ?? scalarOf(owner, 'title');
  if (label?.text) {
    decl.label = cleanLabel(label.text);
  }
  sink.parts.declarations.push(decl);
}
