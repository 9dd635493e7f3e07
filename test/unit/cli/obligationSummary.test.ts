import * as assert from 'node:assert/strict';
import { renderObligationSummary } from '../../../src/cli/obligationSummary';
import { catalogueCite } from '../../../src/core/report';
import { sampleResult } from '../core/report/fixtures';

describe('obligation summary (checklist fallback)', () => {
  it('lists each triggered obligation once with a citation and where it comes from; suppressed findings do not count', () => {
    const out = renderObligationSummary(sampleResult().findings, 'en', catalogueCite);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines[0], 'Compliance checklist (obligations triggered by the findings):');
    assert.match(out, /^ {2}\[ \] PIPL-28 PIPL Art\. 28 — .+$/m);
    assert.match(out, /^ {6}2 finding\(s\): db\/schema\.sql:5, odd\\nname\.py:1$/m);
    assert.ok(!out.includes('名字 with space.py'), 'suppressed finding listed');
    assert.deepEqual(lines.filter((l) => l.startsWith('  [ ]')).map((l) => l.split(' ')[4]), ['PIPL-13', 'PIPL-28', 'PIPL-29', 'PIPL-38']);
  });

  it('says so when nothing is triggered', () => {
    assert.match(renderObligationSummary([], 'zh'), /没有发现触发任何义务/);
  });
});
