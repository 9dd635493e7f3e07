// Obligation citations from the catalogue (core/law), in the shape the reporters take.
import { citation, getObligation } from '../law';
import type { Lang } from '../model';
import type { CiteFn } from './types';

/** `PIPL-28 个人信息保护法第28条 — 敏感个人信息的处理` ; an id the catalogue does not know stays as it is. */
export const catalogueCite: CiteFn = (ids: readonly string[], lang: Lang) =>
  ids.map((id) => {
    const obligation = getObligation(id);
    return obligation ? `${id} ${citation(id, lang)} — ${obligation.title[lang]}` : id;
  });
