// Guards user- and workspace-supplied regular expressions: a pattern must compile and must be proven free of
// catastrophic backtracking by recheck before the engine may run it on every identifier of a workspace.
import { checkSync } from 'recheck';
import { maskFreeText } from '../mask';
import type { Localized } from '../model';

export type PatternVerdict = { safe: true } | { safe: false; reason: Localized };

const cache = new Map<string, PatternVerdict>();

export function checkPatternSafety(source: string, checkBacktracking = true): PatternVerdict {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    // The engine's message quotes the pattern, which may itself hold a PI value (a phone number to look for).
    const detail = maskFreeText(error instanceof Error ? error.message : String(error));
    return { safe: false, reason: { zh: `不是有效的正则表达式（${detail}）`, en: `not a valid regular expression (${detail})` } };
  }
  if (!checkBacktracking) {
    return { safe: true };
  }
  const cached = cache.get(source);
  if (cached) {
    return cached;
  }
  let verdict: PatternVerdict;
  try {
    const diagnostics = checkSync(source, 'u', { timeout: 10_000 });
    if (diagnostics.status === 'safe') {
      verdict = { safe: true };
    } else if (diagnostics.status === 'vulnerable') {
      const complexity = diagnostics.complexity.type === 'exponential' ? { zh: '指数级', en: 'exponential' } : { zh: '多项式级', en: 'polynomial' };
      verdict = {
        safe: false,
        reason: {
          zh: `存在灾难性回溯风险（${complexity.zh}复杂度，ReDoS）`,
          en: `it can backtrack catastrophically (${complexity.en} complexity, ReDoS)`,
        },
      };
    } else {
      verdict = {
        safe: false,
        reason: { zh: '无法证明其不会灾难性回溯，请简化', en: 'it could not be proven free of catastrophic backtracking; simplify it' },
      };
    }
  } catch {
    verdict = {
      safe: false,
      reason: { zh: '回溯检查无法运行，出于安全考虑不予使用', en: 'the backtracking check could not run, so it is not used' },
    };
  }
  cache.set(source, verdict);
  return verdict;
}
