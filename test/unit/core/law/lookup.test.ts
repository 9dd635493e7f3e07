import * as assert from 'node:assert/strict';
import {
  catalogueJson,
  catalogueMarkdown,
  citation,
  citeAll,
  describeCondition,
  evaluateApplicability,
  getObligation,
  guidanceRelPath,
  isProposal,
  obligationVerificationNote,
  officialUrl,
  proposedDutiesForTier,
  questionsOf,
  statusLabel,
  verificationNote,
} from '../../../../src/core/law';
import type { Answers } from '../../../../src/core/law';

describe('law lookup: citation', () => {
  it('cites a single article', () => {
    assert.equal(citation('PIPL-28', 'zh'), '个人信息保护法第28条');
    assert.equal(citation('PIPL-28', 'en'), 'PIPL Art. 28');
  });

  it('cites CSL in the 2026 numbering with the former number', () => {
    assert.equal(citation('CSL-23', 'zh'), '网络安全法第23条（原第21条）');
    assert.equal(citation('CSL-23', 'en'), 'CSL Art. 23 (formerly Art. 21)');
  });

  it('cites a paragraph', () => {
    assert.equal(citation('MINORS-24', 'zh'), '未成年人网络保护条例第24条第3款');
    assert.equal(citation('MINORS-24', 'en'), 'Minors Online Protection Regulations Art. 24(3)');
  });

  it('cites a proposal by name and never by article', () => {
    assert.equal(citation('AIL-RISK-MANAGEMENT', 'en'), 'AI Law (proposal): Risk-management system for high-risk AI');
    assert.equal(citation('AIL-RISK-MANAGEMENT', 'zh'), '人工智能法（立法建议）：高风险系统建立风险管理体系');
    assert.doesNotMatch(citation('AIL-FILING', 'en'), /Art\./);
  });

  it('returns an unknown id unchanged', () => {
    assert.equal(citation('NOPE-1', 'en'), 'NOPE-1');
  });
});

describe('law lookup: citeAll', () => {
  it('groups by instrument, sorts numerically and dedupes', () => {
    assert.equal(citeAll(['PIPL-29', 'PIPL-28', 'PIPL-29'], 'zh'), '个人信息保护法第28、29条');
    assert.equal(citeAll(['PIPL-29', 'PIPL-28'], 'en'), 'PIPL Arts. 28, 29');
    assert.equal(citeAll(['PIPL-6', 'PIPL-13', 'PIPL-55'], 'en'), 'PIPL Arts. 6, 13, 55');
  });

  it('keeps first-seen instrument order and joins groups', () => {
    assert.equal(citeAll(['PIPL-28', 'CSL-23', 'PIPL-29'], 'zh'), '个人信息保护法第28、29条；网络安全法第23条（原第21条）');
    assert.equal(citeAll(['CSL-24', 'PIPL-28', 'CSL-23'], 'en'), 'CSL Arts. 23, 24 (formerly Arts. 21, 22); PIPL Art. 28');
  });

  it('mixes paragraphs and whole articles readably', () => {
    assert.equal(citeAll(['CPLIR-23', 'CPLIR-9'], 'zh'), '消费者权益保护法实施条例第9条第2款、第23条');
    assert.equal(citeAll(['CPLIR-23', 'CPLIR-9'], 'en'), 'Consumer Protection Implementing Regulation Arts. 9(2), 23');
  });

  it('lists proposals by name, unknown ids last, and empty input as empty', () => {
    assert.equal(
      citeAll(['AIL-TRANSPARENCY', 'X-1', 'AIL-CODE-OF-CONDUCT'], 'en'),
      'AI Law (proposal): Transparency and the user’s right to know for limited-risk AI, Codes of conduct encouraged for low-risk AI; X-1',
    );
    assert.equal(citeAll([], 'zh'), '');
  });
});

describe('law lookup: labels, paths and urls', () => {
  it('labels statuses and verification in both languages', () => {
    assert.equal(statusLabel('in-force', 'en'), 'In force');
    assert.equal(statusLabel('proposal', 'zh'), '立法建议（非现行法律）');
    assert.equal(statusLabel('draft', 'en'), 'Draft');
    assert.equal(verificationNote('secondary', 'en'), 'To be confirmed against the official text');
    assert.equal(verificationNote('secondary', 'zh'), '待与官方文本核对');
    assert.notEqual(verificationNote('verified', 'en'), verificationNote('secondary', 'en'));
  });

  it('never calls a proposal "checked" like a law', () => {
    assert.equal(obligationVerificationNote('PIPL-28', 'en'), 'Checked against the full text');
    assert.equal(obligationVerificationNote('CBDF-7', 'zh'), '待与官方文本核对');
    assert.match(obligationVerificationNote('AIL-FILING', 'en'), /proposal, not a legal text/);
    assert.match(obligationVerificationNote('AIL-FILING', 'zh'), /立法建议/);
    assert.equal(obligationVerificationNote('NOPE-1', 'en'), '');
  });

  it('lists the proposed duties per AI Law tier', () => {
    assert.deepEqual(proposedDutiesForTier('high'), ['AIL-RISK-TIER', 'AIL-RISK-MANAGEMENT', 'AIL-LIABILITY-INSURANCE', 'AIL-FILING']);
    assert.deepEqual(proposedDutiesForTier('limited'), ['AIL-RISK-TIER', 'AIL-TRANSPARENCY', 'AIL-FILING']);
    assert.deepEqual(proposedDutiesForTier('low'), ['AIL-RISK-TIER', 'AIL-CODE-OF-CONDUCT', 'AIL-FILING']);
  });

  it('builds guidance paths', () => {
    assert.equal(guidanceRelPath('PIPL-28', 'en'), 'guidance/en/PIPL-28.md');
    assert.equal(guidanceRelPath('PIPL-28', 'zh'), 'guidance/zh-cn/PIPL-28.md');
  });

  it('gives official urls, none for a proposal or an unknown id', () => {
    assert.match(officialUrl('PIPL-28')!, /^https:\/\/flk\.npc\.gov\.cn\//);
    assert.match(officialUrl('ARP-17')!, /^https:\/\/www\.cac\.gov\.cn\//);
    assert.equal(officialUrl('AIL-FILING'), undefined);
    assert.equal(officialUrl('NOPE-1'), undefined);
    assert.ok(isProposal('AIL-FILING'));
    assert.ok(!isProposal('PIPL-28'));
  });
});

describe('law applicability', () => {
  const cbdf7 = () => getObligation('CBDF-7')!;
  const cbdf8 = () => getObligation('CBDF-8')!;
  const route = (answers: Answers): string =>
    `${evaluateApplicability(cbdf7(), answers)}/${evaluateApplicability(cbdf8(), answers)}`;

  it('applies unconditional obligations whatever the answers', () => {
    assert.equal(evaluateApplicability(getObligation('PIPL-28')!, {}), 'applies');
  });

  it('filing needs public-opinion attributes; unanswered means unknown', () => {
    const arp24 = getObligation('ARP-24')!;
    assert.equal(evaluateApplicability(arp24, {}), 'unknown');
    assert.equal(evaluateApplicability(arp24, { publicInChina: 'yes', publicOpinion: 'no' }), 'not-applicable');
    assert.equal(evaluateApplicability(arp24, { publicInChina: 'yes', publicOpinion: 'yes' }), 'applies');
    assert.equal(evaluateApplicability(arp24, { publicInChina: 'no' }), 'not-applicable');
    assert.equal(evaluateApplicability(arp24, { publicOpinion: 'yes' }), 'unknown');
  });

  it('ignores answers outside the allowed set', () => {
    assert.equal(evaluateApplicability(getObligation('ARP-24')!, { publicInChina: 'yes', publicOpinion: 'maybe' }), 'unknown');
  });

  it('follows the 2024 cross-border thresholds: exempt, contract, assessment', () => {
    // Under 100k non-sensitive, no sensitive, not a CIIO: exempt from both procedures.
    assert.equal(route({ ciio: 'no', exportVolume: '<100k', sensitiveExportVolume: 'none' }), 'not-applicable/not-applicable');
    // 100k to under 1m: standard contract or certification.
    assert.equal(route({ ciio: 'no', exportVolume: '100k-1m', sensitiveExportVolume: 'none' }), 'not-applicable/applies');
    // Any sensitive PI below 10k: standard contract even under 100k.
    assert.equal(route({ ciio: 'no', exportVolume: '<100k', sensitiveExportVolume: '<10k' }), 'not-applicable/applies');
    // 1m or more: security assessment.
    assert.equal(route({ ciio: 'no', exportVolume: '>=1m', sensitiveExportVolume: 'none' }), 'applies/not-applicable');
    // 10k or more sensitive: security assessment.
    assert.equal(route({ ciio: 'no', exportVolume: '<100k', sensitiveExportVolume: '>=10k' }), 'applies/not-applicable');
    // A CIIO always needs the assessment, never the contract route.
    assert.equal(route({ ciio: 'yes', exportVolume: '<100k', sensitiveExportVolume: 'none' }), 'applies/not-applicable');
  });

  it('stays unknown until the deciding answer is given', () => {
    assert.equal(route({}), 'unknown/unknown');
    assert.equal(route({ exportVolume: '>=1m' }), 'applies/not-applicable');
    assert.equal(route({ exportVolume: '100k-1m' }), 'unknown/unknown');
    assert.equal(route({ exportVolume: '100k-1m', ciio: 'no' }), 'unknown/unknown');
    assert.equal(route({ exportVolume: '100k-1m', ciio: 'no', sensitiveExportVolume: '<10k' }), 'not-applicable/applies');
  });

  it('face filing at 100k people, minors rules with minors', () => {
    assert.equal(evaluateApplicability(getObligation('FRT-15')!, { faceVolume: '<100k' }), 'not-applicable');
    assert.equal(evaluateApplicability(getObligation('FRT-15')!, { faceVolume: '>=100k' }), 'applies');
    assert.equal(evaluateApplicability(getObligation('MINORS-24')!, { minorsUnder18: 'no' }), 'not-applicable');
    assert.equal(evaluateApplicability(getObligation('PIPL-31')!, { minorsUnder14: 'yes' }), 'applies');
  });

  it('lists the questions an obligation depends on, alternatives included', () => {
    assert.deepEqual(questionsOf(cbdf7()), ['exportVolume', 'sensitiveExportVolume', 'ciio']);
    assert.deepEqual(questionsOf(getObligation('PIPL-28')!), []);
  });

  it('describes a condition in words', () => {
    const text = describeCondition(cbdf7().appliesWhen[0], 'en');
    assert.match(text, /1,000,000 or more/);
    assert.match(text, /; or /);
    assert.match(describeCondition(cbdf7().appliesWhen[0], 'zh'), /100万人以上/);
  });
});

describe('law catalogue dumps', () => {
  it('catalogueJson has exactly the two top-level keys and full entries', () => {
    const json = catalogueJson();
    assert.deepEqual(Object.keys(json), ['instruments', 'obligations']);
    assert.ok(json.obligations.length >= 55);
    const csl23 = json.obligations.find((o) => o.id === 'CSL-23')!;
    assert.deepEqual(csl23.formerArticles, ['21']);
    assert.deepEqual(csl23.citation, { zh: '网络安全法第23条（原第21条）', en: 'CSL Art. 23 (formerly Art. 21)' });
  });

  it('catalogueMarkdown is a table row per obligation and instrument', () => {
    for (const lang of ['zh', 'en'] as const) {
      const md = catalogueMarkdown(lang);
      const rows = md.split('\n').filter((l) => l.startsWith('| '));
      const json = catalogueJson();
      // two header rows plus one row per instrument and per obligation
      assert.equal(rows.length, 2 + json.instruments.length + json.obligations.length);
      assert.match(md, lang === 'zh' ? /网络安全法第23条（原第21条）/ : /CSL Art\. 23 \(formerly Art\. 21\)/);
    }
  });
});
