import * as assert from 'node:assert/strict';
import { analyseLogArgs, isLogCall } from '../../../../src/core/detect/logging';

describe('PI in logs', () => {
  it('recognises log calls', () => {
    for (const callee of ['logger.info', 'log.debug', 'console.log', 'print', 'System.out.println', 'fmt.Printf', 'self.logger.warning', 'Log.d', 'logging.error']) {
      assert.ok(isLogCall(callee), callee);
    }
    for (const callee of ['fmt.Sprintf', 'db.info', 'user.save', 'printer.print_page']) {
      assert.ok(!isLogCall(callee), callee);
    }
  });

  it('flags PI identifiers, f-string members and labelled placeholders', () => {
    assert.equal(analyseLogArgs('"login %s", user_phone')?.ruleId, 'AILL-LOG-PI-FIELD');
    assert.equal(analyseLogArgs('f"user {user.id_card} ok"')?.match?.element.id, 'id-card-number');
    assert.equal(analyseLogArgs('"手机号：{}", request.getMobile()')?.ruleId, 'AILL-LOG-PI-FIELD');
    assert.equal(analyseLogArgs('`login ${user.name}`')?.match?.element.id, 'name');
    assert.equal(analyseLogArgs('users["phone"].head()')?.match?.element.id, 'mobile');
  });

  it('flags whole request bodies and serialised person records', () => {
    assert.equal(analyseLogArgs("'body', req.body")?.ruleId, 'AILL-LOG-REQUEST-BODY');
    assert.equal(analyseLogArgs('json.dumps(user_info)')?.ruleId, 'AILL-LOG-REQUEST-BODY');
    assert.equal(analyseLogArgs('JSON.stringify(order)'), undefined);
  });

  it('ignores masked, hashed or measured values and harmless lines', () => {
    assert.equal(analyseLogArgs('"phone=%s", mask_phone(phone)'), undefined);
    assert.equal(analyseLogArgs('"len=%d", len(id_card)'), undefined);
    assert.equal(analyseLogArgs('"user %s logged in", user_id'), undefined);
    assert.equal(analyseLogArgs('"sending email to admins"'), undefined);
    assert.equal(analyseLogArgs('f"epoch {epoch} loss {loss}"'), undefined);
  });
});
