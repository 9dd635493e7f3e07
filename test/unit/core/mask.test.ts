import * as assert from 'node:assert/strict';
import { maskBankCard, maskEmail, maskFreeText, maskIdNumber, maskMobile, maskValue } from '../../../src/core/mask';

describe('mask', () => {
  it('masks ID numbers keeping region prefix and last four', () => {
    assert.equal(maskIdNumber('110105198803052314'), '110105********2314');
  });
  it('masks mobiles as 138****5678', () => {
    assert.equal(maskMobile('13812345678'), '138****5678');
  });
  it('masks bank cards keeping first and last four', () => {
    assert.equal(maskBankCard('6222021001123456789'), '6222***********6789');
  });
  it('masks e-mail local parts', () => {
    assert.equal(maskEmail('zhang.san@example.com'), 'z***@example.com');
  });
  it('fully masks values too short to keep anything', () => {
    assert.equal(maskValue('mobile', '123'), '***');
  });
  it('maskFreeText hides long digit runs and e-mails but keeps short numbers', () => {
    const out = maskFreeText('call 13812345678 or mail li.si@corp.cn, port 8080');
    assert.ok(!out.includes('13812345678'));
    assert.ok(!out.includes('li.si@corp.cn'));
    assert.ok(out.includes('8080'));
  });
});
