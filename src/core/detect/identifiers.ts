// Identifier classifier: decides whether an identifier (or a Chinese label) names a personal-information element,
// and whether a declaration (class, table, DTO, form) is about a person.
import { detached } from '../strings';
import { endsWith, splitWords } from './words';
import {
  EXCLUDE_WORDS,
  NAME_QUALIFIERS,
  NON_POSTAL_ADDRESS,
  PERSON_WORDS,
  PERSON_ZH,
  PI_ELEMENTS,
  TAIL_WORDS,
  ZH_PROTECTED,
  type PiElementDef,
} from './piVocabulary';

export interface PiMatch {
  element: PiElementDef;
  /** How it matched: `strong` words, `weak` words in a person context, `pinyin`, `initials` (context only) or a Chinese `label`. */
  via: 'strong' | 'weak' | 'pinyin' | 'initials' | 'label' | 'name';
  /** The normalised matched form, e.g. `id_card`. */
  words: string[];
}

interface SeqEntry {
  seq: string[];
  element: PiElementDef;
  weak: boolean;
}

/** Index of word sequences by their last word, for suffix matching in O(words). */
const BY_LAST = new Map<string, SeqEntry[]>();
const PINYIN = new Map<string, PiElementDef>();
const INITIALS = new Map<string, PiElementDef>();
const NAME_ELEMENT = PI_ELEMENTS.find((e) => e.id === 'name')!;
const ADDRESS_ELEMENT = PI_ELEMENTS.find((e) => e.id === 'address')!;

for (const element of PI_ELEMENTS) {
  const add = (seq: string[], weak: boolean): void => {
    const last = seq[seq.length - 1];
    const list = BY_LAST.get(last) ?? [];
    list.push({ seq, element, weak });
    BY_LAST.set(last, list);
  };
  element.strong.forEach((seq) => add(seq, false));
  (element.weak ?? []).forEach((seq) => add(seq, true));
  (element.pinyin ?? []).forEach((p) => PINYIN.set(p, element));
  (element.initials ?? []).forEach((p) => INITIALS.set(p, element));
}
// Longest sequences first, so `bank card no` wins over `card no`.
for (const list of BY_LAST.values()) {
  list.sort((a, b) => b.seq.length - a.seq.length);
}

const LOCATION_LABEL = /定位|经纬度|位置信息|地理位置/;
const NAME_LABEL = /姓名|真实姓名/;
const NON_POSTAL_LABEL = /IP地址|MAC地址|服务器地址|网址|链接地址|接口地址|回调地址|服务地址|请求地址|下载地址|访问地址|图片地址|文件地址|存储地址|钱包地址|合约地址/i;

export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      return true;
    }
  }
  return false;
}

function matchSuffix(words: string[], personContext: boolean): PiMatch | undefined {
  const list = BY_LAST.get(words[words.length - 1]);
  if (list) {
    for (const entry of list) {
      if (endsWith(words, entry.seq) && (!entry.weak || personContext)) {
        const before = words[words.length - entry.seq.length - 1];
        if (entry.element === ADDRESS_ELEMENT && before !== undefined && NON_POSTAL_ADDRESS.has(before)) {
          return undefined;
        }
        return { element: entry.element, via: entry.weak ? 'weak' : 'strong', words: entry.seq };
      }
    }
  }
  // Pinyin may be written as one word or split: `shoujihao`, `shouji_hao`, `yonghu_shenfenzheng`.
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const joined = words.slice(words.length - k).join('');
    const element = PINYIN.get(joined);
    if (element) {
      return { element, via: 'pinyin', words: [joined] };
    }
  }
  const last = words[words.length - 1];
  if (personContext && INITIALS.has(last)) {
    return { element: INITIALS.get(last)!, via: 'initials', words: [last] };
  }
  // `name` alone only in a person context, or qualified by a person word (`customer_name`, `real_name`).
  if (last === 'name') {
    if (words.length === 1 && personContext) {
      return { element: NAME_ELEMENT, via: 'name', words: ['name'] };
    }
    const before = words[words.length - 2];
    if (before !== undefined && NAME_QUALIFIERS.has(before) && (words.length === 2 || personContext || PERSON_WORDS.has(before))) {
      return { element: NAME_ELEMENT, via: 'name', words: [before, 'name'] };
    }
  }
  return undefined;
}

/** Identifiers repeat across a file and across re-analyses while typing: memoise, bounded. */
/** One map per context (no key string built per look-up: this runs for every identifier of every file). */
const CACHE = [new Map<string, PiMatch | null>(), new Map<string, PiMatch | null>()];
const CACHE_LIMIT = 25000;

/** Classifies an identifier such as `userIdCard`, `sfzh` or `customer_name`. */
export function classifyIdentifier(identifier: string, personContext: boolean): PiMatch | undefined {
  const cache = CACHE[personContext ? 1 : 0];
  const cached = cache.get(identifier);
  if (cached !== undefined) {
    return cached ?? undefined;
  }
  const result = classifyUncached(identifier, personContext);
  if (cache.size >= CACHE_LIMIT) {
    cache.clear();
  }
  cache.set(detached(identifier), result ?? null);
  return result;
}

function classifyUncached(identifier: string, personContext: boolean): PiMatch | undefined {
  if (identifier.length > 80) {
    return undefined;
  }
  if (hasCjk(identifier)) {
    return classifyLabel(identifier);
  }
  let words = splitWords(identifier);
  if (words.length === 0 || words.length > 8) {
    return undefined;
  }
  for (const word of words) {
    if (EXCLUDE_WORDS.has(word)) {
      return excludedUnlessNamed(words, personContext);
    }
  }
  // Strip up to two tolerated tail words (`phone_no_str`) when the full form does not match.
  for (let strip = 0; strip <= 2 && words.length > 0; strip++) {
    const match = matchSuffix(words, personContext);
    if (match) {
      return match;
    }
    if (!TAIL_WORDS.has(words[words.length - 1])) {
      break;
    }
    words = words.slice(0, -1);
  }
  return undefined;
}

/**
 * A metadata word vetoes the identifier unless it belongs to the element's own name: `login_phone_code` and `phone_type`
 * are about a phone, but `last_login_ip`, `client_ip`, `blood_type` and `face_template` ARE the element.
 */
function excludedUnlessNamed(words: string[], personContext: boolean): PiMatch | undefined {
  const match = matchSuffix(words, personContext);
  if (!match || (match.via !== 'strong' && match.via !== 'weak')) {
    return undefined;
  }
  const named = words.length - match.words.length;
  return words.every((word, i) => i >= named || !EXCLUDE_WORDS.has(word)) ? match : undefined;
}

/** Classifies a human label (DDL COMMENT, comment, Swagger description, form label) by its Chinese or English keywords. */
export function classifyLabel(label: string): PiMatch | undefined {
  const text = label.length > 200 ? label.slice(0, 200) : label;
  if (ZH_PROTECTED.some((q) => text.includes(q))) {
    return undefined;
  }
  // Sensitive elements first: `身份证` beats `证件号`, and a label naming both a person and a phone is a phone.
  for (const element of PI_ELEMENTS) {
    for (const keyword of element.zh ?? []) {
      if (text.includes(keyword)) {
        if (element.id === 'location' && !LOCATION_LABEL.test(text)) {
          continue;
        }
        if (element.id === 'address' && NON_POSTAL_LABEL.test(text)) {
          continue;
        }
        if (element.id === 'name' && !NAME_LABEL.test(text) && !PERSON_ZH.some((p) => text.includes(p))) {
          continue;
        }
        return { element, via: 'label', words: [keyword] };
      }
    }
  }
  return undefined;
}

/** True when a declaration name or label is about a person (`User`, `t_customer`, `PatientDTO`, `用户表`). */
/** Records that describe a person signing up or being verified, even without a person noun (`SignupRequest`, `KycForm`). */
export const PERSON_PROCESS_WORDS: ReadonlySet<string> = new Set(['signup', 'register', 'registration', 'enroll', 'enrollment', 'enrolment', 'kyc', 'onboarding', 'realname']);

/** Words before `member` that make it a part of code or of an archive, not a person: `TarMember`, `NamedTupleMember`, `EnumMember`. */
const CODE_MEMBER_QUALIFIERS: ReadonlySet<string> = new Set([
  'tar', 'zip', 'archive', 'class', 'struct', 'enum', 'union', 'tuple', 'interface', 'type', 'static', 'instance', 'field', 'array', 'object',
  'module', 'namespace', 'property', 'method', 'data', 'pointer', 'template', 'symbol', 'record',
]);

export function isPersonName(name: string): boolean {
  if (hasCjk(name)) {
    return isPersonLabel(name);
  }
  const words = splitWords(name);
  return words.some(
    (word, i) =>
      PERSON_PROCESS_WORDS.has(word) ||
      (PERSON_WORDS.has(word) && !((word === 'member' || word === 'members') && i > 0 && CODE_MEMBER_QUALIFIERS.has(words[i - 1]))),
  );
}

export function isPersonLabel(label: string): boolean {
  return PERSON_ZH.some((p) => label.includes(p));
}

/** Regexes used above, exported for the ReDoS check. */
export const IDENTIFIER_PATTERNS: readonly RegExp[] = [LOCATION_LABEL, NAME_LABEL, NON_POSTAL_LABEL];
