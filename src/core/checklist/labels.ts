// Fixed checklist wording in both languages, shared by the exports, the CLI and the webview.
import type { AilTier } from '../law/types';
import type { Localized } from '../model';
import type { ItemStatus } from './decisions';
import type { Applicability } from './model';

export const STATUS_LABELS: Record<ItemStatus, Localized> = {
  open: { zh: '待处理', en: 'Open' },
  done: { zh: '已完成', en: 'Done' },
  'not-applicable': { zh: '不适用', en: 'Not applicable' },
  waived: { zh: '豁免（附理由）', en: 'Waived (with reason)' },
};

export const APPLICABILITY_LABELS: Record<Applicability, Localized> = {
  applies: { zh: '适用', en: 'Applies' },
  possibly: { zh: '可能适用（待回答问题）', en: 'Possibly applies (question unanswered)' },
  'not-applicable': { zh: '按回答不适用', en: 'Not applicable per answers' },
};

export const TIER_LABELS: Record<AilTier, Localized> = {
  unacceptable: { zh: '不可接受风险', en: 'Unacceptable risk' },
  high: { zh: '高风险', en: 'High risk' },
  limited: { zh: '有限风险', en: 'Limited risk' },
  low: { zh: '低风险', en: 'Low risk' },
};

// One set of category names for every surface (reports, checklist, webview), so a category reads the same everywhere.
export { CATEGORY_LABELS } from '../report/labels';

export const TEXT = {
  title: { zh: 'AI Law Lens 合规清单', en: 'AI Law Lens compliance checklist' },
  progress: { zh: '进度', en: 'Progress' },
  doneOfApplicable: { zh: '已完成 {done} / 适用 {applicable}', en: '{done} of {applicable} applicable done' },
  progressDetail: {
    zh: '待处理 {open} · 豁免 {waived} · 可能适用 {possibly} · 不适用 {notApplicable} · 不再检测到 {noLongerDetected}',
    en: '{open} open · {waived} waived · {possibly} possibly applies · {notApplicable} not applicable · {noLongerDetected} no longer detected',
  },
  questionnaire: { zh: '适用性问题', en: 'Applicability questions' },
  question: { zh: '问题', en: 'Question' },
  answer: { zh: '回答', en: 'Answer' },
  unanswered: { zh: '未回答', en: 'Unanswered' },
  affects: { zh: '影响', en: 'Affects' },
  crossBorder: { zh: '数据出境路径', en: 'Cross-border route' },
  items: { zh: '义务', en: 'Obligations' },
  noItems: { zh: '当前代码未触发任何义务。', en: 'The code triggers no obligations right now.' },
  noLongerDetected: { zh: '不再检测到（保留决定）', en: 'No longer detected (decision kept)' },
  evidence: { zh: '证据', en: 'Evidence' },
  moreEvidence: { zh: '另有 {n} 处', en: '{n} more' },
  triggeredByAnswer: { zh: '由回答触发', en: 'Triggered by the answer to' },
  applicability: { zh: '适用性', en: 'Applicability' },
  status: { zh: '状态', en: 'Status' },
  reason: { zh: '理由', en: 'Reason' },
  note: { zh: '备注', en: 'Note' },
  reviewer: { zh: '审核人', en: 'Reviewer' },
  date: { zh: '日期', en: 'Date' },
  toBeConfirmed: { zh: '（待核实：仅有二手来源）', en: '(to be confirmed: secondary sources only)' },
  officialText: { zh: '官方文本', en: 'Official text' },
  guidance: { zh: '实务指引', en: 'Guidance' },
  goodPractice: { zh: '良好做法', en: 'Good practice' },
  aiLaw: { zh: '人工智能法准备度（提案，非现行法律）', en: 'AI Law readiness (proposal, not law in force)' },
  estimatedTier: { zh: '估算风险等级', en: 'Estimated risk tier' },
  reasons: { zh: '依据', en: 'Reasons' },
  proposedDuties: { zh: '该等级的拟议义务', en: 'Duties proposed for this tier' },
  inventory: { zh: '个人信息清单', en: 'PI inventory' },
  inventoryHint: {
    zh: '个人信息保护影响评估（个人信息保护法第55条）和隐私政策个人信息清单的起点。处理方式按同一文件中的发现推断。',
    en: 'Starting point for the PI protection impact assessment (PIPL Art. 55) and the PI list of a privacy policy. Processing is inferred from findings in the same file.',
  },
  element: { zh: '个人信息项', en: 'Element' },
  sensitive: { zh: '敏感', en: 'Sensitive' },
  where: { zh: '位置', en: 'Where' },
  processing: { zh: '处理方式', en: 'Processing' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  noInventory: { zh: '未发现个人信息项。', en: 'No personal-data elements found.' },
  decisionsFile: { zh: '决定文件', en: 'Decisions file' },
  generatedFrom: { zh: '依据 {n} 条发现生成；证据每次扫描重新计算，不保存。', en: 'Generated from {n} findings; evidence is recomputed on every scan and never stored.' },
} satisfies Record<string, Localized>;

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
