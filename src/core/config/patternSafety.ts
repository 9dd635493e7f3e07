// Guards user- and workspace-supplied regular expressions: a pattern must compile and must be proven free of
// catastrophic backtracking by recheck before the engine may run it on every identifier of a workspace.
import * as fs from 'node:fs';
import type * as RecheckModule from 'recheck';
import * as path from 'node:path';
import { maskFreeText } from '../mask';
import type { Localized } from '../model';

export type PatternVerdict = { safe: true } | { safe: false; reason: Localized };

const cache = new Map<string, PatternVerdict>();

type Recheck = typeof RecheckModule;
let recheck: Recheck | undefined;

/**
 * recheck is 3.5 MB of JavaScript, needed only when a workspace or user defines custom patterns. Bundled builds ship
 * it as its own file beside the bundle (dist/recheck.js) and load it on first use, so neither activation nor every
 * scan worker pays to compile it; unbundled runs (tests, scripts) take it from node_modules.
 */
function loadRecheck(): Recheck {
  if (!recheck) {
    const beside = path.join(__dirname, 'recheck.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    recheck = (fs.existsSync(beside) ? require(beside) : require('recheck')) as Recheck;
  }
  return recheck;
}

/**
 * recheck's synchronous API defaults to running the check in a synckit worker that it locates as a file beside its
 * own code, which a bundle does not have. Its in-process ("pure") backend gives the same verdicts; recheck reads the
 * choice from the environment at call time, so it is set for the call only and restored at once.
 */
function checkSyncPure(lib: Recheck, source: string): ReturnType<Recheck['checkSync']> {
  const previous = process.env.RECHECK_SYNC_BACKEND;
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  try {
    return lib.checkSync(source, 'u', { timeout: 10_000 });
  } finally {
    if (previous === undefined) {
      delete process.env.RECHECK_SYNC_BACKEND;
    } else {
      process.env.RECHECK_SYNC_BACKEND = previous;
    }
  }
}

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
    const diagnostics = checkSyncPure(loadRecheck(), source);
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
