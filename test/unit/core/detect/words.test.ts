import * as assert from 'node:assert/strict';
import { splitWords } from '../../../../src/core/detect/words';

describe('splitWords', () => {
  const cases: Array<[string, string[]]> = [
    ['userIdCard', ['user', 'id', 'card']],
    ['id_card_no', ['id', 'card', 'no']],
    ['HTTPServer2', ['http', 'server', '2']],
    ['mobile-phone', ['mobile', 'phone']],
    ['IDCard', ['id', 'card']],
    ['user.phone', ['user', 'phone']],
    ['yonghu_shoujihao', ['yonghu', 'shoujihao']],
    ['用户id', ['用户', 'id']],
    ['', []],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected.join(' ')}`, () => {
      assert.deepEqual(splitWords(input), expected);
    });
  }
});
