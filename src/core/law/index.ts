// Lookup API of the obligations catalogue, used by diagnostics, hovers, the checklist and the CLI.
// Pure: no vscode, no I/O.
import type { Lang, Localized } from '../model';
import { APPLICABILITY_QUESTIONS } from './applicability';
import { INSTRUMENTS } from './instruments';
import { OBLIGATIONS } from './obligations';
import type { AilTier, ApplicabilityCondition, Instrument, InstrumentStatus, Obligation, Verification } from './types';

export * from './types';
export * from './applicability';
export { INSTRUMENTS } from './instruments';
export { OBLIGATIONS } from './obligations';
export { UNVERIFIED_ARTICLES, isUnverifiedArticle } from './unverified';

const instrumentById = new Map(INSTRUMENTS.map((i) => [i.id, i]));
const obligationById = new Map(OBLIGATIONS.map((o) => [o.id, o]));

export function getObligation(id: string): Obligation | undefined {
  return obligationById.get(id);
}

export function getInstrument(id: string): Instrument | undefined {
  return instrumentById.get(id);
}

export function listObligations(): readonly Obligation[] {
  return OBLIGATIONS;
}

export function listInstruments(): readonly Instrument[] {
  return INSTRUMENTS;
}

/** The instrument an obligation belongs to. */
export function instrumentOf(id: string): Instrument | undefined {
  const obligation = getObligation(id);
  return obligation ? getInstrument(obligation.instrument) : undefined;
}

/** True when the obligation is a proposal (AI Law readiness), never law in force. */
export function isProposal(id: string): boolean {
  return instrumentOf(id)?.status === 'proposal';
}

interface ArticleRef {
  article: string;
  paragraph?: string;
  former?: string;
}

function articleRefs(o: Obligation): ArticleRef[] {
  return o.articles.map((article, i) => ({
    article,
    paragraph: o.articles.length === 1 ? o.paragraph : undefined,
    former: o.formerArticles[i],
  }));
}

function byNumber(a: ArticleRef, b: ArticleRef): number {
  return Number(a.article) - Number(b.article) || Number(a.paragraph ?? 0) - Number(b.paragraph ?? 0);
}

/** Proposal items have no articles; they are cited by their title without the "(Proposal)" prefix. */
function proposalLabel(o: Obligation, lang: Lang): string {
  return o.title[lang].replace(/^（立法建议）/, '').replace(/^\(Proposal\)\s*/, '');
}

function formatGroup(instrument: Instrument, refs: ArticleRef[], lang: Lang): string {
  const short = instrument.shortName[lang];
  const sorted = [...refs].sort(byNumber);
  const formers = sorted.map((r) => r.former).filter((f): f is string => !!f);
  const hasParagraph = sorted.some((r) => r.paragraph);
  if (lang === 'zh') {
    const body = hasParagraph
      ? sorted.map((r) => `第${r.article}条${r.paragraph ? `第${r.paragraph}款` : ''}`).join('、')
      : `第${sorted.map((r) => r.article).join('、')}条`;
    const former = formers.length ? `（原第${formers.join('、')}条）` : '';
    return `${short}${body}${former}`;
  }
  const arts = sorted.map((r) => `${r.article}${r.paragraph ? `(${r.paragraph})` : ''}`);
  const label = arts.length > 1 ? 'Arts.' : 'Art.';
  const former = formers.length ? ` (formerly ${formers.length > 1 ? 'Arts.' : 'Art.'} ${formers.join(', ')})` : '';
  return `${short} ${label} ${arts.join(', ')}${former}`;
}

/**
 * Short citation: `个人信息保护法第28条` / `PIPL Art. 28`; CSL shows the former number:
 * `网络安全法第23条（原第21条）` / `CSL Art. 23 (formerly Art. 21)`. Unknown ids come back unchanged.
 */
export function citation(id: string, lang: Lang): string {
  return citeAll([id], lang);
}

/** Citations grouped by instrument in first-seen order: `个人信息保护法第28、29条；网络安全法第23条（原第21条）`. */
export function citeAll(ids: readonly string[], lang: Lang): string {
  const groups = new Map<string, { instrument: Instrument; refs: ArticleRef[]; proposals: Obligation[] }>();
  const unknown: string[] = [];
  for (const id of ids) {
    const o = getObligation(id);
    const instrument = o && getInstrument(o.instrument);
    if (!o || !instrument) {
      if (!unknown.includes(id)) {
        unknown.push(id);
      }
      continue;
    }
    let group = groups.get(instrument.id);
    if (!group) {
      group = { instrument, refs: [], proposals: [] };
      groups.set(instrument.id, group);
    }
    if (o.articles.length === 0) {
      if (!group.proposals.includes(o)) {
        group.proposals.push(o);
      }
      continue;
    }
    for (const ref of articleRefs(o)) {
      if (!group.refs.some((r) => r.article === ref.article && r.paragraph === ref.paragraph)) {
        group.refs.push(ref);
      }
    }
  }
  const parts: string[] = [];
  for (const { instrument, refs, proposals } of groups.values()) {
    if (refs.length) {
      parts.push(formatGroup(instrument, refs, lang));
    }
    if (proposals.length) {
      const labels = proposals.map((o) => proposalLabel(o, lang)).join(lang === 'zh' ? '、' : ', ');
      parts.push(`${instrument.shortName[lang]}${lang === 'zh' ? '：' : ': '}${labels}`);
    }
  }
  parts.push(...unknown);
  return parts.join(lang === 'zh' ? '；' : '; ');
}

const STATUS_LABELS: Record<InstrumentStatus, Localized> = {
  'in-force': { zh: '现行有效', en: 'In force' },
  draft: { zh: '草案（征求意见稿）', en: 'Draft' },
  proposal: { zh: '立法建议（非现行法律）', en: 'Proposal (not law in force)' },
};

export function statusLabel(status: InstrumentStatus, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

export const TIER_LABELS: Record<AilTier, Localized> = {
  unacceptable: { zh: '不可接受风险', en: 'unacceptable risk' },
  high: { zh: '高风险', en: 'high risk' },
  limited: { zh: '有限风险', en: 'limited risk' },
  low: { zh: '低风险', en: 'low risk' },
};

/** The AI Law proposal's tiers, most severe first. */
export const AIL_TIERS: readonly AilTier[] = ['unacceptable', 'high', 'limited', 'low'];

/** Ids of the proposal items the essay attaches to a tier (for the checklist's AI Law readiness card). */
export function proposedDutiesForTier(tier: AilTier): string[] {
  return OBLIGATIONS.filter((o) => o.tiers?.includes(tier)).map((o) => o.id);
}

export function tierLabel(tier: AilTier, lang: Lang): string {
  return TIER_LABELS[tier][lang];
}

const VERIFICATION_NOTES: Record<Verification, Localized> = {
  verified: { zh: '已对照全文核对', en: 'Checked against the full text' },
  secondary: { zh: '待与官方文本核对', en: 'To be confirmed against the official text' },
};

export function verificationNote(verification: Verification, lang: Lang): string {
  return VERIFICATION_NOTES[verification][lang];
}

const PROPOSAL_SOURCE_NOTE: Localized = {
  zh: '取自奠基文章全文（立法建议，非法律文本）',
  en: 'Taken from the full text of the founding essay (a proposal, not a legal text)',
};

/** Verification note for one obligation: proposals say where they come from instead of "checked". */
export function obligationVerificationNote(id: string, lang: Lang): string {
  const o = getObligation(id);
  if (!o) {
    return '';
  }
  return isProposal(id) ? PROPOSAL_SOURCE_NOTE[lang] : verificationNote(o.verification, lang);
}

/** Repository-relative (and .vsix-relative) path of the bundled guidance page. */
export function guidanceRelPath(id: string, lang: Lang): string {
  return `guidance/${lang === 'zh' ? 'zh-cn' : 'en'}/${id}.md`;
}

/** Official text of the obligation's instrument; undefined when none exists (a proposal) or the id is unknown. */
export function officialUrl(id: string): string | undefined {
  const url = instrumentOf(id)?.url;
  return url ? url : undefined;
}

/** One condition in words: `Is the service …? Yes` plus its alternatives. */
export function describeCondition(condition: ApplicabilityCondition, lang: Lang): string {
  const one = (c: ApplicabilityCondition): string => {
    const question = APPLICABILITY_QUESTIONS.find((q) => q.id === c.question);
    const answers = c.appliesIf
      .map((value) => question?.answers.find((a) => a.value === value)?.label[lang] ?? value)
      .map((label) => (lang === 'zh' ? `「${label}」` : `“${label}”`))
      .join(lang === 'zh' ? '或' : ' or ');
    return `${question?.text[lang] ?? c.question}${lang === 'zh' ? '' : ' '}→ ${answers}`;
  };
  const alternatives = (condition.orElse ?? []).map(one);
  return [one(condition), ...alternatives].join(lang === 'zh' ? '；或者' : '; or ');
}

// ─── Catalogue dumps for the CLI and the generated docs ───

export interface CatalogueJson {
  instruments: Array<Instrument>;
  obligations: Array<Obligation & { citation: Localized; guidance: Localized }>;
}

/** The whole catalogue in the CLI's JSON shape (extra fields beyond the documented ones are additive). */
export function catalogueJson(): CatalogueJson {
  return {
    instruments: INSTRUMENTS.map((i) => ({ ...i })),
    obligations: OBLIGATIONS.map((o) => ({
      ...o,
      citation: { zh: citation(o.id, 'zh'), en: citation(o.id, 'en') },
      guidance: { zh: guidanceRelPath(o.id, 'zh'), en: guidanceRelPath(o.id, 'en') },
    })),
  };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export interface MarkdownOptions {
  /** Prefix for guidance links, e.g. `../` from docs/. Default: repository root. */
  linkBase?: string;
}

/** A reviewer's table of every instrument and obligation. */
export function catalogueMarkdown(lang: Lang, options: MarkdownOptions = {}): string {
  const base = options.linkBase ?? '';
  const zh = lang === 'zh';
  const lines: string[] = [];
  lines.push(zh ? '# AI Law Lens 义务目录' : '# AI Law Lens obligations catalogue', '');
  lines.push(
    zh
      ? '本目录由 `src/core/law/` 生成。说明文字为本项目自行撰写的概要，不是法律条文原文，也不构成法律意见。“待与官方文本核对”的条目仅经二手资料确认。人工智能法条目是立法建议，不是现行法律。'
      : 'Generated from `src/core/law/`. The explanations are our own summaries, not statute text, and not legal advice. Rows marked “to be confirmed against the official text” were confirmed from secondary sources only. AI Law rows are a proposal, not law in force.',
    '',
  );
  lines.push(zh ? '## 法律文件' : '## Instruments', '');
  lines.push(
    zh
      ? '| 代码 | 名称 | 发布机关 | 通过 | 施行 | 状态 | 官方文本 |'
      : '| id | name | issuer | adopted | effective | status | official text |',
    '|---|---|---|---|---|---|---|',
  );
  for (const i of INSTRUMENTS) {
    const adopted = i.amended ? `${i.adopted}${zh ? '（修正 ' : ' (amended '}${i.amended}${zh ? '）' : ')'}` : i.adopted;
    const link = i.url ? `[${zh ? '链接' : 'link'}](${i.url})` : (i.sourceNote?.[lang] ?? '');
    lines.push(
      `| ${i.id} | ${cell(i.name[lang])} | ${cell(i.issuer[lang])} | ${adopted || '—'} | ${i.effective || '—'} | ${statusLabel(i.status, lang)} | ${cell(link)} |`,
    );
  }
  lines.push('', zh ? '## 义务' : '## Obligations', '');
  lines.push(
    zh
      ? '| 代码 | 出处 | 义务 | 核对状态 | 法律状态 | 适用条件 | 指引 |'
      : '| id | citation | obligation | verification | status | applies when | guidance |',
    '|---|---|---|---|---|---|---|',
  );
  for (const o of OBLIGATIONS) {
    const instrument = getInstrument(o.instrument);
    const when = o.tiers?.length
      ? `${zh ? '建议适用于' : 'proposed for'} ${o.tiers.map((t) => TIER_LABELS[t][lang]).join(zh ? '、' : ', ')}`
      : o.appliesWhen.length
      ? o.appliesWhen.map((c) => describeCondition(c, lang)).join(zh ? '；并且 ' : '; and ')
      : zh
        ? '代码触发即适用'
        : 'whenever the code triggers it';
    const page = guidanceRelPath(o.id, lang);
    lines.push(
      `| ${o.id} | ${cell(citation(o.id, lang))} | ${cell(o.title[lang])} | ${obligationVerificationNote(o.id, lang)} | ${instrument ? statusLabel(instrument.status, lang) : ''} | ${cell(when)} | [${page.split('/').pop()}](${base}${page}) |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
