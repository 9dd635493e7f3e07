// XML front end (pom.xml, Android manifests, MyBatis mappers, Spring configs): element and attribute names as
// keys with element paths, attribute values and text as values; pom <dependency> → DependencyRef.
import { lexMarkup } from './markup';
import type { Sink } from './sink';

/** Paths keep the innermost elements only: a file of unclosed tags must not make every path as long as the file. */
const MAX_PATH_DEPTH = 32;

function elementPath(stack: readonly string[]): string {
  return (stack.length > MAX_PATH_DEPTH ? stack.slice(-MAX_PATH_DEPTH) : stack).join('.');
}

interface PomDep {
  groupId?: string;
  artifactId?: string;
  version?: string;
  span?: [number, number];
}

export function parseXml(text: string, sink: Sink): void {
  const stack: string[] = [];
  let dep: PomDep | undefined;
  let depDepth = -1;
  lexMarkup(
    text,
    {
      open(name, attrs, selfClosing, ns, ne) {
        const local = name.slice(name.indexOf(':') + 1);
        stack.push(local);
        const path = elementPath(stack);
        sink.token('key', ns, ne, name, path);
        for (const a of attrs) {
          sink.token('key', a.ns, a.ne, a.name, `${path}@${a.name}`);
          if (a.value) {
            sink.token('value', a.vs, a.ve, a.value, `${path}@${a.name}`);
          }
        }
        if (local === 'dependency' && stack[stack.length - 2] === 'dependencies') {
          dep = {};
          depDepth = stack.length;
        }
        if (selfClosing) {
          stack.pop();
        }
      },
      close(name) {
        const local = name.slice(name.indexOf(':') + 1);
        if (dep && stack.length === depDepth && local === 'dependency') {
          if (dep.artifactId && dep.span) {
            const full = dep.groupId ? `${dep.groupId}:${dep.artifactId}` : dep.artifactId;
            sink.parts.dependencies.push({ name: full, ...(dep.version ? { version: dep.version } : {}), span: sink.span(dep.span[0], dep.span[1]) });
          }
          dep = undefined;
        }
        // pop to the matching element so one unclosed tag does not shift every later path
        const at = stack.lastIndexOf(local);
        if (at >= 0) {
          stack.length = at;
        }
      },
      text(s, e) {
        let a = s;
        let b = e;
        while (a < b && text.charCodeAt(a) <= 32) {
          a++;
        }
        while (b > a && text.charCodeAt(b - 1) <= 32) {
          b--;
        }
        if (b <= a) {
          return;
        }
        const value = text.slice(a, b);
        sink.token('value', a, b, value, elementPath(stack));
        if (dep && stack.length === depDepth + 1) {
          const el = stack[stack.length - 1];
          if (el === 'groupId' || el === 'artifactId' || el === 'version') {
            dep[el] = value;
            if (el === 'artifactId') {
              dep.span = [a, b];
            }
          }
        }
      },
      comment(s, e) {
        sink.token('comment', s, e, text.slice(s, e));
      },
    },
    false,
  );
}
