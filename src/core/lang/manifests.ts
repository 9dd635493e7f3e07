// Dependency manifests that are not handled by a family's own parser: requirements*.txt, go.mod, build.gradle.
// (package.json, pyproject.toml, Pipfile and pom.xml are read by the JSON, TOML and XML front ends.)
import type { Sink } from './sink';

export function parseManifest(base: string, text: string, sink: Sink): void {
  const lower = base.toLowerCase();
  if (/^requirements.*\.(txt|in)$/.test(lower)) {
    requirements(text, sink);
  } else if (lower === 'go.mod') {
    goMod(text, sink);
  } else if (lower.endsWith('.gradle') || lower.endsWith('.gradle.kts')) {
    gradle(text, sink);
  }
}

/** `require x v1` and `require ( … )` blocks. */
function goMod(text: string, sink: Sink): void {
  let inBlock = false;
  forEachLine(text, (s, e) => {
    const line = text.slice(s, e);
    const trimmed = line.trim();
    if (inBlock) {
      if (trimmed.startsWith(')')) {
        inBlock = false;
        return;
      }
      module(line, s, 0);
      return;
    }
    if (/^require\s*\(/.test(trimmed)) {
      inBlock = true;
    } else if (trimmed.startsWith('require ')) {
      module(line, s, line.indexOf('require ') + 8);
    }
  });
  function module(line: string, s: number, from: number): void {
    const m = /^\s*(\S+)\s+(\S+)/.exec(line.slice(from));
    if (m && !m[1].startsWith('//')) {
      const at = s + from + line.slice(from).indexOf(m[1]);
      sink.parts.dependencies.push({ name: m[1], version: m[2], span: sink.span(at, at + m[1].length) });
    }
  }
}

const GRADLE_CONFIGS = 'implementation|api|compile|compileOnly|runtimeOnly|testImplementation|testCompile|androidTestImplementation|kapt|ksp|annotationProcessor|classpath|debugImplementation|releaseImplementation';
const GRADLE_COORD = new RegExp(`\\b(?:${GRADLE_CONFIGS})\\s*\\(?\\s*(?:platform\\s*\\(\\s*)?["']([^"'\\s:]+):([^"'\\s:]+)(?::([^"'\\s]+))?["']`);
const GRADLE_MAP = new RegExp(`\\b(?:${GRADLE_CONFIGS})\\s*\\(?\\s*group\\s*[:=]\\s*["']([^"']+)["']\\s*,\\s*name\\s*[:=]\\s*["']([^"']+)["'](?:\\s*,\\s*version\\s*[:=]\\s*["']([^"']+)["'])?`);

/** `implementation "g:a:v"`, `implementation("g:a:v")`, `implementation group: 'g', name: 'a', version: 'v'`. */
function gradle(text: string, sink: Sink): void {
  forEachLine(text, (s, e) => {
    const line = text.slice(s, Math.min(e, s + 2000));
    const m = GRADLE_COORD.exec(line) ?? GRADLE_MAP.exec(line);
    if (!m) {
      return;
    }
    const name = `${m[1]}:${m[2]}`;
    const at = s + line.indexOf(m[1], m.index);
    const end = s + line.indexOf(m[2], at - s + m[1].length) + m[2].length;
    sink.parts.dependencies.push({ name, ...(m[3] ? { version: m[3] } : {}), span: sink.span(at, end) });
  });
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
    const spec = withoutExtras(text.slice(b, v)).trim();
    sink.parts.dependencies.push({ name, ...(spec ? { version: spec } : {}), span: sink.span(a, b) });
  });
}

/** Drops the first `[extras]` group. indexOf, not a regex: a regex retried at every `[` of a line without `]` is quadratic. */
function withoutExtras(spec: string): string {
  const open = spec.indexOf('[');
  const close = open < 0 ? -1 : spec.indexOf(']', open);
  return close < 0 ? spec : spec.slice(0, open) + spec.slice(close + 1);
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
