import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createBaseline, writeBaseline } from '../../../src/core/baseline';
import type { ChangedLines } from '../../../src/core/git';
import type { Finding, Severity } from '../../../src/core/model';
import { applyGating, describeGating, gateFindings, gatingErrorMessage, meetsFailOn } from '../../../src/cli/scanGating';

function finding(line: number, severity: Severity, token: string, file = 'app.py'): Finding {
  return {
    ruleId: `R-${token}`,
    category: 'personal-data',
    severity,
    confidence: 'high',
    file,
    span: { start: { line, character: 0 }, end: { line, character: 5 } },
    message: { zh: 'x', en: 'x' },
    obligations: ['PIPL-13'],
    token,
    related: [],
    fingerprint: token,
  };
}

const old1 = finding(1, 'error', 'id_card');
const old2 = finding(2, 'warning', 'mobile');

describe('scan gating', () => {
  it('maps --fail-on thresholds to severities', () => {
    assert.equal(meetsFailOn('error', 'error'), true);
    assert.equal(meetsFailOn('warning', 'error'), false);
    assert.equal(meetsFailOn('info', 'note'), true);
    assert.equal(meetsFailOn('error', 'none'), false);
  });

  it('without a baseline, fails on any finding at or above the threshold', () => {
    const result = gateFindings([old1, old2], { failOn: 'error' });
    assert.equal(result.exitCode, 1);
    assert.equal(result.counts.failing, 1);
    assert.equal(result.findings[0].baselineState, undefined);
    assert.equal(gateFindings([old2], { failOn: 'error' }).exitCode, 0);
  });

  it('with a baseline, fails only on new findings and reports absent ones', () => {
    const baseline = createBaseline([old1, old2, finding(3, 'error', 'email')]);
    const moved = { ...old1, span: { start: { line: 40, character: 0 }, end: { line: 40, character: 5 } } };
    const clean = gateFindings([moved, old2], { baseline, failOn: 'warning' });
    assert.equal(clean.exitCode, 0);
    assert.deepEqual(clean.counts, { scanned: 2, reported: 2, new: 0, unchanged: 2, absent: 1, suppressed: 0, outsideDiff: 0, failing: 0 });

    const added = finding(5, 'warning', 'bank_card');
    const dirty = gateFindings([moved, old2, added], { baseline, failOn: 'warning' });
    assert.equal(dirty.exitCode, 1);
    assert.equal(dirty.counts.failing, 1);
    assert.deepEqual(
      dirty.findings.map((f) => f.baselineState),
      ['unchanged', 'unchanged', 'new'],
    );
    assert.equal(gateFindings([added], { baseline, failOn: 'error' }).exitCode, 0, 'new but below the threshold');
  });

  it('never fails on a suppressed finding', () => {
    const suppressed = { ...finding(5, 'error', 'x'), suppression: { kind: 'inSource' as const, scope: 'line' as const, justification: 'ok', line: 5 } };
    const result = gateFindings([suppressed], { failOn: 'note' });
    assert.equal(result.exitCode, 0);
    assert.equal(result.counts.suppressed, 1);
  });

  it('in diff mode keeps only findings on changed lines, and absent entries only in changed files', () => {
    const changed: ChangedLines = {
      ref: 'main',
      baseCommit: 'abc',
      usedMergeBase: true,
      files: new Map([['app.py', [{ start: 3, end: 3 }]]]),
      notes: [{ en: 'note', zh: '注' }],
    };
    const baseline = createBaseline([old1, finding(9, 'error', 'gone', 'app.py'), finding(9, 'error', 'gone2', 'other.py')]);
    const onChanged = finding(2, 'error', 'phone');
    const result = gateFindings([old1, onChanged], { baseline, changed, failOn: 'error' });
    assert.deepEqual(
      result.findings.map((f) => f.token),
      ['phone'],
    );
    assert.equal(result.counts.outsideDiff, 1);
    assert.deepEqual(
      result.absent.map((e) => e.token),
      ['gone'],
    );
    assert.equal(result.exitCode, 1);
    assert.equal(result.notes.length, 1);
    assert.match(describeGating(result, 'en'), /1 new, 0 unchanged, 1 absent \(baseline\); diff mode \(since main\): 1 outside changed lines; 1 at or above --fail-on/);
    assert.match(describeGating(result, 'zh'), /新增 1/);
  });

  it('loads the baseline file and turns a bad one into a usage error message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ail-gate-'));
    try {
      const file = path.join(dir, 'baseline.json');
      writeBaseline(file, createBaseline([old1]));
      const ok = await applyGating({ findings: [old1, old2] }, { root: dir, baselineFile: file, failOn: 'warning' });
      assert.equal(ok.counts.new, 1);
      assert.equal(ok.exitCode, 1);

      fs.writeFileSync(file, '{ not json');
      const error = await applyGating({ findings: [] }, { root: dir, baselineFile: file, failOn: 'warning' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      const message = gatingErrorMessage(error);
      assert.ok(message, 'a broken baseline is a usage error');
      assert.match(message.en, /not valid JSON/);
      const gitError = await applyGating({ findings: [] }, { root: dir, diffBase: 'main', failOn: 'warning' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.match(gatingErrorMessage(gitError)?.en ?? '', /not inside one/);
      assert.equal(gatingErrorMessage(new Error('boom')), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
