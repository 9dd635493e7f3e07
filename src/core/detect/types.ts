// What detectors hand to the engine: a rule id and the evidence. Category, severity, message and citation come
// from the rule (core/rules); fingerprints, config and suppressions are applied by the engine.
import type { Confidence, Localized, RelatedLocation, Span } from '../model';
import type { LineIndex } from '../lang/lines';
import type { SourceDoc } from '../lang/types';

export interface Hit {
  ruleId: string;
  span: Span;
  /** Normalised token (identifier words, module, host…). Never a raw PI value: literal values arrive masked. */
  token: string;
  context?: string;
  related?: RelatedLocation[];
  piElement?: string;
  sensitive?: boolean;
  /** Label of the PI element for the message's `{element}`. */
  element?: Localized;
  /** Overrides the rule's default confidence. */
  confidence?: Confidence;
}

export interface DetectContext {
  doc: SourceDoc;
  file: string;
  text: string;
  /** Lower-cased text, computed once for cheap keyword checks. */
  lower: string;
  lines: LineIndex;
  /** Normalised module names imported by the file. */
  imports: ReadonlySet<string>;
  hits: Hit[];
}

export function offsetOf(ctx: DetectContext, line: number, character: number): number {
  return ctx.lines.lineStart(line) + character;
}

/** The first non-blank character after a span (used to tell a call `name(` from a field `name`). */
export function nextNonBlank(ctx: DetectContext, span: Span): string {
  let i = offsetOf(ctx, span.end.line, span.end.character);
  const n = ctx.text.length;
  while (i < n) {
    const c = ctx.text.charCodeAt(i);
    if (c !== 32 && c !== 9) {
      return ctx.text[i];
    }
    i++;
  }
  return '';
}

/** Normalises a module or dependency name for table look-ups: lower case, `-` → `_`, `:` → `.`. */
export function normModule(name: string): string {
  return name.trim().toLowerCase().replace(/-/g, '_').replace(/:/g, '.');
}

export const TYPES_PATTERNS: readonly RegExp[] = [/-/g, /:/g];

export function moduleMatches(candidate: string, name: string): boolean {
  return (
    candidate === name ||
    (candidate.length > name.length &&
      candidate.startsWith(name) &&
      (candidate[name.length] === '.' || candidate[name.length] === '/'))
  );
}
