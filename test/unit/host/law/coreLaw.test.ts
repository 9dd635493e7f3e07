import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listObligations } from '../../../../src/core/law';
import { createLawPort } from '../../../../src/host/law/coreLaw';
import { REPO_ROOT } from '../../repoRoot';

describe('host/law/coreLaw', () => {
  const law = createLawPort();

  it('cites from the catalogue in both languages', () => {
    assert.equal(law.cite(['PIPL-28', 'PIPL-29'], 'zh'), '个人信息保护法第28、29条');
    assert.match(law.cite(['PIPL-28', 'PIPL-29'], 'en'), /^PIPL Arts\. 28, 29$/);
    assert.match(law.cite(['CSL-23'], 'zh'), /网络安全法第23条.*21/);
  });

  it('describes obligations with status and verification, and knows proposals', () => {
    assert.equal(law.obligation('PIPL-28')?.status, 'in-force');
    assert.equal(law.obligation('AIL-RISK-TIER')?.status, 'proposal');
    assert.equal(law.obligation('AIL-RISK-TIER')?.officialUrl, undefined);
    assert.equal(law.obligation('NOPE-1'), undefined);
  });

  it('points every obligation at a bundled guidance page that exists, in both languages', () => {
    const root = REPO_ROOT;
    for (const o of listObligations()) {
      for (const lang of ['zh', 'en'] as const) {
        const rel = law.guidancePath(o.id, lang);
        assert.ok(fs.existsSync(path.join(root, rel)), `missing ${rel}`);
      }
    }
    assert.ok(fs.existsSync(path.join(root, law.guidancePath('index', 'zh'))));
  });
});
