// Engine entry point: front end → detectors → rules → config → suppressions → fingerprints → sorted findings.
// Never throws: any failure becomes a Problem on the file.
import { fingerprintOf } from '../fingerprint';
import { detectFamily, parseSource, TokenPool } from '../lang';
import { LineIndex } from '../lang/lines';
import { isSimpleYaml } from '../lang/simpleYaml';
import type { SourceDoc } from '../lang/types';
import { maskFreeText } from '../mask';
import type { Category, Confidence, FileScanResult, Finding, Localized, Problem, ProjectConfig, RuleMeta, Severity } from '../model';
import { runDetectors } from '../detect';
import { importSet } from '../detect/libraries';
import { mentionsIn, type DetectContext, type Hit } from '../detect/types';
import { allRules, isRuleId, renderMessage, ruleSpec, withCitation } from '../rules';
import { applySuppressions, DIRECTIVE_PREFIX, parseDirectives } from '../suppress';
import { defaultPrefilter } from '../perf/prefilter';
import { compileCustomPatterns } from './customRules';
import { detached } from '../strings';

/** A workspace-supplied pattern, already compiled and ReDoS-checked by config loading. Matched against identifiers and keys. */
export interface CompiledCustomRule {
  id: string;
  category: Category;
  regex: RegExp;
  severity?: Severity;
  obligations?: string[];
  message?: Localized;
  confidence?: Confidence;
}

export interface ScanOptions {
  config?: ProjectConfig;
  /** For expiry of suppressions; defaults to now. */
  now?: Date;
  /** VS Code language id when known; otherwise inferred from the path. */
  languageId?: string;
  /** Pre-compiled custom rules (config loading compiles and ReDoS-checks `customPatterns`). Ignored in untrusted workspaces by the caller. */
  customRules?: readonly CompiledCustomRule[];
  /** Skip the front end and detectors for files without any trigger keyword (default true; findings are identical). */
  prefilter?: boolean;
  /** Per-file analysis budget in ms (default 2000), checked between stages; when exceeded the partial result carries a `skipped-timeout` problem. */
  timeBudgetMs?: number;
}

export const DEFAULT_TIME_BUDGET_MS = 2000;

/** Families whose front end reports syntax errors: parsed even when the prefilter finds no keyword, so errors still show. */
const PARSE_PROBLEM_FAMILIES = new Set(['json', 'yaml', 'toml', 'notebook']);

function emptyDoc(file: string, text: string, family: SourceDoc['family']): SourceDoc {
  return { file, family, text, tokens: [], declarations: [], imports: [], calls: [], dependencies: [], problems: [] };
}

/** Custom rules match any identifier, and `prefilter: false` asks for full analysis: the prefilter cannot decide. */
function prefilterOff(options: ScanOptions): boolean {
  return options.prefilter === false || (options.customRules?.length ?? 0) > 0;
}

/** False when the prefilter proves no detector can fire on this text (custom rules and binary text always analyse). */
function needsAnalysis(text: string, family: SourceDoc['family'], options: ScanOptions): boolean {
  if (prefilterOff(options) || text.indexOf('\u0000') >= 0) {
    return true;
  }
  const prefilter = defaultPrefilter();
  return !prefilter || prefilter.needsAnalysis(text, family);
}

/** Encoded once: a string needle would be encoded again on every search. */
const DIRECTIVE_BYTES = Buffer.from(DIRECTIVE_PREFIX);

/**
 * What the prefilter can tell from a file's bytes (valid UTF-8) before they are decoded:
 *   quiet   — `scanText` on the decoded text is certain to report nothing (no keyword for any detector, nothing for
 *             the front end to report, no suppression directive): the reader need not decode it;
 *   analyse — a keyword is there: the detectors will run, so `scanText` need not run the prefilter again;
 *   unknown — anything else (custom rules, a structured format that may hold a syntax error, a directive…).
 */
export function prefilterBytes(file: string, bytes: Uint8Array, options: ScanOptions = {}): 'quiet' | 'analyse' | 'unknown' {
  const prefilter = defaultPrefilter();
  // Before scanText compiles the config's custom patterns into custom rules, so those count here too.
  if (!prefilter || prefilterOff(options) || (options.config?.customPatterns?.length ?? 0) > 0) {
    return 'unknown';
  }
  const family = detectFamily(file, options.languageId);
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.indexOf(0) >= 0 || view.indexOf(DIRECTIVE_BYTES) >= 0) {
    return 'unknown';
  }
  if (prefilter.needsAnalysisOfBytes(bytes, family)) {
    return 'analyse';
  }
  return maySyntaxError(family, bytes) ? 'unknown' : 'quiet';
}

/**
 * Whether the front end must run on a file no detector needs, because it may hold a syntax error to report. Takes
 * the text or its UTF-8 bytes (read as Latin-1: the plain-YAML check refuses every non-ASCII character anyway).
 */
function maySyntaxError(family: SourceDoc['family'], text: string | Uint8Array): boolean {
  if (!PARSE_PROBLEM_FAMILIES.has(family)) {
    return false;
  }
  if (family !== 'yaml') {
    return true;
  }
  return !isSimpleYaml(typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('latin1'));
}

function timeoutProblem(file: string, budgetMs: number, stage: string): Problem {
  return {
    kind: 'skipped-timeout',
    file,
    message: {
      zh: `分析超出单文件时间预算（${budgetMs} 毫秒），已在“${stage}”阶段停止，结果可能不完整。`,
      en: `Analysis exceeded the per-file time budget (${budgetMs} ms) and stopped at "${stage}"; results may be incomplete.`,
    },
  };
}

export function listRules(): readonly RuleMeta[] {
  return allRules();
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Severity after config: rule-id entries win over category entries; `off` or `disable` removes the finding. */
function effectiveSeverity(ruleId: string, category: Category, base: Severity, config?: ProjectConfig): Severity | undefined {
  if (!config) {
    return base;
  }
  if (config.disable.includes(ruleId) || config.disable.includes(category)) {
    return undefined;
  }
  const override = config.severity[ruleId] ?? config.severity[category];
  if (override === 'off') {
    return undefined;
  }
  return override ?? base;
}

/** Rendered, masked messages per rule, token and element: re-analysis while typing renders the same ones again. */
const MESSAGES = new Map<string, Localized>();

function cachedMessage(ruleId: string, token: string, element?: Localized): Localized {
  const key = `${ruleId}\u0000${token}\u0000${element?.en ?? ''}`;
  let message = MESSAGES.get(key);
  if (!message) {
    const rendered = renderMessage(ruleSpec(ruleId)!, { token, element });
    message = { zh: detached(maskFreeText(rendered.zh)), en: detached(maskFreeText(rendered.en)) };
    if (MESSAGES.size >= 20000) {
      MESSAGES.clear();
    }
    MESSAGES.set(detached(key), message);
  }
  return message;
}

function hitToFinding(hit: Hit, file: string, config?: ProjectConfig): Finding | undefined {
  const spec = ruleSpec(hit.ruleId);
  if (!spec) {
    return undefined;
  }
  const severity = effectiveSeverity(spec.id, spec.category, spec.severity, config);
  if (!severity) {
    return undefined;
  }
  const token = maskFreeText(hit.token);
  const message = cachedMessage(spec.id, token, hit.element);
  const finding: Finding = {
    ruleId: spec.id,
    category: spec.category,
    severity,
    confidence: hit.confidence ?? spec.confidence,
    file,
    span: hit.span,
    message,
    obligations: [...spec.obligations],
    token,
    // Context (enclosing class, table, object key) and related messages come from the code and may hold a PI value.
    related: (hit.related ?? []).map((r) => ({ ...r, message: { zh: maskFreeText(r.message.zh), en: maskFreeText(r.message.en) } })),
    fingerprint: '',
  };
  if (hit.context) {
    finding.context = maskFreeText(hit.context);
  }
  if (hit.piElement) {
    finding.piElement = hit.piElement;
    finding.sensitive = hit.sensitive ?? false;
  }
  return finding;
}

function customFindings(doc: SourceDoc, rules: readonly CompiledCustomRule[], file: string, config?: ProjectConfig): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    const severity = effectiveSeverity(rule.id, rule.category, rule.severity ?? 'warning', config);
    if (!severity) {
      continue;
    }
    const seen = new Set<string>();
    for (const token of doc.tokens) {
      if ((token.kind !== 'identifier' && token.kind !== 'key') || token.text.length > 200 || seen.has(token.text)) {
        continue;
      }
      rule.regex.lastIndex = 0;
      if (!rule.regex.test(token.text)) {
        continue;
      }
      seen.add(token.text);
      const base = rule.message ?? { zh: `自定义规则 ${rule.id}：${token.text}`, en: `Custom rule ${rule.id}: ${token.text}` };
      const obligations = rule.obligations ?? [];
      out.push({
        ruleId: rule.id,
        category: rule.category,
        severity,
        confidence: rule.confidence ?? 'medium',
        file,
        span: token.span,
        message: obligations.length > 0 ? withCitation(base, obligations) : base,
        obligations: [...obligations],
        token: maskFreeText(token.text),
        related: [],
        fingerprint: '',
      });
    }
  }
  return out;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.span.start.line - b.span.start.line ||
    a.span.start.character - b.span.start.character ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** One squiggle per category per line: keep the most severe (then the first) finding. */
function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.category}\u0000${f.span.start.line}`;
    const prev = best.get(key);
    if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) {
      best.set(key, f);
    }
  }
  return findings.filter((f) => best.get(`${f.category}\u0000${f.span.start.line}`) === f);
}

function failure(file: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    kind: 'parse-error',
    file,
    message: { zh: `分析此文件时出错：${maskFreeText(reason)}`, en: `Analysis of this file failed: ${maskFreeText(reason)}` },
  };
}

export function scanText(file: string, text: string, options: ScanOptions = {}): FileScanResult {
  try {
    // Custom patterns from the config (project file or user settings) run unless the caller compiled its own.
    const patterns = options.config?.customPatterns;
    if (options.customRules === undefined && patterns && patterns.length > 0) {
      options = { ...options, customRules: compileCustomPatterns(patterns).rules };
    }
    return scanUnsafe(file, typeof text === 'string' ? text : String(text), options);
  } catch (error) {
    return { file, findings: [], problems: [failure(file, error)] };
  }
}

/** Tokens are reused from one scan to the next: a scan is done with its SourceDoc before it returns. */
const TOKENS = new TokenPool();

function scanUnsafe(file: string, text: string, options: ScanOptions): FileScanResult {
  const now = options.now ?? new Date();
  const budgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const deadline = performance.now() + budgetMs;
  const family = detectFamily(file, options.languageId);
  const analyse = needsAnalysis(text, family, options);
  const doc = analyse || maySyntaxError(family, text) ? parseSource(file, text, options.languageId, { tokenPool: TOKENS }) : emptyDoc(file, text, family);
  const problems: Problem[] = [...doc.problems];
  const ctx: DetectContext = {
    doc,
    file,
    text,
    mentions: mentionsIn(text),
    lines: LineIndex.of(analyse ? text : ''),
    imports: importSet({ doc }),
    hits: [],
  };
  if (analyse) {
    if (performance.now() >= deadline) {
      problems.push(timeoutProblem(file, budgetMs, 'parse'));
    } else {
      const timedOut = (stage: string): boolean => {
        if (performance.now() < deadline) {
          return false;
        }
        problems.push(timeoutProblem(file, budgetMs, stage));
        return true;
      };
      problems.push(...runDetectors(ctx, now, timedOut));
    }
  }

  let findings: Finding[] = [];
  for (const hit of ctx.hits) {
    const finding = hitToFinding(hit, file, options.config);
    if (finding) {
      findings.push(finding);
    }
  }
  if (options.customRules && options.customRules.length > 0) {
    try {
      findings.push(...customFindings(doc, options.customRules, file, options.config));
    } catch (error) {
      problems.push(failure(file, error));
    }
  }

  const customIds = new Set((options.customRules ?? []).map((r) => r.id));
  const { directives, problems: directiveProblems } = parseDirectives(text, {
    isRuleId: (id) => isRuleId(id) || customIds.has(id),
    now,
    file,
  });
  problems.push(...directiveProblems);
  if (directives.length > 0) {
    // Words inside a directive's own reason (e.g. "人脸识别 handled by …") are not findings.
    const directiveStart = new Map(directives.map((d) => [d.line, d.span.start.character]));
    findings = findings.filter((f) => {
      const col = directiveStart.get(f.span.start.line);
      return col === undefined || f.span.start.character < col;
    });
  }

  findings.sort(compareFindings);
  findings = dedupe(findings);
  const occurrences = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.token}\u0000${f.context ?? ''}`;
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    f.fingerprint = fingerprintOf(f, n);
  }
  applySuppressions(findings, directives);
  return { file, findings, problems };
}
