// Dockerfile front end: instructions, ENV/ARG keys and values, RUN pip/npm/yarn/pnpm install packages
// as dependencies, and the instruction arguments as strings (hosts, URLs, regions).
import { forEachLine } from './manifests';
import type { Sink } from './sink';
import { requirementName } from './tomlFamily';

export function parseDockerfile(text: string, sink: Sink): void {
  let instruction = '';
  forEachLine(text, (s, e) => {
    let a = s;
    while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) {
      a++;
    }
    if (a >= e) {
      return;
    }
    if (text.charCodeAt(a) === 35) {
      sink.token('comment', a + 1, e, text.slice(a + 1, e));
      return;
    }
    const continuation = instruction !== '' && /^[A-Za-z]+$/.test(instruction);
    let argStart = a;
    if (!continuation) {
      let k = a;
      while (k < e && /[A-Za-z]/.test(text[k])) {
        k++;
      }
      instruction = text.slice(a, k).toUpperCase();
      argStart = k;
      while (argStart < e && (text.charCodeAt(argStart) === 32 || text.charCodeAt(argStart) === 9)) {
        argStart++;
      }
    }
    let argEnd = e;
    const continues = text.charCodeAt(e - 1) === 92;
    if (continues) {
      argEnd--;
    }
    while (argEnd > argStart && text.charCodeAt(argEnd - 1) <= 32) {
      argEnd--;
    }
    if (argEnd > argStart) {
      if (instruction === 'ENV' || instruction === 'ARG' || instruction === 'LABEL') {
        keyValues(text, sink, argStart, argEnd, instruction === 'ENV' && !continuation);
      } else {
        sink.token('string', argStart, argEnd, text.slice(argStart, argEnd));
        if (instruction === 'RUN') {
          installs(text, sink, argStart, argEnd);
        }
      }
    }
    if (!continues) {
      instruction = '';
    }
  });
}

/** `ENV A=1 B="two"`, the legacy `ENV KEY value`, `ARG NAME[=default]`. */
function keyValues(text: string, sink: Sink, a: number, e: number, legacyAllowed: boolean): void {
  const body = text.slice(a, e);
  if (legacyAllowed && !/^[^\s=]+=/.test(body)) {
    const sp = body.search(/\s/);
    const key = sp < 0 ? body : body.slice(0, sp);
    sink.token('key', a, a + key.length, key, key);
    if (sp >= 0) {
      const value = body.slice(sp).trim();
      const vs = a + body.indexOf(value, sp);
      sink.token('value', vs, vs + value.length, value, key);
    }
    return;
  }
  const re = /([^\s=]+)(?:=("[^"]*"|'[^']*'|\S*))?/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const key = m[1];
    sink.token('key', a + m.index, a + m.index + key.length, key, key);
    if (m[2]) {
      const quoted = m[2].startsWith('"') || m[2].startsWith("'");
      const vs = a + m.index + key.length + 1 + (quoted ? 1 : 0);
      const value = quoted ? m[2].slice(1, -1) : m[2];
      if (value) {
        sink.token('value', vs, vs + value.length, value, key);
      }
    }
  }
}

const INSTALLERS = /(?:^|[\s;&|(])(?:python[\d.]*\s+-m\s+)?(pip3?|npm|yarn|pnpm)\s+(install|add|i)\b/g;

/** Package arguments of pip/npm/yarn/pnpm installs on a RUN line. */
function installs(text: string, sink: Sink, a: number, e: number): void {
  const line = text.slice(a, e);
  INSTALLERS.lastIndex = 0;
  for (let m = INSTALLERS.exec(line); m; m = INSTALLERS.exec(line)) {
    const tool = m[1];
    let j = m.index + m[0].length;
    // words up to the next shell operator
    while (j < line.length) {
      while (j < line.length && (line[j] === ' ' || line[j] === '\t')) {
        j++;
      }
      if (j >= line.length || '&|;)'.includes(line[j])) {
        break;
      }
      let k = j;
      while (k < line.length && !' \t&|;)'.includes(line[k])) {
        k++;
      }
      const word = line.slice(j, k).replace(/^["']|["']$/g, '');
      if (word && !word.startsWith('-') && !word.startsWith('.') && !word.startsWith('/') && !word.startsWith('$')) {
        const off = a + j + (line[j] === '"' || line[j] === "'" ? 1 : 0);
        if (tool.startsWith('pip')) {
          const { name, version } = requirementName(word);
          if (name) {
            sink.parts.dependencies.push({ name, ...(version ? { version } : {}), span: sink.span(off, off + name.length) });
          }
        } else {
          const at = word.lastIndexOf('@');
          const name = at > 0 ? word.slice(0, at) : word;
          sink.parts.dependencies.push({ name, ...(at > 0 ? { version: word.slice(at + 1) } : {}), span: sink.span(off, off + name.length) });
        }
      }
      j = k;
    }
  }
}
