// AI Law readiness — a PROPOSAL, not law in force. The founding essay proposes four risk tiers
// (unacceptable / high / limited / low) "by the degree of human involvement and the impact on
// rights, interests and social order". This is a transparent heuristic over the findings and the
// questionnaire answers; every tier it picks comes with the reasons that led there.
import type { AilTier } from '../law/types';
import type { Category, Finding, Localized } from '../model';
import type { Answers } from './decisions';
import type { EvidenceRef, TierReason } from './model';

export const TIER_ORDER: readonly AilTier[] = ['low', 'limited', 'high', 'unacceptable'];

export function tierRank(tier: AilTier): number {
  return TIER_ORDER.indexOf(tier);
}

/** Explicit names of uses the essay's model (and the EU AI Act it cites) treats as unacceptable. */
const PROHIBITED_USE = /social[\s_-]?(credit|scor)|citizen[\s_-]?scor|subliminal|社会信用评分|社会评分|公民评分|潜意识操纵/i;

/** Decisions with legal or similarly significant effects on a person. */
const HIGH_STAKES = /credit|loan|\blend(ing|er)?\b|underwrit|\bhir(e|ing)|recruit|resume|candidate|insur|admission|\bexam(s|ination)?\b|grading|medical|diagnos|patient|welfare|征信|授信|信用|贷款|招聘|简历|保险|理赔|录取|考试|医疗|诊断/i;

const AI_CATEGORIES: readonly Category[] = ['training', 'recommendation', 'generative-ai', 'deep-synthesis', 'face-recognition', 'automated-decision'];

export const TIER_METHOD: Localized = {
  zh:
    '估算方法（提案，非现行法律）：代码中明确出现社会评分、潜意识操纵等用途 → 不可接受；人脸识别、涉及信贷/招聘/保险/医疗/教育等重大权益的自动化决策、' +
    '面向未成年人的推荐或自动化决策、具有舆论属性的生成或推荐服务、关键信息基础设施中的人工智能 → 高风险；生成式人工智能、深度合成、算法推荐、其他自动化决策 → 有限风险；' +
    '其余 → 低风险。依据创始文章提出的四级分类（按人的参与程度及对权益与社会秩序的影响）。结论仅供自查参考。',
  en:
    'How it is estimated (a proposal, not law in force): code that explicitly names social scoring or subliminal manipulation → unacceptable; ' +
    'face recognition, automated decisions on credit, hiring, insurance, health or education, recommendation or automated decisions aimed at minors, ' +
    'generation or recommendation with public-opinion attributes, or AI in critical information infrastructure → high; generative AI, deep synthesis, ' +
    'recommendation and other automated decisions → limited; anything else → low. Based on the founding essay’s four tiers (by human involvement and impact ' +
    'on rights and social order). For self-assessment only.',
};

function ref(f: Finding): EvidenceRef {
  return { file: f.file, line: f.span.start.line, character: f.span.start.character, ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message };
}

function haystack(f: Finding): string {
  return `${f.ruleId} ${f.token} ${f.context ?? ''} ${f.file}`;
}

function evidence(findings: readonly Finding[]): EvidenceRef[] {
  return findings.slice(0, 5).map(ref);
}

export function estimateTier(findings: readonly Finding[], answers: Answers): { tier: AilTier; reasons: TierReason[] } {
  const reasons: TierReason[] = [];
  const byCategory = (c: Category): Finding[] => findings.filter((f) => f.category === c);
  const has = (c: Category): boolean => findings.some((f) => f.category === c);

  const prohibited = findings.filter((f) => PROHIBITED_USE.test(haystack(f)));
  if (prohibited.length > 0) {
    reasons.push({
      tier: 'unacceptable',
      text: {
        zh: '代码明确提及社会评分或潜意识操纵等可能被禁止的用途。请人工复核该用途是否确实存在。',
        en: 'The code explicitly names a possibly prohibited use such as social scoring or subliminal manipulation. Review manually whether the use is real.',
      },
      evidence: evidence(prohibited),
    });
  }

  const faces = byCategory('face-recognition');
  if (faces.length > 0) {
    reasons.push({
      tier: 'high',
      text: { zh: '使用人脸识别（生物识别，影响人身权益）。', en: 'Uses face recognition (biometric identification affecting personal rights).' },
      evidence: evidence(faces),
    });
  }
  const decisions = byCategory('automated-decision');
  const highStakes = decisions.filter((f) => HIGH_STAKES.test(haystack(f)));
  if (highStakes.length > 0) {
    reasons.push({
      tier: 'high',
      text: {
        zh: '自动化决策涉及信贷、招聘、保险、医疗或教育等对个人权益有重大影响的事项。',
        en: 'Automated decisions on credit, hiring, insurance, health or education, with significant effects on people.',
      },
      evidence: evidence(highStakes),
    });
  }
  const minorsAnswer = answers.minorsUnder14 === 'yes' || answers.minorsUnder18 === 'yes';
  const profiling = [...byCategory('recommendation'), ...decisions];
  if (profiling.length > 0 && (minorsAnswer || has('minors'))) {
    reasons.push({
      tier: 'high',
      text: {
        zh: '推荐或自动化决策面向未成年人用户。',
        en: 'Recommendation or automated decisions reach users who are minors.',
      },
      evidence: evidence([...byCategory('minors'), ...profiling]),
    });
  }
  const publicFacing = [...byCategory('generative-ai'), ...byCategory('recommendation'), ...byCategory('deep-synthesis')];
  if (answers.publicOpinion === 'yes' && publicFacing.length > 0) {
    reasons.push({
      tier: 'high',
      text: {
        zh: '回答：服务具有舆论属性或社会动员能力，且包含生成、合成或推荐功能（影响社会秩序）。',
        en: 'Answer: the service has public-opinion attributes, and it generates, synthesises or recommends content (impact on social order).',
      },
      evidence: evidence(publicFacing),
    });
  }
  const ai = findings.filter((f) => AI_CATEGORIES.includes(f.category));
  if (answers.ciio === 'yes' && ai.length > 0) {
    reasons.push({
      tier: 'high',
      text: { zh: '回答：运营者为关键信息基础设施运营者，且系统使用人工智能。', en: 'Answer: the operator is a CIIO and the system uses AI.' },
      evidence: evidence(ai),
    });
  }

  const limitedSignals: [Category, Localized][] = [
    ['generative-ai', { zh: '提供生成式人工智能功能（需透明度与用户知情权）。', en: 'Offers generative AI (transparency and the right to know).' }],
    ['deep-synthesis', { zh: '使用深度合成技术。', en: 'Uses deep synthesis.' }],
    ['recommendation', { zh: '使用算法推荐或个性化推送。', en: 'Uses algorithmic recommendation or personalised push.' }],
  ];
  for (const [category, text] of limitedSignals) {
    if (has(category)) {
      reasons.push({ tier: 'limited', text, evidence: evidence(byCategory(category)) });
    }
  }
  const otherDecisions = decisions.filter((f) => !highStakes.includes(f));
  if (otherDecisions.length > 0) {
    reasons.push({
      tier: 'limited',
      text: { zh: '使用自动化决策。', en: 'Uses automated decision-making.' },
      evidence: evidence(otherDecisions),
    });
  }
  if (answers.offeredViaApi === 'yes' && ai.length > 0) {
    reasons.push({
      tier: 'limited',
      text: { zh: '回答：模型或服务通过 API 向他人提供。', en: 'Answer: the model or service is offered to others through an API.' },
      evidence: [],
    });
  }
  const training = byCategory('training');
  if (training.length > 0) {
    reasons.push({
      tier: 'low',
      text: { zh: '训练或微调模型。', en: 'Trains or fine-tunes a model.' },
      evidence: evidence(training),
    });
  }

  let tier: AilTier = 'low';
  for (const reason of reasons) {
    if (tierRank(reason.tier) > tierRank(tier)) {
      tier = reason.tier;
    }
  }
  if (reasons.length === 0) {
    reasons.push({
      tier: 'low',
      text: { zh: '未发现人工智能相关活动。', en: 'No AI activity was detected.' },
      evidence: [],
    });
  }
  reasons.sort((a, b) => tierRank(b.tier) - tierRank(a.tier));
  return { tier, reasons };
}

/** The essay's duties per tier; used when the catalogue does not tag its AIL-* items with tiers. */
export const FALLBACK_TIER_DUTIES: Record<AilTier, string[]> = {
  unacceptable: ['AIL-RISK-TIER'],
  high: ['AIL-RISK-TIER', 'AIL-RISK-MANAGEMENT', 'AIL-TRANSPARENCY', 'AIL-FILING', 'AIL-LIABILITY-INSURANCE'],
  limited: ['AIL-RISK-TIER', 'AIL-TRANSPARENCY', 'AIL-FILING'],
  low: ['AIL-RISK-TIER', 'AIL-CODE-OF-CONDUCT'],
};
