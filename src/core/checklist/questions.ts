// The applicability questionnaire: facts the code cannot show, whose answers switch obligations on
// or off. Obligations name the question ids in their `appliesWhen`; the answer values here are the
// ones those conditions list. Unanswered means "possibly applies", never "does not apply".
import type { ApplicabilityCondition, ApplicabilityQuestionId } from '../law/types';
import type { Category, Localized } from '../model';
import type { Answers } from './decisions';

export interface AnswerOption {
  value: string;
  label: Localized;
}

export interface Question {
  id: ApplicabilityQuestionId;
  text: Localized;
  help: Localized;
  options: AnswerOption[];
}

const YES: AnswerOption = { value: 'yes', label: { zh: '是', en: 'Yes' } };
const NO: AnswerOption = { value: 'no', label: { zh: '否', en: 'No' } };

export const QUESTIONS: readonly Question[] = [
  {
    id: 'publicInChina',
    text: { zh: '服务是否面向中国境内公众提供？', en: 'Is the service offered to the public in mainland China?' },
    help: {
      zh: '算法推荐、深度合成、生成式人工智能等规定适用于向境内公众提供的服务；仅供内部研发使用的一般不适用。',
      en: 'The algorithm, deep-synthesis and generative-AI rules cover services offered to the public in mainland China; purely internal R&D use generally is not covered.',
    },
    options: [YES, NO],
  },
  {
    id: 'publicOpinion',
    text: { zh: '服务是否具有舆论属性或社会动员能力？', en: 'Does the service have public-opinion attributes or social-mobilisation capacity?' },
    help: {
      zh: '例如论坛、社交、新闻、直播、公开内容流。决定是否需要算法备案与安全评估（算法推荐管理规定第24条、生成式人工智能服务管理暂行办法第17条）。',
      en: 'For example forums, social networks, news, live streaming or public content feeds. Decides algorithm filing and the security assessment (ARP-24, GAI-17).',
    },
    options: [YES, NO],
  },
  {
    id: 'exportVolume',
    text: {
      zh: '自当年1月1日起累计向境外提供多少人的个人信息（非敏感）？',
      en: 'How many people’s personal information (non-sensitive) does it export since 1 January of this year?',
    },
    help: {
      zh: '不满10万人：一般豁免；10万至不满100万人：标准合同或认证；100万人以上：安全评估（促进和规范数据跨境流动规定第7、8条）。',
      en: 'Under 100k: generally exempt; 100k to under 1m: standard contract or certification; 1m or more: security assessment (Cross-border Data Flow Provisions Arts. 7, 8).',
    },
    options: [
      { value: 'none', label: { zh: '不向境外提供', en: 'None' } },
      { value: 'under-100k', label: { zh: '不满10万人', en: 'Under 100k' } },
      { value: '100k-1m', label: { zh: '10万至不满100万人', en: '100k to under 1m' } },
      { value: '1m-plus', label: { zh: '100万人以上', en: '1m or more' } },
    ],
  },
  {
    id: 'sensitiveExportVolume',
    text: { zh: '累计向境外提供多少人的敏感个人信息？', en: 'How many people’s sensitive personal information does it export?' },
    help: {
      zh: '不满1万人：标准合同或认证；1万人以上：安全评估。',
      en: 'Under 10k: standard contract or certification; 10k or more: security assessment.',
    },
    options: [
      { value: 'none', label: { zh: '不向境外提供', en: 'None' } },
      { value: 'under-10k', label: { zh: '不满1万人', en: 'Under 10k' } },
      { value: '10k-plus', label: { zh: '1万人以上', en: '10k or more' } },
    ],
  },
  {
    id: 'minorsUnder14',
    text: { zh: '是否有不满十四周岁的用户？', en: 'Are there users under 14?' },
    help: {
      zh: '不满十四周岁未成年人的个人信息属于敏感个人信息，需取得监护人同意并制定专门规则（个人信息保护法第28、31条）。',
      en: 'Personal information of children under 14 is sensitive; processing needs guardian consent and dedicated rules (PIPL Arts. 28, 31).',
    },
    options: [YES, NO],
  },
  {
    id: 'minorsUnder18',
    text: { zh: '是否有未满十八周岁的用户？', en: 'Are there users under 18?' },
    help: {
      zh: '涉及未成年人模式、防沉迷，以及不得以自动化决策向未成年人进行商业营销（未成年人网络保护条例第24条）。',
      en: 'Brings in minors’ mode, anti-addiction and the ban on commercial marketing to minors by automated decision-making (Minors Online Protection Regulations Art. 24).',
    },
    options: [YES, NO],
  },
  {
    id: 'offeredViaApi',
    text: { zh: '模型或服务是否通过 API 向他人提供？', en: 'Is the model or service offered to others through an API?' },
    help: {
      zh: '通过 API 提供生成式人工智能同样属于“服务提供者”，需承担标识、投诉处理等义务。',
      en: 'Offering generative AI through an API still makes you a service provider, with labelling and complaint-handling duties.',
    },
    options: [YES, NO],
  },
  {
    id: 'ciio',
    text: { zh: '运营者是否为关键信息基础设施运营者？', en: 'Is the operator a critical-information-infrastructure operator (CIIO)?' },
    help: {
      zh: '关键信息基础设施运营者的个人信息原则上境内存储，出境须经安全评估，不论数量。',
      en: 'A CIIO stores personal information in China and needs a security assessment for any export, whatever the volume.',
    },
    options: [YES, NO],
  },
  {
    id: 'faceVolume',
    text: { zh: '存储的人脸信息是否达到10万人？', en: 'Does it store face information of 100,000 people or more?' },
    help: {
      zh: '达到10万人的，应向网信部门备案（人脸识别技术应用安全管理办法，待核实）。',
      en: 'At 100,000 people or more, file with the cyberspace authority (Facial Recognition Measures; to be confirmed).',
    },
    options: [
      { value: 'under-100k', label: { zh: '不满10万人', en: 'Under 100k' } },
      { value: '100k-plus', label: { zh: '10万人以上', en: '100k or more' } },
    ],
  },
];

export function getQuestion(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

export function isValidAnswer(question: string, value: string): boolean {
  return getQuestion(question)?.options.some((o) => o.value === value) ?? false;
}

/** Three-valued logic: `undefined` means "depends on an unanswered question". */
export type Tri = boolean | undefined;

/** A condition holds when its own answer is listed, or when any alternative holds. */
export function evaluateCondition(condition: ApplicabilityCondition, answers: Answers): Tri {
  const answer = answers[condition.question];
  const results: Tri[] = [answer === undefined ? undefined : condition.appliesIf.includes(answer)];
  for (const alternative of condition.orElse ?? []) {
    results.push(evaluateCondition(alternative, answers));
  }
  if (results.includes(true)) {
    return true;
  }
  return results.includes(undefined) ? undefined : false;
}

/** All conditions must hold. */
export function evaluateConditions(conditions: readonly ApplicabilityCondition[], answers: Answers): Tri {
  const results = conditions.map((c) => evaluateCondition(c, answers));
  if (results.includes(false)) {
    return false;
  }
  return results.includes(undefined) ? undefined : true;
}

/** Question ids a condition list depends on, alternatives included. */
export function questionsOf(conditions: readonly ApplicabilityCondition[]): ApplicabilityQuestionId[] {
  const out = new Set<ApplicabilityQuestionId>();
  const visit = (c: ApplicabilityCondition): void => {
    out.add(c.question);
    (c.orElse ?? []).forEach(visit);
  };
  conditions.forEach(visit);
  return [...out];
}

/**
 * Obligations an answer brings in even when no finding names them, because the fact changes what
 * the detected activity means (e.g. a recommender with under-18 users). Only ids the catalogue has
 * are used; the rest are ignored by the builder.
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
  { question: 'minorsUnder18', values: ['yes'], categories: ['recommendation'], obligations: ['ARP-18', 'MINORS-24'] },
  { question: 'minorsUnder18', values: ['yes'], categories: ['automated-decision'], obligations: ['MINORS-24'] },
  { question: 'minorsUnder14', values: ['yes'], categories: ['recommendation', 'automated-decision'], obligations: ['MINORS-24'] },
  { question: 'publicOpinion', values: ['yes'], categories: ['recommendation'], obligations: ['ARP-24'] },
  { question: 'publicOpinion', values: ['yes'], categories: ['generative-ai'], obligations: ['GAI-17'] },
  { question: 'exportVolume', values: ['100k-1m'], categories: ['cross-border'], obligations: ['CBDF-8'] },
  { question: 'exportVolume', values: ['1m-plus'], categories: ['cross-border'], obligations: ['CBDF-7'] },
  { question: 'sensitiveExportVolume', values: ['under-10k'], categories: ['cross-border'], obligations: ['CBDF-8'] },
  { question: 'sensitiveExportVolume', values: ['10k-plus'], categories: ['cross-border'], obligations: ['CBDF-7'] },
  { question: 'ciio', values: ['yes'], categories: ['cross-border'], obligations: ['CBDF-7'] },
];

/** Categories that count as personal-data activity for triggers with no category of their own. */
export const PERSONAL_DATA_CATEGORIES: readonly Category[] = ['personal-data', 'sensitive-pi', 'face-recognition', 'minors', 'pi-logging'];
