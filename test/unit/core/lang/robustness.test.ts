import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectFamily, parseSource } from '../../../../src/core/lang';
import type { SourceDoc } from '../../../../src/core/lang/types';

const FILES = ['a.py', 'a.ts', 'a.tsx', 'A.java', 'A.kt', 'a.go', 'a.sql', 'a.yaml', 'a.json', 'a.toml', 'a.properties', '.env', 'pom.xml', 'a.html', 'a.vue', 'a.ipynb', 'Dockerfile', 'requirements.txt', 'go.mod', 'build.gradle', 'package.json', 'pyproject.toml', 'notes.txt'];

/** Every span lies inside the text and starts before it ends. */
function assertSpansValid(doc: SourceDoc): void {
  const lines = doc.text.split(/\r\n|\r|\n/);
  const check = (span: { start: { line: number; character: number }; end: { line: number; character: number } }, what: string): void => {
    for (const p of [span.start, span.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} out of range in ${doc.file}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${what}: character ${p.character} out of range in ${doc.file}`);
    }
    assert.ok(span.start.line < span.end.line || (span.start.line === span.end.line && span.start.character <= span.end.character), `${what}: inverted span`);
  };
  doc.tokens.forEach((t) => check(t.span, `token ${t.kind}`));
  doc.calls.forEach((c) => check(c.span, `call ${c.callee}`));
  doc.imports.forEach((i) => check(i.span, `import ${i.module}`));
  doc.dependencies.forEach((d) => check(d.span, `dependency ${d.name}`));
  doc.declarations.forEach((d) => d.fields.forEach((f) => check(f.span, `field ${f.name}`)));
}

describe('lang: robustness', () => {
  it('never throws and keeps every span in range on arbitrary text, for every family', () => {
    const alphabet = fc.constantFrom(...'"\'`/\\*#-<>{}[]()=:;,.\n\r\t $@!?%&|abcXYZ身份证0123456789uU'.split(''), '"""', "'''", '${', '{{', '}}', '<!--', '-->', '/*', '*/', '\\u8eab', '<script>', '</script>', 'class ', 'def ', 'import ', 'CREATE TABLE t (', 'COMMENT ');
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.array(alphabet, { maxLength: 120 }), (file, parts) => {
        const doc = parseSource(file, parts.join(''));
        assert.equal(doc.file, file);
        assertSpansValid(doc);
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('maps spans of valid notebooks back to matching text for arbitrary cell sources', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 4 }), (lines) => {
        const nb = JSON.stringify({ cells: [{ cell_type: 'code', source: lines }], metadata: {} });
        const doc = parseSource('x.ipynb', nb);
        assertSpansValid(doc);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('reports NUL bytes as binary with an empty token list', () => {
    const doc = parseSource('a.py', 'x = 1\u0000\u0001');
    assert.equal(doc.tokens.length, 0);
    assert.equal(doc.problems[0].kind, 'skipped-binary');
    assert.ok(doc.problems[0].message.zh && doc.problems[0].message.en);
  });

  it('handles a huge single line and bounds call argument text', () => {
    const args = 'a,'.repeat(100_000);
    const doc = parseSource('min.js', `foo(${args});var phone="1";`);
    const call = doc.calls.find((c) => c.callee === 'foo')!;
    assert.ok(call.args.length <= 1000);
    assert.equal(call.argsSpan!.end.character, 4 + args.length);
    assert.ok(doc.tokens.some((t) => t.kind === 'string' && t.text === '1'));
  });

  it('survives deep nesting without a stack overflow', () => {
    const depth = 30_000; // far beyond what recursive-descent parsers survive
    for (const [file, text] of [
      ['deep.json', '['.repeat(depth) + ']'.repeat(depth)],
      ['deep.yaml', 'a: ' + '['.repeat(depth)],
      ['deep.ipynb', '{"cells":' + '['.repeat(depth)],
      ['deep.py', 'x = ' + '('.repeat(depth) + ')'.repeat(depth)],
      ['deep.ts', 'const x = ' + '{a: '.repeat(depth) + '1' + '}'.repeat(depth)],
      ['deep.java', 'class A { ' + '{'.repeat(depth) + ' }'],
      ['deep.html', '<div>'.repeat(depth)],
      ['deep.sql', 'CREATE TABLE t (' + '('.repeat(depth)],
      ['deep.toml', 'a = ' + '['.repeat(depth)],
    ] as const) {
      const doc = parseSource(file, text);
      assert.equal(doc.file, file);
      if (file === 'deep.json') {
        assert.equal(doc.problems[0].kind, 'parse-error');
        assert.match(doc.problems[0].message.en, /nested too deeply/);
      }
    }
  });

  it('uses 0-based lines and UTF-16 characters for CRLF, astral characters and CJK', () => {
    const doc = parseSource('a.py', 'x = "😀"\r\n# 注释\r\ny = "身份证"\r');
    const y = doc.tokens.find((t) => t.kind === 'string' && t.text === '身份证')!;
    assert.deepEqual(y.span, { start: { line: 2, character: 5 }, end: { line: 2, character: 8 } });
    const emoji = doc.tokens.find((t) => t.kind === 'string' && t.text === '😀')!;
    assert.deepEqual(emoji.span, { start: { line: 0, character: 5 }, end: { line: 0, character: 7 } });
  });

  it('does not trip over hostile file names', () => {
    for (const name of ['../../etc/passwd', 'C:\\x\\Dockerfile', 'a b/ä.ipynb', '.env.local', 'weird.PY', 'noext', '']) {
      const doc = parseSource(name, 'x = 1\n');
      assert.equal(doc.file, name);
    }
    assert.equal(detectFamily('C:\\x\\Dockerfile'), 'dockerfile');
    assert.equal(detectFamily('weird.PY'), 'python');
    assert.equal(detectFamily('a/requirements-dev.txt'), 'text');
    assert.equal(detectFamily('x.unknown', 'typescriptreact'), 'javascript');
    assert.equal(detectFamily('Notebook.ipynb', 'python'), 'notebook');
  });

  it('does work proportional to input size: token counts scale linearly (no timing)', () => {
    const unit = 'class U:\n    sfzh: str  # 身份证号\nlogger.info(f"{u.phone}")\n';
    const one = parseSource('a.py', unit.repeat(100));
    const eight = parseSource('a.py', unit.repeat(800));
    assert.equal(eight.tokens.length, one.tokens.length * 8);
    assert.equal(eight.calls.length, one.calls.length * 8);
  });
});

describe('lang: inputs that make naive front ends quadratic', () => {
  it('reads a long array of object literals, each as its own object', () => {
    const n = 20_000;
    const doc = parseSource('data.js', `const rows = [${'{name: "a", phone: "b"},'.repeat(n)}];`);
    assert.equal(doc.declarations.filter((d) => d.kind === 'object').length, n);
  });

  it('reads many lines with unterminated strings and open comments', () => {
    const doc = parseSource('a.py', '"open\n'.repeat(20_000) + "'''never closed");
    assert.equal(doc.tokens.filter((t) => t.kind === 'string').length, 20_001);
  });
});
