import * as assert from 'node:assert/strict';
import { findLiterals, isValidIdNumber, luhnValid } from '../../../../src/core/detect/literals';

describe('literal PI values', () => {
  it('validates the GB 11643 checksum, a real date and the region', () => {
    assert.ok(isValidIdNumber('110105198803052314'));
    assert.ok(!isValidIdNumber('110105198803052315'), 'wrong check digit');
    assert.ok(!isValidIdNumber('110105198802302318'), 'February 30th');
    assert.ok(!isValidIdNumber('990105198803052319'), 'no such province');
    assert.ok(isValidIdNumber('51010720010930004' + '7'));
  });

  it('checks Luhn', () => {
    assert.ok(luhnValid('6222021001123456789'));
    assert.ok(!luhnValid('6222021001123456788'));
  });

  it('finds and masks ID numbers, mobiles and bank cards with context', () => {
    const text = 'id=110105198803052314 tel:13912347788 银行卡号 6222021001123456789';
    const hits = findLiterals(text);
    assert.deepEqual(hits.map((h) => [h.kind, h.masked]), [
      ['id-card-number', '110105********2314'],
      ['mobile', '139****7788'],
      ['bank-card', '6222***********6789'],
    ]);
    for (const h of hits) {
      assert.ok(!h.masked.includes(text.slice(h.start + 6, h.end - 4)) || h.kind === 'mobile');
    }
  });

  it('respects word boundaries and placeholders', () => {
    assert.equal(findLiterals('order_13912347788').length, 0);
    assert.equal(findLiterals('v13912347788x').length, 0);
    assert.equal(findLiterals('0.13912347788').length, 0);
    assert.equal(findLiterals('13800000000 and 13912345678').length, 0);
    assert.equal(findLiterals('ts=1732694400123').length, 0);
  });

  it('needs card context for bank cards', () => {
    assert.equal(findLiterals('trace 6222021001123456789').length, 0);
    assert.equal(findLiterals('card_no: 6222021001123456789').length, 1);
  });

  it('accepts +86 mobiles', () => {
    const hits = findLiterals('phone +8613912347788');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].masked, '+86139****7788');
  });
});
