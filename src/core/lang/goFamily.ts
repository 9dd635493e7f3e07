// Go front end: imports (single and grouped, with aliases), calls, and structs with struct-tag aliases
// (`json:"id_card"`, `gorm:"column:sfzh;comment:身份证号"`) and comment labels.
import { isId, isPunct, type Lexeme } from './lexeme';
import { lexCLike } from './clike';
import type { Sink } from './sink';
import { extractCalls, field, makeCode, type Code, type LabelHit } from './structure';
import type { Declaration } from './types';

const GO_KEYWORDS = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if',
  'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var', 'nil', 'true',
  'false', 'string', 'int', 'int64', 'int32', 'uint', 'uint64', 'float64', 'bool', 'byte', 'rune', 'error', 'any',
]);
const NOT_CALLEE = new Set(['if', 'for', 'switch', 'return', 'func', 'go', 'defer', 'select', 'range', 'chan', 'map', 'interface', 'struct', 'import', 'var', 'const', 'type']);
const DECL = new Set(['func']);
/** Tag keys whose value names the field elsewhere (JSON, DB, forms). */
const TAG_ALIAS_KEYS = new Set(['json', 'db', 'form', 'xml', 'yaml', 'bson', 'mapstructure', 'query', 'uri', 'header', 'csv', 'toml', 'protobuf', 'validate_name']);

export function parseGo(text: string, sink: Sink): Code {
  const code = makeCode(text, sink, lexCLike(text, sink, { lang: 'go', keywords: GO_KEYWORDS }));
  const { sig, match } = code;
  for (let i = 0; i < sig.length; i++) {
    const lx = sig[i];
    if (lx.k !== 'id') {
      continue;
    }
    if (lx.v === 'import') {
      if (isPunct(sig[i + 1], '(') && match[i + 1] > i) {
        let alias: string | undefined;
        for (let k = i + 2; k < match[i + 1]; k++) {
          if (sig[k].k === 'id' || isPunct(sig[k], '.') || isPunct(sig[k], '_')) {
            alias = sig[k].v;
          } else if (sig[k].k === 'str') {
            goImport(code, sig[k], alias);
            alias = undefined;
          }
        }
        i = match[i + 1];
      } else if (sig[i + 1]?.k === 'str') {
        goImport(code, sig[i + 1]);
      } else if (sig[i + 2]?.k === 'str') {
        goImport(code, sig[i + 2], sig[i + 1].v);
      }
    } else if (lx.v === 'struct' && isPunct(sig[i + 1], '{') && match[i + 1] > i) {
      const nameLx = isId(sig[i - 1]) && sig[i - 1].v !== 'struct' ? sig[i - 1] : lx;
      sink.parts.declarations.push(struct(code, nameLx.v === 'struct' ? '' : nameLx.v, nameLx, i + 1));
    }
  }
  extractCalls(code, { notCallee: NOT_CALLEE, declKeywords: DECL, goReceiver: true });
  return code;
}

function goImport(code: Code, str: Lexeme, alias?: string): void {
  code.sink.parts.imports.push({ module: str.v, names: alias ? [alias] : [], span: code.sink.span(str.s, str.e) });
}

function struct(code: Code, name: string, nameLx: Lexeme, open: number): Declaration {
  const { sig, match, sink } = code;
  const close = match[open];
  const decl: Declaration = { kind: 'struct', name, span: sink.span(nameLx.s, nameLx.e), fields: [] };
  let j = open + 1;
  while (j < close) {
    // one field line: Names Type `tag`
    const line = code.local.lineOf(sig[j].s);
    const lineLexemes: number[] = [];
    let k = j;
    while (k < close && code.local.lineOf(sig[k].s) === line) {
      lineLexemes.push(k);
      k = match[k] > k ? match[k] + 1 : k + 1;
      if (isPunct(sig[k - 1], ';')) {
        break;
      }
    }
    const names: Lexeme[] = [];
    let p = 0;
    while (p < lineLexemes.length && sig[lineLexemes[p]].k === 'id') {
      names.push(sig[lineLexemes[p]]);
      if (isPunct(sig[lineLexemes[p + 1]], ',')) {
        p += 2;
      } else {
        break;
      }
    }
    const hasType = lineLexemes.length > names.length * 2 - 1;
    if (names.length > 0 && hasType) {
      const tagLx = lineLexemes.map((x) => sig[x]).find((x, idx) => idx > 0 && x.k === 'str');
      const { label, aliases } = tagLx ? readTag(tagLx) : { label: undefined, aliases: [] };
      for (const n of names) {
        decl.fields.push(field(code, n, n.s, label, aliases));
      }
    }
    j = k;
  }
  return decl;
}

/** Struct tag `json:"id_card,omitempty" gorm:"column:sfzh;comment:身份证号"`. */
function readTag(tag: Lexeme): { label?: LabelHit; aliases: string[] } {
  const aliases: string[] = [];
  let label: LabelHit | undefined;
  const re = /([A-Za-z_][\w-]*):"([^"]*)"/g;
  const body = tag.v.slice(0, 2000);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const key = m[1];
    const value = m[2];
    if (TAG_ALIAS_KEYS.has(key)) {
      const alias = value.split(',')[0];
      if (alias && alias !== '-') {
        aliases.push(alias);
      }
    } else if (key === 'gorm') {
      for (const part of value.split(';')) {
        const [k, ...rest] = part.split(':');
        const v = rest.join(':').trim();
        if (k.trim() === 'column' && v) {
          aliases.push(v);
        } else if (k.trim() === 'comment' && v) {
          label = { text: v.replace(/^'|'$/g, ''), lx: tag };
        }
      }
    } else if ((key === 'comment' || key === 'description' || key === 'label') && value) {
      label = { text: value, lx: tag };
    }
  }
  return { label, aliases };
}
