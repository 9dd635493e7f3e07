// Types of the obligations catalogue: the product's legal knowledge.
import type { Localized } from '../model';

export type InstrumentStatus = 'in-force' | 'draft' | 'proposal';

export interface Instrument {
  id: string;
  name: Localized;
  /** Standard Chinese/English short name, e.g. 个人信息保护法 / PIPL. */
  shortName: Localized;
  issuer: Localized;
  /** ISO dates. Empty for a proposal, which has no adoption or effective date. */
  adopted: string;
  effective: string;
  /** ISO date the text was published, when it differs from `adopted`. */
  published?: string;
  /** ISO date of the latest amendment; `effective` is then the date the amended text took effect. */
  amended?: string;
  /** Effective date of the original text, when `effective` is that of an amended text. */
  firstEffective?: string;
  status: InstrumentStatus;
  /** Official text. Empty when none exists (a proposal); `sourceNote` then says where the idea comes from. */
  url: string;
  /** Why the link is what it is, e.g. "no official text: proposal from an essay". Shown next to the link. */
  sourceNote?: Localized;
}

/** `verified`: read in the full text. `secondary`: confirmed from secondary sources only; shown as "to be confirmed". */
export type Verification = 'verified' | 'secondary';

/** A question the code cannot answer; see core/checklist for the questionnaire. */
export type ApplicabilityQuestionId =
  | 'publicInChina'
  | 'publicOpinion'
  | 'exportVolume'
  | 'sensitiveExportVolume'
  | 'minorsUnder14'
  | 'minorsUnder18'
  | 'offeredViaApi'
  | 'ciio'
  | 'faceVolume';

export interface ApplicabilityCondition {
  question: ApplicabilityQuestionId;
  /** The answers under which the obligation applies. */
  appliesIf: string[];
  /**
   * Alternatives: the condition also holds when any of these holds. Lets the cross-border
   * thresholds ("≥ 1m people, or ≥ 10k sensitive, or a CIIO") stay one readable condition.
   */
  orElse?: ApplicabilityCondition[];
  note: Localized;
}

/** The AI Law proposal's risk tiers (founding essay). */
export type AilTier = 'unacceptable' | 'high' | 'limited' | 'low';

export interface Obligation {
  id: string;
  instrument: string;
  articles: string[];
  formerArticles: string[];
  /** Paragraph (款) of a single article, e.g. "3" for MINORS-24 ¶3. */
  paragraph?: string;
  verification: Verification;
  title: Localized;
  summary: Localized;
  goodPractice: Localized;
  /** All conditions must hold (each may carry alternatives). Empty: applies wherever the code triggers it. */
  appliesWhen: ApplicabilityCondition[];
  /** Only for AI Law proposal items: the tiers the essay attaches this duty to. */
  tiers?: AilTier[];
}
