// `checklist --check`: the team's policy (`checklist.block` in the project config) names obligations
// that must not stay open. "Possibly applies" counts as applicable: an unanswered question must not
// let a blocked item pass silently.
import type { ChecklistItem, ChecklistModel } from './model';

export interface PolicyViolation {
  item: ChecklistItem;
}

/** `block` holds obligation ids; `*` blocks every applicable item. */
export function checkPolicy(model: ChecklistModel, block: readonly string[]): PolicyViolation[] {
  const all = block.includes('*');
  const ids = new Set(block);
  return model.items
    .filter((item) => item.detected && item.applicability !== 'not-applicable' && item.status === 'open' && (all || ids.has(item.id)))
    .map((item) => ({ item }));
}
