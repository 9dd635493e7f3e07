// Turns `customPatterns` from the project config or the user's settings into compiled engine rules.
// Every pattern is checked again here (validity and catastrophic backtracking): settings patterns reach the engine
// without passing the project-config loader, and a pattern that could hang the scan must never run.
import { checkPatternSafety } from '../config/patternSafety';
import type { CustomPattern } from '../model';
import type { CompiledCustomRule } from './index';

export interface CompiledPatterns {
  rules: CompiledCustomRule[];
  /** Ids of patterns refused as invalid or unsafe, for the caller to report. */
  rejected: { id: string; reason: string }[];
}

const memo = new Map<string, CompiledPatterns>();

export function compileCustomPatterns(patterns: readonly CustomPattern[]): CompiledPatterns {
  if (patterns.length === 0) {
    return { rules: [], rejected: [] };
  }
  const key = JSON.stringify(patterns);
  const known = memo.get(key);
  if (known) {
    return known;
  }
  const compiled: CompiledPatterns = { rules: [], rejected: [] };
  for (const pattern of patterns) {
    const verdict = checkPatternSafety(pattern.pattern);
    if (!verdict.safe) {
      compiled.rejected.push({ id: pattern.id, reason: verdict.reason?.en ?? 'unsafe pattern' });
      continue;
    }
    compiled.rules.push({
      id: pattern.id,
      category: pattern.category,
      regex: new RegExp(pattern.pattern, 'u'),
      severity: pattern.severity,
      obligations: pattern.obligations,
      message: pattern.message,
    });
  }
  memo.set(key, compiled);
  return compiled;
}
