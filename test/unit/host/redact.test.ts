import * as assert from 'node:assert/strict';
import { redact } from '../../../src/host/redact';

describe('host/redact', () => {
  it('masks ID numbers, mobiles, bank cards and e-mails', () => {
    const out = redact('id 11010519491231002X phone 13812345678 card 6222 0212 3456 7890 123 mail zhang.san@example.com');
    assert.doesNotMatch(out, /11010519491231002X/);
    assert.doesNotMatch(out, /13812345678/);
    assert.doesNotMatch(out, /6222 0212 3456 7890 123/);
    assert.doesNotMatch(out, /zhang\.san@/);
    assert.match(out, /138\*\*\*\*5678/);
    assert.match(out, /\*\*\*@example\.com/);
  });

  it('leaves ordinary log lines alone', () => {
    const line = 'Scanned demo: 42 files, 7 findings in 118 ms (skipped: binary=2)';
    assert.equal(redact(line), line);
  });
});
