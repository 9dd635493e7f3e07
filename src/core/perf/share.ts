// Results cross from worker threads by structured clone, so every finding arrives with its own copies of strings and
// small objects that thousands of findings repeat: rule ids, levels, messages, obligation lists, file paths. A big
// scan keeps every finding until the report is written; sharing one copy of each keeps that memory down (at 50k
// files, the findings were most of the scan's own heap). Nothing downstream mutates these values.
import type { FileScanResult, Localized } from '../model';

/** Canonical copies for one scan. Bounded: past `limit` distinct values it stops remembering new ones. */
export class SharedValues {
  private readonly strings = new Map<string, string>();
  private readonly messages = new Map<string, Localized>();
  private readonly lists = new Map<string, string[]>();

  constructor(private readonly limit = 200_000) {}

  string<T extends string>(value: T): T {
    return this.remember(this.strings, value, value) as T;
  }

  message(value: Localized): Localized {
    return this.remember(this.messages, `${value.zh}\u0000${value.en}`, value);
  }

  list(value: string[]): string[] {
    return this.remember(this.lists, value.join('\u0000'), value);
  }

  /** The value already remembered under `key`, else `value` (remembered while there is room). */
  private remember<V>(map: Map<string, V>, key: string, value: V): V {
    const known = map.get(key);
    if (known !== undefined) {
      return known;
    }
    if (map.size < this.limit) {
      map.set(key, value);
    }
    return value;
  }

  /** Replaces repeated values in a result in place; `file` is the listing's copy of the result's path. */
  shareIn(result: FileScanResult, file: string): FileScanResult {
    if (result.file === file) {
      result.file = file;
    }
    for (const f of result.findings) {
      if (f.file === file) {
        f.file = file;
      }
      f.ruleId = this.string(f.ruleId);
      f.category = this.string(f.category);
      f.severity = this.string(f.severity);
      f.confidence = this.string(f.confidence);
      f.message = this.message(f.message);
      f.obligations = this.list(f.obligations);
      for (const r of f.related) {
        r.file = this.string(r.file);
        r.message = this.message(r.message);
      }
    }
    for (const p of result.problems) {
      if (p.file === file) {
        p.file = file;
      }
      p.message = this.message(p.message);
    }
    return result;
  }
}
