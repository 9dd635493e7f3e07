// The webview's own UI strings. The host picks the language (the editor's uiLang()) and sends it
// with the model; fixed checklist wording shared with the exports comes from core/checklist/labels.
import { fill } from '../../core/checklist/labels';
import type { Lang, Localized } from '../../core/model';

export const UI = {
  groupBy: { zh: '分组', en: 'Group' },
  byLaw: { zh: '按法律', en: 'By law' },
  byCategory: { zh: '按类别', en: 'By category' },
  openOnly: { zh: '只看待处理', en: 'Open only' },
  exportMarkdown: { zh: '导出 Markdown', en: 'Export Markdown' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  rescan: { zh: '重新扫描', en: 'Rescan' },
  openFile: { zh: '打开决定文件', en: 'Open decisions file' },
  reload: { zh: '重新读取', en: 'Reload' },
  pendingKept: {
    zh: '你在此期间做出的修改已保留，文件修复后会自动保存。',
    en: 'Changes you make meanwhile are kept and saved once the file is fixed.',
  },
  pendingEdits: { zh: '有尚未保存的修改。', en: 'There are unsaved changes.' },
  markAs: { zh: '标记为', en: 'Mark as' },
  reasonPlaceholder: { zh: '填写理由（必填，会写入决定文件）', en: 'Reason (required; saved in the decisions file)' },
  notePlaceholder: { zh: '备注（会写入决定文件，请勿填写个人信息）', en: 'Note (saved in the decisions file; do not enter personal data)' },
  reviewerPlaceholder: { zh: '审核人', en: 'Reviewer' },
  openAt: { zh: '打开 {file} 第 {line} 行', en: 'Open {file} at line {line}' },
  summary: { zh: '说明', en: 'What it requires' },
  conditions: { zh: '适用条件', en: 'When it applies' },
  proposalBadge: { zh: '提案 · 非现行法律', en: 'Proposal · not law in force' },
  method: { zh: '估算方法', en: 'How this is estimated' },
  noneFound: { zh: '无', en: 'None' },
  questionsHint: {
    zh: '代码无法回答这些问题。未回答时，相关义务显示为“可能适用”。',
    en: 'The code cannot answer these. While unanswered, the obligations they decide show as "possibly applies".',
  },
  otherGroup: { zh: '由回答触发', en: 'From answers' },
  noMatch: { zh: '没有待处理的义务。', en: 'No open obligations.' },
  evidenceCount: { zh: '{n} 处证据', en: '{n} evidence' },
  noLongerDetectedBadge: { zh: '不再检测到', en: 'No longer detected' },
  unverifiedBadge: { zh: '待核实', en: 'To be confirmed' },
  inventoryMore: { zh: '另有 {n} 处', en: '+{n} more' },
} satisfies Record<string, Localized>;

export function tr(text: Localized, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(text[lang], values);
}
