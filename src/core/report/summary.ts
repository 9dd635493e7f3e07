// Counts shared by the reporters and the CLI's exit code. Suppressed findings never count toward a threshold.
import { CATEGORIES, type Category, type Finding, type Severity } from '../model';

export type FailOn = 'error' | 'warning' | 'note' | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, note: 1, none: Number.POSITIVE_INFINITY };

/** Unsuppressed findings at or above the `--fail-on` level. */
export function findingsAtOrAbove(findings: readonly Finding[], failOn: FailOn): Finding[] {
  return findings.filter((f) => !f.suppression && RANK[f.severity] >= THRESHOLD[failOn]);
}

export interface FindingSummary {
  active: number;
  suppressed: number;
  bySeverity: Record<Severity, number>;
  byCategory: Partial<Record<Category, number>>;
  /** Obligation id → number of active findings that trigger it, sorted by id. */
  byObligation: Record<string, number>;
}

export function summarise(findings: readonly Finding[]): FindingSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCategory: Partial<Record<Category, number>> = {};
  const obligations = new Map<string, number>();
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppression) {
      suppressed++;
      continue;
    }
    bySeverity[f.severity]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    for (const id of f.obligations) {
      obligations.set(id, (obligations.get(id) ?? 0) + 1);
    }
  }
  const orderedCategories: Partial<Record<Category, number>> = {};
  for (const c of CATEGORIES) {
    if (byCategory[c]) {
      orderedCategories[c] = byCategory[c];
    }
  }
  const byObligation: Record<string, number> = {};
  for (const id of [...obligations.keys()].sort()) {
    byObligation[id] = obligations.get(id) ?? 0;
  }
  return { active: findings.length - suppressed, suppressed, bySeverity, byCategory: orderedCategories, byObligation };
}
