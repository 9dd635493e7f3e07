// JSON writer: the project's own model (findings, problems, summary, rules used), in a stable order so that two
// scans of the same tree give byte-identical output apart from timings.
import type { Finding, RuleMeta } from '../model';
import { summarise } from './summary';
import type { ReportInput } from './types';

export const JSON_REPORT_VERSION = 1;

function finding(f: Finding) {
  // Fixed key order, whatever order the engine built the object in.
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    confidence: f.confidence,
    file: f.file,
    span: f.span,
    message: f.message,
    obligations: f.obligations,
    token: f.token,
    ...(f.context !== undefined ? { context: f.context } : {}),
    related: f.related,
    fingerprint: f.fingerprint,
    ...(f.piElement !== undefined ? { piElement: f.piElement } : {}),
    ...(f.sensitive !== undefined ? { sensitive: f.sensitive } : {}),
    ...(f.suppression ? { suppression: f.suppression } : {}),
  };
}

function rule(r: RuleMeta) {
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    severity: r.severity,
    confidence: r.confidence,
    obligations: r.obligations,
    title: r.title,
    description: r.description,
  };
}

export function toJsonReport(input: ReportInput): object {
  const { result } = input;
  const used = new Set(result.findings.map((f) => f.ruleId));
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: input.tool.name, version: input.tool.version },
    root: result.root,
    cancelled: result.cancelled,
    durationMs: result.durationMs,
    totals: result.totals,
    summary: summarise(result.findings),
    findings: result.findings.map(finding),
    problems: result.problems,
    rules: input.rules
      .filter((r) => used.has(r.id))
      .map(rule)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

export function writeJson(input: ReportInput): string {
  return `${JSON.stringify(toJsonReport(input), null, 2)}\n`;
}
