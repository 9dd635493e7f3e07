// Applies the project config's `disable` and `severity` settings to findings. Idempotent, so it is safe even if
// the engine already honoured the same config.
import type { Finding, ProjectConfig, Severity } from '../model';

function lookup(config: ProjectConfig, finding: Finding): Severity | 'off' | undefined {
  // A rule-specific setting beats a category-wide one.
  return config.severity[finding.ruleId] ?? config.severity[finding.category];
}

export function isDisabled(config: ProjectConfig, finding: Finding): boolean {
  return config.disable.includes(finding.ruleId) || config.disable.includes(finding.category) || lookup(config, finding) === 'off';
}

export function applyProjectConfig(findings: readonly Finding[], config: ProjectConfig): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    if (isDisabled(config, finding)) {
      continue;
    }
    const override = lookup(config, finding);
    out.push(override && override !== 'off' && override !== finding.severity ? { ...finding, severity: override } : finding);
  }
  return out;
}
