import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { SharedValues } from '../../../../src/core/perf/share';

const SOURCE = 'class User:\n    id_card = ""  # 身份证号\n    phone = ""\n\nclass Member:\n    id_card = ""  # 身份证号\n';

/** A result as it arrives from a worker: a structured clone, sharing nothing with any other. */
function cloned(file: string): ReturnType<typeof scanText> {
  return structuredClone(scanText(file, SOURCE));
}

describe('SharedValues (one copy of values repeated across results)', () => {
  it('keeps every value, and shares equal messages, obligation lists and paths between findings', () => {
    const shared = new SharedValues();
    const path = 'app/models.py';
    const a = cloned(path);
    const b = cloned(path);
    const before = JSON.stringify([a, b]);
    assert.ok(a.findings.length >= 2, 'the sample must produce findings');
    shared.shareIn(a, path);
    shared.shareIn(b, path);
    assert.equal(JSON.stringify([a, b]), before, 'sharing changes no value');
    for (let i = 0; i < a.findings.length; i++) {
      assert.equal(a.findings[i].message, b.findings[i].message, 'equal messages become one object');
      assert.equal(a.findings[i].obligations, b.findings[i].obligations, 'equal obligation lists become one array');
    }
  });

  it('stops remembering past its limit but still returns every value unchanged', () => {
    const shared = new SharedValues(1);
    const first = { zh: '一', en: 'one' };
    const second = { zh: '二', en: 'two' };
    assert.equal(shared.message(first), first);
    assert.equal(shared.message(second), second);
    assert.equal(shared.message({ zh: '二', en: 'two' }).en, 'two');
    assert.equal(shared.message({ zh: '一', en: 'one' }), first, 'the remembered value is still shared');
  });
});
