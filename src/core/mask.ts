// Masking of personal-information values. Findings, messages, logs and reports only ever carry the masked form:
// a privacy scanner must not become a second copy of the data it finds.

export type MaskKind = 'id-card-number' | 'mobile' | 'bank-card' | 'email' | 'generic';

function stars(count: number): string {
  return '*'.repeat(Math.max(0, count));
}

/** Keeps `head` leading and `tail` trailing characters, replaces the middle with `*`. Short values are fully masked. */
export function maskMiddle(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) {
    return stars(value.length);
  }
  return value.slice(0, head) + stars(value.length - head - tail) + value.slice(value.length - tail);
}

/** `110105199001011234` → `110105********1234` (region prefix and last four kept, birth date hidden). */
export function maskIdNumber(value: string): string {
  return maskMiddle(value, 6, 4);
}

/** `13812345678` → `138****5678`. */
export function maskMobile(value: string): string {
  return maskMiddle(value, 3, 4);
}

/** `6222021234567890123` → `6222***********0123`. */
export function maskBankCard(value: string): string {
  return maskMiddle(value, 4, 4);
}

/** `zhang.san@example.com` → `z***@example.com`. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) {
    return maskMiddle(value, 1, 0);
  }
  return `${value[0]}***${value.slice(at)}`;
}

export function maskValue(kind: MaskKind, value: string): string {
  switch (kind) {
    case 'id-card-number':
      return maskIdNumber(value);
    case 'mobile':
      return maskMobile(value);
    case 'bank-card':
      return maskBankCard(value);
    case 'email':
      return maskEmail(value);
    default:
      return maskMiddle(value, 2, 2);
  }
}

const LONG_DIGITS = /\d{7,}/g;

/**
 * Last line of defence for free text (messages built from source text): masks every run of 7+ digits and every
 * e-mail-looking word. Linear: the patterns have no nested quantifiers.
 */
export function maskFreeText(text: string): string {
  return maskEmails(text.replace(LONG_DIGITS, (run) => maskMiddle(run, 3, 2)));
}

function isMailChar(c: number, local: boolean): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46 || (local && c === 43);
}

/** Hand-written scan around each `@` (a regex here would backtrack polynomially on long word runs). */
function maskEmails(text: string): string {
  let at = text.indexOf('@');
  if (at < 0) {
    return text;
  }
  let out = '';
  let copied = 0;
  while (at >= 0) {
    let start = at;
    while (start > copied && at - start < 64 && isMailChar(text.charCodeAt(start - 1), true)) {
      start--;
    }
    let end = at + 1;
    while (end < text.length && end - at < 255 && isMailChar(text.charCodeAt(end), false)) {
      end++;
    }
    while (end > at + 1 && text.charCodeAt(end - 1) === 46) {
      end--;
    }
    const domain = text.slice(at + 1, end);
    if (start < at && domain.includes('.')) {
      out += text.slice(copied, start) + maskEmail(text.slice(start, at + 1 + domain.length));
      copied = at + 1 + domain.length;
    }
    at = text.indexOf('@', Math.max(at + 1, copied));
  }
  return out + text.slice(copied);
}

/** Exported for the ReDoS test. */
export const MASK_PATTERNS: readonly RegExp[] = [LONG_DIGITS];
