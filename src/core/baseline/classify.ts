// Compares current findings with a baseline: each finding is `new` or `unchanged`; baseline entries with no
// current finding are `absent` (fixed, or moved out of the scanned paths).
import type { Finding } from '../model';
import type { Baseline, BaselineEntry } from './file';
import { baselineKey } from './key';

export type BaselineState = 'new' | 'unchanged' | 'absent';

export interface Classification {
  /** Parallel to the findings passed in. */
  states: ('new' | 'unchanged')[];
  absent: BaselineEntry[];
  counts: { new: number; unchanged: number; absent: number };
}

export interface ClassifyOptions {
  /**
   * Which baseline entries the scan could have seen again. Entries for files outside it are neither
   * unchanged nor absent (a scan of one folder must not report the rest of the baseline as fixed).
   */
  inScope?: (file: string) => boolean;
}

/** Above this many candidate pairs for one key, pair in order rather than by nearest line (keeps it linear-ish). */
const MAX_PAIRS_FOR_NEAREST = 250_000;

/**
 * Pairs findings with baseline entries of the same key. Closest recorded line first, so when a duplicate is
 * added, the one whose line matches nothing recorded is the new one.
 */
function pair(findingLines: number[], entryLines: number[]): Map<number, number> {
  const matched = new Map<number, number>();
  if (findingLines.length * entryLines.length > MAX_PAIRS_FOR_NEAREST) {
    const n = Math.min(findingLines.length, entryLines.length);
    for (let i = 0; i < n; i++) {
      matched.set(i, i);
    }
    return matched;
  }
  const candidates: [distance: number, finding: number, entry: number][] = [];
  findingLines.forEach((fl, fi) => entryLines.forEach((el, ei) => candidates.push([Math.abs(fl - el), fi, ei])));
  candidates.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const usedEntries = new Set<number>();
  for (const [, fi, ei] of candidates) {
    if (!matched.has(fi) && !usedEntries.has(ei)) {
      matched.set(fi, ei);
      usedEntries.add(ei);
    }
  }
  return matched;
}

export function classify(findings: readonly Finding[], baseline: Baseline, options: ClassifyOptions = {}): Classification {
  const inScope = options.inScope ?? (() => true);
  const findingsByKey = new Map<string, number[]>();
  findings.forEach((finding, index) => {
    const key = baselineKey(finding);
    const list = findingsByKey.get(key);
    if (list) {
      list.push(index);
    } else {
      findingsByKey.set(key, [index]);
    }
  });
  const entriesByKey = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    const list = entriesByKey.get(entry.key);
    if (list) {
      list.push(entry);
    } else {
      entriesByKey.set(entry.key, [entry]);
    }
  }

  const states: ('new' | 'unchanged')[] = findings.map(() => 'new');
  const absent: BaselineEntry[] = [];
  for (const [key, entries] of entriesByKey) {
    const indexes = findingsByKey.get(key) ?? [];
    const matched = pair(
      indexes.map((i) => findings[i].span.start.line + 1),
      entries.map((e) => e.line),
    );
    const usedEntries = new Set(matched.values());
    for (const findingPosition of matched.keys()) {
      states[indexes[findingPosition]] = 'unchanged';
    }
    entries.forEach((entry, ei) => {
      if (!usedEntries.has(ei) && inScope(entry.file)) {
        absent.push(entry);
      }
    });
  }
  const unchanged = states.filter((s) => s === 'unchanged').length;
  return { states, absent, counts: { new: states.length - unchanged, unchanged, absent: absent.length } };
}
