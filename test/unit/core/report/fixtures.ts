// A hand-built scan result that exercises every reporter branch, independent of what the engine finds today.
import type { Finding, RuleMeta } from '../../../../src/core/model';
import type { ReportInput } from '../../../../src/core/report';
import type { WorkspaceScanResult } from '../../../../src/core/workspace';

const span = (line: number, character: number, length = 4) => ({ start: { line, character }, end: { line, character: character + length } });

export const RULES: RuleMeta[] = [
  {
    id: 'AILL-SPI-ID',
    name: 'id-card-number',
    category: 'sensitive-pi',
    severity: 'error',
    confidence: 'high',
    obligations: ['PIPL-28', 'PIPL-29'],
    title: { zh: '收集身份证号', en: 'Collects ID card numbers' },
    message: { zh: '收集身份证号 {token}', en: 'Collects ID card numbers {token}' },
    description: { zh: '身份证号属于敏感个人信息。', en: 'ID card numbers are sensitive personal information.' },
  },
  {
    id: 'AILL-XB-HOST',
    name: 'foreign-host',
    category: 'cross-border',
    severity: 'warning',
    confidence: 'medium',
    obligations: ['PIPL-38'],
    title: { zh: '境外接口', en: 'Foreign endpoint' },
    message: { zh: '调用境外接口 {token}', en: 'Calls a foreign endpoint {token}' },
    description: { zh: '数据可能出境。', en: 'Data may leave mainland China.' },
  },
];

function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'file'>): Finding {
  const rule = RULES.find((r) => r.id === partial.ruleId) ?? RULES[0];
  return {
    category: rule.category,
    severity: rule.severity,
    confidence: rule.confidence,
    span: span(0, 0),
    message: { zh: rule.title.zh, en: rule.title.en },
    obligations: [...rule.obligations],
    token: 'sfzh',
    related: [],
    fingerprint: `${partial.ruleId}:${partial.file}`,
    ...partial,
  };
}

export const HOSTILE_FILE = 'src/<img src=x onerror=alert(1)>.py';
export const NEWLINE_FILE = 'odd\nname.py';

export function sampleResult(): WorkspaceScanResult {
  const findings: Finding[] = [
    finding({
      ruleId: 'AILL-SPI-ID',
      file: 'db/schema.sql',
      span: span(4, 2),
      context: 'yonghu',
      piElement: 'id-card-number',
      sensitive: true,
      related: [{ file: 'db/schema.sql', span: span(1, 0, 12), message: { zh: '用户表', en: 'person table' } }],
    }),
    finding({ ruleId: 'AILL-XB-HOST', file: HOSTILE_FILE, span: span(2, 10, 14), token: 'api.openai.com' }),
    finding({ ruleId: 'AILL-SPI-ID', file: NEWLINE_FILE, span: span(0, 0) }),
    finding({
      ruleId: 'AILL-SPI-ID',
      file: '名字 with space.py',
      span: span(7, 4),
      severity: 'warning',
      suppression: { kind: 'inSource', scope: 'next-line', justification: 'Test fixture, synthetic data', reviewer: 'li.lei', expires: '2099-01-01', line: 6 },
    }),
    finding({ ruleId: 'ACME-CUSTOM', file: 'app.py', category: 'personal-data', severity: 'info', obligations: ['PIPL-13'], span: span(3, 1) }),
  ];
  return {
    root: '/tmp/project',
    filesScanned: 5,
    bytesScanned: 12345,
    findings,
    problems: [
      { kind: 'skipped-size', file: 'data/dump.sql', message: { zh: '文件过大', en: 'File too large' } },
      { kind: 'skipped-line-length', file: 'web/app.min.js', span: span(0, 0, 0), message: { zh: '行过长', en: 'Line too long' } },
      { kind: 'config-error', file: '.ailawlens.yaml', span: span(4, 12), message: { zh: '已拒绝自定义规则', en: 'Rejected custom pattern' } },
    ],
    durationMs: 42,
    cancelled: false,
    totals: { filesListed: 8, filesScanned: 5, bytesScanned: 12345, skipped: { binary: 1, 'skipped-size': 1, 'skipped-line-length': 1 }, findings: 4, suppressed: 1 },
  };
}

export function sampleInput(lang: 'zh' | 'en' = 'en'): ReportInput {
  return {
    result: sampleResult(),
    rules: RULES,
    lang,
    tool: { name: 'AI Law Lens', version: '0.1.0', informationUri: 'https://example.invalid/ai-law-lens' },
  };
}
