// Citation text built from obligation ids, grouped by instrument: `个人信息保护法第28、29条` / `PIPL Arts. 28, 29`.
// LOCAL FORMATTER: kept small and used until/unless core/law offers `citeAll`; it knows only the id scheme
// `<INSTRUMENT>-<ARTICLE>` and the CSL renumbering of the ids this rule set cites.
import type { Lang } from '../model';

const INSTRUMENTS: Record<string, { zh: string; en: string }> = {
  PIPL: { zh: '个人信息保护法', en: 'PIPL' },
  DSL: { zh: '数据安全法', en: 'DSL' },
  CSL: { zh: '网络安全法', en: 'CSL' },
  ARP: { zh: '算法推荐管理规定', en: 'Algorithmic Recommendation Provisions' },
  DSP: { zh: '深度合成管理规定', en: 'Deep Synthesis Provisions' },
  GAI: { zh: '生成式人工智能服务管理暂行办法', en: 'Generative AI Measures' },
  LABEL: { zh: '人工智能生成合成内容标识办法', en: 'AIGC Labelling Measures' },
  NDSMR: { zh: '网络数据安全管理条例', en: 'Network Data Security Regulations' },
  CBDF: { zh: '促进和规范数据跨境流动规定', en: 'Cross-Border Data Flow Provisions' },
  FRT: { zh: '人脸识别技术应用安全管理办法', en: 'Facial Recognition Measures' },
  MINORS: { zh: '未成年人网络保护条例', en: 'Minors Online Protection Regulations' },
  ECL: { zh: '电子商务法', en: 'E-Commerce Law' },
};

/** Amended CSL (2026) article → former article. */
const CSL_FORMER: Record<string, string> = { '23': '21', '24': '22', '26': '24', '29': '27', '43': '41', '44': '42', '45': '43', '46': '44' };

export function citeLocal(ids: readonly string[], lang: Lang): string {
  const groups = new Map<string, string[]>();
  const extra: string[] = [];
  for (const id of ids) {
    const dash = id.lastIndexOf('-');
    const prefix = id.slice(0, dash);
    const article = id.slice(dash + 1);
    if (!INSTRUMENTS[prefix] || !/^\d+$/.test(article)) {
      extra.push(id);
      continue;
    }
    const list = groups.get(prefix) ?? [];
    list.push(article);
    groups.set(prefix, list);
  }
  const parts: string[] = [];
  for (const [prefix, articles] of groups) {
    const name = INSTRUMENTS[prefix][lang];
    const withFormer = (a: string): string =>
      prefix === 'CSL' && CSL_FORMER[a] ? (lang === 'zh' ? `${a}（原第${CSL_FORMER[a]}）` : `${a} (formerly ${CSL_FORMER[a]})`) : a;
    if (lang === 'zh') {
      parts.push(`${name}第${articles.map(withFormer).join('、')}条`);
    } else {
      parts.push(`${name} ${articles.length > 1 ? 'Arts.' : 'Art.'} ${articles.map(withFormer).join(', ')}`);
    }
  }
  parts.push(...extra);
  return parts.join(lang === 'zh' ? '；' : '; ');
}
