// Checklist generation: items from findings, applicability from answers, rescans, tier and inventory.
import * as assert from 'node:assert/strict';
import { buildChecklistModel, citeObligation, crossBorderRoute } from '../../../../src/core/checklist/build';
import { emptyDecisions, type DecisionsFile } from '../../../../src/core/checklist/decisions';
import type { ChecklistModel } from '../../../../src/core/checklist/model';
import { estimateTier } from '../../../../src/core/checklist/tier';
import { buildInventory } from '../../../../src/core/checklist/inventory';
import { evaluateConditions } from '../../../../src/core/checklist/questions';
import { fakeCatalogue, finding, obligations } from './fixtures';

const recommender = finding({ category: 'recommendation', obligations: ['ARP-17', 'ARP-24'], token: 'personalized feed' }, 10, 'src/feed.py');
const idCard = finding({ category: 'sensitive-pi', obligations: ['PIPL-28', 'PIPL-29'], piElement: 'id-card-number', sensitive: true }, 3, 'src/user.py');
const idCard2 = finding({ category: 'sensitive-pi', obligations: ['PIPL-28', 'PIPL-29'], piElement: 'id-card-number', sensitive: true }, 40, 'src/user.py');

function build(findings = [recommender, idCard, idCard2], decisions: DecisionsFile = emptyDecisions()): ChecklistModel {
  return buildChecklistModel({ findings, decisions, catalogue: fakeCatalogue });
}

const applicableIds = (m: ChecklistModel): string[] => m.items.filter((i) => i.detected && i.applicability !== 'not-applicable').map((i) => i.id);

describe('checklist generation', () => {
  it('makes one item per triggered obligation, de-duplicated, with all evidence', () => {
    const m = build();
    assert.deepEqual(m.items.map((i) => i.id).sort(), ['ARP-17', 'ARP-18', 'ARP-24', 'PIPL-28', 'PIPL-29']);
    const pipl28 = m.items.find((i) => i.id === 'PIPL-28')!;
    assert.equal(pipl28.evidenceCount, 2);
    assert.deepEqual(pipl28.evidence.map((e) => `${e.file}:${e.line}`), ['src/user.py:3', 'src/user.py:40']);
    assert.equal(pipl28.status, 'open');
    assert.equal(pipl28.citation.zh, '个人信息保护法第28条');
    assert.equal(pipl28.citation.en, 'PIPL Art. 28');
  });

  it('shows obligations that depend on unanswered questions as "possibly applies", never hidden', () => {
    const m = build();
    const arp24 = m.items.find((i) => i.id === 'ARP-24')!;
    assert.equal(arp24.applicability, 'possibly');
    assert.ok(applicableIds(m).includes('ARP-24'));
    assert.equal(m.progress.possibly, 2);
  });

  it('drops ARP-24 from the applicable items when the answer is "no public-opinion attributes"', () => {
    const decisions = { ...emptyDecisions(), answers: { publicOpinion: 'no' } };
    const m = build(undefined, decisions);
    assert.ok(!applicableIds(m).includes('ARP-24'));
    assert.equal(m.items.find((i) => i.id === 'ARP-24')!.applicability, 'not-applicable');
    assert.ok(applicableIds(m).includes('ARP-17'), 'other items unaffected');
    const withYes = build(undefined, { ...emptyDecisions(), answers: { publicOpinion: 'yes', publicInChina: 'yes' } });
    assert.equal(withYes.items.find((i) => i.id === 'ARP-24')!.applicability, 'applies');
    assert.ok(withYes.progress.applicable > m.progress.applicable);
  });

  it('lists which items each question affects', () => {
    const q = build().questions.find((x) => x.id === 'publicOpinion')!;
    assert.deepEqual(q.affects, ['ARP-24']);
  });

  it('brings in obligations an answer triggers (under-14 users with PI processing)', () => {
    const without = build();
    assert.ok(!without.items.some((i) => i.id === 'PIPL-31'));
    const m = build(undefined, { ...emptyDecisions(), answers: { minorsUnder14: 'yes' } });
    const pipl31 = m.items.find((i) => i.id === 'PIPL-31')!;
    assert.deepEqual(pipl31.triggeredByAnswers, ['minorsUnder14']);
    assert.equal(pipl31.detected, true);
  });

  it('counts progress: done over applicable', () => {
    const decisions: DecisionsFile = {
      ...emptyDecisions(),
      decisions: { 'PIPL-28': { status: 'done' }, 'PIPL-29': { status: 'waived', reason: 'r' }, 'ARP-17': { status: 'not-applicable', reason: 'internal tool' } },
    };
    const p = build(undefined, decisions).progress;
    assert.deepEqual(p, { applicable: 4, done: 1, open: 2, waived: 1, notApplicable: 1, possibly: 1, noLongerDetected: 0 });
  });

  it('keeps decisions across rescans, and shows items whose evidence disappeared as "no longer detected"', () => {
    const decisions: DecisionsFile = { ...emptyDecisions(), decisions: { 'PIPL-28': { status: 'done', note: 'consent added' }, 'ARP-17': { status: 'waived', reason: 'x' } } };
    const first = build(undefined, decisions);
    assert.equal(first.items.find((i) => i.id === 'PIPL-28')!.status, 'done');
    // Rescan: the ID-card code moved (new lines) and the recommender is gone.
    const moved = { ...idCard, span: { start: { line: 90, character: 0 }, end: { line: 90, character: 5 } } };
    const second = build([moved], decisions);
    const pipl28 = second.items.find((i) => i.id === 'PIPL-28')!;
    assert.equal(pipl28.status, 'done');
    assert.equal(pipl28.decision?.note, 'consent added');
    assert.equal(pipl28.evidence[0].line, 90);
    const arp17 = second.items.find((i) => i.id === 'ARP-17')!;
    assert.equal(arp17.detected, false);
    assert.equal(arp17.status, 'waived');
    assert.equal(arp17.evidence.length, 0);
    assert.equal(second.progress.noLongerDetected, 1);
    assert.ok(!second.items.some((i) => i.id === 'ARP-24'), 'an undecided item without evidence disappears');
    assert.equal(second.items.at(-1)!.id, 'ARP-17', 'no-longer-detected items sort last');
  });

  it('ignores suppressed findings and unknown obligation ids', () => {
    const suppressed = { ...recommender, suppression: { kind: 'inSource' as const, scope: 'line' as const, justification: 'test', line: 9 } };
    const unknown = finding({ category: 'personal-data', obligations: ['NOPE-1'] });
    const m = build([suppressed, unknown]);
    assert.deepEqual(m.items, []);
  });

  it('keeps AI Law proposal duties out of the in-force items', () => {
    const f = finding({ category: 'generative-ai', obligations: ['AIL-TRANSPARENCY', 'PIPL-13'] });
    const m = build([f]);
    assert.deepEqual(m.items.map((i) => i.id), ['PIPL-13']);
    assert.deepEqual(m.tier.duties.map((d) => d.id).sort(), ['AIL-RISK-TIER', 'AIL-TRANSPARENCY']);
  });

  it('cites amended numbering with the old number in brackets', () => {
    const csl = obligations.find((o) => o.id === 'CSL-23')!;
    const cite = citeObligation(csl, fakeCatalogue.getInstrument('CSL'));
    assert.equal(cite.zh, '网络安全法第23条（原第21条）');
    assert.equal(cite.en, 'CSL Art. 23 (formerly 21)');
  });
});

describe('applicability conditions', () => {
  const c = (question: 'ciio' | 'exportVolume' | 'sensitiveExportVolume', appliesIf: string[], orElse?: never[]) => ({ question, appliesIf, note: { zh: '', en: '' }, orElse });
  it('uses three-valued logic with alternatives', () => {
    const assessment = [{ ...c('exportVolume', ['>=1m']), orElse: [c('sensitiveExportVolume', ['>=10k']), c('ciio', ['yes'])] }];
    assert.equal(evaluateConditions(assessment, {}), undefined);
    assert.equal(evaluateConditions(assessment, { ciio: 'yes' }), true);
    assert.equal(evaluateConditions(assessment, { exportVolume: '<100k', sensitiveExportVolume: 'none' }), undefined);
    assert.equal(evaluateConditions(assessment, { exportVolume: '<100k', sensitiveExportVolume: 'none', ciio: 'no' }), false);
    assert.equal(evaluateConditions([c('ciio', ['yes']), c('exportVolume', ['>=1m'])], { ciio: 'no' }), false);
  });

  it('decides the cross-border route from the volume bands', () => {
    assert.equal(crossBorderRoute({}).route, 'unknown');
    assert.equal(crossBorderRoute({ ciio: 'no', exportVolume: '<100k', sensitiveExportVolume: 'none' }).route, 'exempt');
    assert.equal(crossBorderRoute({ exportVolume: '100k-1m' }).route, 'standard-contract');
    assert.equal(crossBorderRoute({ exportVolume: '<100k', sensitiveExportVolume: '<10k' }).route, 'standard-contract');
    assert.equal(crossBorderRoute({ exportVolume: '>=1m' }).route, 'security-assessment');
    assert.equal(crossBorderRoute({ sensitiveExportVolume: '>=10k' }).route, 'security-assessment');
    assert.equal(crossBorderRoute({ ciio: 'yes', exportVolume: '<100k' }).route, 'security-assessment');
  });
});

describe('AI Law tier estimate (proposal)', () => {
  it('is low with a reason when there is no AI activity', () => {
    const r = estimateTier([idCard], {});
    assert.equal(r.tier, 'low');
    assert.match(r.reasons[0].text.en, /No AI activity/);
  });

  it('is limited for recommendation and generative AI, with the findings as reasons', () => {
    const r = estimateTier([recommender], {});
    assert.equal(r.tier, 'limited');
    assert.equal(r.reasons[0].evidence[0].file, 'src/feed.py');
  });

  it('is high for face recognition and for automated decisions on credit or hiring', () => {
    assert.equal(estimateTier([finding({ category: 'face-recognition', obligations: [] })], {}).tier, 'high');
    const credit = finding({ category: 'automated-decision', obligations: [], token: 'credit score auto reject' });
    const r = estimateTier([credit], {});
    assert.equal(r.tier, 'high');
    assert.match(r.reasons[0].text.en, /credit, hiring/);
    const pricing = finding({ category: 'automated-decision', obligations: [], token: 'dynamic price' });
    assert.equal(estimateTier([pricing], {}).tier, 'limited');
  });

  it('moves up on answers: public-opinion attributes, minors, CIIO', () => {
    assert.equal(estimateTier([recommender], { publicOpinion: 'yes' }).tier, 'high');
    assert.equal(estimateTier([recommender], { publicOpinion: 'no' }).tier, 'limited');
    assert.equal(estimateTier([recommender], { minorsUnder18: 'yes' }).tier, 'high');
    const r = estimateTier([recommender], { ciio: 'yes' });
    assert.equal(r.tier, 'high');
    assert.ok(r.reasons.some((x) => /CIIO/.test(x.text.en)));
  });

  it('is unacceptable only on an explicit signal', () => {
    const scoring = finding({ category: 'automated-decision', obligations: [], token: 'social credit score' });
    assert.equal(estimateTier([scoring], {}).tier, 'unacceptable');
  });

  it('attaches the proposed duties of the tier and labels them as a proposal', () => {
    const m = build([finding({ category: 'face-recognition', obligations: ['PIPL-28'] })]);
    assert.equal(m.tier.tier, 'high');
    assert.deepEqual(m.tier.duties.map((d) => d.id).sort(), ['AIL-LIABILITY-INSURANCE', 'AIL-RISK-MANAGEMENT', 'AIL-RISK-TIER', 'AIL-TRANSPARENCY']);
    assert.match(m.tier.method.en, /proposal, not law in force/);
    assert.match(m.tier.method.zh, /提案，非现行法律/);
  });
});

describe('PI inventory', () => {
  it('lists each element once with sensitivity, places and the processing in the same file', () => {
    const training = finding({ category: 'training', obligations: [] }, 50, 'src/user.py');
    const mobile = finding({ category: 'pi-logging', obligations: [], piElement: 'mobile' }, 7, 'src/log.py');
    const inv = buildInventory([idCard, idCard2, training, mobile]);
    assert.deepEqual(inv.map((e) => e.element), ['id-card-number', 'mobile']);
    assert.equal(inv[0].sensitive, true);
    assert.equal(inv[0].label.zh, '身份证号');
    assert.equal(inv[0].locationCount, 2);
    assert.deepEqual(inv[0].processing, ['training']);
    assert.deepEqual(inv[1].processing, ['logs']);
    assert.equal(inv[1].sensitive, false);
  });
});
