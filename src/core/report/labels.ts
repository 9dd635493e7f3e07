// Display names shared by the human-readable reporters.
import type { Category, Localized, Severity } from '../model';

export const CATEGORY_LABELS: Record<Category, Localized> = {
  training: { zh: '模型训练', en: 'Model training' },
  'personal-data': { zh: '个人信息', en: 'Personal information' },
  'sensitive-pi': { zh: '敏感个人信息', en: 'Sensitive personal information' },
  recommendation: { zh: '算法推荐', en: 'Algorithmic recommendation' },
  'generative-ai': { zh: '生成式人工智能', en: 'Generative AI' },
  'deep-synthesis': { zh: '深度合成', en: 'Deep synthesis' },
  'face-recognition': { zh: '人脸识别', en: 'Face recognition' },
  'automated-decision': { zh: '自动化决策', en: 'Automated decision-making' },
  'cross-border': { zh: '数据出境', en: 'Cross-border transfer' },
  scraping: { zh: '数据爬取', en: 'Web scraping' },
  minors: { zh: '未成年人保护', en: 'Minors' },
  'pi-logging': { zh: '日志中的个人信息', en: 'Personal information in logs' },
};

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'note' },
};

/** SARIF and `--fail-on` speak error/warning/note; the model says info. */
export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
