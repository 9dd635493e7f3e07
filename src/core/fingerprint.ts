// Stable finding fingerprints: rule id + normalised token + context (+ an occurrence counter for repeats),
// never line numbers, so a finding keeps its identity when lines are inserted above it (baselines, SARIF).
import { createHash } from 'node:crypto';

export interface FingerprintInput {
  ruleId: string;
  token: string;
  context?: string;
}

export function normaliseToken(token: string): string {
  return token.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function fingerprintOf(input: FingerprintInput, occurrence = 0): string {
  const key = [input.ruleId, normaliseToken(input.token), normaliseToken(input.context ?? ''), String(occurrence)].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
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
