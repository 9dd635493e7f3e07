// Pure mapping of an engine Finding to what the editor shows: message, severity, code link, related evidence.
// The host adapter turns a DiagnosticSpec into a vscode.Diagnostic one to one.
import type { Finding, Lang, Severity, Span } from '../../core/model';
import type { LawPort } from '../law/catalogue';
import type { FrameworkFilter, Settings } from '../settings';
import { severityOverride } from '../settings';

export const DIAGNOSTIC_SOURCE = 'AI Law Lens';

export interface RelatedSpec {
  file: string;
  span: Span;
  message: string;
}

export interface DiagnosticSpec {
  span: Span;
  message: string;
  severity: Severity;
  ruleId: string;
  /** The obligations still shown after the framework filter. */
  obligations: string[];
  related: RelatedSpec[];
  finding: Finding;
}

export interface PresentContext {
  lang: Lang;
  law: LawPort;
  settings: Pick<Settings, 'severity' | 'categories' | 'frameworks'>;
}

/** Obligations whose instrument status the user chose to see; unknown ids stay (the catalogue test guards them). */
export function visibleObligations(ids: readonly string[], law: LawPort, frameworks: FrameworkFilter): string[] {
  return ids.filter((id) => {
    const status = law.obligation(id)?.status ?? 'in-force';
    return status === 'in-force' ? frameworks.inForce : status === 'draft' ? frameworks.drafts : frameworks.aiLawProposal;
  });
}

const ALREADY_CITED = /第\s*\d+[\d、，,\s]*条|\bArts?\.\s*\d/;

/** The rule's message plus the citation of its obligations, unless the message already names them. */
export function composeMessage(finding: Finding, obligations: readonly string[], lang: Lang, law: LawPort): string {
  const base = finding.message[lang];
  const cite = law.cite(obligations, lang);
  if (!cite || base.includes(cite) || ALREADY_CITED.test(base)) {
    return base;
  }
  return lang === 'zh' ? `${base}（${cite}）` : `${base} (${cite})`;
}

/** Returns undefined when the finding must not show: suppressed, its category or rule switched off, or no framework left. */
export function presentFinding(finding: Finding, ctx: PresentContext): DiagnosticSpec | undefined {
  if (finding.suppression || !ctx.settings.categories[finding.category]) {
    return undefined;
  }
  const override = severityOverride(ctx.settings.severity, finding.ruleId, finding.category);
  if (override === 'off') {
    return undefined;
  }
  const obligations = visibleObligations(finding.obligations, ctx.law, ctx.settings.frameworks);
  if (finding.obligations.length > 0 && obligations.length === 0) {
    return undefined;
  }
  return {
    span: finding.span,
    message: composeMessage(finding, obligations, ctx.lang, ctx.law),
    severity: override ?? finding.severity,
    ruleId: finding.ruleId,
    obligations,
    related: finding.related.map((r) => ({ file: r.file, span: r.span, message: r.message[ctx.lang] })),
    finding,
  };
}

/** The guidance page a diagnostic's code links to: the rule's first obligation that has a page, else the index. */
export function guidanceTargetPath(
  obligations: readonly string[],
  lang: Lang,
  law: LawPort,
  exists: (relPath: string) => boolean,
): string {
  for (const id of obligations) {
    const rel = law.guidancePath(id, lang);
    if (exists(rel)) {
      return rel;
    }
  }
  return law.guidancePath('index', lang);
}
