import * as assert from 'node:assert/strict';
import { listRules } from '../../../../src/core/engine';
import { REPORT_FORMATS, writeReport } from '../../../../src/core/report';
import { scanWorkspace } from '../../../../src/core/workspace';
import { makeTree, removeTree } from '../workspace/tmp';

// Checksum-valid but synthetic values: the reports must never carry them unmasked.
const PLANTED = ['110105199003071239', '13800138000', 'zhang.san@example.com', '6222021234567890128'];

describe('reports never carry a PI value found in the workspace', () => {
  let root = '';
  afterEach(() => removeTree(root));

  it('holds for every format', async () => {
    root = makeTree({
      'fixtures/users.json': JSON.stringify([{ xingming: '张三', sfzh: PLANTED[0], shouji: PLANTED[1], email: PLANTED[2], bank_card: PLANTED[3] }], null, 2),
      'app/log.py': `logger.info("user id_card=${PLANTED[0]} phone=${PLANTED[1]}")\n`,
      'notes.txt': `联系人手机 ${PLANTED[1]}，身份证 ${PLANTED[0]}\n`,
    });
    const result = await scanWorkspace({ root });
    assert.ok(result.filesScanned === 3);
    for (const format of REPORT_FORMATS) {
      for (const lang of ['zh', 'en'] as const) {
        const out = writeReport(format, { result, rules: listRules(), lang, tool: { name: 'AI Law Lens', version: '0', informationUri: 'https://example.invalid' } });
        for (const value of PLANTED) {
          assert.ok(!out.includes(value), `${format}/${lang} output contains a planted value`);
        }
      }
    }
  });
});
