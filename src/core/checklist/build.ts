// Builds the checklist model from the current findings, the decisions file and the catalogue.
// Pure: the same inputs always give the same model. Evidence is recomputed here on every call and
// never read from the decisions file.
import type { Instrument, Obligation } from '../law/types';
import type { Category, Finding, Localized } from '../model';
import type { Answers, Decision, DecisionsFile, FileState, ItemStatus } from './decisions';
import { buildInventory } from './inventory';
import type {
  Applicability,
  ChecklistItem,
  ChecklistModel,
  ChecklistProgress,
  CrossBorderRoute,
  EvidenceRef,
  ProposedDuty,
  QuestionView,
  TierEstimate,
} from './model';
import { ANSWER_TRIGGERS, CATEGORY_TRIGGERS, evaluateConditions, PERSONAL_DATA_CATEGORIES, QUESTIONS, questionsOf, evaluateCondition } from './questions';
import { estimateTier, FALLBACK_TIER_DUTIES, TIER_METHOD } from './tier';

/** The slice of the obligations catalogue the checklist needs (injected so the model stays testable). */
export interface ChecklistCatalogue {
  getObligation(id: string): Obligation | undefined;
  getInstrument(id: string): Instrument | undefined;
  listObligations(): readonly Obligation[];
  guidanceRelPath?(id: string): string | undefined;
  officialUrl?(id: string): string | undefined;
}

export interface BuildInput {
  findings: readonly Finding[];
  decisions: DecisionsFile;
  catalogue: ChecklistCatalogue;
  decisionsPath?: string;
  fileState?: FileState;
  pendingEdits?: boolean;
}

/** Evidence shown per item; the full count is kept beside it. */
export const MAX_EVIDENCE = 50;

export function evidenceOf(f: Finding): EvidenceRef {
  return { file: f.file, line: f.span.start.line, character: f.span.start.character, ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message };
}

function joinZh(list: string[]): string {
  return list.join('、');
}

/** 个人信息保护法第28、29条 / PIPL Arts. 28, 29; amended numbering keeps the old number in brackets. */
export function citeObligation(ob: Obligation, instrument: Instrument | undefined): Localized {
  const zhName = instrument?.shortName.zh ?? ob.instrument;
  const enName = instrument?.shortName.en ?? ob.instrument;
  if (ob.articles.length === 0) {
    return { zh: zhName, en: enName };
  }
  const paragraphZh = ob.paragraph ? `第${ob.paragraph}款` : '';
  const paragraphEn = ob.paragraph ? `(${ob.paragraph})` : '';
  const formerZh = ob.formerArticles.length > 0 ? `（原第${joinZh(ob.formerArticles)}条）` : '';
  const formerEn = ob.formerArticles.length > 0 ? ` (formerly ${ob.formerArticles.join(', ')})` : '';
  const art = ob.articles.length > 1 ? 'Arts.' : 'Art.';
  return {
    zh: `${zhName}第${joinZh(ob.articles)}条${paragraphZh}${formerZh}`,
    en: `${enName} ${art} ${ob.articles.join(', ')}${paragraphEn}${formerEn}`,
  };
}

export function isProposal(ob: Obligation, catalogue: ChecklistCatalogue): boolean {
  return catalogue.getInstrument(ob.instrument)?.status === 'proposal' || ob.id.startsWith('AIL-');
}

function hasCategory(findings: readonly Finding[], categories: readonly Category[]): boolean {
  return findings.some((f) => categories.includes(f.category));
}

/** Obligations the answers bring in, with the question that did it. */
function answerTriggered(findings: readonly Finding[], answers: Answers): Map<string, Set<(typeof QUESTIONS)[number]['id']>> {
  const out = new Map<string, Set<(typeof QUESTIONS)[number]['id']>>();
  for (const trigger of ANSWER_TRIGGERS) {
    const answer = answers[trigger.question];
    if (answer === undefined || !trigger.values.includes(answer)) {
      continue;
    }
    const needed = trigger.categories.length > 0 ? trigger.categories : PERSONAL_DATA_CATEGORIES;
    if (!hasCategory(findings, needed)) {
      continue;
    }
    for (const id of trigger.obligations) {
      let set = out.get(id);
      if (!set) {
        set = new Set();
        out.set(id, set);
      }
      set.add(trigger.question);
    }
  }
  return out;
}

export function crossBorderRoute(answers: Answers): CrossBorderRoute {
  const { ciio, exportVolume: volume, sensitiveExportVolume: sensitive } = answers;
  if (ciio === 'yes' || volume === '>=1m' || sensitive === '>=10k') {
    return {
      route: 'security-assessment',
      text: { zh: '需申报数据出境安全评估。', en: 'A security assessment of the export is required.' },
    };
  }
  if (volume === '100k-1m' || sensitive === '<10k') {
    return {
      route: 'standard-contract',
      text: { zh: '需订立个人信息出境标准合同（并备案）或通过个人信息保护认证。', en: 'Sign (and file) the standard contract, or obtain PI protection certification.' },
    };
  }
  if (ciio === 'no' && volume === '<100k' && sensitive === 'none') {
    return {
      route: 'exempt',
      text: {
        zh: '按所答数量，一般免于申报安全评估、订立标准合同和认证（仍须履行告知、单独同意等义务）。',
        en: 'At these volumes the export is generally exempt from assessment, standard contract and certification (notice and separate consent still apply).',
      },
    };
  }
  return {
    route: 'unknown',
    text: {
      zh: '回答出境人数和是否为关键信息基础设施运营者后，可确定适用豁免、标准合同/认证还是安全评估。',
      en: 'Answer the export volumes and the CIIO question to see whether the export is exempt, needs a standard contract or certification, or a security assessment.',
    },
  };
}

function statusOf(decision: Decision | undefined): ItemStatus {
  return decision?.status ?? 'open';
}

function compareItems(a: ChecklistItem, b: ChecklistItem): number {
  // Detected before "no longer detected"; then catalogue order (instrument, then id numerically).
  if (a.detected !== b.detected) {
    return a.detected ? -1 : 1;
  }
  return a.id.localeCompare(b.id, 'en', { numeric: true });
}

export function computeProgress(items: readonly ChecklistItem[]): ChecklistProgress {
  const progress: ChecklistProgress = { applicable: 0, done: 0, open: 0, waived: 0, notApplicable: 0, possibly: 0, noLongerDetected: 0 };
  for (const item of items) {
    if (!item.detected) {
      progress.noLongerDetected++;
      continue;
    }
    if (item.applicability === 'not-applicable' || item.status === 'not-applicable') {
      progress.notApplicable++;
      continue;
    }
    progress.applicable++;
    if (item.applicability === 'possibly') {
      progress.possibly++;
    }
    if (item.status === 'done') {
      progress.done++;
    } else if (item.status === 'waived') {
      progress.waived++;
    } else {
      progress.open++;
    }
  }
  return progress;
}

export function buildChecklistModel(input: BuildInput): ChecklistModel {
  const { catalogue, decisions } = input;
  const answers = decisions.answers;
  // Suppressed findings were justified in the source; they do not make an item open.
  const findings = input.findings.filter((f) => !f.suppression);

  const byObligation = new Map<string, Finding[]>();
  for (const f of findings) {
    const ids = new Set(f.obligations);
    for (const trigger of CATEGORY_TRIGGERS) {
      if (trigger.categories.includes(f.category)) {
        trigger.obligations.forEach((id) => ids.add(id));
      }
    }
    for (const id of ids) {
      let list = byObligation.get(id);
      if (!list) {
        list = [];
        byObligation.set(id, list);
      }
      list.push(f);
    }
  }
  const fromAnswers = answerTriggered(findings, answers);
  const ids = new Set<string>([...byObligation.keys(), ...fromAnswers.keys(), ...Object.keys(decisions.decisions)]);

  const items: ChecklistItem[] = [];
  for (const id of ids) {
    const ob = catalogue.getObligation(id);
    if (!ob || isProposal(ob, catalogue)) {
      continue;
    }
    const instrument = catalogue.getInstrument(ob.instrument);
    const evidence = (byObligation.get(id) ?? []).slice().sort((a, b) => (a.file === b.file ? a.span.start.line - b.span.start.line : a.file < b.file ? -1 : 1));
    const triggeredBy = fromAnswers.get(id);
    const detected = evidence.length > 0 || triggeredBy !== undefined;
    const decision = decisions.decisions[id];
    if (!detected && !decision) {
      continue;
    }
    const verdict = evaluateConditions(ob.appliesWhen, answers);
    const applicability: Applicability = verdict === false ? 'not-applicable' : verdict === undefined ? 'possibly' : 'applies';
    items.push({
      id,
      instrument: ob.instrument,
      law: instrument?.shortName ?? { zh: ob.instrument, en: ob.instrument },
      lawStatus: instrument?.status ?? 'in-force',
      citation: citeObligation(ob, instrument),
      verification: ob.verification,
      title: ob.title,
      summary: ob.summary,
      goodPractice: ob.goodPractice,
      applicability,
      conditions: ob.appliesWhen.map((c) => ({ question: c.question, answer: answers[c.question], holds: evaluateCondition(c, answers), note: c.note })),
      categories: [...new Set(evidence.map((f) => f.category))].sort(),
      triggeredByAnswers: [...(triggeredBy ?? [])].sort(),
      evidence: evidence.slice(0, MAX_EVIDENCE).map(evidenceOf),
      evidenceCount: evidence.length,
      detected,
      status: statusOf(decision),
      decision,
      guidance: catalogue.guidanceRelPath?.(id),
      officialUrl: catalogue.officialUrl?.(id) ?? (instrument?.url || undefined),
    });
  }
  items.sort(compareItems);

  const questions: QuestionView[] = QUESTIONS.map((q) => ({
    id: q.id,
    text: q.text,
    help: q.help,
    options: q.answers.map((o) => ({ value: o.value, label: o.label })),
    answer: answers[q.id],
    affects: items
      .filter((item) => {
        const ob = catalogue.getObligation(item.id);
        return (ob ? questionsOf(ob.appliesWhen) : []).includes(q.id) || item.triggeredByAnswers.includes(q.id);
      })
      .map((item) => item.id),
  }));

  const estimate = estimateTier(findings, answers);
  const tier: TierEstimate = { tier: estimate.tier, reasons: estimate.reasons, duties: proposedDuties(estimate.tier, catalogue, decisions), method: TIER_METHOD };

  return {
    schema: 1,
    items,
    questions,
    tier,
    inventory: buildInventory(findings),
    crossBorder: crossBorderRoute(answers),
    progress: computeProgress(items),
    decisionsFile: { path: input.decisionsPath ?? '.ailawlens/checklist.json', state: input.fileState ?? { state: 'ok' }, pendingEdits: input.pendingEdits ?? false },
    findingsCount: findings.length,
  };
}

function proposedDuties(tier: TierEstimate['tier'], catalogue: ChecklistCatalogue, decisions: DecisionsFile): ProposedDuty[] {
  const tagged = catalogue.listObligations().filter((o) => o.tiers?.includes(tier));
  const obligations = tagged.length > 0 ? tagged : FALLBACK_TIER_DUTIES[tier].map((id) => catalogue.getObligation(id)).filter((o): o is Obligation => o !== undefined);
  return obligations.map((o) => ({ id: o.id, title: o.title, summary: o.summary, status: statusOf(decisions.decisions[o.id]), decision: decisions.decisions[o.id] }));
}
