// Imports and dependency manifests → category signals (training frameworks, LLM SDKs, face libraries, crawlers…).
import { LIBRARY_SIGNALS, type LibrarySignal } from '../rules/libraries';
import type { Span } from '../model';
import { moduleMatches, normModule, type DetectContext } from './types';

/** Exact normalised name → signals naming it (a name can appear in an import-only and a manifest signal). */
const BY_NAME = new Map<string, LibrarySignal[]>();
for (const signal of LIBRARY_SIGNALS) {
  for (const name of signal.names) {
    const key = normModule(name);
    const list = BY_NAME.get(key) ?? [];
    list.push(signal);
    BY_NAME.set(key, list);
  }
}
const REQUIRED_IMPORTS = new Map<LibrarySignal, string[]>(
  LIBRARY_SIGNALS.filter((s) => s.requiresImport).map((s) => [s, s.requiresImport!.map(normModule)]),
);

function conditionsHold(ctx: DetectContext, signal: LibrarySignal, checkImports = true): boolean {
  if (signal.requiresText && !signal.requiresText.some((t) => ctx.mentions(t))) {
    return false;
  }
  const wanted = checkImports ? REQUIRED_IMPORTS.get(signal) : undefined;
  if (wanted) {
    for (const imported of ctx.imports) {
      if (wanted.some((w) => moduleMatches(imported, w))) {
        return true;
      }
    }
    return false;
  }
  return true;
}

interface Matched {
  signal: LibrarySignal;
  /** The table name that matched: one finding per library per file, however many submodules are imported. */
  name: string;
}

/** Looks up the module and each of its parents (`a.b.c` → `a.b.c`, `a.b`, `a`; also `/`-separated). Linear in its length. */
function match(candidates: string[], importOnly: boolean): Matched | undefined {
  for (const candidate of candidates) {
    let key = candidate;
    for (let guard = 0; guard < 12 && key; guard++) {
      const signals = BY_NAME.get(key);
      const signal = signals?.find((s) => importOnly || !s.importOnly);
      if (signal) {
        return { signal, name: key };
      }
      const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('/'));
      if (cut <= 0) {
        break;
      }
      key = key.slice(0, cut);
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
    if (found && conditionsHold(ctx, found.signal, false)) {
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
