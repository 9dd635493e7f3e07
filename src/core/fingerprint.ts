// Stable finding fingerprints: rule id + normalised token + context (+ an occurrence counter for repeats),
// never line numbers, so a finding keeps its identity when lines are inserted above it (baselines, SARIF).
import { createHash } from 'node:crypto';
import { detached } from './strings';

export interface FingerprintInput {
  ruleId: string;
  token: string;
  context?: string;
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

export function normaliseToken(token: string): string {
  const folded = ASCII_PRINTABLE.test(token) ? token : token.normalize('NFKC');
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

export const FINGERPRINT_PATTERNS: readonly RegExp[] = [ASCII_PRINTABLE, /\s+/g];

/** Re-analysis while typing recomputes the same fingerprints: memoise (bounded) to keep edits cheap. */
const CACHE = new Map<string, string>();

export function fingerprintOf(input: FingerprintInput, occurrence = 0): string {
  const raw = `${input.ruleId}\u0000${input.token}\u0000${input.context ?? ''}\u0000${occurrence}`;
  let fp = CACHE.get(raw);
  if (fp === undefined) {
    const key = [input.ruleId, normaliseToken(input.token), normaliseToken(input.context ?? ''), String(occurrence)].join('\u0000');
    fp = createHash('sha256').update(key).digest('hex').slice(0, 32);
    if (CACHE.size >= 20000) {
      CACHE.clear();
    }
    CACHE.set(detached(raw), fp);
  }
  return fp;
}

/** Assigns fingerprints to items in order; repeats of the same key get increasing occurrence numbers. */
export function assignFingerprints<T extends FingerprintInput & { fingerprint: string }>(items: T[]): void {
  const seen = new Map<string, number>();
  for (const item of items) {
    const key = `${item.ruleId}\u0000${normaliseToken(item.token)}\u0000${normaliseToken(item.context ?? '')}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    item.fingerprint = fingerprintOf(item, n);
  }
}
