// Adds baseline results to a SARIF log written by the SARIF reporter: `baselineState` on each result
// (`new` / `unchanged`) and one result per absent baseline entry (`absent`). Kept separate from the reporter so
// it works on any SARIF 2.1.0 log whose results carry the finding's rule id and start position.
import type { BaselineEntry } from '../baseline';
import type { Finding, Severity } from '../model';

/** The few SARIF shapes this module touches; everything else passes through untouched. */
interface SarifRegion {
  startLine?: number;
  startColumn?: number;
}
interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  message?: { text?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string }; region?: SarifRegion } }[];
  baselineState?: string;
  partialFingerprints?: Record<string, string>;
  properties?: Record<string, unknown>;
}
interface SarifRun {
  tool?: { driver?: { rules?: { id?: string }[] } };
  results?: SarifResult[];
  originalUriBaseIds?: Record<string, unknown>;
}
export interface SarifLogLike {
  runs?: SarifRun[];
}

export interface BaselineStated {
  ruleId: string;
  file: string;
  span: Finding['span'];
  baselineState?: 'new' | 'unchanged';
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

function decodeUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

function resultKey(ruleId: string | undefined, uri: string | undefined, line: number | undefined, column: number | undefined): string {
  return [ruleId ?? '', decodeUri(uri ?? '').replace(/^\.\//, ''), line ?? 0, column ?? 0].join('\u0000');
}

function uriOf(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** Mutates and returns the log. Results are matched to findings by rule id, file and start line/column. */
export function applyBaselineToSarif(log: SarifLogLike, findings: readonly BaselineStated[], absent: readonly BaselineEntry[]): SarifLogLike {
  const run = log.runs?.[0];
  if (!run) {
    return log;
  }
  const states = new Map<string, ('new' | 'unchanged')[]>();
  for (const f of findings) {
    if (!f.baselineState) {
      continue;
    }
    const key = resultKey(f.ruleId, f.file, f.span.start.line + 1, f.span.start.character + 1);
    states.set(key, [...(states.get(key) ?? []), f.baselineState]);
  }
  for (const result of run.results ?? []) {
    const location = result.locations?.[0]?.physicalLocation;
    const key = resultKey(result.ruleId, location?.artifactLocation?.uri, location?.region?.startLine, location?.region?.startColumn ?? 1);
    const queue = states.get(key);
    const state = queue?.shift();
    if (state) {
      result.baselineState = state;
    }
  }
  const uriBaseId = run.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uriBaseId ?? Object.keys(run.originalUriBaseIds ?? {})[0];
  const ruleIds = (run.tool?.driver?.rules ?? []).map((r) => r.id);
  const absentResults: SarifResult[] = absent.map((entry) => {
    const ruleIndex = ruleIds.indexOf(entry.ruleId);
    const result: SarifResult = {
      ruleId: entry.ruleId,
      level: LEVEL[entry.severity],
      message: {
        text: `Baselined finding no longer detected: ${entry.ruleId} "${entry.token}" (recorded at line ${entry.line}). 基线中的该发现已不再出现。`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: uriBaseId ? { uri: uriOf(entry.file), uriBaseId } : { uri: uriOf(entry.file) },
            region: { startLine: entry.line },
          },
        },
      ],
      baselineState: 'absent',
      partialFingerprints: { 'aiLawLensBaseline/v1': entry.key },
      properties: { obligations: entry.obligations },
    };
    if (ruleIndex >= 0) {
      result.ruleIndex = ruleIndex;
    }
    return result;
  });
  run.results = [...(run.results ?? []), ...absentResults];
  return log;
}
