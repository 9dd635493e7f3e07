import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText } from '../../../../src/core/engine';
import type { FileScanResult, Finding } from '../../../../src/core/model';
import { CODEC_FIELDS, EMPTY, encodeResult, ResultDecoder, StringTableWriter } from '../../../../src/core/perf/resultCodec';
import { fixtureFiles, REPO_ROOT } from '../../repoRoot';

function corpusResults(): FileScanResult[] {
  const root = path.join(REPO_ROOT, 'test', 'fixtures', 'corpus');
  return fixtureFiles('corpus').map((abs) => scanText(path.relative(root, abs).split(path.sep).join('/'), fs.readFileSync(abs, 'utf8')));
}

/** Through the JSON text, as the cache file stores it. */
function roundTrip(results: FileScanResult[]): FileScanResult[] {
  const table = new StringTableWriter();
  const packed = JSON.parse(JSON.stringify(results.map((r) => [r.file, encodeResult(r, table)]))) as Array<[string, Parameters<ResultDecoder['decode']>[1]]>;
  const decoder = new ResultDecoder(JSON.parse(JSON.stringify(table.strings)) as string[]);
  return packed.map(([file, p]) => decoder.decode(file, p));
}

describe('cache result codec', () => {
  it('round-trips every fixture result exactly, key order included', () => {
    const results = corpusResults();
    const findings = results.reduce((n, r) => n + r.findings.length, 0);
    assert.ok(findings > 200, `the corpus should give plenty of findings (got ${findings})`);
    assert.equal(JSON.stringify(roundTrip(results)), JSON.stringify(results));
  });

  it('keeps every optional field, problems with and without a span, and paths other than the file', () => {
    const full: Finding = {
      ruleId: 'AILL-PI-FIELD',
      category: 'sensitive-pi',
      severity: 'warning',
      confidence: 'medium',
      file: 'a.py',
      span: { start: { line: 1, character: 2 }, end: { line: 3, character: 4 } },
      message: { zh: '身份证号', en: 'ID number' },
      obligations: ['PIPL-28', 'PIPL-29'],
      token: 'id card',
      related: [{ file: 'other/b.py', span: { start: { line: 5, character: 6 }, end: { line: 7, character: 8 } }, message: { zh: '相关', en: 'related' } }],
      fingerprint: 'f'.repeat(32),
      context: 'User',
      piElement: 'id-card-number',
      sensitive: false,
      suppression: { kind: 'inSource', scope: 'next-line', justification: 'test data', reviewer: 'wang', expires: '2027-01-01', line: 0 },
    };
    assert.deepEqual(Object.keys(full).sort(), [...CODEC_FIELDS.finding].sort(), 'the sample must set every Finding field');
    const result: FileScanResult = {
      file: 'a.py',
      findings: [full, { ...full, context: undefined, piElement: undefined, sensitive: undefined, suppression: undefined, file: 'elsewhere.py' }].map((f) =>
        JSON.parse(JSON.stringify(f)) as Finding,
      ),
      problems: [
        { kind: 'invalid-suppression', file: 'a.py', span: full.span, message: { zh: '无效', en: 'invalid' } },
        { kind: 'config-error', message: { zh: '配置', en: 'config' } },
      ],
    };
    assert.equal(JSON.stringify(roundTrip([result])), JSON.stringify([result]));
  });

  it('writes an empty result as one number and shares repeated messages on decoding', () => {
    const table = new StringTableWriter();
    assert.equal(encodeResult({ file: 'x.py', findings: [], problems: [] }, table), EMPTY);
    const results = corpusResults().filter((r) => r.findings.length > 0);
    const decoded = roundTrip(results).flatMap((r) => r.findings);
    const distinct = new Set(decoded.map((f) => f.message));
    const distinctText = new Set(decoded.map((f) => `${f.message.zh}\u0000${f.message.en}`));
    assert.equal(distinct.size, distinctText.size, 'one object per distinct message');
  });

  it('rejects a reference outside the table instead of inventing a value', () => {
    const table = new StringTableWriter();
    const packed = encodeResult({ file: 'a.py', findings: [], problems: [{ kind: 'io-error', message: { zh: '读', en: 'read' } }] }, table);
    assert.throws(() => new ResultDecoder([]).decode('a.py', packed), /string table/);
  });
});
