// PI in the STRUCTURE of code, not only in its literals: a fixture keyed by phone number, a table or class named
// after one, a YAML map keyed by e-mail. The finding's context and related locations must carry them masked.
import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { assertClean, EMAIL, ID_NUMBER, MOBILE } from './plant';

const CASES: Array<[string, string]> = [
  ['fixtures/users.ts', `const users = { "${MOBILE}": { idCard: "x", mobile: "y" } };\nlogger.info(\`user ${MOBILE} \${user.phone}\`);\n`],
  ['app/models.py', `class U${MOBILE}(Base):\n    id_card = Column(String(18))\n`],
  ['db/schema.sql', `CREATE TABLE t_${ID_NUMBER} (id_card VARCHAR(18), phone CHAR(11));\n`],
  ['conf/users.yaml', `users:\n  ${EMAIL}:\n    id_card: x\n    phone: y\n`],
  ['conf/users.json', `{"users": {"${MOBILE}": {"id_card": "x", "phone": "y"}}}`],
  ['src/Member.java', `class Member${MOBILE} {\n  private String idCard;\n  private String phone;\n}\n`],
];

describe('privacy: PI in identifiers, keys and table names', () => {
  for (const [file, text] of CASES) {
    it(`${file}: findings exist and carry no raw value`, () => {
      const result = scanText(file, text);
      assert.ok(result.findings.length > 0, 'no findings: the case proves nothing');
      assertClean(JSON.stringify(result), `${file} scan result`);
    });
  }
});
