// Which quick fixes a diagnostic gets, in what order, with what titles. Pure: the host provider maps each
// descriptor to a vscode.CodeAction. Order follows ESLint's: real fix, then suppressions, then checklist and docs.
import type { FixTemplate } from '../../core/model';
import type { CodeActionToggles } from '../settings';

/** Code action kinds as dotted strings (vscode.CodeActionKind values). */
export const KIND_QUICKFIX = 'quickfix';
export const KIND_STUB = 'quickfix.aiLawLens.stub';
export const KIND_SUPPRESS = 'quickfix.aiLawLens.suppress';
export const KIND_CHECKLIST = 'quickfix.aiLawLens.checklist';
export const KIND_GUIDANCE = 'quickfix.aiLawLens.guidance';

export type ActionDescriptor =
  | { type: 'insertStub'; kind: string; title: string; preferred: boolean; line: number }
  | { type: 'fixAll'; kind: string; title: string; preferred: false; lines: number[] }
  | { type: 'suppress'; kind: string; title: string; preferred: false; scope: 'line' | 'file'; reuse: boolean }
  | { type: 'markHandled'; kind: string; title: string; preferred: false; obligations: string[] }
  | { type: 'openGuidance'; kind: string; title: string; preferred: boolean; obligation: string | undefined };

export interface PlanInput {
  ruleId: string;
  obligations: readonly string[];
  line: number;
  fix?: FixTemplate;
  /** Whether the fix has a snippet for this document's language. */
  fixApplies: boolean;
  /** Lines of every finding of the same rule in the file (for fix all). */
  sameRuleLines: readonly number[];
  /** Whether the language can hold a comment (suppression needs one). */
  canComment: boolean;
  reuseLine: boolean;
  reuseFile: boolean;
  toggles: CodeActionToggles;
  /** `context.only`, when the request asked for a kind. */
  only?: string;
  fixTitle?: string;
}

export type Translate = (message: string, ...args: Array<string | number>) => string;

/** Whether a kind is requested by `only` (hierarchical: `quickfix` contains `quickfix.aiLawLens.suppress`). */
export function kindRequested(only: string | undefined, kind: string): boolean {
  return only === undefined || only === '' || kind === only || kind.startsWith(`${only}.`);
}

export function planActions(input: PlanInput, t: Translate): ActionDescriptor[] {
  const out: ActionDescriptor[] = [];
  const hasRealFix = Boolean(input.fix && input.fixApplies && input.toggles.insertStub);
  if (hasRealFix) {
    out.push({ type: 'insertStub', kind: KIND_STUB, title: input.fixTitle ?? t('Insert a compliant stub'), preferred: true, line: input.line });
    const otherLines = [...new Set(input.sameRuleLines)];
    if (otherLines.length > 1) {
      out.push({
        type: 'fixAll',
        kind: KIND_STUB,
        title: t('Insert compliant stubs for all {0} findings of {1} in this file', otherLines.length, input.ruleId),
        preferred: false,
        lines: otherLines,
      });
    }
  }
  if (input.toggles.suppress && input.canComment) {
    out.push({
      type: 'suppress',
      kind: KIND_SUPPRESS,
      title: input.reuseLine ? t('Add {0} to the suppression for this line', input.ruleId) : t('Suppress {0} for this line', input.ruleId),
      preferred: false,
      scope: 'line',
      reuse: input.reuseLine,
    });
    out.push({
      type: 'suppress',
      kind: KIND_SUPPRESS,
      title: input.reuseFile ? t('Add {0} to the suppression for this file', input.ruleId) : t('Suppress {0} for this file', input.ruleId),
      preferred: false,
      scope: 'file',
      reuse: input.reuseFile,
    });
  }
  if (input.toggles.markHandled && input.obligations.length > 0) {
    out.push({
      type: 'markHandled',
      kind: KIND_CHECKLIST,
      title: t('Mark {0} handled in the compliance checklist', input.obligations.join(', ')),
      preferred: false,
      obligations: [...input.obligations],
    });
  }
  if (input.toggles.openGuidance) {
    const obligation = input.obligations[0];
    out.push({
      type: 'openGuidance',
      kind: KIND_GUIDANCE,
      title: obligation ? t('Open guidance for {0}', obligation) : t('Open AI Law Lens guidance'),
      preferred: !hasRealFix,
      obligation,
    });
  }
  return out.filter((action) => kindRequested(input.only, action.kind));
}
