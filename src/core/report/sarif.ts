// SARIF 2.1.0 writer. Locations are relative to the scanned root (uriBaseId SRCROOT), so the log can be uploaded
// from CI (GitHub code scanning) and opened by SARIF viewers. Problems become tool execution notifications.
import { pathToFileURL } from 'node:url';
import type { Finding, Lang, Problem, RelatedLocation, RuleMeta, Span } from '../model';
import { CATEGORY_LABELS, SARIF_LEVEL } from './labels';
import type { ReportInput } from './types';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'aiLawLens/v1';

/* Minimal SARIF shapes: only what this writer emits. */
type Message = { text: string; markdown?: string };
interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: Region };
  message?: Message;
}

/** Percent-encodes each path segment: spaces, `<`, `>`, newlines and non-ASCII stay valid URI references. */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function region(span: Span): Region {
  const startLine = span.start.line + 1;
  const startColumn = span.start.character + 1;
  let endLine = span.end.line + 1;
  let endColumn = span.end.character + 1;
  if (endLine < startLine || (endLine === startLine && endColumn < startColumn)) {
    endLine = startLine;
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}

function location(file: string, span: Span | undefined, message?: string, id?: number): SarifLocation {
  return {
    ...(id !== undefined ? { id } : {}),
    physicalLocation: {
      artifactLocation: { uri: fileUri(file), uriBaseId: 'SRCROOT' },
      ...(span ? { region: region(span) } : {}),
    },
    ...(message !== undefined ? { message: { text: message } } : {}),
  };
}

function ruleHelp(rule: RuleMeta, input: ReportInput): Message {
  const lang = input.lang;
  const citations = input.cite ? input.cite(rule.obligations, lang) : rule.obligations;
  const heading = lang === 'zh' ? '相关义务' : 'Obligations';
  const category = CATEGORY_LABELS[rule.category][lang];
  const text = [rule.description[lang], '', `${heading}:`, ...citations.map((c) => `- ${c}`)].join('\n');
  const markdown = [
    `**${rule.title[lang]}** (${category})`,
    '',
    rule.description[lang],
    '',
    `**${heading}**`,
    '',
    ...citations.map((c) => `- ${c}`),
  ].join('\n');
  return { text, markdown };
}

function ruleDescriptor(rule: RuleMeta, input: ReportInput) {
  const lang = input.lang;
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: rule.description[lang] },
    help: ruleHelp(rule, input),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: {
      category: rule.category,
      obligations: [...rule.obligations],
      confidence: rule.confidence,
      precision: rule.confidence,
      tags: ['ai-law-lens', 'compliance', rule.category],
    },
  };
}

/** A descriptor for findings whose rule the engine did not list (custom patterns, engine-internal rules). */
function syntheticRule(finding: Finding): RuleMeta {
  const title = { zh: finding.ruleId, en: finding.ruleId };
  return {
    id: finding.ruleId,
    name: finding.ruleId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'rule',
    category: finding.category,
    severity: finding.severity,
    confidence: finding.confidence,
    obligations: [...finding.obligations],
    title,
    message: finding.message,
    description: {
      zh: `${CATEGORY_LABELS[finding.category].zh}：项目自定义或内部规则 ${finding.ruleId}`,
      en: `${CATEGORY_LABELS[finding.category].en}: project-defined or internal rule ${finding.ruleId}`,
    },
  };
}

function related(rel: RelatedLocation, index: number, lang: Lang): SarifLocation {
  return location(rel.file, rel.span, rel.message[lang], index + 1);
}

function result(finding: Finding, ruleIndex: number, lang: Lang) {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message[lang] },
    locations: [location(finding.file, finding.span)],
    ...(finding.related.length > 0 ? { relatedLocations: finding.related.map((r, i) => related(r, i, lang)) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.suppression
      ? {
          suppressions: [
            {
              kind: 'inSource',
              justification: finding.suppression.justification,
              ...(finding.suppression.reviewer || finding.suppression.expires
                ? {
                    properties: {
                      ...(finding.suppression.reviewer ? { reviewer: finding.suppression.reviewer } : {}),
                      ...(finding.suppression.expires ? { expires: finding.suppression.expires } : {}),
                    },
                  }
                : {}),
            },
          ],
        }
      : {}),
    properties: {
      category: finding.category,
      obligations: [...finding.obligations],
      confidence: finding.confidence,
      ...(finding.context ? { context: finding.context } : {}),
      ...(finding.piElement ? { piElement: finding.piElement } : {}),
      ...(finding.sensitive !== undefined ? { sensitive: finding.sensitive } : {}),
    },
  };
}

function notification(problem: Problem, lang: Lang) {
  return {
    level: problem.kind === 'config-error' ? 'error' : 'warning',
    message: { text: problem.message[lang] },
    descriptor: { id: problem.kind },
    ...(problem.file ? { locations: [location(problem.file, problem.span)] } : {}),
  };
}

export function toSarif(input: ReportInput): object {
  const { result: scan, lang } = input;
  const rules: RuleMeta[] = [...input.rules];
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  for (const f of scan.findings) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, rules.length);
      rules.push(syntheticRule(f));
    }
  }
  const configProblems = scan.problems.filter((p) => p.kind === 'config-error');
  const otherProblems = scan.problems.filter((p) => p.kind !== 'config-error');
  const rootUri = pathToFileURL(scan.root).href.replace(/\/?$/, '/');
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: input.tool.name,
            version: input.tool.version,
            semanticVersion: input.tool.version,
            informationUri: input.tool.informationUri,
            rules: rules.map((r) => ruleDescriptor(r, input)),
          },
        },
        invocations: [
          {
            executionSuccessful: !scan.cancelled,
            toolExecutionNotifications: otherProblems.map((p) => notification(p, lang)),
            toolConfigurationNotifications: configProblems.map((p) => notification(p, lang)),
            properties: {
              filesListed: scan.totals.filesListed,
              filesScanned: scan.totals.filesScanned,
              bytesScanned: scan.totals.bytesScanned,
              skipped: scan.totals.skipped,
              durationMs: scan.durationMs,
              cancelled: scan.cancelled,
            },
          },
        ],
        originalUriBaseIds: { SRCROOT: { uri: rootUri } },
        language: lang === 'zh' ? 'zh-CN' : 'en-US',
        columnKind: 'utf16CodeUnits',
        results: scan.findings.map((f) => result(f, index.get(f.ruleId) ?? -1, lang)),
      },
    ],
  };
}

export function writeSarif(input: ReportInput): string {
  return `${JSON.stringify(toSarif(input), null, 2)}\n`;
}
