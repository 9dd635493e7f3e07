// Imports and dependency manifests → category signals (training frameworks, LLM SDKs, face libraries, crawlers…).
import { LIBRARY_SIGNALS, type LibrarySignal } from '../rules/libraries';
import type { Span } from '../model';
import { moduleMatches, normModule, type DetectContext } from './types';

const SIGNALS: ReadonlyArray<LibrarySignal & { norm: string[] }> = LIBRARY_SIGNALS.map((s) => ({ ...s, norm: s.names.map(normModule) }));

function conditionsHold(ctx: DetectContext, signal: LibrarySignal): boolean {
  if (signal.requiresText && !signal.requiresText.some((t) => ctx.lower.includes(t))) {
    return false;
  }
  if (signal.requiresImport) {
    const wanted = signal.requiresImport.map(normModule);
    let found = false;
    for (const imported of ctx.imports) {
      if (wanted.some((w) => moduleMatches(imported, w))) {
        found = true;
        break;
      }
    }
    if (!found) {
      return false;
    }
  }
  return true;
}

interface Matched {
  signal: LibrarySignal;
  /** The table name that matched: one finding per library per file, however many submodules are imported. */
  name: string;
}

function match(candidates: string[], importOnly: boolean): Matched | undefined {
  for (const signal of SIGNALS) {
    if (importOnly === false && signal.importOnly) {
      continue;
    }
    for (const name of signal.norm) {
      if (candidates.some((c) => moduleMatches(c, name))) {
        return { signal, name };
      }
    }
  }
  return undefined;
}

export function detectLibraries(ctx: DetectContext): void {
  const seen = new Set<string>();
  const emit = (ruleId: string, library: string, token: string, span: Span): void => {
    const key = `${ruleId}\u0000${library}`;
    if (!seen.has(key)) {
      seen.add(key);
      ctx.hits.push({ ruleId, token, span });
    }
  };
  for (const ref of ctx.doc.imports) {
    const mod = normModule(ref.module);
    const found = match([mod], true);
    if (found && conditionsHold(ctx, found.signal)) {
      emit(found.signal.ruleId, found.name, ref.module, ref.span);
    }
  }
  for (const dep of ctx.doc.dependencies) {
    const full = normModule(dep.name);
    const colon = dep.name.lastIndexOf(':');
    const candidates = colon >= 0 ? [full, normModule(dep.name.slice(colon + 1))] : [full];
    // Python extras and version specifiers never reach here (the front end strips them), but be tolerant.
    const bare = full.split('[')[0];
    if (bare !== full) {
      candidates.push(bare);
    }
    const found = match(candidates, false);
    if (found && (!found.signal.requiresText || conditionsHold(ctx, { ...found.signal, requiresImport: undefined }))) {
      emit(found.signal.ruleId, found.name, dep.name, dep.span);
    }
  }
}

/** Normalised names of everything the file imports, for conditions such as "bs4 together with requests". */
export function importSet(ctx: Pick<DetectContext, 'doc'>): Set<string> {
  const set = new Set<string>();
  for (const ref of ctx.doc.imports) {
    set.add(normModule(ref.module));
  }
  return set;
}
