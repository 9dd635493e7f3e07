// LawPort backed by the obligations catalogue in src/core/law: the only source of citations the editor shows.
import { citeAll, getObligation, guidanceRelPath, instrumentOf, officialUrl, statusLabel, verificationNote } from '../../core/law';
import type { Lang } from '../../core/model';
import type { LawPort, ObligationView } from './catalogue';

export function createLawPort(): LawPort {
  const views = new Map<string, ObligationView | undefined>();
  const obligation = (id: string): ObligationView | undefined => {
    if (!views.has(id)) {
      const o = getObligation(id);
      const instrument = instrumentOf(id);
      views.set(
        id,
        o && instrument
          ? {
              id,
              instrument: instrument.shortName,
              articles: o.articles,
              formerArticles: o.formerArticles,
              title: o.title,
              summary: o.summary,
              status: instrument.status,
              verification: o.verification,
              officialUrl: officialUrl(id),
            }
          : undefined,
      );
    }
    return views.get(id);
  };
  return {
    obligation,
    cite: (ids, lang: Lang) => citeAll(ids, lang),
    statusLabel: (status, lang) => statusLabel(status, lang),
    verificationNote: (lang) => verificationNote('secondary', lang),
    guidancePath: (id, lang) => guidanceRelPath(id, lang),
  };
}
