// Personal-information fields: declarations (classes, tables, DTOs, forms) in a person context, their Chinese labels,
// sensitive-PI identifiers anywhere, and literal PI values (masked).
import type { Span } from '../model';
import { classifyIdentifier, classifyLabel, isPersonLabel, isPersonName, type PiMatch } from './identifiers';
import { findLiterals, type LiteralKind } from './literals';
import type { PiGroup } from './piVocabulary';
import { ZH_PROTECTED } from './piVocabulary';
import { nextNonBlank, offsetOf, type DetectContext } from './types';

export const RULE_BY_GROUP: Record<PiGroup, string> = {
  'id-document': 'AILL-SPI-ID-NUMBER',
  biometric: 'AILL-SPI-BIOMETRIC',
  health: 'AILL-SPI-HEALTH',
  financial: 'AILL-SPI-FINANCIAL',
  'location-track': 'AILL-SPI-LOCATION-TRACK',
  'belief-identity': 'AILL-SPI-BELIEF-IDENTITY',
  contact: 'AILL-PI-CONTACT',
  identity: 'AILL-PI-IDENTITY',
  'device-id': 'AILL-PI-DEVICE-ID',
  location: 'AILL-PI-LOCATION',
};

/** A boolean type or literal: `boolean`, `bool`, `Boolean`, SQL `BOOLEAN`/`BIT`, `true`, `False`. */
const BOOLEAN_WORD = /^(?:boolean|bool|bit|true|false)\b/i;
/** What may stand between a field's name and its type or value: a closing quote, `?`, `!`, `:`, `=`. */
const TYPE_SEPARATOR = /^["'`]?[ \t]*[?!]?[ \t]*(?:[:=][ \t]*)?/;
const BOOLEAN_TYPE = /^(?:boolean|bool)$/i;
const LETTER = /[A-Za-z]/;

/**
 * True when a field is declared boolean or initialised with a boolean: after its name (`mobile?: boolean`,
 * `Mobile bool`, `mobile BOOLEAN`, `"email": true`, `phone = False`) or before it (`private boolean mobile;`).
 */
function isBooleanField(ctx: DetectContext, span: Span): boolean {
  const text = ctx.text;
  const end = offsetOf(ctx, span.end.line, span.end.character);
  if (BOOLEAN_WORD.test(text.slice(end, end + 40).replace(TYPE_SEPARATOR, ''))) {
    return true;
  }
  // The word before the name, on the same line and separated from it by blanks only.
  const lineStart = offsetOf(ctx, span.start.line, 0);
  const nameStart = offsetOf(ctx, span.start.line, span.start.character);
  const from = Math.max(lineStart, nameStart - 40);
  let j = nameStart;
  while (j > from && (text[j - 1] === ' ' || text[j - 1] === '\t')) {
    j--;
  }
  let k = j;
  while (k > from && LETTER.test(text[k - 1])) {
    k--;
  }
  return j < nameStart && k < j && BOOLEAN_TYPE.test(text.slice(k, j));
}

/** Only modifiers and a type before the name: `static`, `public static final String`, `static readonly`. */
const MODIFIERS_ONLY = /^[ \t]*(?:[A-Za-z_$][\w$<>,.[\]]*[ \t]+){1,5}$/;
const STATIC_WORD = /\bstatic\b/;

/** True when a field is declared `static` on its own line (a class-level constant or property). */
function isStaticField(ctx: DetectContext, span: Span): boolean {
  const before = ctx.text.slice(offsetOf(ctx, span.start.line, 0), offsetOf(ctx, span.start.line, span.start.character));
  return before.length <= 120 && STATIC_WORD.test(before) && MODIFIERS_ONLY.test(before);
}

/** True when the file imports Passport.js or one of its strategies (`passport`, `passport-local`, `@nestjs/passport`). */
function importsPassportJs(ctx: DetectContext): boolean {
  for (const name of ctx.imports) {
    // normalised: lower case, `-` as `_`
    if (name === 'passport' || name.startsWith('passport_') || name.endsWith('/passport')) {
      return true;
    }
  }
  return false;
}

function spanKey(span: Span): string {
  return `${span.start.line}:${span.start.character}`;
}

function emitPi(ctx: DetectContext, match: PiMatch, token: string, span: Span, context?: string, related?: DetectContext['hits'][number]['related']): void {
  const contextual = match.via === 'weak' || match.via === 'initials' || match.via === 'name';
  ctx.hits.push({
    ruleId: RULE_BY_GROUP[match.element.group],
    token,
    span,
    context,
    related,
    piElement: match.element.id,
    sensitive: match.element.sensitive,
    element: match.element.label,
    confidence: contextual ? 'medium' : 'high',
  });
}

/** Field names already reported from declarations: later uses of the same name are the same PI, not new findings. */
export type ReportedNames = Set<string>;

export function detectDeclarations(ctx: DetectContext, reported: Set<string>, names: ReportedNames = new Set()): void {
  // The same field in an interface, its initial-state object and its DTO is one finding per file: the first declaration.
  const fieldsSeen = new Set<string>();
  for (const decl of ctx.doc.declarations) {
    const fields = decl.fields.length > 400 ? decl.fields.slice(0, 400) : decl.fields;
    let person = isPersonName(decl.name) || (decl.label !== undefined && isPersonLabel(decl.label));
    if (!person) {
      // A record holding two or more unambiguous PI fields is about a person, whatever its name.
      let strong = 0;
      for (const field of fields) {
        if (classifyIdentifier(field.name, false) || (field.label && classifyLabel(field.label))) {
          strong++;
          if (strong >= 2) {
            person = true;
            break;
          }
        }
      }
    }
    // Icon sets, i18n tables and enums have many keys and are not records about a person.
    if (!person && fields.length >= 40) {
      fields.forEach((f) => reported.add(spanKey(f.span)));
      continue;
    }
    const related = decl.name
      ? [{ file: ctx.file, span: decl.span, message: { zh: `所属的人员数据结构：${decl.name}`, en: `Person record: ${decl.name}` } }]
      : undefined;
    for (const field of fields) {
      if (field.label && ZH_PROTECTED.some((q) => field.label!.includes(q))) {
        continue;
      }
      const byName = classifyIdentifier(field.name, person);
      const byLabel = field.label ? classifyLabel(field.label) : undefined;
      // The label explains a cryptic name (`sfzh COMMENT '身份证号'`); a clear name stands on its own.
      const match = byLabel && (!byName || byName.via === 'initials' || byName.via === 'weak') ? byLabel : byName ?? byLabel;
      if (!match) {
        continue;
      }
      // An object/dict literal outside a person context (package metadata, options) counts only for sensitive PI.
      if (decl.kind === 'object' && !person && !match.element.sensitive) {
        continue;
      }
      if (isBooleanField(ctx, field.span)) {
        continue; // `mobile: boolean`, `email: true`: a flag (a device type, a notification setting), not the data
      }
      if (isStaticField(ctx, field.span)) {
        continue; // `static name = 'doctor'`: a property of the class itself, not of each person it describes
      }
      reported.add(spanKey(field.span));
      const fieldKey = `${match.element.id}\u0000${field.name.toLowerCase()}`;
      if (fieldsSeen.has(fieldKey)) {
        continue;
      }
      fieldsSeen.add(fieldKey);
      names.add(field.name.toLowerCase());
      emitPi(ctx, match, field.name, field.span, decl.name || undefined, match.via === 'label' || match.via === 'strong' || match.via === 'pinyin' ? undefined : related);
    }
  }
}

/**
 * ORM mapping files (MyBatis `<result property=… column=…>`, Hibernate `<property name=…>`) declare fields in XML
 * attributes. The mapped type (`type="…domain.User"`) gives the person context.
 */
const MAPPING_ELEMENT = /(?:result|id|property|column|field)$/i;

export function detectXmlMappings(ctx: DetectContext, reported: Set<string>): void {
  if (ctx.doc.family !== 'xml') {
    return;
  }
  let person = false;
  const candidates: Array<{ text: string; span: Span }> = [];
  for (const token of ctx.doc.tokens) {
    if (token.kind !== 'value' || !token.path) {
      continue;
    }
    const attr = token.path.slice(token.path.lastIndexOf('@') + 1);
    if (attr === 'type' || attr === 'resultType' || attr === 'parameterType' || attr === 'class' || attr === 'namespace') {
      const simple = token.text.slice(token.text.lastIndexOf('.') + 1);
      person = person || isPersonName(simple);
    } else if ((attr === 'property' || attr === 'column' || attr === 'name') && MAPPING_ELEMENT.test(token.path.slice(0, token.path.lastIndexOf('@')))) {
      candidates.push({ text: token.text, span: token.span });
    }
  }
  const seen = new Set<string>();
  for (const c of candidates) {
    const match = classifyIdentifier(c.text, person);
    if (!match || seen.has(`${match.element.id}\u0000${c.span.start.line}`)) {
      continue;
    }
    seen.add(`${match.element.id}\u0000${c.span.start.line}`);
    reported.add(spanKey(c.span));
    emitPi(ctx, match, c.text, c.span);
  }
}

/** Sensitive-PI identifiers (and any full-pinyin PI word) outside declarations: first use per file. */
const PROTECTING_CALLS = ['hash', 'md5', 'sha', 'hmac', 'digest', 'mask', 'encrypt', 'desensiti', 'tuomin', 'redact', 'anonymi'];

/** True when the identifier is an argument of a hashing/masking call: `hash(self.phone)`, `mask_id(user.id_card)`. */
function insideProtectingCall(ctx: DetectContext, start: number): boolean {
  let i = start;
  const lineStart = Math.max(0, start - 60);
  while (i > lineStart && /[\w.$]/.test(ctx.text[i - 1])) {
    i--;
  }
  while (i > lineStart && (ctx.text[i - 1] === ' ' || ctx.text[i - 1] === '\t')) {
    i--;
  }
  if (i <= lineStart || ctx.text[i - 1] !== '(') {
    return false;
  }
  let j = i - 1;
  while (j > lineStart && /[\w.$]/.test(ctx.text[j - 1])) {
    j--;
  }
  const callee = ctx.text.slice(j, i - 1).toLowerCase();
  return PROTECTING_CALLS.some((p) => callee.includes(p));
}

export function detectSensitiveIdentifiers(ctx: DetectContext, reported: Set<string>, names: ReportedNames = new Set()): void {
  const seen = new Set<string>();
  for (const token of ctx.doc.tokens) {
    if (token.kind !== 'identifier' && token.kind !== 'key') {
      continue;
    }
    // kebab-case keys are icon names, CSS classes and i18n ids rather than data fields.
    if (token.text.length < 3 || token.text.includes('-')) {
      continue;
    }
    // Classify first (memoised): most identifiers are not PI, and their spans need not be computed at all.
    const match = classifyIdentifier(token.text, false);
    if (!match || !(match.element.sensitive || match.via === 'pinyin') || reported.has(spanKey(token.span))) {
      continue;
    }
    if (token.kind === 'identifier' && nextNonBlank(ctx, token.span) === '(') {
      continue; // a function name such as validate_id_card(...) or get_id_card(...): not a data field
    }
    if (token.kind === 'identifier' && token.text.toLowerCase() === 'passport' && importsPassportJs(ctx)) {
      continue; // the Node.js authentication library (`passport.use(...)`), not a passport number
    }
    const key = `${match.element.id}\u0000${token.text.toLowerCase()}`;
    if (seen.has(key) || names.has(token.text.toLowerCase())) {
      continue;
    }
    if (insideProtectingCall(ctx, ctx.lines.lineStart(token.span.start.line) + token.span.start.character)) {
      continue;
    }
    seen.add(key);
    reported.add(spanKey(token.span));
    emitPi(ctx, match, token.text, token.span);
  }
}

const LITERAL_RULES: Record<LiteralKind, string> = {
  'id-card-number': 'AILL-SPI-LITERAL-ID-NUMBER',
  mobile: 'AILL-PI-LITERAL-MOBILE',
  'bank-card': 'AILL-SPI-LITERAL-BANK-CARD',
};
const LITERAL_LABELS: Record<LiteralKind, { zh: string; en: string }> = {
  'id-card-number': { zh: '身份证号', en: 'ID card number' },
  mobile: { zh: '手机号', en: 'mobile number' },
  'bank-card': { zh: '银行卡号', en: 'bank card number' },
};
const CODE_FAMILIES = new Set(['python', 'javascript', 'java', 'go', 'notebook']);

export function detectLiterals(ctx: DetectContext, now: Date): void {
  const hits = findLiterals(ctx.text, now);
  if (hits.length === 0) {
    return;
  }
  const isLog = /\.log(\.\d+)?$/i.test(ctx.file);
  // In code, a number only counts inside a string or comment (a bare 11-digit constant is rarely a phone number).
  let ranges: Array<[number, number]> | undefined;
  if (CODE_FAMILIES.has(ctx.doc.family)) {
    ranges = [];
    for (const t of ctx.doc.tokens) {
      if (t.kind === 'string' || t.kind === 'comment' || t.kind === 'value') {
        ranges.push([ctx.lines.lineStart(t.span.start.line) + t.span.start.character, ctx.lines.lineStart(t.span.end.line) + t.span.end.character]);
      }
    }
    ranges.sort((a, b) => a[0] - b[0]);
  }
  const inside = (offset: number): boolean => {
    if (!ranges) {
      return true;
    }
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid][0] <= offset) {
        if (offset < ranges[mid][1]) {
          return true;
        }
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // Overlapping ranges are rare (notebooks); fall back to a short linear look-back.
    for (let i = Math.min(lo, ranges.length) - 1; i >= 0 && i >= lo - 4; i--) {
      if (ranges[i][0] <= offset && offset < ranges[i][1]) {
        return true;
      }
    }
    return false;
  };
  for (const hit of hits) {
    if (hit.kind !== 'id-card-number' && !inside(hit.start)) {
      continue;
    }
    ctx.hits.push({
      ruleId: isLog ? 'AILL-LOG-PI-VALUE' : LITERAL_RULES[hit.kind],
      token: hit.masked,
      span: ctx.lines.span(hit.start, hit.end),
      piElement: hit.kind,
      sensitive: hit.kind !== 'mobile',
      element: LITERAL_LABELS[hit.kind],
      confidence: hit.confidence,
    });
  }
}

export const PERSONAL_DATA_PATTERNS: readonly RegExp[] = [/\.log(\.\d+)?$/i, MAPPING_ELEMENT, /[\w.$]/, BOOLEAN_WORD, TYPE_SEPARATOR, BOOLEAN_TYPE, LETTER, MODIFIERS_ONLY, STATIC_WORD];
