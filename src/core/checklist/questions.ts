// The applicability questionnaire as the checklist uses it. The questions, their answer values and
// the three-valued evaluation live in the catalogue (core/law/applicability); this module adds the
// checklist's view of them and the obligations an answer brings in by itself.
// Unanswered means "possibly applies", never "does not apply".
import { APPLICABILITY_QUESTIONS, evaluateApplicability, questionsOf as lawQuestionsOf, isValidAnswer as lawIsValidAnswer } from '../law/applicability';
import type { ApplicabilityCondition, ApplicabilityQuestionId } from '../law/types';
import type { Category } from '../model';
import type { Answers } from './decisions';

export const QUESTIONS = APPLICABILITY_QUESTIONS;

export function isQuestionId(value: unknown): value is ApplicabilityQuestionId {
  return typeof value === 'string' && QUESTIONS.some((q) => q.id === value);
}

export function isValidAnswer(question: string, value: unknown): boolean {
  return isQuestionId(question) && lawIsValidAnswer(question, value);
}

/** Three-valued logic: `undefined` means "depends on an unanswered question". */
export type Tri = boolean | undefined;

function tri(result: ReturnType<typeof evaluateApplicability>): Tri {
  return result === 'applies' ? true : result === 'not-applicable' ? false : undefined;
}

/** A condition holds when its own answer is listed, or when any alternative holds. */
export function evaluateCondition(condition: ApplicabilityCondition, answers: Answers): Tri {
  return tri(evaluateApplicability({ appliesWhen: [condition] }, answers));
}

/** All conditions must hold. */
export function evaluateConditions(conditions: readonly ApplicabilityCondition[], answers: Answers): Tri {
  return tri(evaluateApplicability({ appliesWhen: [...conditions] }, answers));
}

/** Question ids a condition list depends on, alternatives included. */
export function questionsOf(conditions: readonly ApplicabilityCondition[]): ApplicabilityQuestionId[] {
  return lawQuestionsOf({ appliesWhen: [...conditions] });
}

/**
 * Obligations an answer brings in even when no finding names them, because the fact changes what
 * the detected activity means (e.g. users under 14 make every PI field sensitive).
 */
export interface AnswerTrigger {
  question: ApplicabilityQuestionId;
  values: string[];
  /** At least one finding of these categories must exist (empty: any personal-data activity). */
  categories: Category[];
  obligations: string[];
}

export const ANSWER_TRIGGERS: readonly AnswerTrigger[] = [
  { question: 'minorsUnder14', values: ['yes'], categories: [], obligations: ['PIPL-28', 'PIPL-31'] },
];

/**
 * Obligations a detected activity brings in whose applicability only a question can decide. They
 * are always listed with that activity's findings as evidence, so an unanswered question shows them
 * as "possibly applies" instead of hiding them (e.g. a recommender ⇒ algorithm filing, ARP-24,
 * until "public-opinion attributes?" is answered).
 */
export interface CategoryTrigger {
  categories: Category[];
  obligations: string[];
}

export const CATEGORY_TRIGGERS: readonly CategoryTrigger[] = [
  { categories: ['recommendation'], obligations: ['ARP-24', 'ARP-18', 'MINORS-24'] },
  { categories: ['automated-decision'], obligations: ['MINORS-24'] },
  { categories: ['generative-ai'], obligations: ['GAI-17'] },
  { categories: ['cross-border'], obligations: ['CBDF-7', 'CBDF-8'] },
  { categories: ['face-recognition'], obligations: ['FRT-15'] },
];

/** Categories that count as personal-data activity for triggers with no category of their own. */
export const PERSONAL_DATA_CATEGORIES: readonly Category[] = ['personal-data', 'sensitive-pi', 'face-recognition', 'minors', 'pi-logging'];
