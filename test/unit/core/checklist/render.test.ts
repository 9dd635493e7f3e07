// Exports (Markdown, JSON, text) and the --check policy.
import * as assert from 'node:assert/strict';
import { buildChecklistModel } from '../../../../src/core/checklist/build';
import { emptyDecisions, type DecisionsFile } from '../../../../src/core/checklist/decisions';
import { checkPolicy } from '../../../../src/core/checklist/policy';
import { mdText, renderChecklistJson, renderChecklistMarkdown, renderChecklistText } from '../../../../src/core/checklist/render';
import { fakeCatalogue, finding } from './fixtures';

const hostile = '<img src=x onerror=alert(1)>|`x`.py';
const findings = [
  finding({ category: 'recommendation', obligations: ['ARP-17', 'ARP-24'] }, 10, 'src/feed.py'),
  finding({ category: 'sensitive-pi', obligations: ['PIPL-28'], piElement: 'id-card-number', sensitive: true }, 3, hostile),
];
const decisions: DecisionsFile = {
  ...emptyDecisions(),
  answers: { publicOpinion: 'no' },
  decisions: { 'PIPL-28': { status: 'done', note: 'consent *added* <b>', reviewer: 'li', date: '2026-11-20' } },
};
const model = buildChecklistModel({ findings, decisions, catalogue: fakeCatalogue });

describe('checklist exports', () => {
  it('renders Markdown with progress, items, questionnaire, the proposal tier card and the PI inventory', () => {
    const md = renderChecklistMarkdown(model, 'en');
    assert.match(md, /^# AI Law Lens compliance checklist/);
    assert.match(md, /\*\*Progress:\*\* 1 of 3 applicable done/);
    assert.match(md, /- \[x\] \*\*PIPL-28\*\* PIPL Art\. 28/);
    assert.match(md, /Not applicable per answers/);
    assert.match(md, /## AI Law readiness \(proposal, not law in force\)/);
    assert.match(md, /\*\*Estimated risk tier:\*\* Limited risk/);
    assert.match(md, /\| ID card number \| Yes \|/);
    assert.match(md, /Reviewer: li · Date: 2026-11-20/);
  });

  it('renders Chinese with standard short law names', () => {
    const md = renderChecklistMarkdown(model, 'zh');
    assert.match(md, /# AI Law Lens 合规清单/);
    assert.match(md, /个人信息保护法第28条/);
    assert.match(md, /人工智能法准备度（提案，非现行法律）/);
  });

  it('escapes workspace text so file names and notes cannot inject Markdown or HTML', () => {
    const md = renderChecklistMarkdown(model, 'en');
    assert.doesNotMatch(md, /(?<!\\)<img/, 'raw tag must not appear');
    assert.ok(md.includes('\\<img src=x onerror=alert\\(1\\)\\>\\|\\`x\\`.py:4'));
    assert.ok(md.includes('consent \\*added\\* \\<b\\>'));
    assert.equal(mdText('a\nb|c'), 'a b\\|c');
  });

  it('exports JSON with ids, statuses, 1-based evidence lines and the proposal flag', () => {
    const json = JSON.parse(renderChecklistJson(model, 'en'));
    assert.equal(json.tool, 'ai-law-lens');
    const pipl28 = json.items.find((i: { id: string }) => i.id === 'PIPL-28');
    assert.equal(pipl28.status, 'done');
    assert.deepEqual(pipl28.evidence[0], { file: hostile, line: 4, column: 5, ruleId: 'AILL-SENSITIVE-PI', category: 'sensitive-pi' });
    assert.equal(json.aiLaw.proposal, true);
    assert.equal(json.questions.find((q: { id: string }) => q.id === 'publicOpinion').answer, 'no');
    assert.equal(renderChecklistJson(model, 'en'), renderChecklistJson(model, 'en'), 'deterministic');
  });

  it('renders a compact text view without terminal control characters from file names', () => {
    const evil = finding({ category: 'personal-data', obligations: ['PIPL-13'] }, 0, 'a\u001b[31mred.py');
    const text = renderChecklistText(buildChecklistModel({ findings: [evil], decisions: emptyDecisions(), catalogue: fakeCatalogue }), 'en');
    assert.match(text, /\[ \] PIPL-13/);
    assert.ok(!text.includes('\u001b'));
    assert.match(text, /a\?\[31mred\.py:1/);
  });
});

describe('checklist --check policy', () => {
  it('blocks open applicable items named in the policy, counting "possibly applies"', () => {
    const open = buildChecklistModel({ findings, decisions: emptyDecisions(), catalogue: fakeCatalogue });
    assert.deepEqual(checkPolicy(open, ['PIPL-28', 'ARP-24']).map((v) => v.item.id).sort(), ['ARP-24', 'PIPL-28']);
    assert.deepEqual(checkPolicy(model, ['PIPL-28', 'ARP-24']), [], 'done and not-applicable-by-answer pass');
    assert.deepEqual(checkPolicy(model, ['*']).map((v) => v.item.id), ['ARP-17', 'ARP-18']);
    assert.deepEqual(checkPolicy(model, []), []);
  });
});
