import * as assert from 'node:assert/strict';
import { KIND_SUPPRESS, kindRequested, planActions } from '../../../../src/host/codeActions/plan';
import type { PlanInput } from '../../../../src/host/codeActions/plan';
import { formatMessage } from '../../../../src/host/l10n/bundle';

const t = (m: string, ...a: Array<string | number>): string => formatMessage(m, a);
const toggles = { openGuidance: true, suppress: true, markHandled: true, insertStub: true };
const input = (o: Partial<PlanInput> = {}): PlanInput => ({
  ruleId: 'AILL-REC-001',
  obligations: ['ARP-17', 'PIPL-24'],
  line: 5,
  fixApplies: false,
  sameRuleLines: [5],
  canComment: true,
  reuseLine: false,
  reuseFile: false,
  toggles,
  ...o,
});
const fix = { title: { zh: '插入关闭开关', en: 'Insert an opt-out check' }, snippets: { '*': 'x' } };

describe('host/codeActions/plan', () => {
  it('without a real fix: suppressions, checklist, then guidance as the preferred action', () => {
    const plan = planActions(input(), t);
    assert.deepEqual(
      plan.map((a) => a.type),
      ['suppress', 'suppress', 'markHandled', 'openGuidance'],
    );
    assert.deepEqual(
      plan.filter((a) => a.preferred).map((a) => a.type),
      ['openGuidance'],
    );
    assert.equal(plan[0].title, 'Suppress AILL-REC-001 for this line');
    assert.equal(plan[2].title, 'Mark ARP-17, PIPL-24 handled in the compliance checklist');
  });

  it('with a real fix: the stub comes first and is preferred, plus fix-all for several findings', () => {
    const plan = planActions(input({ fix, fixApplies: true, fixTitle: 'Insert an opt-out check', sameRuleLines: [5, 9, 9] }), t);
    assert.equal(plan[0].type, 'insertStub');
    assert.equal(plan[0].preferred, true);
    assert.equal(plan[1].type, 'fixAll');
    assert.equal(plan[1].title, 'Insert compliant stubs for all 2 findings of AILL-REC-001 in this file');
    assert.equal(plan.find((a) => a.type === 'openGuidance')?.preferred, false);
  });

  it('honours the toggles and languages without comments', () => {
    const plan = planActions(input({ canComment: false, toggles: { ...toggles, markHandled: false } }), t);
    assert.deepEqual(
      plan.map((a) => a.type),
      ['openGuidance'],
    );
    assert.deepEqual(planActions(input({ toggles: { openGuidance: false, suppress: false, markHandled: false, insertStub: false } }), t), []);
  });

  it('says when it extends an existing directive', () => {
    const plan = planActions(input({ reuseLine: true }), t);
    assert.equal(plan[0].title, 'Add AILL-REC-001 to the suppression for this line');
  });

  it('honours context.only hierarchically', () => {
    assert.equal(kindRequested('quickfix', KIND_SUPPRESS), true);
    assert.equal(kindRequested(KIND_SUPPRESS, KIND_SUPPRESS), true);
    assert.equal(kindRequested('quickfix.aiLawLens.guidance', KIND_SUPPRESS), false);
    assert.equal(kindRequested('quickfix.aiLawLens.sup', KIND_SUPPRESS), false);
    const onlySuppress = planActions(input({ only: KIND_SUPPRESS }), t);
    assert.deepEqual(
      onlySuppress.map((a) => a.type),
      ['suppress', 'suppress'],
    );
  });
});
