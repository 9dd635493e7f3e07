// Typed messages between the checklist webview and the extension host, with type guards for both
// directions. The first message from the view is always `ready`; the host answers with the model
// and sends it again on every change and whenever the view becomes visible.
// Pure: no vscode, no DOM.
import type { ChecklistModel } from '../core/checklist/model';
import type { ItemStatus } from '../core/checklist/decisions';
import type { ApplicabilityQuestionId } from '../core/law/types';
import type { Lang } from '../core/model';

export type GroupBy = 'law' | 'category';

export type HostToView =
  | { t: 'model'; lang: Lang; model: ChecklistModel }
  /** Scroll to and expand one item (e.g. after "Mark handled" from a quick fix). */
  | { t: 'focusItem'; id: string };

export type ViewToHost =
  | { t: 'ready' }
  | { t: 'setStatus'; id: string; status: ItemStatus; reason?: string }
  | { t: 'setNote'; id: string; note: string }
  | { t: 'setReviewer'; id: string; reviewer: string }
  | { t: 'answer'; question: ApplicabilityQuestionId; value: string | null }
  | { t: 'openEvidence'; file: string; line: number; character: number }
  | { t: 'openLink'; id: string; kind: 'guidance' | 'official' }
  | { t: 'export'; format: 'markdown' | 'json' }
  | { t: 'openDecisionsFile' }
  | { t: 'reloadDecisions' }
  | { t: 'rescan' };

export const MAX_NOTE_LENGTH = 2000;
export const MAX_REVIEWER_LENGTH = 100;
const MAX_PATH_LENGTH = 4096;
const MAX_LINE = 10_000_000;

const OBLIGATION_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const QUESTION_IDS: readonly ApplicabilityQuestionId[] = [
  'publicInChina',
  'publicOpinion',
  'exportVolume',
  'sensitiveExportVolume',
  'minorsUnder14',
  'minorsUnder18',
  'offeredViaApi',
  'ciio',
  'faceVolume',
];
const STATUSES: readonly ItemStatus[] = ['open', 'done', 'not-applicable', 'waived'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isObligationId(value: unknown): value is string {
  return typeof value === 'string' && OBLIGATION_ID.test(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isLine(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_LINE;
}

/** Validates every message from the webview; anything else is ignored (and logged by the host). */
export function isViewToHost(msg: unknown): msg is ViewToHost {
  if (!isRecord(msg) || typeof msg.t !== 'string') {
    return false;
  }
  switch (msg.t) {
    case 'ready':
    case 'openDecisionsFile':
    case 'reloadDecisions':
    case 'rescan':
      return true;
    case 'setStatus':
      return (
        isObligationId(msg.id) &&
        typeof msg.status === 'string' &&
        (STATUSES as readonly string[]).includes(msg.status) &&
        (msg.reason === undefined || isText(msg.reason, MAX_NOTE_LENGTH))
      );
    case 'setNote':
      return isObligationId(msg.id) && isText(msg.note, MAX_NOTE_LENGTH);
    case 'setReviewer':
      return isObligationId(msg.id) && isText(msg.reviewer, MAX_REVIEWER_LENGTH);
    case 'answer':
      return (
        typeof msg.question === 'string' &&
        (QUESTION_IDS as readonly string[]).includes(msg.question) &&
        (msg.value === null || isText(msg.value, 64))
      );
    case 'openEvidence':
      return isText(msg.file, MAX_PATH_LENGTH) && msg.file.length > 0 && isLine(msg.line) && isLine(msg.character);
    case 'openLink':
      return isObligationId(msg.id) && (msg.kind === 'guidance' || msg.kind === 'official');
    case 'export':
      return msg.format === 'markdown' || msg.format === 'json';
    default:
      return false;
  }
}

/** The view checks the host's messages too: a wrong shape must never reach the renderer. */
export function isHostToView(msg: unknown): msg is HostToView {
  if (!isRecord(msg)) {
    return false;
  }
  if (msg.t === 'focusItem') {
    return isObligationId(msg.id);
  }
  if (msg.t !== 'model' || (msg.lang !== 'zh' && msg.lang !== 'en') || !isRecord(msg.model)) {
    return false;
  }
  const m = msg.model;
  return (
    m.schema === 1 &&
    Array.isArray(m.items) &&
    Array.isArray(m.questions) &&
    Array.isArray(m.inventory) &&
    isRecord(m.tier) &&
    isRecord(m.progress) &&
    isRecord(m.decisionsFile) &&
    isRecord(m.crossBorder)
  );
}

/** Short description of a rejected message for the log: its type tag only, never its content. */
export function describeMessage(msg: unknown): string {
  if (isRecord(msg) && typeof msg.t === 'string') {
    return `t=${JSON.stringify(msg.t.slice(0, 32))}`;
  }
  return Array.isArray(msg) ? 'array' : typeof msg;
}
