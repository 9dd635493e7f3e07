// SQL front end: a single-pass lexer (quoted identifiers, '' escapes, -- # /* */ comments) and DDL structure:
// CREATE TABLE → a `table` declaration with columns and COMMENT labels, plus COMMENT ON and ALTER TABLE … ADD.
import { lexeme, LexemeList, cleanLabel, isDigit, isIdPart, isIdStart, isSpace, matchBrackets, type Lexeme } from './lexeme';
import { LineIndex } from './lines';
import type { Sink } from './sink';
import { CommentIndex, field, type Code } from './structure';
import type { Declaration, FieldDecl } from './types';

const SQL_KEYWORDS = new Set(
  (
    'add all alter and as asc auto_increment autoincrement between bigint binary bit blob bool boolean by cascade case ' +
    'char character charset check collate column comment constraint create current_timestamp date datetime decimal default ' +
    'delete desc distinct double drop else end engine enum exists false float foreign from full generated group having if ' +
    'in index inner insert int integer into is join json jsonb key left like limit longtext mediumint mediumtext modify ' +
    'not null numeric on or order outer primary references replace right row_format select serial set smallint table ' +
    'temporary text then time timestamp tinyint tinytext true unique unsigned update uuid values varchar view where with ' +
    'zerofill utf8 utf8mb4 innodb myisam charset nvarchar number varchar2 clob nclob bytea real using btree hash comment'
  ).split(' '),
);
const CONSTRAINT_WORDS = new Set(['primary', 'key', 'index', 'unique', 'constraint', 'foreign', 'check', 'fulltext', 'spatial', 'exclude', 'period', 'like']);

export function lexSql(text: string, sink: Sink): { sig: Lexeme[]; comments: Lexeme[] } {
  const sig = LexemeList.lease();
  const comments: Lexeme[] = [];
  const n = text.length;
  let i = 0;
  const comment = (s: number, e: number): void => {
    const v = text.slice(s, e);
    comments.push(lexeme('comment', s, e, v));
    sink.token('comment', s, e, v);
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if ((c === 45 && text.charCodeAt(i + 1) === 45) || c === 35) {
      const s = c === 35 ? i + 1 : i + 2;
      let e = s;
      while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) {
        e++;
      }
      comment(s, e);
      i = e;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const s = i + 2;
      const f = text.indexOf('*/', s);
      const e = f < 0 ? n : f;
      comment(s, e);
      i = f < 0 ? n : f + 2;
      continue;
    }
    if (c === 39 || c === 34 || c === 96 || (c === 91 && /[A-Za-z_\u0080-\uffff]/.test(text[i + 1] ?? ''))) {
      // 'string' (with '' and \' escapes); "ident", `ident`, [ident] are identifiers
      const q = c === 91 ? 93 : c;
      const s = i + 1;
      let e = s;
      while (e < n) {
        const d = text.charCodeAt(e);
        if (d === 92 && c === 39) {
          e += 2;
          continue;
        }
        if (d === q) {
          if (text.charCodeAt(e + 1) === q) {
            e += 2;
            continue;
          }
          break;
        }
        e++;
      }
      if (e > n) {
        e = n;
      }
      const v = text.slice(s, e);
      if (c === 39) {
        sig.push(lexeme('str', s, e, v));
        if (e > s) {
          sink.token('string', s, e, v);
        }
      } else {
        sig.push(lexeme('id', s, e, v));
        sink.token('identifier', s, e, v);
      }
      i = e + 1;
      continue;
    }
    if (isIdStart(c) && c !== 36) {
      const s = i;
      i++;
      while (i < n && isIdPart(text.charCodeAt(i))) {
        i++;
      }
      const v = text.slice(s, i);
      // N'…' / E'…' string prefixes
      if ((v === 'N' || v === 'E' || v === 'n' || v === 'e') && text.charCodeAt(i) === 39) {
        continue;
      }
      sig.push(lexeme('id', s, i, v));
      if (!SQL_KEYWORDS.has(v.toLowerCase())) {
        sink.token('identifier', s, i, v);
      }
      continue;
    }
    if (isDigit(c)) {
      const s = i;
      while (i < n && (isIdPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) {
        i++;
      }
      sig.push(lexeme('num', s, i, text.slice(s, i)));
      continue;
    }
    sig.push(lexeme('punct', i, i + 1, text[i]));
    i++;
  }
  return { sig: sig.finish(), comments };
}

function word(lx: Lexeme | undefined, w: string): boolean {
  return lx !== undefined && lx.k === 'id' && lx.v.length === w.length && lx.v.toLowerCase() === w;
}

/** A possibly qualified name `a.b.c` at j: returns the lexemes of each part. */
function qualified(sig: Lexeme[], j: number): Lexeme[] {
  const parts: Lexeme[] = [];
  while (j < sig.length && sig[j].k === 'id') {
    parts.push(sig[j]);
    if (!(sig[j + 1]?.k === 'punct' && sig[j + 1].v === '.')) {
      break;
    }
    j += 2;
  }
  return parts;
}

export function parseSql(text: string, sink: Sink): void {
  const lexed = lexSql(text, sink);
  const sig = lexed.sig;
  const match = matchBrackets(sig);
  const local = new LineIndex(text);
  const code: Code = { text, sink, sig, comments: lexed.comments, match, notes: new CommentIndex(text, local, lexed.comments), local };
  const tables = new Map<string, Declaration>();
  const tableFor = (parts: Lexeme[]): Declaration => {
    const nameLx = parts[parts.length - 1];
    const key = nameLx.v.toLowerCase();
    let decl = tables.get(key);
    if (!decl) {
      decl = { kind: 'table', name: nameLx.v, span: sink.span(nameLx.s, nameLx.e), fields: [] };
      tables.set(key, decl);
      sink.parts.declarations.push(decl);
    }
    return decl;
  };
  for (let i = 0; i < sig.length; i++) {
    const lx = sig[i];
    if (lx.k !== 'id') {
      continue;
    }
    if (word(lx, 'create')) {
      let j = i + 1;
      while (j < sig.length && j < i + 6 && !word(sig[j], 'table')) {
        j++;
      }
      if (!word(sig[j], 'table')) {
        continue;
      }
      j++;
      if (word(sig[j], 'if')) {
        j += word(sig[j + 1], 'not') ? 3 : 2;
      }
      const parts = qualified(sig, j);
      if (parts.length === 0) {
        continue;
      }
      j += parts.length * 2 - 1;
      if (!(sig[j]?.k === 'punct' && sig[j].v === '(') || match[j] < 0) {
        continue;
      }
      const decl = tableFor(parts);
      const close = match[j];
      columns(code, decl, j, close);
      // table options: COMMENT [=] '…'
      for (let k = close + 1; k < sig.length && !(sig[k].k === 'punct' && sig[k].v === ';') && !word(sig[k], 'create'); k++) {
        if (word(sig[k], 'comment')) {
          const v = sig[k + 1]?.k === 'str' ? sig[k + 1] : sig[k + 2]?.k === 'str' ? sig[k + 2] : undefined;
          if (v) {
            decl.label = cleanLabel(v.v);
          }
        }
      }
      i = close;
    } else if (word(lx, 'comment') && word(sig[i + 1], 'on')) {
      // COMMENT ON TABLE t IS '…' / COMMENT ON COLUMN t.c IS '…'
      const what = sig[i + 2];
      const parts = qualified(sig, i + 3);
      const isAt = i + 3 + parts.length * 2 - 1;
      const value = word(sig[isAt], 'is') ? sig[isAt + 1] : undefined;
      if (!value || value.k !== 'str' || parts.length === 0) {
        continue;
      }
      if (word(what, 'table')) {
        tableFor(parts).label = cleanLabel(value.v);
      } else if (word(what, 'column') && parts.length >= 2) {
        const col = parts[parts.length - 1];
        const decl = tableFor(parts.slice(0, -1));
        let f = decl.fields.find((x) => x.name.toLowerCase() === col.v.toLowerCase());
        if (!f) {
          f = field(code, col, col.s);
          decl.fields.push(f);
        }
        f.label = cleanLabel(value.v);
        f.labelSpan = sink.span(value.s, value.e);
      }
    } else if (word(lx, 'alter') && word(sig[i + 1], 'table')) {
      let j = i + 2;
      if (word(sig[j], 'if')) {
        j += 2;
      }
      const parts = qualified(sig, j);
      if (parts.length === 0) {
        continue;
      }
      j += parts.length * 2 - 1;
      if (!word(sig[j], 'add')) {
        continue;
      }
      j++;
      if (word(sig[j], 'column')) {
        j++;
      }
      if (word(sig[j], 'if')) {
        j += 3;
      }
      let end = j;
      while (end < sig.length && !(sig[end].k === 'punct' && (sig[end].v === ';' || sig[end].v === ','))) {
        end = match[end] > end ? match[end] + 1 : end + 1;
      }
      const col = sig[j];
      if (col && col.k === 'id' && !CONSTRAINT_WORDS.has(col.v.toLowerCase())) {
        tableFor(parts).fields.push(columnField(code, col, j, end));
      }
    }
  }
}

function columns(code: Code, decl: Declaration, open: number, close: number): void {
  const { sig, match } = code;
  let j = open + 1;
  while (j < close) {
    let end = j;
    while (end < close && !(sig[end].k === 'punct' && sig[end].v === ',')) {
      end = match[end] > end ? match[end] + 1 : end + 1;
    }
    const first = sig[j];
    if (first.k === 'id' && !CONSTRAINT_WORDS.has(first.v.toLowerCase())) {
      decl.fields.push(columnField(code, first, j, end));
    }
    j = end + 1;
  }
}

/** A column with its `COMMENT '…'` (or a `-- comment` beside it) as label. */
function columnField(code: Code, name: Lexeme, from: number, to: number): FieldDecl {
  const sig = code.sig;
  for (let k = from + 1; k < to; k++) {
    if (word(sig[k], 'comment') && sig[k + 1]?.k === 'str') {
      return field(code, name, name.s, { text: cleanLabel(sig[k + 1].v), lx: sig[k + 1] });
    }
  }
  return field(code, name, name.s);
}
