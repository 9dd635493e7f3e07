// Dependency manifests that are not handled by a family's own parser: requirements*.txt, go.mod, build.gradle.
// (package.json, pyproject.toml, Pipfile and pom.xml are read by the JSON, TOML and XML front ends.)
import type { Sink } from './sink';

export function parseManifest(base: string, text: string, sink: Sink): void {
  const lower = base.toLowerCase();
  if (/^requirements.*\.(txt|in)$/.test(lower)) {
    requirements(text, sink);
  }
}

/** Each line `name[extras] op version ; marker  # comment`; options (-r, -e, --index-url) are skipped. */
function requirements(text: string, sink: Sink): void {
  forEachLine(text, (s, e) => {
    let a = s;
    while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) {
      a++;
    }
    const c = text.charCodeAt(a);
    if (a >= e || c === 35 || c === 45) {
      return;
    }
    let b = a;
    while (b < e && /[A-Za-z0-9._-]/.test(text[b])) {
      b++;
    }
    if (b === a) {
      return;
    }
    const name = text.slice(a, b);
    let v = b;
    while (v < e && text.charCodeAt(v) !== 35 && text.charCodeAt(v) !== 59) {
      v++;
    }
    const spec = text.slice(b, v).replace(/\[[^\]]*\]/, '').trim();
    sink.parts.dependencies.push({ name, ...(spec ? { version: spec } : {}), span: sink.span(a, b) });
  });
}

export function forEachLine(text: string, fn: (start: number, end: number) => void): void {
  const n = text.length;
  let s = 0;
  while (s <= n) {
    let e = text.indexOf('\n', s);
    if (e < 0) {
      e = n;
    }
    fn(s, e > s && text.charCodeAt(e - 1) === 13 ? e - 1 : e);
    s = e + 1;
  }
}
