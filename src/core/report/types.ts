// What every reporter receives: the scan result plus the rule metadata and presentation choices.
import type { Lang, RuleMeta } from '../model';
import type { WorkspaceScanResult } from '../workspace/scan';

/** Turns obligation ids into citations, one line per id, e.g. `PIPL-28 个人信息保护法第二十八条 — 敏感个人信息`. */
export type CiteFn = (ids: readonly string[], lang: Lang) => string[];

export interface ToolInfo {
  name: string;
  version: string;
  informationUri: string;
}

export interface ReportInput {
  result: WorkspaceScanResult;
  /** Every rule the engine knows (listRules()); findings of unknown rules still get a descriptor. */
  rules: readonly RuleMeta[];
  lang: Lang;
  tool: ToolInfo;
  /** Obligation citations from the catalogue; without it reporters show the bare ids. */
  cite?: CiteFn;
}
