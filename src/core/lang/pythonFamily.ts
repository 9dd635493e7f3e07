// Python front end: lexing plus imports, calls, classes (dataclass/pydantic/Django/SQLAlchemy fields) and dict literals.
import { cleanLabel, isId, isPunct, type Lexeme } from './lexeme';
import { lexPython, PYTHON_KEYWORDS } from './python';
import type { Sink } from './sink';
import { argLabels, boundName, indentOf, extractCalls, field, makeCode, objectLiteral, startsLine, type Code } from './structure';
import type { Declaration, FieldDecl } from './types';

const DECL_KEYWORDS = new Set(['def', 'class']);
const NOT_CALLEE = new Set([...PYTHON_KEYWORDS].filter((k) => k !== 'self' && k !== 'cls'));

export function parsePython(text: string, sink: Sink): Code {
  const code = makeCode(text, sink, lexPython(text, sink));
  const { sig, match } = code;
  for (let i = 0; i < sig.length; i++) {
    const lx = sig[i];
    if (lx.k === 'id' && (lx.v === 'import' || lx.v === 'from') && statementStart(code, i)) {
      i = pythonImport(code, i);
    } else if (lx.k === 'id' && lx.v === 'class' && statementStart(code, i) && isId(sig[i + 1])) {
      pythonClass(code, i);
    } else if (lx.k === 'punct' && lx.v === '{' && match[i] > i) {
      const decl = objectLiteral(code, i, boundName(sig, i), false);
      if (decl) {
        sink.parts.declarations.push(decl);
      }
    }
  }
  extractCalls(code, { notCallee: NOT_CALLEE, declKeywords: DECL_KEYWORDS });
  return code;
}

function statementStart(code: Code, i: number): boolean {
  return i === 0 || startsLine(code, i) || isPunct(code.sig[i - 1], ';') || isPunct(code.sig[i - 1], ':');
}

function dotted(sig: Lexeme[], j: number): { name: string; next: number } {
  let name = '';
  while (j < sig.length) {
    const lx = sig[j];
    if (lx.k === 'punct' && lx.v === '.') {
      name += '.';
    } else if (lx.k === 'id' && lx.v !== 'import' && (name === '' || name.endsWith('.'))) {
      name += lx.v;
    } else {
      break;
    }
    j++;
  }
  return { name, next: j };
}

/** `import a.b as c, d` and `from x.y import (A, B as C)`. Returns the last index consumed. */
function pythonImport(code: Code, i: number): number {
  const { sig, sink } = code;
  const line = code.local.lineOf(sig[i].s);
  if (sig[i].v === 'import') {
    let j = i + 1;
    while (j < sig.length) {
      const { name, next } = dotted(sig, j);
      if (!name) {
        break;
      }
      sink.parts.imports.push({ module: name, names: [], span: sink.span(sig[j].s, sig[next - 1].e) });
      j = next;
      if (isId(sig[j], 'as')) {
        j += 2;
      }
      if (!isPunct(sig[j], ',')) {
        break;
      }
      j++;
    }
    return j - 1;
  }
  const { name, next } = dotted(sig, i + 1);
  if (!name || !isId(sig[next], 'import')) {
    return i;
  }
  const names: string[] = [];
  let j = next + 1;
  const paren = isPunct(sig[j], '(');
  if (paren) {
    j++;
  }
  while (j < sig.length) {
    const lx = sig[j];
    if (!paren && code.local.lineOf(lx.s) !== line && !isPunct(sig[j - 1], ',')) {
      break;
    }
    if (lx.k === 'id' || isPunct(lx, '*')) {
      names.push(lx.v);
      j++;
      if (isId(sig[j], 'as')) {
        j += 2;
      }
    }
    if (isPunct(sig[j], ',')) {
      j++;
      continue;
    }
    if (paren && isPunct(sig[j], ')')) {
      j++;
    }
    break;
  }
  sink.parts.imports.push({ module: name, names, span: sink.span(sig[i + 1].s, sig[next - 1].e) });
  return j - 1;
}

/** A class and the attributes declared at the top of its body (annotated or assigned). */
function pythonClass(code: Code, i: number): void {
  const { sig, match, sink } = code;
  const nameLx = sig[i + 1];
  let j = i + 2;
  if (isPunct(sig[j], '(') && match[j] > j) {
    j = match[j] + 1;
  }
  if (!isPunct(sig[j], ':')) {
    return;
  }
  const classCol = indentOf(code, sig[i].s);
  const decl: Declaration = { kind: 'class', name: nameLx.v, span: sink.span(sig[i].s, nameLx.e), fields: [] };
  j++;
  let bodyCol = -1;
  let first = true;
  while (j < sig.length) {
    const lx = sig[j];
    const lineStart = startsLine(code, j);
    if (lineStart) {
      const col = indentOf(code, lx.s);
      if (col <= classCol) {
        break;
      }
      if (bodyCol < 0) {
        bodyCol = col;
      }
      if (col === bodyCol) {
        if (first && lx.k === 'str') {
          decl.label = cleanLabel(lx.v);
        } else if (lx.k === 'id' && !PYTHON_KEYWORDS.has(lx.v) && !lx.v.startsWith('__') && (isPunct(sig[j + 1], ':') || isPunct(sig[j + 1], '='))) {
          decl.fields.push(pythonField(code, j));
        }
        first = false;
      }
    }
    j = match[j] > j ? match[j] + 1 : j + 1;
  }
  sink.parts.declarations.push(decl);
}

function pythonField(code: Code, j: number): FieldDecl {
  const { sig, match } = code;
  const name = sig[j];
  const line = code.local.lineOf(name.s);
  // the first call on the statement (`Column(...)`, `Field(...)`, `models.CharField(...)`) may carry a label
  let k = j + 1;
  while (k < sig.length && code.local.lineOf(sig[k].s) === line) {
    const lx = sig[k];
    if (isPunct(lx, '(') && sig[k - 1].k === 'id') {
      let c = k - 1;
      while (c >= 2 && isPunct(sig[c - 1], '.') && sig[c - 2].k === 'id') {
        c -= 2;
      }
      let callee = sig[c].v;
      for (let d = c + 2; d < k; d += 2) {
        callee += '.' + sig[d].v;
      }
      const { label, aliases } = argLabels(code, callee, k);
      return field(code, name, name.s, label, aliases);
    }
    k = match[k] > k && !isPunct(lx, '(') ? match[k] + 1 : k + 1;
  }
  return field(code, name, name.s);
}
