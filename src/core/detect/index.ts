// Runs every detector over a parsed file. Each detector is isolated: one failing never loses the others' results.
import { maskFreeText } from '../mask';
import type { Problem } from '../model';
import { detectCalls, detectTrainingKeys } from './calls';
import { detectCrossBorder } from './crossBorder';
import { detectKeywords } from './keywords';
import { detectLibraries } from './libraries';
import { detectPiLogging } from './logging';
import { detectDeclarations, detectLiterals, detectSensitiveIdentifiers, detectXmlMappings } from './personalData';
import type { DetectContext } from './types';

export type { DetectContext, Hit } from './types';

/** `timedOut(stage)` is asked before each detector; when it answers true the remaining detectors are skipped (it reports why). */
export function runDetectors(ctx: DetectContext, now: Date, timedOut?: (stage: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const names = new Set<string>();
  const steps: Array<[string, () => void]> = [
    ['declarations', () => detectDeclarations(ctx, reported, names)],
    ['XML mappings', () => detectXmlMappings(ctx, reported)],
    ['sensitive identifiers', () => detectSensitiveIdentifiers(ctx, reported, names)],
    ['literal values', () => detectLiterals(ctx, now)],
    ['libraries', () => detectLibraries(ctx)],
    ['calls', () => detectCalls(ctx)],
    ['training keys', () => detectTrainingKeys(ctx)],
    ['keywords', () => detectKeywords(ctx)],
    ['cross-border', () => detectCrossBorder(ctx)],
    ['PI in logs', () => detectPiLogging(ctx)],
  ];
  for (const [name, step] of steps) {
    if (timedOut?.(name)) {
      break;
    }
    try {
      step();
    } catch (error) {
      // Exception text may quote the input: mask PI values before it becomes a Problem.
      const reason = maskFreeText(error instanceof Error ? error.message : String(error));
      problems.push({
        kind: 'parse-error',
        file: ctx.file,
        message: { zh: `检测步骤“${name}”失败：${reason}`, en: `Detector "${name}" failed: ${reason}` },
      });
    }
  }
  return problems;
}
