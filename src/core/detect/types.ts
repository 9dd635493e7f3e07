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
  /**
   * Whether the text contains a lower-case ASCII word in any letter case, memoised per word. Cheaper than lower-casing
   * the whole text (a full copy of it, on every keystroke in the editor) for the few words detectors ask about.
   */
  mentions(word: string): boolean;
  lines: LineIndex;
  /** Normalised module names imported by the file. */
  imports: ReadonlySet<string>;
  hits: Hit[];
}

const MENTION_PATTERNS = new Map<string, RegExp>();

/** A `mentions` for one text: a case-insensitive literal search per word, each answer remembered. */
export function mentionsIn(text: string): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let found = answers.get(word);
    if (found === undefined) {
      let pattern = MENTION_PATTERNS.get(word);
      if (!pattern) {
        pattern = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
        MENTION_PATTERNS.set(word, pattern);
      }
      found = pattern.test(text);
      answers.set(word, found);
    }
    return found;
  };
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
