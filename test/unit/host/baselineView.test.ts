import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createBaseline, writeBaseline } from '../../../src/core/baseline';
import { scanText } from '../../../src/core/engine';
import { BaselineFiles, baselinedFlags } from '../../../src/host/diagnostics/baselineView';
import { readSettings } from '../../../src/host/settings';

const before = 'class User:\n    id_card = ""  # 身份证号\n';
const after = 'class User:\n    id_card = ""  # 身份证号\n    bank_card_no = ""  # 银行卡号\n';

describe('host/diagnostics baselineView', () => {
  it('flags only the findings the baseline already holds', () => {
    const old = scanText('models/user.py', before).findings;
    assert.ok(old.length > 0);
    const baseline = createBaseline(old);
    const now = scanText('models/user.py', after).findings;
    const flags = baselinedFlags(now, baseline, 'models/user.py');
    assert.equal(flags.filter(Boolean).length, old.length);
    assert.ok(flags.some((f) => !f), 'the new bank-card finding is not baselined');
    assert.deepEqual(baselinedFlags(now, undefined, 'models/user.py'), now.map(() => false));
  });

  it('reads the baseline file and reports a corrupt one instead of throwing', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-bl-'));
    try {
      const errors: string[] = [];
      const files = new BaselineFiles((_file, message) => errors.push(message));
      assert.equal(files.get(root, '.ailawlens/baseline.json'), undefined);
      writeBaseline(path.join(root, '.ailawlens/baseline.json'), createBaseline(scanText('a.py', before).findings));
      assert.ok(files.get(root, '.ailawlens/baseline.json'));
      fs.writeFileSync(path.join(root, '.ailawlens/baseline.json'), '<<<<<<< HEAD\n{}\n');
      fs.utimesSync(path.join(root, '.ailawlens/baseline.json'), new Date(), new Date(Date.now() + 5000));
      assert.equal(files.get(root, '.ailawlens/baseline.json'), undefined);
      assert.equal(errors.length, 1);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads the display setting with dim as the default', () => {
    const config = (values: Record<string, unknown>) => ({ get: <T>(key: string): T | undefined => values[key] as T | undefined });
    assert.equal(readSettings(config({})).baselineDisplay, 'dim');
    assert.equal(readSettings(config({ 'baseline.display': 'hide' })).baselineDisplay, 'hide');
    assert.equal(readSettings(config({ 'baseline.display': 'bogus' })).baselineDisplay, 'dim');
    assert.equal(readSettings(config({})).baselineFile, '.ailawlens/baseline.json');
  });
});
