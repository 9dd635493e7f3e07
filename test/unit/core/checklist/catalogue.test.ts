// The checklist against the real obligations catalogue (core/law): ids it references exist, and the
// questionnaire switches the real obligations on and off.
import * as assert from 'node:assert/strict';
import { buildChecklist, emptyDecisions, lawCatalogue } from '../../../../src/core/checklist';
import { ANSWER_TRIGGERS, CATEGORY_TRIGGERS, QUESTIONS } from '../../../../src/core/checklist/questions';
import { FALLBACK_TIER_DUTIES } from '../../../../src/core/checklist/tier';
import { finding } from './fixtures';

describe('checklist with the real catalogue', () => {
  it('references only obligation ids that exist in the catalogue', () => {
    const ids = [...ANSWER_TRIGGERS.flatMap((t) => t.obligations), ...CATEGORY_TRIGGERS.flatMap((t) => t.obligations), ...Object.values(FALLBACK_TIER_DUTIES).flat()];
    for (const id of ids) {
      assert.ok(lawCatalogue.getObligation(id), `${id} is not in the catalogue`);
    }
  });

  it('answer triggers use answer values the questionnaire offers', () => {
    for (const trigger of ANSWER_TRIGGERS) {
      const q = QUESTIONS.find((x) => x.id === trigger.question)!;
      for (const v of trigger.values) {
        assert.ok(q.answers.some((a) => a.value === v), `${trigger.question}=${v}`);
      }
    }
  });

  it('drops ARP-24 from the applicable items when the service has no public-opinion attributes', () => {
    const recommender = finding({ category: 'recommendation', obligations: ['ARP-17', 'ARP-24'] });
    const before = buildChecklist([recommender]);
    assert.equal(before.items.find((i) => i.id === 'ARP-24')!.applicability, 'possibly');
    const after = buildChecklist([recommender], { ...emptyDecisions(), answers: { publicInChina: 'yes', publicOpinion: 'no' } });
    assert.equal(after.items.find((i) => i.id === 'ARP-24')!.applicability, 'not-applicable');
    assert.ok(after.progress.applicable < before.progress.applicable);
    assert.equal(after.items.find((i) => i.id === 'ARP-24')!.citation.zh.startsWith('算法推荐管理规定第24条'), true);
  });

  it('routes cross-border transfers by the volume answers (CBDF-7 vs CBDF-8)', () => {
    const transfer = finding({ category: 'cross-border', obligations: ['PIPL-38'] });
    const small = buildChecklist([transfer], { ...emptyDecisions(), answers: { ciio: 'no', exportVolume: '100k-1m', sensitiveExportVolume: 'none' } });
    assert.equal(small.crossBorder.route, 'standard-contract');
    assert.equal(small.items.find((i) => i.id === 'CBDF-8')?.applicability, 'applies');
    assert.equal(small.items.find((i) => i.id === 'CBDF-7')?.applicability, 'not-applicable');
    const unanswered = buildChecklist([transfer]);
    assert.deepEqual(unanswered.items.filter((i) => i.id.startsWith('CBDF')).map((i) => i.applicability), ['possibly', 'possibly'], 'listed until the volumes are answered');
    const big = buildChecklist([transfer], { ...emptyDecisions(), answers: { ciio: 'no', exportVolume: '>=1m', sensitiveExportVolume: 'none' } });
    assert.equal(big.crossBorder.route, 'security-assessment');
    assert.equal(big.items.find((i) => i.id === 'CBDF-7')?.applicability, 'applies');
  });

  it('takes the proposed duties of a tier from the catalogue, and keeps them out of the items', () => {
    const face = finding({ category: 'face-recognition', obligations: ['PIPL-28', 'AIL-RISK-MANAGEMENT'] });
    const m = buildChecklist([face]);
    assert.equal(m.tier.tier, 'high');
    const duties = m.tier.duties.map((d) => d.id);
    assert.ok(duties.includes('AIL-RISK-MANAGEMENT') && duties.includes('AIL-LIABILITY-INSURANCE'));
    assert.ok(!m.items.some((i) => i.id.startsWith('AIL-')));
    assert.ok(m.items.find((i) => i.id === 'PIPL-28')!.guidance);
    assert.match(m.items.find((i) => i.id === 'PIPL-28')!.officialUrl ?? '', /^https:\/\//);
  });
});
