// The checklist view model: what the webview, the exports and the CLI show. Plain JSON data, so the
// host can post it to the webview as is. Built fresh from findings + decisions on every change.
import type { AilTier, ApplicabilityQuestionId, InstrumentStatus, Verification } from '../law/types';
import type { Category, Localized, Severity } from '../model';
import type { Decision, FileState, ItemStatus } from './decisions';

/** `possibly`: depends on an unanswered question. `not-applicable`: the answers rule it out. */
export type Applicability = 'applies' | 'possibly' | 'not-applicable';

/** One finding behind an item. 0-based line/character, like `Finding.span`. Messages are already masked. */
export interface EvidenceRef {
  file: string;
  line: number;
  character: number;
  ruleId: string;
  category: Category;
  severity: Severity;
  message: Localized;
}

export interface ConditionView {
  question: ApplicabilityQuestionId;
  answer?: string;
  /** undefined: unanswered. */
  holds?: boolean;
  note: Localized;
}

export interface ChecklistItem {
  id: string;
  instrument: string;
  law: Localized;
  lawStatus: InstrumentStatus;
  /** e.g. 个人信息保护法第28条 / PIPL Art. 28. */
  citation: Localized;
  verification: Verification;
  title: Localized;
  summary: Localized;
  goodPractice: Localized;
  applicability: Applicability;
  conditions: ConditionView[];
  /** Why the item is on the list: finding categories and answers that triggered it. */
  categories: Category[];
  triggeredByAnswers: ApplicabilityQuestionId[];
  /** Capped; `evidenceCount` is the full number. */
  evidence: EvidenceRef[];
  evidenceCount: number;
  /** False when the code no longer triggers it but a decision was recorded: shown as "no longer detected". */
  detected: boolean;
  status: ItemStatus;
  decision?: Decision;
  /** Workspace-independent relative path of the guidance page (docs/), when there is one. */
  guidance?: string;
  officialUrl?: string;
}

export interface QuestionView {
  id: ApplicabilityQuestionId;
  text: Localized;
  help: Localized;
  options: { value: string; label: Localized }[];
  answer?: string;
  /** Obligation ids on the list whose applicability depends on this answer. */
  affects: string[];
}

export interface TierReason {
  tier: AilTier;
  text: Localized;
  /** A few findings behind the reason (masked), for navigation. */
  evidence: EvidenceRef[];
}

export interface ProposedDuty {
  id: string;
  title: Localized;
  summary: Localized;
  status: ItemStatus;
  decision?: Decision;
}

export interface TierEstimate {
  tier: AilTier;
  /** Reasons for the chosen tier first, then lower-tier signals. */
  reasons: TierReason[];
  duties: ProposedDuty[];
  /** How the heuristic works, shown in the card. */
  method: Localized;
}

export type ProcessingKind = 'training' | 'recommendation' | 'cross-border' | 'logs' | 'generation' | 'automated-decision' | 'scraping' | 'face-recognition';

export interface PiInventoryEntry {
  element: string;
  label: Localized;
  sensitive: boolean;
  locations: { file: string; line: number }[];
  locationCount: number;
  processing: ProcessingKind[];
}

export interface CrossBorderRoute {
  route: 'exempt' | 'standard-contract' | 'security-assessment' | 'unknown';
  text: Localized;
}

export interface ChecklistProgress {
  /** Items that apply or possibly apply and are still detected. */
  applicable: number;
  done: number;
  open: number;
  waived: number;
  notApplicable: number;
  possibly: number;
  noLongerDetected: number;
}

export interface ChecklistModel {
  schema: 1;
  items: ChecklistItem[];
  questions: QuestionView[];
  tier: TierEstimate;
  inventory: PiInventoryEntry[];
  crossBorder: CrossBorderRoute;
  progress: ChecklistProgress;
  /** State of the decisions file; an error is shown with a way to resolve it. */
  decisionsFile: { path: string; state: FileState; pendingEdits: boolean };
  findingsCount: number;
}
