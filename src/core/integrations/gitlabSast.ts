// Converts findings to GitLab's SAST security report (`artifacts:reports:sast`), so merge requests and the
// vulnerability report show them. Targets security-report-schemas v15.1.4; the official schema file is not
// available offline here, so the fields emitted are the ones its documentation requires (see docs/ci.md and
// GITLAB_SAST_SHAPE below, which a test validates every report against).
import { createHash } from 'node:crypto';
import { baselineKey } from '../baseline/key';
import type { Finding, Lang, RuleMeta, Severity } from '../model';

export const GITLAB_SAST_SCHEMA_VERSION = '15.1.4';

export interface GitLabIdentifier {
  type: string;
  name: string;
  value: string;
  url?: string;
}

export interface GitLabVulnerability {
  id: string;
  name: string;
  description: string;
  severity: 'Critical' | 'High' | 'Medium' | 'Low' | 'Info' | 'Unknown';
  solution?: string;
  identifiers: GitLabIdentifier[];
  location: { file: string; start_line: number; end_line: number; method?: string };
}

interface GitLabComponent {
  id: string;
  name: string;
  version: string;
  vendor: { name: string };
  url?: string;
}

export interface GitLabSastReport {
  version: string;
  schema: string;
  scan: {
    analyzer: GitLabComponent;
    scanner: GitLabComponent;
    type: 'sast';
    start_time: string;
    end_time: string;
    status: 'success' | 'failure';
  };
  vulnerabilities: GitLabVulnerability[];
}

export interface GitLabSastOptions {
  toolVersion: string;
  startTime: Date;
  endTime: Date;
  lang?: Lang;
  /** Rule metadata for names and descriptions; the rule id is used when a rule is unknown. */
  rules?: readonly RuleMeta[];
  /** Where obligation ids are explained (e.g. the docs page); optional. */
  obligationUrl?: (id: string) => string | undefined;
}

const SEVERITY: Record<Severity, GitLabVulnerability['severity']> = { error: 'High', warning: 'Medium', info: 'Low' };
/** GitLab keeps at most 20 identifiers per vulnerability. */
const MAX_IDENTIFIERS = 20;

/** GitLab wants `YYYY-MM-DDTHH:MM:SS` without zone or fraction. */
export function gitlabTime(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** A stable UUID-shaped id, so the same finding keeps its id from one pipeline to the next. */
function vulnerabilityId(finding: Finding, occurrence: number): string {
  const hex = createHash('sha256').update(`${baselineKey(finding)}\u0000${occurrence}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Suppressed findings are left out: they were reviewed in the source, with a reason. */
export function toGitLabSast(findings: readonly Finding[], options: GitLabSastOptions): GitLabSastReport {
  const lang = options.lang ?? 'en';
  const rules = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const seen = new Map<string, number>();
  const component: GitLabComponent = {
    id: 'ai-law-lens',
    name: 'AI Law Lens',
    version: options.toolVersion,
    vendor: { name: 'AI Law Lens' },
  };
  const vulnerabilities = findings
    .filter((f) => !f.suppression)
    .map((finding): GitLabVulnerability => {
      const key = baselineKey(finding);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const rule = rules.get(finding.ruleId);
      const obligations = finding.obligations.length > 0 ? finding.obligations.join(', ') : '—';
      const description =
        lang === 'zh'
          ? `${finding.message.zh}\n\n类别：${finding.category}；涉及义务：${obligations}。${rule ? `\n\n${rule.description.zh}` : ''}`
          : `${finding.message.en}\n\nCategory: ${finding.category}; obligations: ${obligations}.${rule ? `\n\n${rule.description.en}` : ''}`;
      const identifiers: GitLabIdentifier[] = [
        { type: 'ai_law_lens_rule', name: `AI Law Lens ${finding.ruleId}`, value: finding.ruleId },
        ...finding.obligations.map((id): GitLabIdentifier => {
          const url = options.obligationUrl?.(id);
          return url ? { type: 'ai_law_lens_obligation', name: id, value: id, url } : { type: 'ai_law_lens_obligation', name: id, value: id };
        }),
      ].slice(0, MAX_IDENTIFIERS);
      const vulnerability: GitLabVulnerability = {
        id: vulnerabilityId(finding, occurrence),
        name: (rule ? rule.title[lang] : finding.ruleId).slice(0, 255),
        description,
        severity: SEVERITY[finding.severity],
        identifiers,
        location: { file: finding.file, start_line: finding.span.start.line + 1, end_line: Math.max(finding.span.end.line, finding.span.start.line) + 1 },
      };
      if (finding.context) {
        vulnerability.location.method = finding.context;
      }
      if (rule?.fix) {
        vulnerability.solution = rule.fix.title[lang];
      }
      return vulnerability;
    });
  return {
    version: GITLAB_SAST_SCHEMA_VERSION,
    schema: `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SAST_SCHEMA_VERSION}/dist/sast-report-format.json`,
    scan: {
      analyzer: component,
      scanner: component,
      type: 'sast',
      start_time: gitlabTime(options.startTime),
      end_time: gitlabTime(options.endTime),
      status: 'success',
    },
    vulnerabilities,
  };
}

/**
 * The subset of the v15 SAST report schema that GitLab's documentation makes mandatory, as a JSON Schema
 * (draft-07). Not the official file; used to check our output until that file can be vendored.
 */
export const GITLAB_SAST_SHAPE = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['version', 'scan', 'vulnerabilities'],
  properties: {
    version: { type: 'string', pattern: '^15\\.\\d+\\.\\d+$' },
    schema: { type: 'string' },
    scan: {
      type: 'object',
      required: ['analyzer', 'scanner', 'type', 'start_time', 'end_time', 'status'],
      properties: {
        analyzer: { $ref: '#/definitions/component' },
        scanner: { $ref: '#/definitions/component' },
        type: { const: 'sast' },
        start_time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' },
        end_time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' },
        status: { enum: ['success', 'failure'] },
      },
    },
    vulnerabilities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'identifiers', 'location'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1 },
          name: { type: 'string', maxLength: 255 },
          description: { type: 'string', maxLength: 1048576 },
          severity: { enum: ['Info', 'Unknown', 'Low', 'Medium', 'High', 'Critical'] },
          solution: { type: 'string', maxLength: 7000 },
          identifiers: {
            type: 'array',
            minItems: 1,
            maxItems: 20,
            items: {
              type: 'object',
              required: ['type', 'name', 'value'],
              properties: { type: { type: 'string', minLength: 1 }, name: { type: 'string', minLength: 1 }, value: { type: 'string', minLength: 1 }, url: { type: 'string' } },
            },
          },
          location: {
            type: 'object',
            required: ['file', 'start_line'],
            properties: {
              file: { type: 'string', minLength: 1 },
              start_line: { type: 'integer', minimum: 1 },
              end_line: { type: 'integer', minimum: 1 },
              class: { type: 'string' },
              method: { type: 'string' },
            },
          },
        },
      },
    },
  },
  definitions: {
    component: {
      type: 'object',
      required: ['id', 'name', 'version', 'vendor'],
      properties: {
        id: { type: 'string', pattern: '^[a-z0-9-]+$' },
        name: { type: 'string' },
        version: { type: 'string' },
        vendor: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        url: { type: 'string' },
      },
    },
  },
} as const;
