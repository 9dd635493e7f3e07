// Small lookups shared by the front-end tests.
import * as assert from 'node:assert/strict';
import type { Declaration, FieldDecl, SourceDoc, Token, TokenKind } from '../../../../src/core/lang/types';

export function at(token: { span: { start: { line: number; character: number }; end: { line: number; character: number } } }): string {
  const { start, end } = token.span;
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

export function tokenOf(doc: SourceDoc, kind: TokenKind, text: string): Token {
  const t = doc.tokens.find((x) => x.kind === kind && x.text === text);
  assert.ok(t, `no ${kind} token "${text}" in ${doc.tokens.map((x) => `${x.kind}:${x.text}`).join(', ')}`);
  return t;
}

export function texts(doc: SourceDoc, kind: TokenKind): string[] {
  return doc.tokens.filter((t) => t.kind === kind).map((t) => t.text);
}

export function decl(doc: SourceDoc, name: string, kind?: Declaration['kind']): Declaration {
  const d = doc.declarations.find((x) => x.name === name && (kind === undefined || x.kind === kind));
  assert.ok(d, `no declaration ${name} in ${doc.declarations.map((x) => `${x.kind}:${x.name}`).join(', ')}`);
  return d;
}

export function fieldOf(d: Declaration, name: string): FieldDecl {
  const f = d.fields.find((x) => x.name === name);
  assert.ok(f, `no field ${name} in ${d.name}: ${d.fields.map((x) => x.name).join(', ')}`);
  return f;
}

/** Field names with labels, `name=label` or `name`. */
export function fieldSummary(d: Declaration): string[] {
  return d.fields.map((f) => (f.label ? `${f.name}=${f.label}` : f.name));
}

/** The text a span covers in a single-line-or-multi-line source. */
export function slice(text: string, span: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split(/\r\n|\r|\n/);
  const offset = (p: { line: number; character: number }): number => {
    let o = 0;
    for (let l = 0; l < p.line; l++) {
      o += lines[l].length + 1;
    }
    return o + p.character;
  };
  return text.replace(/\r\n/g, '\n').slice(offset(span.start), offset(span.end));
}
