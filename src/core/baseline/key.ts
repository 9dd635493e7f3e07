// The baseline key: how a finding is recognised again after the code around it changed.
//
// key = sha256("ail-baseline-v1" \0 ruleId \0 file \0 normalised token \0 normalised context), first 32 hex chars.
//
// It deliberately leaves out the line and column, the message text and the severity, so that inserting lines
// above a finding, editing or renaming other code in the file, re-wording a rule message or overriding a
// severity does not turn an accepted finding into a "new" one. The engine's own `Finding.fingerprint`
// (ruleId + token + context) omits the file, so two files with the same field would share it; the baseline
// adds the file. Several findings with the same key in one file (the same field declared twice) are matched
// as a multiset, pairing each with the nearest recorded line (see classify.ts) instead of an occurrence index,
// so a new duplicate inserted above an old one is the one reported as new.
import { createHash } from 'node:crypto';
import type { Finding } from '../model';

export const BASELINE_KEY_ALGORITHM = 'ail-baseline-v1';

/** Case, width (NFKC), surrounding quotes and runs of whitespace do not change what was matched. */
export function normaliseText(value: string | undefined): string {
  if (!value) {
    return '';
  }
  return value
    .normalize('NFKC')
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export type KeyedFinding = Pick<Finding, 'ruleId' | 'file' | 'token' | 'context'>;

export function baselineKey(finding: KeyedFinding): string {
  const material = [BASELINE_KEY_ALGORITHM, finding.ruleId, finding.file, normaliseText(finding.token), normaliseText(finding.context)].join(
    '\u0000',
  );
  return createHash('sha256').update(material, 'utf8').digest('hex').slice(0, 32);
}

/**
 * Defence in depth for the committed baseline file: the engine already masks PI values in tokens, but the
 * baseline must never become the place where an ID, phone or card number leaks into git history. Any run of
 * seven or more digits (phone, ID and card numbers are 11-19) keeps only its last four, and e-mail local parts are
 * hidden. Shorter runs (ports, region prefixes already kept by the engine's mask) stay readable.
 */
export function maskForStorage(value: string): string {
  return value
    .replace(/[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g, '***@$1')
    .replace(/\d[\d -]{5,}\d/g, (run) => {
      const digits = run.replace(/\D/g, '');
      if (digits.length < 7) {
        return run;
      }
      return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
    });
}
