// The applicability questionnaire: facts the code cannot show (is the service public in China? how much PI
// goes abroad?) that switch obligations on or off. The checklist renders these; the catalogue refers to them.
import type { Localized } from '../model';
import type { ApplicabilityCondition, ApplicabilityQuestionId, Obligation } from './types';

export const YES_NO = ['yes', 'no'] as const;
/** People whose non-sensitive PI was exported since 1 January of the current year. */
export const EXPORT_VOLUMES = ['<100k', '100k-1m', '>=1m'] as const;
/**
 * People whose sensitive PI was exported since 1 January of the current year. `none` is separate from `<10k`
 * because any sensitive export below 10k already needs a standard contract or certification.
 */
export const SENSITIVE_EXPORT_VOLUMES = ['none', '<10k', '>=10k'] as const;
/** People whose face information is stored. */
export const FACE_VOLUMES = ['<100k', '>=100k'] as const;

export type YesNo = (typeof YES_NO)[number];
export type ExportVolume = (typeof EXPORT_VOLUMES)[number];
export type SensitiveExportVolume = (typeof SENSITIVE_EXPORT_VOLUMES)[number];
export type FaceVolume = (typeof FACE_VOLUMES)[number];

export interface AnswerOption {
  value: string;
  label: Localized;
}

export interface ApplicabilityQuestion {
  id: ApplicabilityQuestionId;
  text: Localized;
  help: Localized;
  answers: readonly AnswerOption[];
}

const yesNo: readonly AnswerOption[] = [
  { value: 'yes', label: { zh: '是', en: 'Yes' } },
  { value: 'no', label: { zh: '否', en: 'No' } },
];

/** In display order. Every `ApplicabilityQuestionId` appears exactly once. */
export const APPLICABILITY_QUESTIONS: readonly ApplicabilityQuestion[] = [
  {
    id: 'publicInChina',
    text: { zh: '该服务是否向中国境内公众提供？', en: 'Is the service offered to the public in mainland China?' },
    help: {
      zh: '生成式人工智能、算法推荐、深度合成和生成内容标识的规定只适用于向境内公众提供的服务；仅供内部研发使用的不适用。',
      en: 'The generative AI, algorithmic recommendation, deep synthesis and AIGC labelling rules cover services offered to the public in China; internal R&D use is outside them.',
    },
    answers: yesNo,
  },
  {
    id: 'publicOpinion',
    text: {
      zh: '该服务是否具有舆论属性或者社会动员能力？',
      en: 'Does the service have public-opinion attributes or social-mobilisation capacity?',
    },
    help: {
      zh: '例如论坛、社交、直播、新闻推送等公众可发布或传播信息的服务。这决定是否需要算法备案和安全评估。',
      en: 'For example forums, social networks, live streaming or news feeds where the public can publish or spread information. It decides whether algorithm filing and a security assessment are needed.',
    },
    answers: yesNo,
  },
  {
    id: 'exportVolume',
    text: {
      zh: '自当年1月1日起，累计向境外提供了多少人的个人信息（不含敏感个人信息）？',
      en: "Since 1 January of this year, how many people's personal information (not sensitive) has been sent abroad in total?",
    },
    help: {
      zh: '按去重后的人数计。不满10万人且不涉及敏感个人信息的（非关键信息基础设施运营者）免于出境申报手续。',
      en: 'Count distinct people. Under 100,000 with no sensitive PI is exempt from the export procedures for a non-CIIO.',
    },
    answers: [
      { value: '<100k', label: { zh: '不满10万人', en: 'Under 100,000' } },
      { value: '100k-1m', label: { zh: '10万人以上、不满100万人', en: '100,000 to under 1,000,000' } },
      { value: '>=1m', label: { zh: '100万人以上', en: '1,000,000 or more' } },
    ],
  },
  {
    id: 'sensitiveExportVolume',
    text: {
      zh: '自当年1月1日起，累计向境外提供了多少人的敏感个人信息？',
      en: "Since 1 January of this year, how many people's sensitive personal information has been sent abroad in total?",
    },
    help: {
      zh: '敏感个人信息包括生物识别、医疗健康、金融账户、行踪轨迹以及不满十四周岁未成年人的个人信息等。',
      en: 'Sensitive PI includes biometrics, health, financial accounts, location tracks and any PI of children under 14.',
    },
    answers: [
      { value: 'none', label: { zh: '没有', en: 'None' } },
      { value: '<10k', label: { zh: '1人以上、不满1万人', en: '1 to 9,999 people' } },
      { value: '>=10k', label: { zh: '1万人以上', en: '10,000 or more' } },
    ],
  },
  {
    id: 'minorsUnder14',
    text: { zh: '是否有不满十四周岁的用户？', en: 'Are there users under 14?' },
    help: {
      zh: '不满十四周岁未成年人的个人信息都属于敏感个人信息，需要监护人同意。',
      en: 'All personal information of children under 14 is sensitive and needs a guardian’s consent.',
    },
    answers: yesNo,
  },
  {
    id: 'minorsUnder18',
    text: { zh: '是否有未满十八周岁的用户？', en: 'Are there users under 18?' },
    help: {
      zh: '涉及未成年人模式、防沉迷以及不得以自动化决策方式向未成年人营销等要求。',
      en: "Brings in minors' mode, anti-addiction and the ban on marketing to minors by automated decision-making.",
    },
    answers: yesNo,
  },
  {
    id: 'offeredViaApi',
    text: {
      zh: '模型或服务是否通过 API 等可编程接口提供给他人？',
      en: 'Is the model or service offered to others through an API?',
    },
    help: {
      zh: '通过可编程接口提供生成式人工智能服务的，也属于服务提供者。',
      en: 'Offering generative AI through a programmable interface also makes you a provider.',
    },
    answers: yesNo,
  },
  {
    id: 'ciio',
    text: {
      zh: '运营者是否为关键信息基础设施运营者？',
      en: 'Is the operator a critical information infrastructure operator (CIIO)?',
    },
    help: {
      zh: '关键信息基础设施由主管部门认定并通知运营者。其个人信息和重要数据应境内存储，出境须安全评估。',
      en: 'CIIOs are designated and notified by the authorities. They store PI and important data in China and need a security assessment to export it.',
    },
    answers: yesNo,
  },
  {
    id: 'faceVolume',
    text: {
      zh: '存储的人脸信息涉及多少人？',
      en: 'How many people does the stored face information cover?',
    },
    help: {
      zh: '达到10万人的，须向所在地省级网信部门备案。',
      en: 'At 100,000 people a filing with the provincial CAC is required.',
    },
    answers: [
      { value: '<100k', label: { zh: '不满10万人', en: 'Under 100,000' } },
      { value: '>=100k', label: { zh: '10万人以上', en: '100,000 or more' } },
    ],
  },
];

/** The allowed answer values per question. */
export const QUESTION_ANSWERS: Readonly<Record<ApplicabilityQuestionId, readonly string[]>> = (() => {
  const table: Partial<Record<ApplicabilityQuestionId, readonly string[]>> = {};
  for (const q of APPLICABILITY_QUESTIONS) {
    table[q.id] = q.answers.map((a) => a.value);
  }
  return table as Record<ApplicabilityQuestionId, readonly string[]>;
})();

export function getQuestion(id: ApplicabilityQuestionId): ApplicabilityQuestion | undefined {
  return APPLICABILITY_QUESTIONS.find((q) => q.id === id);
}

export function isValidAnswer(question: ApplicabilityQuestionId, value: unknown): boolean {
  return typeof value === 'string' && (QUESTION_ANSWERS[question] ?? []).includes(value);
}

/** Answers given so far; a missing key means "not answered yet". */
export type Answers = Partial<Record<ApplicabilityQuestionId, string>>;

/** `unknown` means some deciding question is unanswered: show the obligation as "possibly applies". */
export type Applicability = 'applies' | 'not-applicable' | 'unknown';

function answerMatches(condition: ApplicabilityCondition, answers: Answers): Applicability {
  const answer = answers[condition.question];
  if (answer === undefined || !isValidAnswer(condition.question, answer)) {
    return 'unknown';
  }
  return condition.appliesIf.includes(answer) ? 'applies' : 'not-applicable';
}

/** Three-valued OR of the condition's own answer and its alternatives. */
function conditionHolds(condition: ApplicabilityCondition, answers: Answers): Applicability {
  let result = answerMatches(condition, answers);
  for (const alternative of condition.orElse ?? []) {
    if (result === 'applies') {
      return result;
    }
    const other = conditionHolds(alternative, answers);
    result = other === 'applies' ? 'applies' : other === 'unknown' ? 'unknown' : result;
  }
  return result;
}

/** Whether an obligation applies under the given answers (three-valued AND over `appliesWhen`). */
export function evaluateApplicability(obligation: Pick<Obligation, 'appliesWhen'>, answers: Answers): Applicability {
  let result: Applicability = 'applies';
  for (const condition of obligation.appliesWhen) {
    const holds = conditionHolds(condition, answers);
    if (holds === 'not-applicable') {
      return 'not-applicable';
    }
    if (holds === 'unknown') {
      result = 'unknown';
    }
  }
  return result;
}

/** Every question an obligation depends on, alternatives included, without duplicates. */
export function questionsOf(obligation: Pick<Obligation, 'appliesWhen'>): ApplicabilityQuestionId[] {
  const seen: ApplicabilityQuestionId[] = [];
  const visit = (c: ApplicabilityCondition): void => {
    if (!seen.includes(c.question)) {
      seen.push(c.question);
    }
    c.orElse?.forEach(visit);
  };
  obligation.appliesWhen.forEach(visit);
  return seen;
}
