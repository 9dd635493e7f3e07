// Renders the bundled guidance pages (one per obligation and language, plus an index) and the reviewer docs.
// scripts/gen-guidance.ts writes them; a unit test fails when the committed files differ from this output.
import type { Lang } from '../model';
import {
  catalogueMarkdown,
  citation,
  describeCondition,
  getInstrument,
  guidanceRelPath,
  listInstruments,
  listObligations,
  obligationVerificationNote,
  statusLabel,
  tierLabel,
  verificationNote,
} from './index';
import type { Instrument, Obligation } from './types';

const OTHER: Record<Lang, Lang> = { zh: 'en', en: 'zh' };

function dates(i: Instrument, lang: Lang): string {
  const zh = lang === 'zh';
  if (!i.adopted && !i.effective) {
    return zh ? '无（尚未立法）' : 'none (not enacted)';
  }
  const parts = [i.published === i.adopted ? `${zh ? '公布' : 'published'} ${i.adopted}` : `${zh ? '通过' : 'adopted'} ${i.adopted}`];
  if (i.published && i.published !== i.adopted) {
    parts.push(`${zh ? '公布' : 'published'} ${i.published}`);
  }
  if (i.amended) {
    parts.push(`${zh ? '修正' : 'amended'} ${i.amended}`);
  }
  if (i.firstEffective) {
    parts.push(`${zh ? '原文施行' : 'original text effective'} ${i.firstEffective}`);
    parts.push(`${zh ? '修正后文本施行' : 'amended text effective'} ${i.effective}`);
  } else {
    parts.push(`${zh ? '施行' : 'effective'} ${i.effective}`);
  }
  return parts.join(zh ? '；' : '; ');
}

function banner(o: Obligation, i: Instrument, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines: string[] = [];
  if (i.status === 'proposal') {
    lines.push(
      zh
        ? '> ⚠️ **立法建议，不是现行法律。** 本页介绍的是项目奠基文章对未来人工智能法的建议，用于提前准备，不产生当前的法律义务。'
        : '> ⚠️ **Proposal, not law in force.** This page describes what the project’s founding essay proposes for a future AI Law. It helps you prepare early and creates no current legal obligation.',
      '',
    );
  } else if (i.status === 'draft') {
    lines.push(zh ? '> ⚠️ **草案，尚未生效。**' : '> ⚠️ **Draft, not yet in force.**', '');
  }
  if (o.verification === 'secondary') {
    lines.push(
      zh
        ? '> ⚠️ **待与官方文本核对。** 该条款的编号和内容仅经多个二手资料确认，官方全文尚未核读。'
        : '> ⚠️ **To be confirmed against the official text.** The article number and content were confirmed from secondary sources only; the official full text has not been read.',
      '',
    );
  }
  return lines;
}

/** The guidance page for one obligation. */
export function renderObligationPage(o: Obligation, lang: Lang): string {
  const zh = lang === 'zh';
  const i = getInstrument(o.instrument);
  if (!i) {
    throw new Error(`obligation ${o.id} names unknown instrument ${o.instrument}`);
  }
  const otherPage = guidanceRelPath(o.id, OTHER[lang]).replace(/^guidance\//, '../');
  const lines: string[] = [];
  lines.push(`# ${o.id}: ${o.title[lang]}`, '');
  lines.push(`[${zh ? 'English' : '中文'}](${otherPage}) · [${zh ? '全部义务' : 'All obligations'}](index.md)`, '');
  lines.push(...banner(o, i, lang));
  lines.push(`| ${zh ? '项目' : 'field'} | ${zh ? '内容' : 'value'} |`, '|---|---|');
  lines.push(`| ${zh ? '出处' : 'Citation'} | ${citation(o.id, lang)} |`);
  lines.push(`| ${zh ? '法律文件' : 'Instrument'} | ${i.name[lang]} |`);
  lines.push(`| ${zh ? '发布机关' : 'Issuer'} | ${i.issuer[lang]} |`);
  lines.push(`| ${zh ? '日期' : 'Dates'} | ${dates(i, lang)} |`);
  lines.push(`| ${zh ? '法律状态' : 'Status'} | **${statusLabel(i.status, lang)}** |`);
  lines.push(`| ${zh ? '核对状态' : 'Verification'} | ${obligationVerificationNote(o.id, lang)} |`);
  if (o.tiers?.length) {
    lines.push(`| ${zh ? '建议适用的风险等级' : 'Proposed for tiers'} | ${o.tiers.map((t) => tierLabel(t, lang)).join(zh ? '、' : ', ')} |`);
  }
  lines.push('');
  lines.push(zh ? '## 要做什么' : '## What you must do', '', o.summary[lang], '');
  lines.push(zh ? '## 何时适用' : '## When it applies', '');
  if (o.tiers?.length) {
    const tiers = o.tiers.map((t) => tierLabel(t, lang)).join(zh ? '、' : ', ');
    lines.push(
      zh
        ? `立法建议把这项要求用于：${tiers}的人工智能系统。合规清单中的“人工智能法准备度”卡片会根据检测结果和问卷回答估计系统的风险等级。这不是现行法律义务。`
        : `The proposal attaches this duty to AI systems of: ${tiers}. The checklist’s “AI Law readiness” card estimates your system’s tier from the findings and your answers. This is not an obligation in force.`,
    );
  } else if (o.appliesWhen.length === 0) {
    lines.push(
      zh
        ? '只要代码中出现触发该义务的处理活动即适用，不依赖问卷回答。'
        : 'Whenever the code shows the processing that triggers it; no questionnaire answer switches it off.',
    );
  } else {
    lines.push(zh ? '以下条件同时满足时适用（未回答的问题显示为“可能适用”）：' : 'Applies when all of these hold (unanswered questions show it as “possibly applies”):', '');
    for (const c of o.appliesWhen) {
      lines.push(`- ${describeCondition(c, lang)} — ${c.note[lang]}`);
    }
  }
  lines.push('');
  lines.push(zh ? '## 合规的代码和配置是什么样的' : '## What good code and configuration look like', '', o.goodPractice[lang], '');
  lines.push(zh ? '## 官方文本' : '## Official text', '');
  if (i.url) {
    lines.push(`[${i.name[lang]}](${i.url})`);
  } else {
    lines.push(i.sourceNote?.[lang] ?? (zh ? '尚无官方文本。' : 'No official text exists.'));
  }
  lines.push('');
  lines.push('---', '');
  lines.push(
    zh
      ? '本页为 AI Law Lens 自行撰写的说明，不是法律条文原文，也不构成法律意见。以官方文本为准。'
      : 'Written by AI Law Lens in its own words; not statute text and not legal advice. The official text prevails.',
    '',
  );
  return lines.join('\n');
}

/** The index page of one language: obligations grouped by instrument. */
export function renderIndexPage(lang: Lang): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  lines.push(zh ? '# AI Law Lens 合规指引' : '# AI Law Lens guidance', '');
  lines.push(`[${zh ? 'English' : '中文'}](../${zh ? 'en' : 'zh-cn'}/index.md)`, '');
  lines.push(
    zh
      ? '每一页说明一项义务：要做什么、何时适用、合规的代码是什么样的，并链接官方文本。说明为本项目自行撰写，不是法律条文原文，也不构成法律意见。'
      : 'Each page explains one obligation: what to do, when it applies, what good code looks like, and where the official text is. The explanations are our own words, not statute text, and not legal advice.',
    '',
  );
  for (const i of listInstruments()) {
    const obligations = listObligations().filter((o) => o.instrument === i.id);
    if (obligations.length === 0) {
      continue;
    }
    lines.push(`## ${i.shortName[lang]} (${statusLabel(i.status, lang)})`, '');
    if (i.status === 'proposal' && i.sourceNote) {
      lines.push(`> ⚠️ ${i.sourceNote[lang]}`, '');
    }
    for (const o of obligations) {
      const note = o.verification === 'secondary' ? ` — ${verificationNote(o.verification, lang)}` : '';
      lines.push(`- [${o.id}](${o.id}.md): ${citation(o.id, lang)} · ${o.title[lang]}${note}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Every generated file, keyed by repository-relative POSIX path, in a stable order. */
export function renderAllGuidance(): Map<string, string> {
  const files = new Map<string, string>();
  for (const lang of ['en', 'zh'] as const) {
    const dir = lang === 'zh' ? 'guidance/zh-cn' : 'guidance/en';
    files.set(`${dir}/index.md`, renderIndexPage(lang));
    for (const o of listObligations()) {
      files.set(guidanceRelPath(o.id, lang), renderObligationPage(o, lang));
    }
  }
  files.set('docs/obligations.md', catalogueMarkdown('en', { linkBase: '../' }));
  files.set('docs/obligations.zh-cn.md', catalogueMarkdown('zh', { linkBase: '../' }));
  return files;
}
