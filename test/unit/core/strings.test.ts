import * as assert from 'node:assert/strict';
import { detached } from '../../../src/core/strings';

describe('detached strings', () => {
  it('returns the same characters for short, long, sliced and concatenated strings', () => {
    const doc = `${'x'.repeat(1000)}userIdCardNumberOfTheCustomer${'y'.repeat(1000)}`;
    const sliced = doc.slice(1000, 1029);
    for (const s of ['', 'a', 'user_id', sliced, `AILL-PI-ID\u0000${sliced}\u0000`, '身份证号码和手机号码以及银行卡号']) {
      assert.equal(detached(s), s);
      assert.equal(detached(s).length, s.length);
    }
  });
});
