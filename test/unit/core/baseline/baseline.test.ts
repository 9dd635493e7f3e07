import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BaselineError,
  baselineKey,
  classify,
  createBaseline,
  loadBaseline,
  maskForStorage,
  parseBaseline,
  serializeBaseline,
  writeBaseline,
} from '../../../../src/core/baseline';
import { scanText } from '../../../../src/core/engine';
import type { Finding } from '../../../../src/core/model';

function finding(partial: Partial<Finding> & { line: number }): Finding {
  const { line, ...rest } = partial;
  return {
    ruleId: 'PI-ID-CARD',
    category: 'sensitive-pi',
    severity: 'warning',
    confidence: 'high',
    file: 'app/models.py',
    span: { start: { line, character: 4 }, end: { line, character: 11 } },
    message: { zh: '身份证号', en: 'ID card number' },
    obligations: ['PIPL-28'],
    token: 'id_card',
    context: 'class User',
    related: [],
    fingerprint: 'x',
    ...rest,
  };
}

const MODEL = [
  'from django.db import models',
  '',
  'def helper_total(values):',
  '    return sum(values)',
  '',
  'class User(models.Model):',
  '    """用户"""',
  '    name = models.CharField(max_length=32)',
  '    id_card = models.CharField(max_length=18)  # 身份证号',
  '    mobile = models.CharField(max_length=11)',
  '',
].join('\n');

describe('baseline key', () => {
  it('ignores line, column, message and severity', () => {
    const a = finding({ line: 3 });
    const b = finding({ line: 90, severity: 'error', message: { zh: '改', en: 'reworded' } });
    b.span.start.character = 17;
    assert.equal(baselineKey(a), baselineKey(b));
  });

  it('depends on rule, file, normalised token and context', () => {
    const base = baselineKey(finding({ line: 1 }));
    assert.equal(baselineKey(finding({ line: 1, token: '  ID_Card ' })), base, 'case and whitespace are normalised');
    assert.notEqual(baselineKey(finding({ line: 1, ruleId: 'OTHER' })), base);
    assert.notEqual(baselineKey(finding({ line: 1, file: 'app/other.py' })), base);
    assert.notEqual(baselineKey(finding({ line: 1, token: 'mobile' })), base);
    assert.notEqual(baselineKey(finding({ line: 1, context: 'class Order' })), base);
  });
});

describe('baseline fingerprint stability with the real engine', () => {
  const before = scanText('app/models.py', MODEL).findings;

  it('the sample has findings to track', () => {
    assert.ok(before.length >= 1, 'the engine should flag the id_card field');
  });

  it('survives line insertions above the finding', () => {
    const edited = ['# -*- coding: utf-8 -*-', 'import os', 'import sys', '', MODEL].join('\n');
    const after = scanText('app/models.py', edited).findings;
    assert.equal(after.length, before.length);
    assert.ok(after[0].span.start.line > before[0].span.start.line, 'the finding really moved');
    const result = classify(after, createBaseline(before));
    assert.deepEqual(result.counts, { new: 0, unchanged: after.length, absent: 0 });
  });

  it('survives renames elsewhere in the file', () => {
    const edited = MODEL.replace(/helper_total/g, 'compute_sum').replace('values', 'numbers').replace('max_length=32', 'max_length=64');
    assert.notEqual(edited, MODEL);
    const after = scanText('app/models.py', edited).findings;
    const result = classify(after, createBaseline(before));
    assert.deepEqual(result.counts, { new: 0, unchanged: after.length, absent: 0 });
  });

  it('reports a genuinely new finding as new, and a removed one as absent', () => {
    const added = MODEL.replace('class User(models.Model):', 'class User(models.Model):\n    backup_id_card = models.CharField(max_length=18)');
    const grown = scanText('app/models.py', added).findings;
    assert.ok(grown.length > before.length, 'the engine should flag the added field');
    const addedResult = classify(grown, createBaseline(before));
    assert.equal(addedResult.counts.new, grown.length - before.length);
    assert.equal(addedResult.counts.unchanged, before.length);

    const removed = classify([], createBaseline(before));
    assert.equal(removed.counts.absent, before.length);
  });
});

describe('baseline classification', () => {
  it('pairs duplicates by nearest line, so the inserted duplicate is the new one', () => {
    const baseline = createBaseline([finding({ line: 9 }), finding({ line: 19 })]);
    // A duplicate inserted at line 14 pushes the second one to line 20.
    const current = [finding({ line: 9 }), finding({ line: 14 }), finding({ line: 20 })];
    const result = classify(current, baseline);
    assert.deepEqual(result.states, ['unchanged', 'new', 'unchanged']);
  });

  it('reports absent entries only for files in scope', () => {
    const baseline = createBaseline([finding({ line: 1 }), finding({ line: 1, file: 'lib/other.py' })]);
    const result = classify([], baseline, { inScope: (file) => file.startsWith('app/') });
    assert.deepEqual(
      result.absent.map((e) => e.file),
      ['app/models.py'],
    );
  });

  it('does not baseline suppressed findings', () => {
    const suppressed = finding({
      line: 2,
      token: 'mobile',
      suppression: { kind: 'inSource', scope: 'line', justification: 'reviewed', line: 2 },
    });
    const baseline = createBaseline([finding({ line: 1 }), suppressed]);
    assert.equal(baseline.entries.length, 1);
  });
});

describe('baseline file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ail-baseline-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips through disk and classifies everything as unchanged', () => {
    const findings = [finding({ line: 5 }), finding({ line: 7, token: 'mobile', file: 'a.py' })];
    const file = path.join(dir, '.ailawlens', 'baseline.json');
    writeBaseline(file, createBaseline(findings));
    const loaded = loadBaseline(file);
    assert.deepEqual(loaded, createBaseline(findings));
    assert.deepEqual(classify(findings, loaded).counts, { new: 0, unchanged: 2, absent: 0 });
    assert.deepEqual(
      fs.readdirSync(path.dirname(file)),
      ['baseline.json'],
      'no temp file left behind',
    );
  });

  it('is deterministic and sorted, so re-creating it gives no diff', () => {
    const a = [finding({ line: 7, file: 'b.py' }), finding({ line: 5 })];
    const b = [...a].reverse();
    assert.equal(serializeBaseline(createBaseline(a)), serializeBaseline(createBaseline(b)));
    assert.deepEqual(
      createBaseline(a).entries.map((e) => e.file),
      ['app/models.py', 'b.py'],
    );
  });

  it('never stores a PI value, even if a token carried one', () => {
    const leaky = finding({ line: 1, token: '13812345678 110101199003077777 alice@example.com' });
    const text = serializeBaseline(createBaseline([leaky]));
    assert.ok(!text.includes('13812345678'));
    assert.ok(!text.includes('110101199003077777'));
    assert.ok(!text.includes('alice@'));
    assert.equal(maskForStorage('id 13812345678'), 'id *******5678');
    assert.equal(maskForStorage('max_length=18'), 'max_length=18');
    assert.equal(maskForStorage('o123456.ingest.sentry.io'), 'o123456.ingest.sentry.io', 'short digit runs stay readable');
    assert.equal(maskForStorage('110105********1239'), '110105********1239', 'an engine-masked value is left alone');
  });

  it('gives clear messages for a missing, broken, conflicted or foreign file', () => {
    assert.throws(() => loadBaseline(path.join(dir, 'nope.json')), (e: unknown) => e instanceof BaselineError && /not found/.test(e.message) && /找不到/.test(e.localized.zh));
    assert.throws(() => parseBaseline('{"tool": ', 'b.json'), /b\.json: is not valid JSON/);
    const good = serializeBaseline(createBaseline([finding({ line: 1 })]));
    const conflicted = good.replace('  "entries": [', '<<<<<<< HEAD\n  "entries": [\n=======\n>>>>>>> main\n');
    assert.throws(() => parseBaseline(conflicted, 'b.json'), /merge-conflict marker at line 5/);
    assert.throws(() => parseBaseline('{"tool":"other"}', 'b.json'), /not an AI Law Lens baseline/);
    assert.throws(() => parseBaseline('{"tool":"ai-law-lens","version":99,"keyAlgorithm":"x","entries":[]}', 'b.json'), /Re-create it/);
    const badEntry = good.replace(/"line": 2/, '"line": "two"');
    assert.throws(() => parseBaseline(badEntry, 'b.json'), /entry 1: "line" must be a positive integer/);
  });
});
