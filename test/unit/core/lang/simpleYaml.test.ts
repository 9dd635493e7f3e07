// The plain-YAML recogniser may only ever say "valid" for text the yaml library (and our front end) parse without a
// problem: a keyword-free YAML file it accepts is never parsed. Checked against the library on generated texts full
// of the shapes that break YAML (duplicate keys, stray indentation, indicators, quotes, tabs, null-like keys).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { parseSource } from '../../../../src/core/lang';
import { isSimpleYaml } from '../../../../src/core/lang/simpleYaml';

const keys = ['name', 'region', 'replicas', 'Name', 'null', 'Null', 'true', 'True', 'on', 'a', 'a.b', 'a-b', '_x', '1', '01', 'x y', 'k:v', '-k', '?k', 'key'];
const values = ['svc-1', '3', '-1', '- x', 'a: b', 'a:b', 'x#y', 'x #y', 'yes', '~', 'null', '"q"', "'q'", '[1]', '{a: 1}', '*a', '&a x', '!tag x', '|', '>', 'v\t', 'é', 'http://x.y/z', '1.5', 'a b c', '@x', ',x', 'x,y', '=x', '.5', '(x)', '', ' ', '%x', '`x`', 'x: ', 'x - y', 'a  b'];
const indents = ['', '', '', '  ', '  ', '    ', '      ', ' ', '   ', '\t'];

const line = fc.oneof(
  fc.tuple(fc.constantFrom(...indents), fc.constantFrom(...keys), fc.constantFrom(...values)).map(([i, k, v]) => `${i}${k}: ${v}`),
  fc.tuple(fc.constantFrom(...indents), fc.constantFrom(...keys)).map(([i, k]) => `${i}${k}:`),
  fc.tuple(fc.constantFrom(...indents), fc.constantFrom(...values)).map(([i, v]) => `${i}- ${v}`),
  fc.tuple(fc.constantFrom(...indents), fc.constantFrom(...keys), fc.constantFrom(...values)).map(([i, k, v]) => `${i}${k}: ${v} # note`),
  fc.constantFrom('', '# comment', '---', '...', '  # indented comment', '%YAML 1.2', '-', 'key:value', '\r'),
);
const document = fc.array(line, { minLength: 0, maxLength: 12 }).map((lines) => lines.join('\n'));
/** Mostly well-formed: every line a `key: value` under the right indentation, so acceptance is common. */
const plain = fc
  .array(fc.tuple(fc.nat(2), fc.constantFrom(...keys.slice(0, 12)), fc.constantFrom('svc-1', '3', '-1', 'a b', '')), { maxLength: 10 })
  .map((rows) => rows.map(([depth, k, v]) => `${'  '.repeat(depth)}${k}:${v ? ` ${v}` : ''}`).join('\n'));

function libraryErrors(text: string): number {
  return parseAllDocuments(text).reduce((n, doc) => n + doc.errors.length, 0);
}

describe('lang/simpleYaml', () => {
  it('never accepts text the yaml library or the front end reports a problem for', () => {
    let accepted = 0;
    let rejectedWithErrors = 0;
    fc.assert(
      fc.property(fc.oneof(document, plain), (text) => {
        const errors = libraryErrors(text);
        if (isSimpleYaml(text)) {
          accepted++;
          assert.equal(errors, 0, `accepted, but the library reports errors:\n${text}`);
          assert.deepEqual(parseSource('conf/app.yaml', text).problems, [], `accepted, but the front end reports problems:\n${text}`);
        } else if (errors > 0) {
          rejectedWithErrors++;
        }
      }),
      { numRuns: 6000, seed: 20261127 },
    );
    assert.ok(accepted > 500, `the recogniser should accept plenty of the plain texts (accepted ${accepted})`);
    assert.ok(rejectedWithErrors > 500, `the generator must produce plenty of broken YAML (got ${rejectedWithErrors})`);
  });

  it('accepts ordinary configuration and refuses what it cannot vouch for', () => {
    const config = 'service:\n  name: svc-1  # the name\n  replicas: 3\n  ports:\n    - 80\n    - 443\nlogging:\n  level: info\n\n# end\n';
    assert.equal(isSimpleYaml(config), true);
    assert.equal(isSimpleYaml(config.replace(/\n/g, '\r\n')), true);
    for (const text of ['a: 1\na: 2', 'a: 1\n  b: 2', 'a:\n    b: 1\n  c: 2', 'null: 1\nNull: 2', 'a: "x"', 'a: [1]', 'a: b: c', 'a:\n\tb: 1', '---\na: 1', 'a: é', 'a: x#y', '- a\nb: 1']) {
      assert.equal(isSimpleYaml(text), false, JSON.stringify(text));
    }
    const deep = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    assert.equal(isSimpleYaml(deep), false, 'deep nesting is left to the front end and its own guard');
  });
});
