// Compact form of scan results for the cache file. The plain JSON of 50k results was ~20 MB, mostly the same
// messages, rule ids and paths again and again, and took longer to load than the warm rescan it served. Here each
// string is written once in a table and results are positional arrays of table indices and numbers. Decoding shares
// the table's strings and one object per distinct message, so cached results also cost less memory once loaded.
import type { AppliedSuppression, Finding, Localized, Problem, ProblemKind, RelatedLocation, Span } from '../model';
import type { FileScanResult } from '../model';

/** A result with no findings and no problems: most files in a real workspace. */
export const EMPTY = 0;
/** `[findings, problems]`, each a list of positional arrays (see encodeFinding / encodeProblem). */
export type PackedResult = typeof EMPTY | [unknown[][], unknown[][]];

/**
 * Every field of a Finding, so that adding one to the model without teaching the codec fails to compile here
 * (and the round-trip test would drop it).
 */
const FINDING_FIELDS: Record<keyof Finding, true> = {
  ruleId: true,
  category: true,
  severity: true,
  confidence: true,
  file: true,
  span: true,
  message: true,
  obligations: true,
  token: true,
  context: true,
  related: true,
  fingerprint: true,
  suppression: true,
  piElement: true,
  sensitive: true,
};
const PROBLEM_FIELDS: Record<keyof Problem, true> = { kind: true, file: true, span: true, message: true };
export const CODEC_FIELDS = { finding: Object.keys(FINDING_FIELDS), problem: Object.keys(PROBLEM_FIELDS) };

/** Absent optional value. */
const NONE = -1;

/** Builds the string table while encoding. */
export class StringTableWriter {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  ref(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

function spanOf(span: Span): number[] {
  return [span.start.line, span.start.character, span.end.line, span.end.character];
}

export function encodeResult(result: FileScanResult, table: StringTableWriter): PackedResult {
  if (result.findings.length === 0 && result.problems.length === 0) {
    return EMPTY;
  }
  const s = (value: string): number => table.ref(value);
  const file = (value: string | undefined): number => (value === undefined ? NONE : value === result.file ? -2 : s(value));
  const findings = result.findings.map((f) => [
    s(f.ruleId),
    s(f.category),
    s(f.severity),
    s(f.confidence),
    file(f.file),
    ...spanOf(f.span),
    s(f.message.zh),
    s(f.message.en),
    f.obligations.map(s),
    s(f.token),
    f.fingerprint,
    f.related.map((r) => [file(r.file), ...spanOf(r.span), s(r.message.zh), s(r.message.en)]),
    f.context === undefined ? NONE : s(f.context),
    f.suppression ?? NONE,
    f.piElement === undefined ? NONE : s(f.piElement),
    f.sensitive === undefined ? NONE : f.sensitive ? 1 : 0,
  ]);
  const problems = result.problems.map((p) => [s(p.kind), file(p.file), ...(p.span ? spanOf(p.span) : [NONE, 0, 0, 0]), s(p.message.zh), s(p.message.en)]);
  return [findings, problems];
}

/** Decodes results against one loaded table; repeated messages and obligation lists come back as one shared object. */
export class ResultDecoder {
  private readonly messages = new Map<number, Localized>();
  private readonly lists = new Map<string, string[]>();

  constructor(private readonly strings: readonly string[]) {}

  private str(i: unknown): string {
    const value = this.strings[i as number];
    if (typeof value !== 'string') {
      throw new Error('cache entry refers outside its string table');
    }
    return value;
  }

  private message(zh: unknown, en: unknown): Localized {
    const key = (zh as number) * 0x4000000 + (en as number);
    let message = this.messages.get(key);
    if (!message) {
      message = { zh: this.str(zh), en: this.str(en) };
      this.messages.set(key, message);
    }
    return message;
  }

  private list(refs: unknown): string[] {
    const key = (refs as number[]).join(',');
    let list = this.lists.get(key);
    if (!list) {
      list = (refs as number[]).map((i) => this.str(i));
      this.lists.set(key, list);
    }
    return list;
  }

  private file(ref: unknown, own: string): string | undefined {
    return ref === -2 ? own : ref === NONE ? undefined : this.str(ref);
  }

  private span(a: unknown[], at: number): Span {
    return { start: { line: a[at] as number, character: a[at + 1] as number }, end: { line: a[at + 2] as number, character: a[at + 3] as number } };
  }

  /** Throws on a malformed entry; the cache treats that as a miss. */
  decode(file: string, packed: PackedResult): FileScanResult {
    if (packed === EMPTY) {
      return { file, findings: [], problems: [] };
    }
    const [findings, problems] = packed;
    return {
      file,
      findings: findings.map((a) => this.finding(a, file)),
      problems: problems.map((a) => this.problem(a, file)),
    };
  }

  private finding(a: unknown[], own: string): Finding {
    const finding: Finding = {
      ruleId: this.str(a[0]),
      category: this.str(a[1]) as Finding['category'],
      severity: this.str(a[2]) as Finding['severity'],
      confidence: this.str(a[3]) as Finding['confidence'],
      file: this.file(a[4], own) ?? own,
      span: this.span(a, 5),
      message: this.message(a[9], a[10]),
      obligations: this.list(a[11]),
      token: this.str(a[12]),
      related: (a[14] as unknown[][]).map(
        (r): RelatedLocation => ({ file: this.file(r[0], own) ?? own, span: this.span(r, 1), message: this.message(r[5], r[6]) }),
      ),
      fingerprint: a[13] as string,
    };
    // Same key order as the engine's own findings, so a report reads the same from the cache as from a fresh scan.
    if (a[15] !== NONE) {
      finding.context = this.str(a[15]);
    }
    if (a[17] !== NONE) {
      finding.piElement = this.str(a[17]);
    }
    if (a[18] !== NONE) {
      finding.sensitive = a[18] === 1;
    }
    if (a[16] !== NONE) {
      finding.suppression = a[16] as AppliedSuppression;
    }
    return finding;
  }

  private problem(a: unknown[], own: string): Problem {
    const file = this.file(a[1], own);
    const kind = this.str(a[0]) as ProblemKind;
    const message = this.message(a[6], a[7]);
    if (a[2] === NONE) {
      return file === undefined ? { kind, message } : { kind, file, message };
    }
    const span = this.span(a, 2);
    return file === undefined ? { kind, span, message } : { kind, file, span, message };
  }
}
