// Shared fakes for host unit tests: a LawPort over a tiny catalogue, a finding factory and a line view.
import type { Finding } from '../../../src/core/model';
import type { LawPort, ObligationView } from '../../../src/host/law/catalogue';
import type { LineView } from '../../../src/host/codeActions/textEdits';

const OBLIGATIONS: Record<string, ObligationView> = {
  'PIPL-28': {
    id: 'PIPL-28',
    instrument: { zh: '个人信息保护法', en: 'PIPL' },
    articles: ['28'],
    formerArticles: [],
    title: { zh: '敏感个人信息的处理条件', en: 'Conditions for processing sensitive PI' },
    summary: { zh: '只有在特定目的和充分必要时才可处理。并采取严格保护措施。', en: 'Only for a specific purpose and when necessary. Strict protection applies.' },
    status: 'in-force',
    verification: 'verified',
    officialUrl: 'https://flk.npc.gov.cn/detail?id=pipl',
  },
  'CSL-23': {
    id: 'CSL-23',
    instrument: { zh: '网络安全法', en: 'CSL' },
    articles: ['23'],
    formerArticles: ['21'],
    title: { zh: '网络安全等级保护与日志留存', en: 'Security protection and log retention' },
    summary: { zh: '日志至少留存六个月。', en: 'Keep logs at least six months.' },
    status: 'in-force',
    verification: 'verified',
  },
  'FRT-6': {
    id: 'FRT-6',
    instrument: { zh: '人脸识别技术应用安全管理办法', en: 'Facial Recognition Measures' },
    articles: ['6'],
    formerArticles: [],
    title: { zh: '人脸识别的必要性', en: 'Necessity of face recognition' },
    summary: { zh: '应有特定目的和充分必要性。', en: 'Needs a specific purpose and sufficient necessity.' },
    status: 'in-force',
    verification: 'secondary',
  },
  'AIL-RISK-TIER': {
    id: 'AIL-RISK-TIER',
    instrument: { zh: '人工智能法（建议稿）', en: 'AI Law (proposal)' },
    articles: [],
    formerArticles: [],
    title: { zh: '风险分级', en: 'Risk tiers' },
    summary: { zh: '按风险分级管理。', en: 'Regulated by risk tier.' },
    status: 'proposal',
    verification: 'verified',
  },
  'DRAFT-1': {
    id: 'DRAFT-1',
    instrument: { zh: '某办法（征求意见稿）', en: 'Some draft' },
    articles: ['1'],
    formerArticles: [],
    title: { zh: '草案义务', en: 'Draft duty' },
    summary: { zh: '草案。', en: 'Draft.' },
    status: 'draft',
    verification: 'verified',
  },
};

export const fakeLaw: LawPort = {
  obligation: (id) => OBLIGATIONS[id],
  cite: (ids, lang) =>
    ids
      .map((id) => OBLIGATIONS[id])
      .filter((o): o is ObligationView => o !== undefined && o.articles.length > 0)
      .map((o) => (lang === 'zh' ? `${o.instrument.zh}第${o.articles.join('、')}条` : `${o.instrument.en} Art. ${o.articles.join(', ')}`))
      .join(lang === 'zh' ? '；' : '; '),
  statusLabel: (status, lang) => ({ 'in-force': { zh: '现行有效', en: 'In force' }, draft: { zh: '征求意见稿', en: 'Draft' }, proposal: { zh: '立法建议', en: 'Proposal' } })[status][lang],
  verificationNote: (lang) => (lang === 'zh' ? '待与官方文本核对' : 'To be confirmed against the official text'),
  guidancePath: (id, lang) => `guidance/${lang === 'zh' ? 'zh-cn' : 'en'}/${id}.md`,
};

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'AILL-SPI-001',
    category: 'sensitive-pi',
    severity: 'warning',
    confidence: 'high',
    file: 'src/user.py',
    span: { start: { line: 3, character: 4 }, end: { line: 3, character: 11 } },
    message: { zh: '收集身份证号：敏感个人信息', en: 'Collects ID card numbers: sensitive personal information' },
    obligations: ['PIPL-28'],
    token: 'id_card',
    related: [],
    fingerprint: 'AILL-SPI-001:id_card',
    ...overrides,
  };
}

export function lines(text: string, eol = '\n'): LineView {
  const all = text.split(/\r?\n/);
  return { lineCount: all.length, lineAt: (i) => all[i] ?? '', eol };
}

/** Applies plain edits (insertions and single-line replacements) to text, for asserting results. */
export function apply(text: string, edits: Array<{ span: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const all = text.split('\n');
  const sorted = [...edits].sort((a, b) => b.span.start.line - a.span.start.line || b.span.start.character - a.span.start.character);
  for (const edit of sorted) {
    const { start, end } = edit.span;
    const before = (all[start.line] ?? '').slice(0, start.character);
    const after = (all[end.line] ?? '').slice(end.character);
    const replaced = (before + edit.newText + after).split('\n');
    all.splice(start.line, end.line - start.line + 1, ...replaced);
  }
  return all.join('\n');
}
