import * as assert from 'node:assert/strict';
import { parseSource } from '../../../../src/core/lang';
import { at, decl, fieldOf, fieldSummary, slice, texts, tokenOf } from './helpers';

describe('lang: JavaScript / TypeScript', () => {
  const src = [
    "import OpenAI, { Foo as Bar } from 'openai';", // 0
    'import * as ns from "x";', // 1
    "const { A, B } = require('y');", // 2
    'const re = /ab+c\\/[/]/g, q = a / b / c;', // 3
    'const t = `hi ${user.idCard} there`;', // 4
    'interface User {', // 5
    '  /** 身份证号 */', // 6
    '  idCard: string;', // 7
    '  phone?: string; // 手机号', // 8
    '  save(): void;', // 9
    '}', // 10
    'class Dto {', // 11
    "  @ApiProperty({ description: '姓名' })", // 12
    '  name: string;', // 13
    "  private readonly mobile = '';", // 14
    '  constructor(x) { this.x = x; }', // 15
    '  foo(a) { return a; }', // 16
    '}', // 17
    'const body = { name, phone: user.phone, age: 3 };', // 18
    'const client = new OpenAI({ apiKey: k });', // 19
    "await client.chat.completions.create({ model: 'gpt-4o' });", // 20
    "export { x } from './re';", // 21
    "const m = await import('dyn');", // 22
    'type Profile = { email: string; address: string };', // 23
  ].join('\n');
  const doc = parseSource('src/app.ts', src);

  it('reads static, namespace, require, re-export and dynamic imports', () => {
    assert.deepEqual(
      doc.imports.map((i) => [i.module, i.names]),
      [
        ['openai', ['OpenAI', 'Foo']],
        ['x', ['ns']],
        ['y', ['A', 'B']],
        ['./re', ['x']],
        ['dyn', []],
      ],
    );
    assert.equal(at(doc.imports[0]), '0:36-0:42');
  });

  it('tells regex literals from division', () => {
    // the `/` inside the regex class and the escaped slash do not end it; division leaves b and c as identifiers
    assert.ok(!texts(doc, 'string').some((s) => s.includes('ab+c')));
    assert.ok(texts(doc, 'identifier').includes('b') && texts(doc, 'identifier').includes('c'));
  });

  it('splits template literals and lexes their expressions', () => {
    assert.equal(at(tokenOf(doc, 'string', 'hi ')), '4:11-4:14');
    assert.equal(at(tokenOf(doc, 'string', ' there')), '4:28-4:34');
    assert.equal(at(tokenOf(doc, 'identifier', 'idCard')), '4:21-4:27');
  });

  it('reads interface fields with doc and trailing comments, skipping methods', () => {
    const user = decl(doc, 'User', 'interface');
    assert.deepEqual(fieldSummary(user), ['idCard=身份证号', 'phone=手机号']);
    assert.equal(at(fieldOf(user, 'idCard')), '7:2-7:8');
    assert.equal(slice(src, fieldOf(user, 'phone').labelSpan!), '手机号');
  });

  it('reads class fields with decorator labels, skipping constructor and methods', () => {
    assert.deepEqual(fieldSummary(decl(doc, 'Dto', 'class')), ['name=姓名', 'mobile']);
    assert.deepEqual(fieldSummary(decl(doc, 'Profile', 'type')), ['email', 'address']);
  });

  it('reads object literals including shorthand keys', () => {
    assert.deepEqual(fieldSummary(decl(doc, 'body', 'object')), ['name', 'phone', 'age']);
    const destructured = parseSource('a.js', 'const { a, b } = obj;\nconst f = ({ c, d }) => c;');
    assert.equal(destructured.declarations.length, 0);
  });

  it('reads calls, constructor calls and chained SDK calls', () => {
    const calls = doc.calls.map((c) => [c.callee, c.isNew ?? false]);
    assert.deepEqual(
      calls.filter(([c]) => c !== 'require'),
      [
        ['OpenAI', true],
        ['client.chat.completions.create', false],
      ],
    );
    const create = doc.calls.find((c) => c.callee === 'client.chat.completions.create')!;
    assert.equal(create.args, "{ model: 'gpt-4o' }");
    assert.equal(at(create), '20:6-20:57');
  });

  it('reads JSX text and attributes in .jsx/.tsx but not generics in .ts', () => {
    const jsx = parseSource('a.tsx', 'const el = <label htmlFor="x">身份证号<input name="idCard" value={v / 2} /></label>;\nconst r = /x/;');
    assert.equal(at(tokenOf(jsx, 'string', '身份证号')), '0:30-0:34');
    assert.ok(texts(jsx, 'string').includes('idCard'));
    assert.ok(texts(jsx, 'identifier').includes('v'));
    assert.deepEqual(jsx.problems, []);
    const ts = parseSource('a.ts', 'const x = <T>(a: T) => a;\nconst phone = "138";');
    assert.ok(texts(ts, 'string').includes('138'));
  });

  it('keeps lexing after unterminated strings and comments', () => {
    const broken = parseSource('a.js', 'const a = "open\nconst phone = 1;\n/* never closed');
    assert.ok(texts(broken, 'identifier').includes('phone'));
    assert.equal(broken.tokens.at(-1)!.kind, 'comment');
  });
});
