// The editor's narrow view of the obligations catalogue (src/core/law). Hovers, messages and code links read
// obligations only through this port, so unit tests can pass a fake and the editor never invents a citation.
import type { InstrumentStatus, Verification } from '../../core/law/types';
import type { Lang, Localized } from '../../core/model';

export interface ObligationView {
  id: string;
  /** Standard short name of the instrument, e.g. 个人信息保护法 / PIPL. */
  instrument: Localized;
  articles: string[];
  formerArticles: string[];
  title: Localized;
  summary: Localized;
  status: InstrumentStatus;
  verification: Verification;
  /** Official text, when known. */
  officialUrl?: string;
}

export interface LawPort {
  obligation(id: string): ObligationView | undefined;
  /** A compact citation for several obligations, e.g. `个人信息保护法第28、29条` / `PIPL Arts. 28, 29`. */
  cite(ids: readonly string[], lang: Lang): string;
  statusLabel(status: InstrumentStatus, lang: Lang): string;
  /** Shown beside secondary (to be confirmed) citations. */
  verificationNote(lang: Lang): string;
  /** Guidance page path relative to the extension root, e.g. `guidance/zh-cn/PIPL-28.md`. */
  guidancePath(id: string, lang: Lang): string;
}

export function guidanceDir(lang: Lang): string {
  return lang === 'zh' ? 'zh-cn' : 'en';
}
