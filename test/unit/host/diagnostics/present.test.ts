import * as assert from 'node:assert/strict';
import { CATEGORIES } from '../../../../src/core/model';
import type { Category } from '../../../../src/core/model';
import { composeMessage, guidanceTargetPath, presentFinding, visibleObligations } from '../../../../src/host/diagnostics/present';
import type { PresentContext } from '../../../../src/host/diagnostics/present';
import { fakeLaw, finding } from '../fakes';

function ctx(overrides: Partial<PresentContext['settings']> = {}, lang: 'zh' | 'en' = 'en'): PresentContext {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;
  return {
    lang,
    law: fakeLaw,
    settings: { severity: {}, categories, frameworks: { inForce: true, drafts: true, aiLawProposal: true }, ...overrides },
  };
}

describe('host/diagnostics/present', () => {
  it('names the obligations in the UI language', () => {
    assert.equal(presentFinding(finding(), ctx())?.message, 'Collects ID card numbers: sensitive personal information (PIPL Art. 28)');
    assert.equal(presentFinding(finding(), ctx({}, 'zh'))?.message, '收集身份证号：敏感个人信息（个人信息保护法第28条）');
  });

  it('does not cite twice when the rule message already cites', () => {
    const f = finding({ message: { zh: '收集身份证号（个人信息保护法第28、29条）', en: 'Collects ID numbers (PIPL Arts. 28, 29)' } });
    assert.equal(composeMessage(f, ['PIPL-28'], 'en', fakeLaw), 'Collects ID numbers (PIPL Arts. 28, 29)');
    assert.equal(composeMessage(f, ['PIPL-28'], 'zh', fakeLaw), '收集身份证号（个人信息保护法第28、29条）');
  });

  it('hides suppressed findings, switched-off categories and rules set to off', () => {
    assert.equal(presentFinding(finding({ suppression: { kind: 'inSource', scope: 'line', justification: 'ok', line: 2 } }), ctx()), undefined);
    const categories = { ...ctx().settings.categories, 'sensitive-pi': false };
    assert.equal(presentFinding(finding(), ctx({ categories })), undefined);
    assert.equal(presentFinding(finding(), ctx({ severity: { 'AILL-SPI-001': 'off' } })), undefined);
  });

  it('takes severity from a rule override, then a category override, then the finding', () => {
    assert.equal(presentFinding(finding(), ctx())?.severity, 'warning');
    assert.equal(presentFinding(finding(), ctx({ severity: { 'sensitive-pi': 'error' } }))?.severity, 'error');
    assert.equal(presentFinding(finding(), ctx({ severity: { 'sensitive-pi': 'error', 'AILL-SPI-001': 'info' } }))?.severity, 'info');
  });

  it('filters obligations by framework and hides a finding left with none', () => {
    const frameworks = { inForce: true, drafts: false, aiLawProposal: false };
    assert.deepEqual(visibleObligations(['PIPL-28', 'DRAFT-1', 'AIL-RISK-TIER'], fakeLaw, frameworks), ['PIPL-28']);
    const onlyProposal = finding({ obligations: ['AIL-RISK-TIER'] });
    assert.equal(presentFinding(onlyProposal, ctx({ frameworks })), undefined);
    assert.ok(presentFinding(onlyProposal, ctx()));
  });

  it('maps related evidence with localised messages', () => {
    const related = [{ file: 'models/user.py', span: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, message: { zh: '用户类', en: 'Person class' } }];
    const spec = presentFinding(finding({ related }), ctx({}, 'zh'));
    assert.deepEqual(spec?.related, [{ file: 'models/user.py', span: related[0].span, message: '用户类' }]);
  });

  it('links the first obligation with a guidance page, else the index', () => {
    const exists = (rel: string): boolean => rel === 'guidance/zh-cn/CSL-23.md';
    assert.equal(guidanceTargetPath(['PIPL-28', 'CSL-23'], 'zh', fakeLaw, exists), 'guidance/zh-cn/CSL-23.md');
    assert.equal(guidanceTargetPath(['PIPL-28'], 'en', fakeLaw, () => false), 'guidance/en/index.md');
  });
});
