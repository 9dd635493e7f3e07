// A rule as reviewable data. The detectors in core/detect emit hits that name a rule id; everything a reviewer or a
// user sees (category, severity, obligations, message, fix) comes from here.
import type { Category, Confidence, FixTemplate, Localized, Severity } from '../model';

export interface RuleSpec {
  /** Stable id: used in suppressions, SARIF, docs and baselines. Never reuse or rename. */
  id: string;
  /** kebab-case short name (SARIF `name`). */
  name: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  /** Obligation ids from the catalogue (src/core/law). */
  obligations: string[];
  title: Localized;
  /** Message body; `{token}` (masked matched token) and `{element}` (PI element label) are substituted. The citation is appended. */
  message: Localized;
  description: Localized;
  /** What evidence the detector looks for, for the reviewer's table. */
  detects: Localized;
  fix?: FixTemplate;
}
