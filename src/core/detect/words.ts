// Splits identifiers into lower-case words: camelCase, PascalCase, snake_case, kebab-case, dotted paths and digits.
// `userIDCard` → user id card; `HTTPServer2` → http server 2; `id_card_no` → id card no. Hand-written, linear.

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function splitWords(identifier: string): string[] {
  const words: string[] = [];
  const n = identifier.length;
  let start = -1;
  const flush = (end: number): void => {
    if (start >= 0 && end > start) {
      words.push(identifier.slice(start, end).toLowerCase());
    }
    start = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = identifier.charCodeAt(i);
    const letterOrDigit = isUpper(c) || isLower(c) || isDigit(c) || c > 127;
    if (!letterOrDigit) {
      flush(i);
      continue;
    }
    if (start < 0) {
      start = i;
      continue;
    }
    const p = identifier.charCodeAt(i - 1);
    const next = i + 1 < n ? identifier.charCodeAt(i + 1) : 0;
    const boundary =
      (isLower(p) && isUpper(c)) || // userName
      (isUpper(p) && isUpper(c) && isLower(next)) || // HTTPServer: boundary before S
      (isDigit(p) !== isDigit(c) && !(p > 127 || c > 127)) || // abc123 / 123abc
      ((p > 127) !== (c > 127)); // 用户id
    if (boundary) {
      flush(i);
      start = i;
    }
  }
  flush(n);
  return words;
}

/** Joins words for use as a normalised token: `id_card`. */
export function joinWords(words: readonly string[]): string {
  return words.join('_');
}

/** True when `words` ends with `suffix`. */
export function endsWith(words: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > words.length) {
    return false;
  }
  const offset = words.length - suffix.length;
  for (let i = 0; i < suffix.length; i++) {
    if (words[offset + i] !== suffix[i]) {
      return false;
    }
  }
  return true;
}

/** Index of `seq` inside `words`, or -1. */
export function indexOfSeq(words: readonly string[], seq: readonly string[]): number {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) {
      if (words[i + j] !== seq[j]) {
        continue outer;
      }
    }
    return i;
  }
  return -1;
}
