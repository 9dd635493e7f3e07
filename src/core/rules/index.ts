// The rule set as the rest of the product sees it: RuleMeta with ready-to-show messages that name the obligations.
import type { Category, Localized, RuleMeta } from '../model';
import { CATEGORIES } from '../model';
import { RULE_SPECS } from './catalog';
import { citeAll } from '../law';
import type { RuleSpec } from './types';

export type { RuleSpec } from './types';
export { RULE_SPECS } from './catalog';

/** `收集身份证号：…（个人信息保护法第28、29条）` / `… (PIPL Arts. 28, 29)`. */
const CITATIONS = new Map<string, Localized>();

function citationOf(obligations: readonly string[]): Localized {
  const key = obligations.join(',');
  let cite = CITATIONS.get(key);
  if (!cite) {
    cite = { zh: citeAll(obligations, 'zh'), en: citeAll(obligations, 'en') };
    CITATIONS.set(key, cite);
  }
  return cite;
}

export function withCitation(message: Localized, obligations: readonly string[]): Localized {
  const cite = citationOf(obligations);
  return { zh: `${message.zh}（${cite.zh}）`, en: `${message.en} (${cite.en})` };
}

function toMeta(spec: RuleSpec): RuleMeta {
  const meta: RuleMeta = {
    id: spec.id,
    name: spec.name,
    category: spec.category,
    severity: spec.severity,
    confidence: spec.confidence,
    obligations: [...spec.obligations],
    title: spec.title,
    message: withCitation(spec.message, spec.obligations),
    description: spec.description,
  };
  if (spec.fix) {
    meta.fix = spec.fix;
  }
  return meta;
}

const METAS: readonly RuleMeta[] = RULE_SPECS.map(toMeta);
const BY_ID = new Map<string, RuleSpec>(RULE_SPECS.map((s) => [s.id, s]));
const META_BY_ID = new Map<string, RuleMeta>(METAS.map((m) => [m.id, m]));

export function allRules(): readonly RuleMeta[] {
  return METAS;
}

export function ruleSpec(id: string): RuleSpec | undefined {
  return BY_ID.get(id);
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return META_BY_ID.get(id);
}

export function isRuleId(id: string): boolean {
  return BY_ID.has(id);
}

export function rulesInCategory(category: Category): RuleMeta[] {
  return METAS.filter((m) => m.category === category);
}

/** Fills `{token}` and `{element}` in a rule's message (the matched token is already masked). */
export function renderMessage(spec: RuleSpec, vars: { token: string; element?: Localized }): Localized {
  const fill = (text: string, lang: 'zh' | 'en'): string =>
    text.split('{token}').join(vars.token).split('{element}').join(vars.element ? vars.element[lang] : vars.token);
  return withCitation({ zh: fill(spec.message.zh, 'zh'), en: fill(spec.message.en, 'en') }, spec.obligations);
}

export const KNOWN_CATEGORIES: readonly Category[] = CATEGORIES;
