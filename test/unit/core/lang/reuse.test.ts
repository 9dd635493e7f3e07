// The front ends reuse lexemes, lexeme arrays, bracket tables and (for the engine) token objects from one parse to
// the next, so re-analysis while typing allocates little. Reuse must never change a result: these tests compare a
// reused parse with a fresh one over every corpus file, and check that earlier results survive later scans.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText } from '../../../../src/core/engine';
import { parseSource, TokenPool } from '../../../../src/core/lang';
import { LexemeList, pooledLexemeCount, recycleLexemes } from '../../../../src/core/lang/lexeme';
import type { SourceDoc } from '../../../../src/core/lang/types';
import { fixtureFiles, REPO_ROOT } from '../../repoRoot';

/** Everything a SourceDoc says, as plain data (token spans are lazy getters, so they are read explicitly). */
function plain(doc: SourceDoc): unknown {
  return {
    family: doc.family,
    tokens: doc.tokens.map((t) => [t.kind, t.text, t.path, t.span]),
    declarations: doc.declarations,
    imports: doc.imports,
    calls: doc.calls.map((c) => [c.callee, c.args, c.span, c.argsSpan, c.isNew === true]),
    dependencies: doc.dependencies,
    problems: doc.problems,
  };
}

describe('front-end reuse between parses', () => {
  const files = fixtureFiles();

  it('a parse with a token pool equals a fresh parse, file after file (corpus)', () => {
    assert.ok(files.length > 50, `expected the fixture corpus, found ${files.length} files`);
    const pool = new TokenPool();
    for (const abs of files) {
      const rel = path.relative(REPO_ROOT, abs);
      const text = fs.readFileSync(abs, 'utf8');
      const fresh = plain(parseSource(rel, text));
      const reused = plain(parseSource(rel, text, undefined, { tokenPool: pool }));
      assert.deepEqual(reused, fresh, rel);
    }
  });

  it('scan results stay intact after later scans reuse the same objects', () => {
    const first = files.map((abs) => {
      const rel = path.relative(REPO_ROOT, abs);
      const result = scanText(rel, fs.readFileSync(abs, 'utf8'));
      return { rel, result, snapshot: JSON.stringify(result) };
    });
    const withFindings = first.filter((f) => f.result.findings.length > 0);
    assert.ok(withFindings.length > 20, 'the corpus should produce findings in many files');
    // Scan everything again in another order, then check nothing handed out before has changed.
    for (const { rel } of [...first].reverse()) {
      scanText(rel, fs.readFileSync(path.join(REPO_ROOT, rel), 'utf8'));
    }
    for (const { rel, result, snapshot } of first) {
      assert.equal(JSON.stringify(result), snapshot, rel);
    }
  });

  it('lexeme arrays leased in one parse are distinct, and reused after recycling', () => {
    recycleLexemes();
    const a = LexemeList.lease();
    const b = LexemeList.lease();
    a.push({ k: 'id', s: 0, e: 1, v: 'a' });
    b.push({ k: 'id', s: 0, e: 1, v: 'b' });
    const first = a.finish();
    assert.deepEqual(
      first.map((l) => l.v),
      ['a'],
    );
    assert.deepEqual(
      b.finish().map((l) => l.v),
      ['b'],
    );
    recycleLexemes();
    const again = LexemeList.lease();
    again.push({ k: 'id', s: 0, e: 1, v: 'c' });
    assert.equal(again.finish(), first, 'the first array is handed out again after recycling');
    assert.deepEqual(
      first.map((l) => l.v),
      ['c'],
    );
  });
});

describe('front-end reuse pools after one huge file', () => {
  it('give back what ordinary files no longer use', () => {
    const huge = 'def f(a, b):\n    return g(a, b, [1, 2, 3])\n'.repeat(20_000);
    const small = 'x = compute(1, 2)\n'.repeat(50);
    const pool = new TokenPool();
    parseSource('huge.py', huge, undefined, { tokenPool: pool });
    const lexemesAfterHuge = pooledLexemeCount();
    const tokensAfterHuge = pool.size;
    assert.ok(lexemesAfterHuge > 100_000, `the huge file should fill the lexeme pool (${lexemesAfterHuge})`);
    assert.ok(tokensAfterHuge > 50_000, `the huge file should fill the token pool (${tokensAfterHuge})`);
    // The first small parse still sees the huge one's count; the second shrinks to what the small one used.
    parseSource('small.py', small, undefined, { tokenPool: pool });
    parseSource('small.py', small, undefined, { tokenPool: pool });
    parseSource('small.py', small, undefined, { tokenPool: pool });
    assert.ok(pooledLexemeCount() <= 50_000, `lexeme pool kept ${pooledLexemeCount()}`);
    assert.ok(pool.size <= TokenPool.SHRINK_ABOVE, `token pool kept ${pool.size}`);
    // And reuse still gives the same document as a fresh parse.
    assert.deepEqual(plain(parseSource('small.py', small, undefined, { tokenPool: pool })), plain(parseSource('small.py', small)));
  });
});
