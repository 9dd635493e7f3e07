// Shared fixtures: findings as the engine emits them, and a small catalogue double whose obligations
// mirror the real catalogue's shape (applicability conditions included).
import type { ChecklistCatalogue } from '../../../../src/core/checklist/build';
import type { Instrument, Obligation } from '../../../../src/core/law/types';
import type { Category, Finding } from '../../../../src/core/model';

export function finding(over: Partial<Finding> & { category: Category; obligations: string[] }, line = 0, file = 'src/app.py'): Finding {
  return {
    ruleId: `AILL-${over.category.toUpperCase()}`,
    severity: 'warning',
    confidence: 'high',
    file,
    span: { start: { line, character: 4 }, end: { line, character: 12 } },
    message: { zh: `中文消息 ${over.category}`, en: `Message ${over.category}` },
    token: over.category,
    related: [],
    fingerprint: `${over.category}:${file}`,
    ...over,
  };
}

const instruments: Instrument[] = [
  { id: 'PIPL', name: { zh: '中华人民共和国个人信息保护法', en: 'Personal Information Protection Law' }, shortName: { zh: '个人信息保护法', en: 'PIPL' }, issuer: { zh: '全国人大常委会', en: 'NPCSC' }, adopted: '2021-08-20', effective: '2021-11-01', status: 'in-force', url: 'https://example.invalid/pipl' },
  { id: 'ARP', name: { zh: '互联网信息服务算法推荐管理规定', en: 'Algorithmic Recommendation Provisions' }, shortName: { zh: '算法推荐管理规定', en: 'Algorithm Recommendation Provisions' }, issuer: { zh: '国家网信办等', en: 'CAC et al.' }, adopted: '2021-12-31', effective: '2022-03-01', status: 'in-force', url: 'https://example.invalid/arp' },
  { id: 'CSL', name: { zh: '中华人民共和国网络安全法', en: 'Cybersecurity Law' }, shortName: { zh: '网络安全法', en: 'CSL' }, issuer: { zh: '全国人大常委会', en: 'NPCSC' }, adopted: '2016-11-07', effective: '2017-06-01', amended: '2025-10-28', status: 'in-force', url: 'https://example.invalid/csl' },
  { id: 'AIL', name: { zh: '人工智能法（学者建议）', en: 'AI Law (proposal)' }, shortName: { zh: '人工智能法（提案）', en: 'AI Law (proposal)' }, issuer: { zh: '学者建议', en: 'Scholars' }, adopted: '', effective: '', status: 'proposal', url: '' },
];

function ob(id: string, instrument: string, articles: string[], extra: Partial<Obligation> = {}): Obligation {
  return {
    id,
    instrument,
    articles,
    formerArticles: [],
    verification: 'verified',
    title: { zh: `${id} 标题`, en: `${id} title` },
    summary: { zh: `${id} 摘要`, en: `${id} summary` },
    goodPractice: { zh: `${id} 做法`, en: `${id} practice` },
    appliesWhen: [],
    ...extra,
  };
}

const note = { zh: '说明', en: 'note' };

export const obligations: Obligation[] = [
  ob('PIPL-13', 'PIPL', ['13']),
  ob('PIPL-28', 'PIPL', ['28']),
  ob('PIPL-29', 'PIPL', ['29']),
  ob('PIPL-31', 'PIPL', ['31']),
  ob('PIPL-55', 'PIPL', ['55']),
  ob('ARP-17', 'ARP', ['17'], { appliesWhen: [{ question: 'publicInChina', appliesIf: ['yes'], note }] }),
  ob('ARP-18', 'ARP', ['18']),
  ob('ARP-24', 'ARP', ['24'], {
    appliesWhen: [
      { question: 'publicInChina', appliesIf: ['yes'], note },
      { question: 'publicOpinion', appliesIf: ['yes'], note },
    ],
  }),
  ob('CSL-23', 'CSL', ['23'], { formerArticles: ['21'] }),
  ob('AIL-RISK-TIER', 'AIL', [], { tiers: ['unacceptable', 'high', 'limited', 'low'] }),
  ob('AIL-RISK-MANAGEMENT', 'AIL', [], { tiers: ['high'] }),
  ob('AIL-TRANSPARENCY', 'AIL', [], { tiers: ['limited', 'high'] }),
  ob('AIL-CODE-OF-CONDUCT', 'AIL', [], { tiers: ['low'] }),
  ob('AIL-LIABILITY-INSURANCE', 'AIL', [], { tiers: ['high'] }),
];

export const fakeCatalogue: ChecklistCatalogue = {
  getObligation: (id) => obligations.find((o) => o.id === id),
  getInstrument: (id) => instruments.find((i) => i.id === id),
  listObligations: () => obligations,
  guidanceRelPath: (id) => `docs/obligations/${id}.md`,
};
