// Real-looking PI for the privacy tests, and a workspace that plants it everywhere a scanner looks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { luhnValid } from '../../../src/core/detect/literals';

/** GB 11643 check digit over the first 17 digits. */
function idCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

function luhnComplete(prefix: string): string {
  for (let d = 0; d <= 9; d++) {
    if (luhnValid(prefix + d)) {
      return prefix + d;
    }
  }
  throw new Error('unreachable');
}

export const ID_NUMBER = `32010219880615003${idCheckDigit('32010219880615003')}`;
export const MOBILE = '13912345678';
export const EMAIL = 'li.xiaoming@example.cn';
export const BANK_CARD = luhnComplete('622202020011223344');
export const PLANTED = [ID_NUMBER, MOBILE, EMAIL, BANK_CARD];
/** The digits alone, so a value reformatted with spaces or dashes is caught too. */
const DIGIT_RUNS = [ID_NUMBER.slice(0, 17), MOBILE, BANK_CARD];

export function assertClean(text: string, where: string): void {
  const squashed = text.replace(/[\s-]/g, '');
  for (const value of PLANTED) {
    assert.ok(!text.includes(value), `${where} carries the planted value ${value.slice(0, 3)}… unmasked`);
  }
  for (const digits of DIGIT_RUNS) {
    assert.ok(!squashed.includes(digits), `${where} carries the planted digits ${digits.slice(0, 3)}… (reformatted)`);
  }
}

export function plantWorkspace(root: string): void {
  const files: Record<string, string> = {
    'app/models.py': `class User(Base):\n    id_card = Column(String(18))  # 身份证号 e.g. ${ID_NUMBER}\n    phone = Column(String(11))\n\nTEST_USER = {"id_card": "${ID_NUMBER}", "phone": "${MOBILE}", "email": "${EMAIL}", "card": "${BANK_CARD}"}\nlogger.info("user %s phone ${MOBILE}", user.phone)\n# ai-law-lens-disable-next-line AILL-PI-LITERAL-ID -- test fixture of ${ID_NUMBER} reviewer=${EMAIL}\nFIXTURE = "${ID_NUMBER}"\n`,
    'web/api.ts': `const demo = { mobile: "${MOBILE}", email: "${EMAIL}" };\nconsole.log("card", "${BANK_CARD}");\n`,
    'conf/app.yaml': `users:\n  - name: 李小明\n    id_number: "${ID_NUMBER}"\n    mobile: ${MOBILE}\n`,
    'conf/broken.yaml': `a: [\nphone = "${MOBILE}" {{{\n  id: ${ID_NUMBER}\n`,
    'conf/broken.json': `{"phone": "${MOBILE}", "id": ${ID_NUMBER}x}`,
    'conf/broken.toml': `phone = ${MOBILE}x\nid = "${ID_NUMBER}`,
    'db/schema.sql': `CREATE TABLE member (mobile CHAR(11) COMMENT '手机号', id_card VARCHAR(18) COMMENT '身份证号');\nINSERT INTO member VALUES ('${MOBILE}', '${ID_NUMBER}');\n`,
    '.env': `ADMIN_PHONE=${MOBILE}\nADMIN_EMAIL=${EMAIL}\n`,
    'logs/app.log': `2026-11-01 INFO login ok user=${EMAIL} phone=${MOBILE} id=${ID_NUMBER} card=${BANK_CARD}\n`,
    'nb/explore.ipynb': JSON.stringify({ cells: [{ cell_type: 'code', source: [`df = load("${ID_NUMBER}")\n`, `print("${MOBILE}")\n`], metadata: {}, outputs: [] }], metadata: {}, nbformat: 4 }),
    'nb/broken.ipynb': `{"cells": [{"cell_type": "code", "source": ["x = '${MOBILE}'"`,
    '.ailawlens.json': JSON.stringify({ customPatterns: [{ id: 'team-phone', category: 'personal-data', pattern: `${MOBILE}(` }, { id: 'team-ok', category: 'personal-data', pattern: '^sfz$' }] }),
  };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

