// Public surface of the checklist core, used by the extension host, the CLI and `npm run demo`.
import * as path from 'node:path';
import { getInstrument, getObligation, guidanceRelPath, listObligations, officialUrl } from '../law';
import type { Finding } from '../model';
import { buildChecklistModel, type ChecklistCatalogue } from './build';
import { DECISIONS_FILE, emptyDecisions, type DecisionsFile, type FileState } from './decisions';
import type { ChecklistModel } from './model';
import { DecisionStore } from './store';

export * from './decisions';
export * from './model';
export { DecisionStore, isoToday, type DecisionPatch, type StoreOptions } from './store';
export { buildChecklistModel, citeObligation, crossBorderRoute, type ChecklistCatalogue } from './build';
export { renderChecklistJson, renderChecklistMarkdown, renderChecklistText, checklistJson } from './render';
export { checkPolicy, type PolicyViolation } from './policy';
export { estimateTier } from './tier';
export { buildInventory } from './inventory';
export { QUESTIONS, isQuestionId, isValidAnswer } from './questions';

/** The obligations catalogue (core/law) in the shape the checklist builder takes. */
export const lawCatalogue: ChecklistCatalogue = {
  getObligation,
  getInstrument,
  listObligations,
  // Language-neutral: only used to know a page exists; the host opens the page in the UI language.
  guidanceRelPath: (id) => (getObligation(id) ? guidanceRelPath(id, 'en') : undefined),
  officialUrl,
};

export interface BuildChecklistOptions {
  decisionsPath?: string;
  fileState?: FileState;
  pendingEdits?: boolean;
  catalogue?: ChecklistCatalogue;
}

/** Builds the checklist from findings and decisions with the real catalogue. */
export function buildChecklist(findings: readonly Finding[], decisions: DecisionsFile = emptyDecisions(), options: BuildChecklistOptions = {}): ChecklistModel {
  return buildChecklistModel({
    findings,
    decisions,
    catalogue: options.catalogue ?? lawCatalogue,
    decisionsPath: options.decisionsPath,
    fileState: options.fileState,
    pendingEdits: options.pendingEdits,
  });
}

/** Absolute path of the decisions file of a workspace root. */
export function decisionsPathFor(root: string): string {
  return path.join(root, ...DECISIONS_FILE.split('/'));
}

/** Reads the workspace's decisions file (never writes) and builds the checklist. */
export function loadChecklist(root: string, findings: readonly Finding[]): ChecklistModel {
  const store = new DecisionStore({ file: decisionsPathFor(root) });
  const fileState = store.reload();
  return buildChecklist(findings, store.effective(), { decisionsPath: DECISIONS_FILE, fileState });
}
