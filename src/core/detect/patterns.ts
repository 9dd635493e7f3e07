// Every regular expression used by the engine's detectors, rules, suppressions and masking, in one list, so the
// ReDoS test (test/unit/core/redos.test.ts) checks all of them with `recheck`.
import { FINGERPRINT_PATTERNS } from '../fingerprint';
import { MASK_PATTERNS } from '../mask';
import { HOST_PATTERNS } from '../rules/hosts';
import { SUPPRESS_PATTERNS } from '../suppress';
import { CALL_PATTERNS } from './calls';
import { CROSS_BORDER_PATTERNS } from './crossBorder';
import { IDENTIFIER_PATTERNS } from './identifiers';
import { KEYWORD_PATTERNS } from './keywords';
import { LITERAL_PATTERNS } from './literals';
import { LOGGING_PATTERNS } from './logging';
import { PERSONAL_DATA_PATTERNS } from './personalData';
import { TYPES_PATTERNS } from './types';

export const ALL_PATTERNS: readonly RegExp[] = [
  ...MASK_PATTERNS,
  ...FINGERPRINT_PATTERNS,
  ...HOST_PATTERNS,
  ...SUPPRESS_PATTERNS,
  ...CALL_PATTERNS,
  ...CROSS_BORDER_PATTERNS,
  ...IDENTIFIER_PATTERNS,
  ...KEYWORD_PATTERNS,
  ...LITERAL_PATTERNS,
  ...LOGGING_PATTERNS,
  ...PERSONAL_DATA_PATTERNS,
  ...TYPES_PATTERNS,
];
