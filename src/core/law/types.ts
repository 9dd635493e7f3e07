// Types of the obligations catalogue: the product's legal knowledge.
import type { Localized } from '../model';

export type InstrumentStatus = 'in-force' | 'draft' | 'proposal';

export interface Instrument {
  id: string;
  name: Localized;
  /** Standard Chinese/English short name, e.g. 个人信息保护法 / PIPL. */
  shortName: Localized;
  issuer: Localized;
  /** ISO dates. */
  adopted: string;
  effective: string;
  amended?: string;
  status: InstrumentStatus;
  /** Official text. */
  url: string;
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
  note: Localized;
}

export interface Obligation {
  id: string;
  instrument: string;
  articles: string[];
  formerArticles: string[];
  verification: Verification;
  title: Localized;
  summary: Localized;
  goodPractice: Localized;
  appliesWhen: ApplicabilityCondition[];
}
