// Engine entry point. PLACEHOLDER: one trivial rule until the real detectors land (issue 4).
import type { FileScanResult, Finding, ProjectConfig, RuleMeta } from '../model';

export interface ScanOptions {
  config?: ProjectConfig;
  /** For expiry of suppressions; defaults to now. */
  now?: Date;
  /** VS Code language id when known; otherwise inferred from the path. */
  languageId?: string;
}

const placeholderRule: RuleMeta = {
  id: 'AILL-PLACEHOLDER',
  name: 'placeholder-id-card',
  category: 'sensitive-pi',
  severity: 'warning',
  confidence: 'medium',
  obligations: ['PIPL-28', 'PIPL-29'],
  title: { zh: '收集身份证号', en: 'Collects ID card numbers' },
  message: {
    zh: '收集身份证号：敏感个人信息（个人信息保护法第28、29条）',
    en: 'Collects ID card numbers: sensitive personal information (PIPL Arts. 28, 29)',
  },
  description: { zh: '占位规则。', en: 'Placeholder rule.' },
};

export function listRules(): readonly RuleMeta[] {
  return [placeholderRule];
}

export function scanText(file: string, text: string, _options: ScanOptions = {}): FileScanResult {
  const findings: Finding[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const match = /id_card|身份证/.exec(line);
    if (match) {
      const span = {
        start: { line: index, character: match.index },
        end: { line: index, character: match.index + match[0].length },
      };
      findings.push({
        ruleId: placeholderRule.id,
        category: placeholderRule.category,
        severity: placeholderRule.severity,
        confidence: placeholderRule.confidence,
        file,
        span,
        message: placeholderRule.message,
        obligations: placeholderRule.obligations,
        token: match[0],
        related: [],
        fingerprint: `${placeholderRule.id}:${match[0]}`,
      });
    }
  });
  return { file, findings, problems: [] };
}
