// YAML front end through the `yaml` package: CST for comments, composed documents for keys and values
// with exact ranges. Multi-document files are supported; syntax errors become problems.
import { Composer, isAlias, isMap, isScalar, isSeq, Parser, type Node as YamlNode } from 'yaml';
import { bracketDepth, MAX_CONFIG_DEPTH, walkConfig, type CNode } from './configTree';
import { lexicalConfigLines } from './propertiesFamily';
import type { Sink } from './sink';

export function parseYaml(text: string, sink: Sink): void {
  const guard = yamlNestingDepth(text);
  if (guard.depth > MAX_CONFIG_DEPTH) {
    const line = sink.lineOf(guard.at) + 1;
    sink.problem(guard.at, guard.at + 1, {
      zh: `YAML 嵌套过深（超过 ${MAX_CONFIG_DEPTH} 层，第 ${line} 行），只做了词法扫描。`,
      en: `YAML is nested too deeply (over ${MAX_CONFIG_DEPTH} levels, line ${line}); only a lexical scan was done.`,
    });
    lexicalConfigLines(text, sink, ':');
    return;
  }
  const tokens = [...new Parser().parse(text)];
  comments(tokens, sink);
  let reported = 0;
  for (const doc of new Composer().compose(tokens)) {
    for (const err of doc.errors) {
      if (reported++ >= 5) {
        break;
      }
      const [s, e] = err.pos;
      const line = sink.lineOf(s) + 1;
      const what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      sink.problem(s, Math.max(s, e), { zh: `YAML 语法错误（第 ${line} 行）：${what}`, en: `YAML syntax error at line ${line}: ${what}` });
    }
    if (doc.contents) {
      walkConfig(toTree(doc.contents), sink);
    }
  }
}

/** Deepest nesting of a YAML text, by brackets or by indentation, found without parsing (the config loader uses it too). */
export function yamlNestingDepth(text: string): { depth: number; at: number } {
  const flow = bracketDepth(text);
  const block = indentDepth(text);
  return flow.depth >= block.depth ? flow : block;
}

/**
 * Nesting by indentation and by compact indicators (`- - - x`, `? ? ? x`): the yaml composer recurses per level,
 * overflows the stack within ~1,000–1,700 levels, and a stack overflow inside V8's lazy regex compilation can
 * later abort the whole process. A monotonic stack of indent widths keeps the count linear in the text.
 */
function indentDepth(text: string): { depth: number; at: number } {
  const widths: number[] = [];
  let max = 0;
  let at = 0;
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) {
      e = text.length;
    }
    let w = s;
    let indicators = 0;
    for (;;) {
      const c = text.charCodeAt(w);
      if (w < e && (c === 32 || c === 9)) {
        w++;
      } else if (w < e && (c === 45 || c === 63 || c === 58) && (w + 1 >= e || text.charCodeAt(w + 1) === 32 || text.charCodeAt(w + 1) === 9)) {
        indicators++; // `- `, `? `, `: ` each open a level of their own
        w++;
      } else {
        break;
      }
    }
    if (indicators > 0 || (w < e && text.charCodeAt(w) !== 35 && text.charCodeAt(w) !== 13)) {
      const width = w - s;
      while (widths.length > 0 && widths[widths.length - 1] >= width) {
        widths.pop();
      }
      widths.push(width);
      if (widths.length + indicators > max) {
        max = widths.length + indicators;
        at = w;
      }
    }
    s = e + 1;
  }
  return { depth: max, at };
}

/** Comments live in the CST only; walk it iteratively. */
function comments(tokens: unknown[], sink: Sink): void {
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const t = stack.pop();
    if (Array.isArray(t)) {
      stack.push(...(t as unknown[]));
      continue;
    }
    if (!t || typeof t !== 'object') {
      continue;
    }
    const rec = t as Record<string, unknown>;
    if (rec.type === 'comment' && typeof rec.offset === 'number' && typeof rec.source === 'string') {
      const s = rec.offset + 1;
      sink.token('comment', s, rec.offset + rec.source.length, rec.source.slice(1));
      continue;
    }
    for (const key of ['start', 'sep', 'end', 'items', 'key', 'value', 'props']) {
      const v = rec[key];
      if (v && typeof v === 'object') {
        stack.push(v);
      }
    }
  }
}

function scalarNode(node: YamlNode): CNode {
  const [start, valueEnd] = node.range ?? [0, 0];
  const type = isScalar(node) ? node.type : undefined;
  const quoted = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE';
  const value = isScalar(node) ? node.value : isAlias(node) ? `*${node.source}` : '';
  return { kind: 'scalar', s: quoted ? start + 1 : start, e: quoted ? valueEnd - 1 : valueEnd, text: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : '' };
}

/** Converts a composed YAML node into the config tree without recursion. */
function toTree(rootNode: YamlNode): CNode {
  const convert = (node: YamlNode): CNode => {
    if (isMap(node)) {
      return { kind: 'map', s: node.range?.[0] ?? 0, e: node.range?.[1] ?? 0, entries: [] };
    }
    if (isSeq(node)) {
      return { kind: 'seq', s: node.range?.[0] ?? 0, e: node.range?.[1] ?? 0, items: [] };
    }
    return scalarNode(node);
  };
  const root = convert(rootNode);
  const stack: { y: YamlNode; c: CNode }[] = [{ y: rootNode, c: root }];
  while (stack.length > 0) {
    const { y, c } = stack.pop()!;
    if (isMap(y)) {
      for (const pair of y.items) {
        const key = pair.key as YamlNode | null;
        if (!key || !isScalar(key)) {
          continue; // complex keys are rare and carry no field name
        }
        const k = scalarNode(key);
        const valueNode = pair.value as YamlNode | null;
        const child: CNode = valueNode ? convert(valueNode) : { kind: 'scalar', s: k.e, e: k.e, text: '' };
        c.entries!.push({ key: k.text ?? '', ks: k.s, ke: k.e, node: child });
        if (valueNode && child.kind !== 'scalar') {
          stack.push({ y: valueNode, c: child });
        }
      }
    } else if (isSeq(y)) {
      for (const item of y.items) {
        const node = item as YamlNode | null;
        if (!node) {
          continue;
        }
        const child = convert(node);
        c.items!.push(child);
        if (child.kind !== 'scalar') {
          stack.push({ y: node, c: child });
        }
      }
    }
  }
  return root;
}
