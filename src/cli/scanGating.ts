// What `scan --baseline FILE --diff-base REF --fail-on LEVEL` decides: which findings are reported, which are
// new, and the exit code. Pure apart from reading the baseline and asking git; the CLI and CI scripts share it.
import * as path from 'node:path';
import type { Baseline, BaselineEntry } from '../core/baseline';
import { BaselineError, classify, loadBaseline } from '../core/baseline';
import type { ChangedLines } from '../core/git';
import { GitError, changedLinesSince, findingTouchesChange } from '../core/git';
import type { SarifLogLike } from '../core/integrations';
import { applyBaselineToSarif, toGitLabSast } from '../core/integrations';
import type { Finding, Lang, Localized, RuleMeta, Severity } from '../core/model';

export type FailOn = 'error' | 'warning' | 'note' | 'none';
export const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

export interface GatedFinding extends Finding {
  /** Set only when a baseline was given (SARIF `baselineState`). */
  baselineState?: 'new' | 'unchanged';
}

export interface GatingCounts {
  /** Findings the scan produced, before diff filtering. */
  scanned: number;
  /** Findings kept in the report. */
  reported: number;
  new: number;
  unchanged: number;
  absent: number;
  suppressed: number;
  /** Dropped by diff mode because none of their lines changed. */
  outsideDiff: number;
  /** Reported, unsuppressed findings (new ones only, with a baseline) at or above --fail-on. */
  failing: number;
}

export interface GatingResult {
  findings: GatedFinding[];
  /** Baseline entries no longer found (SARIF results with `baselineState: "absent"`). */
  absent: BaselineEntry[];
  exitCode: 0 | 1;
  counts: GatingCounts;
  notes: Localized[];
  baseline?: Baseline;
  changed?: ChangedLines;
}

export interface GateInput {
  baseline?: Baseline;
  changed?: ChangedLines;
  failOn: FailOn;
  /** Files the scan covered; baseline entries elsewhere are not reported absent. */
  inScope?: (file: string) => boolean;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
const THRESHOLD: Record<FailOn, number> = { note: 1, warning: 2, error: 3, none: Number.POSITIVE_INFINITY };

export function isFailOn(value: unknown): value is FailOn {
  return typeof value === 'string' && (FAIL_ON_LEVELS as readonly string[]).includes(value);
}

export function meetsFailOn(severity: Severity, failOn: FailOn): boolean {
  return RANK[severity] >= THRESHOLD[failOn];
}

/** The decision itself, with the baseline and changed lines already loaded. */
export function gateFindings(findings: readonly Finding[], input: GateInput): GatingResult {
  const { baseline, changed } = input;
  // Classify before diff filtering: a baselined finding on an untouched line is still "unchanged", not "absent".
  const classification = baseline ? classify(findings, baseline, { inScope: input.inScope }) : undefined;
  const gated: GatedFinding[] = findings.map((finding, index) =>
    classification ? { ...finding, baselineState: classification.states[index] } : { ...finding },
  );
  const reported = changed ? gated.filter((f) => findingTouchesChange(changed, f)) : gated;
  // In diff mode only a changed file can show that a baselined finding went away.
  const absent = (classification?.absent ?? []).filter((entry) => !changed || changed.files.has(entry.file));

  const active = reported.filter((f) => !f.suppression);
  const failing = active.filter((f) => (!baseline || f.baselineState === 'new') && meetsFailOn(f.severity, input.failOn));
  const counts: GatingCounts = {
    scanned: findings.length,
    reported: reported.length,
    new: baseline ? reported.filter((f) => f.baselineState === 'new').length : reported.length,
    unchanged: reported.filter((f) => f.baselineState === 'unchanged').length,
    absent: absent.length,
    suppressed: reported.length - active.length,
    outsideDiff: gated.length - reported.length,
    failing: failing.length,
  };
  return { findings: reported, absent, exitCode: failing.length > 0 ? 1 : 0, counts, notes: [...(changed?.notes ?? [])], baseline, changed };
}

export interface GatingOptions {
  /** The scanned root: finding paths and the diff are relative to it. */
  root: string;
  /** Baseline path, resolved against the current directory. */
  baselineFile?: string;
  diffBase?: string;
  failOn: FailOn;
  inScope?: (file: string) => boolean;
}

/** Loads the baseline and asks git as the options say, then gates. Throws BaselineError or GitError (exit 2). */
export async function applyGating(result: { findings: readonly Finding[] }, options: GatingOptions): Promise<GatingResult> {
  const baseline = options.baselineFile ? loadBaseline(path.resolve(options.baselineFile)) : undefined;
  const changed = options.diffBase !== undefined ? await changedLinesSince(path.resolve(options.root), options.diffBase) : undefined;
  // A baseline kept inside the scanned tree (outside .ailawlens/) must not report its own recorded tokens.
  const baselineRel = options.baselineFile ? path.relative(path.resolve(options.root), path.resolve(options.baselineFile)).split(path.sep).join('/') : undefined;
  const findings = baselineRel ? result.findings.filter((f) => f.file !== baselineRel) : result.findings;
  return gateFindings(findings, { baseline, changed, failOn: options.failOn, inScope: options.inScope });
}

/** Errors that mean "fix your command or your files" (exit 2), with a message in both languages. */
export function gatingErrorMessage(error: unknown): Localized | undefined {
  if (error instanceof BaselineError || error instanceof GitError) {
    return error.localized;
  }
  return undefined;
}

/** One line for the text report and logs, e.g. "2 new, 14 unchanged, 1 absent (baseline); 3 outside the diff". */
export function describeGating(result: GatingResult, lang: 'zh' | 'en'): string {
  const c = result.counts;
  const parts: string[] = [];
  if (result.baseline) {
    parts.push(lang === 'zh' ? `新增 ${c.new}，基线内 ${c.unchanged}，已消失 ${c.absent}` : `${c.new} new, ${c.unchanged} unchanged, ${c.absent} absent (baseline)`);
  }
  if (result.changed) {
    parts.push(
      lang === 'zh'
        ? `差异模式（相对 ${result.changed.ref}）：${c.outsideDiff} 条不在改动行上`
        : `diff mode (since ${result.changed.ref}): ${c.outsideDiff} outside changed lines`,
    );
  }
  parts.push(lang === 'zh' ? `${c.failing} 条达到失败阈值` : `${c.failing} at or above --fail-on`);
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/**
 * Scope of a scan for absent-entry reporting: with explicit paths (pre-commit passes the staged files), only
 * baseline entries under those paths can be seen again. Paths are absolute, as resolveRoot returns them.
 */
export function scopeOfPaths(root: string, paths: readonly string[] | undefined): ((file: string) => boolean) | undefined {
  if (!paths || paths.length === 0) {
    return undefined;
  }
  const prefixes = paths.map((p) => path.relative(root, p).split(path.sep).join('/'));
  if (prefixes.some((p) => p === '')) {
    return undefined;
  }
  return (file) => prefixes.some((p) => file === p || file.startsWith(`${p}/`));
}

/** Adds `baselineState` to SARIF results and the absent entries as results (no-op without a baseline). */
export function decorateSarifReport(sarifText: string, gating: GatingResult): string {
  if (!gating.baseline) {
    return sarifText;
  }
  const log = JSON.parse(sarifText) as SarifLogLike;
  return `${JSON.stringify(applyBaselineToSarif(log, gating.findings, gating.absent), null, 2)}\n`;
}

export interface GitLabReportOptions {
  toolVersion: string;
  startTime: Date;
  lang: Lang;
  rules: readonly RuleMeta[];
}

/** GitLab's SAST report of the reported findings (absent entries are GitLab's own business: it tracks fixes). */
export function gitlabSastReport(gating: GatingResult, options: GitLabReportOptions): string {
  const report = toGitLabSast(gating.findings, { ...options, endTime: new Date() });
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The JSON report's findings are in the same order as the gated findings: add their state and the totals. */
export function decorateJsonReport(jsonText: string, gating: GatingResult): string {
  if (!gating.baseline && !gating.changed) {
    return jsonText;
  }
  const report = JSON.parse(jsonText) as { findings?: Record<string, unknown>[] } & Record<string, unknown>;
  if (gating.baseline) {
    (report.findings ?? []).forEach((finding, index) => {
      const state = gating.findings[index]?.baselineState;
      if (state) {
        finding.baselineState = state;
      }
    });
    report.baseline = { counts: { new: gating.counts.new, unchanged: gating.counts.unchanged, absent: gating.counts.absent }, absent: gating.absent };
  }
  if (gating.changed) {
    report.diff = { ref: gating.changed.ref, baseCommit: gating.changed.baseCommit, usedMergeBase: gating.changed.usedMergeBase, outsideDiff: gating.counts.outsideDiff };
  }
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** What a human report lists: with a baseline, only the new findings (the summary line counts the rest). */
export function findingsForHumanReport(gating: GatingResult): GatedFinding[] {
  return gating.baseline ? gating.findings.filter((f) => f.baselineState === 'new') : gating.findings;
}
