// Literal PI values in code, fixtures and logs: PRC resident ID numbers (GB 11643 checksum, real date, region prefix),
// mainland mobile numbers and bank cards (Luhn plus nearby context). One linear pass over the text; values are masked
// before they leave this module.
import { maskBankCard, maskIdNumber, maskMobile } from '../mask';

export type LiteralKind = 'id-card-number' | 'mobile' | 'bank-card';

export interface LiteralHit {
  kind: LiteralKind;
  /** Offsets in the text. */
  start: number;
  end: number;
  /** Masked value: the raw value never leaves this module. */
  masked: string;
  confidence: 'high' | 'medium' | 'low';
}

/** First two digits of valid province-level codes (GB/T 2260). */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643-1999 checksum, plausible region and a real birth date. */
export function isValidIdNumber(value: string, now: Date = new Date()): boolean {
  if (value.length !== 18) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) {
      return false;
    }
    sum += d * WEIGHTS[i];
  }
  if (CHECK[sum % 11] !== value[17].toUpperCase()) {
    return false;
  }
  if (!PROVINCES.has(Number(value.slice(0, 2))) || value.slice(2, 6) === '0000') {
    return false;
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || year > now.getUTCFullYear() || month < 1 || month > 12 || day < 1) {
    return false;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) {
        d -= 9;
      }
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Placeholder mobiles such as 13800000000 or 13912345678 are test data, not someone's number. */
function isPlaceholderMobile(value: string): boolean {
  const tail = value.slice(3);
  // 13800138000-style numbers (prefix, 00, prefix, 000) are the classic documentation placeholders.
  const echo = value.slice(3, 5) === '00' && value.slice(5, 8) === value.slice(0, 3) && value.slice(8) === '000';
  return echo || /^(\d)\1{7}$/.test(tail) || tail === '12345678' || tail === '87654321';
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const CARD_CONTEXT = /card|bank|acct|account|pan\b|卡号|银行|账号|账户|信用卡|借记卡/i;

function hasCardContext(text: string, start: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start) + 1, start - 60);
  return CARD_CONTEXT.test(text.slice(lineStart, start));
}

/** Finds literal PI values. `text` may be a whole file; the scan is a single pass over digit runs. */
/** Every literal kind is a run of at least 11 digits: the native regex engine rules most files out at once. */
const LONG_DIGIT_RUN = /\d{11}/;

export function findLiterals(text: string, now: Date = new Date()): LiteralHit[] {
  const hits: LiteralHit[] = [];
  if (!LONG_DIGIT_RUN.test(text)) {
    return hits;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
      i++;
    }
    let end = i;
    // An ID number may end in X.
    if (end - start === 17 && end < n && (text[end] === 'X' || text[end] === 'x')) {
      end++;
      i = end;
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = end < n ? text.charCodeAt(end) : 32;
    // Word-boundary aware: not part of an identifier, a hex string or a decimal number.
    if (isWordChar(before) || isWordChar(after) || before === 46 || (after === 46 && end + 1 < n && isWordChar(text.charCodeAt(end + 1)))) {
      continue;
    }
    const len = end - start;
    if (len === 18) {
      const value = text.slice(start, end);
      if (isValidIdNumber(value, now)) {
        hits.push({ kind: 'id-card-number', start, end, masked: maskIdNumber(value), confidence: 'high' });
        continue;
      }
    }
    if (len === 11 && text.charCodeAt(start) === 49) {
      const second = text.charCodeAt(start + 1);
      const value = text.slice(start, end);
      if (second >= 51 && second <= 57 && !isPlaceholderMobile(value)) {
        hits.push({ kind: 'mobile', start, end, masked: maskMobile(value), confidence: 'medium' });
      }
      continue;
    }
    if (len === 13 && before === 43 && text.startsWith('861', start)) {
      const value = text.slice(start + 2, end);
      const second = value.charCodeAt(1);
      if (second >= 51 && second <= 57 && !isPlaceholderMobile(value)) {
        hits.push({ kind: 'mobile', start, end, masked: `+86${maskMobile(value)}`, confidence: 'high' });
      }
      continue;
    }
    if (len >= 16 && len <= 19) {
      const value = text.slice(start, end);
      const first = value.charCodeAt(0);
      if (first >= 51 && first <= 54 && hasCardContext(text, start)) {
        if (luhnValid(value)) {
          hits.push({ kind: 'bank-card', start, end, masked: maskBankCard(value), confidence: 'high' });
        } else if (value.startsWith('62')) {
          // Some UnionPay numbers predate Luhn; only with explicit card context and at low confidence.
          hits.push({ kind: 'bank-card', start, end, masked: maskBankCard(value), confidence: 'low' });
        }
      }
    }
  }
  return hits;
}

export const LITERAL_PATTERNS: readonly RegExp[] = [CARD_CONTEXT, /^(\d)\1{7}$/, LONG_DIGIT_RUN];
