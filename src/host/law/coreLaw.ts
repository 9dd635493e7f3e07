// LawPort backed by the catalogue in src/core/law.
// INTERIM SHIM: until src/core/law/index.ts lands, citations are derived from the obligation id alone
// (`PIPL-28` → PIPL Art. 28) and every obligation is treated as unknown to the hover. Replace with the real catalogue.
import type { InstrumentStatus } from '../../core/law/types';
import type { Lang } from '../../core/model';
import type { LawPort, ObligationView } from './catalogue';
import { guidanceDir } from './catalogue';

const SHORT_NAMES: Record<string, { zh: string; en: string }> = {
  PIPL: { zh: '个人信息保护法', en: 'PIPL' },
  DSL: { zh: '数据安全法', en: 'DSL' },
  CSL: { zh: '网络安全法', en: 'CSL' },
  ARP: { zh: '算法推荐管理规定', en: 'Algorithmic Recommendation Provisions' },
  DSP: { zh: '深度合成管理规定', en: 'Deep Synthesis Provisions' },
  GAI: { zh: '生成式人工智能服务管理暂行办法', en: 'Generative AI Measures' },
};

function split(id: string): { instrument: string; article: string } | undefined {
  const m = /^([A-Z]+)-(\d+)$/.exec(id);
  return m ? { instrument: m[1], article: m[2] } : undefined;
}

export function createLawPort(): LawPort {
  return {
    obligation: (_id: string): ObligationView | undefined => undefined,
    cite(ids: readonly string[], lang: Lang): string {
      const groups = new Map<string, string[]>();
      for (const id of ids) {
        const parts = split(id);
        if (parts && SHORT_NAMES[parts.instrument]) {
          groups.set(parts.instrument, [...(groups.get(parts.instrument) ?? []), parts.article]);
        }
      }
      return [...groups]
        .map(([instrument, articles]) =>
          lang === 'zh'
            ? `${SHORT_NAMES[instrument].zh}第${articles.join('、')}条`
            : `${SHORT_NAMES[instrument].en} ${articles.length > 1 ? 'Arts.' : 'Art.'} ${articles.join(', ')}`,
        )
        .join(lang === 'zh' ? '；' : '; ');
    },
    statusLabel(status: InstrumentStatus, lang: Lang): string {
      const labels = { 'in-force': { zh: '现行有效', en: 'In force' }, draft: { zh: '征求意见稿', en: 'Draft' }, proposal: { zh: '立法建议', en: 'Proposal' } };
      return labels[status][lang];
    },
    verificationNote: (lang: Lang) => (lang === 'zh' ? '待与官方文本核对' : 'To be confirmed against the official text'),
    guidancePath: (id: string, lang: Lang) => `guidance/${guidanceDir(lang)}/${id}.md`,
  };
}
