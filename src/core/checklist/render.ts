// Exports of the checklist: Markdown for PR review and audit, JSON for tools, plain text for the
// terminal. The editor's export command and the CLI call these same functions, so their output is
// identical. Deterministic (no timestamps) so exported files diff cleanly.
import type { Lang } from '../model';
import type { ChecklistItem, ChecklistModel } from './model';
import { PROCESSING_LABELS } from './inventory';
import { APPLICABILITY_LABELS, fill, STATUS_LABELS, TEXT, TIER_LABELS } from './labels';

/** Escapes workspace-derived text (file names, notes) so it cannot inject Markdown or HTML. */
export function mdText(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
}

/** Terminal output: control characters in workspace text (e.g. ANSI escapes in a file name) are neutralised. */
export function termText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** Chinese text takes a full-width colon. */
function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

function line1(n: number): number {
  return n + 1;
}

function progressLines(model: ChecklistModel, lang: Lang): string[] {
  const p = model.progress;
  return [fill(TEXT.doneOfApplicable[lang], { done: p.done, applicable: p.applicable }), fill(TEXT.progressDetail[lang], { ...p })];
}

function groupByLaw(items: readonly ChecklistItem[], lang: Lang): Map<string, ChecklistItem[]> {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    const key = item.detected ? item.law[lang] : TEXT.noLongerDetected[lang];
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return groups;
}

function answerLabel(model: ChecklistModel, question: string, value: string | undefined, lang: Lang): string {
  if (value === undefined) {
    return TEXT.unanswered[lang];
  }
  const q = model.questions.find((x) => x.id === question);
  return q?.options.find((o) => o.value === value)?.label[lang] ?? value;
}

function itemMarkdown(item: ChecklistItem, model: ChecklistModel, lang: Lang): string[] {
  const box = item.status === 'done' ? '[x]' : '[ ]';
  const unverified = item.verification === 'secondary' ? ` ${TEXT.toBeConfirmed[lang]}` : '';
  const out = [`- ${box} **${item.id}** ${mdText(item.citation[lang])}${colon(lang)}${mdText(item.title[lang])}${unverified}`];
  out.push(`  - ${TEXT.status[lang]}${colon(lang)}${STATUS_LABELS[item.status][lang]} · ${TEXT.applicability[lang]}${colon(lang)}${APPLICABILITY_LABELS[item.applicability][lang]}`);
  const d = item.decision;
  if (d?.reason) {
    out.push(`  - ${TEXT.reason[lang]}${colon(lang)}${mdText(d.reason)}`);
  }
  if (d?.note) {
    out.push(`  - ${TEXT.note[lang]}${colon(lang)}${mdText(d.note)}`);
  }
  if (d?.reviewer || d?.date) {
    out.push(`  - ${TEXT.reviewer[lang]}${colon(lang)}${mdText(d.reviewer ?? '—')} · ${TEXT.date[lang]}${colon(lang)}${d.date ?? '—'}`);
  }
  for (const c of item.conditions) {
    if (c.holds !== true) {
      const answer = answerLabel(model, c.question, c.answer, lang);
      out.push(`  - ${mdText(c.note[lang])}${lang === 'zh' ? `（${answer}）` : ` (${answer})`}`);
    }
  }
  if (item.triggeredByAnswers.length > 0) {
    const qs = item.triggeredByAnswers.map((id) => model.questions.find((q) => q.id === id)?.text[lang] ?? id);
    out.push(`  - ${TEXT.triggeredByAnswer[lang]}${colon(lang)}${qs.map(mdText).join('; ')}`);
  }
  if (item.evidence.length > 0) {
    const shown = item.evidence.slice(0, 10).map((e) => `${mdText(e.file)}:${line1(e.line)} (${mdText(e.ruleId)})`);
    const more = item.evidenceCount - shown.length;
    out.push(`  - ${TEXT.evidence[lang]}${colon(lang)}${shown.join(', ')}${more > 0 ? `, ${fill(TEXT.moreEvidence[lang], { n: more })}` : ''}`);
  }
  return out;
}

export function renderChecklistMarkdown(model: ChecklistModel, lang: Lang): string {
  const out: string[] = [`# ${TEXT.title[lang]}`, ''];
  out.push(`> ${fill(TEXT.generatedFrom[lang], { n: model.findingsCount })}${lang === 'zh' ? '' : ' '}${TEXT.decisionsFile[lang]}${colon(lang)}\`${model.decisionsFile.path.replace(/`/g, '')}\``, '');
  out.push(`**${TEXT.progress[lang]}${colon(lang).trim()}** ${progressLines(model, lang).join(' — ')}`, '');

  out.push(`## ${TEXT.items[lang]}`, '');
  if (model.items.length === 0) {
    out.push(TEXT.noItems[lang], '');
  }
  for (const [law, items] of groupByLaw(model.items, lang)) {
    out.push(`### ${mdText(law)}`, '');
    for (const item of items) {
      out.push(...itemMarkdown(item, model, lang));
    }
    out.push('');
  }

  out.push(`## ${TEXT.questionnaire[lang]}`, '');
  out.push(`| ${TEXT.question[lang]} | ${TEXT.answer[lang]} | ${TEXT.affects[lang]} |`, '|---|---|---|');
  for (const q of model.questions) {
    out.push(`| ${mdText(q.text[lang])} | ${mdText(answerLabel(model, q.id, q.answer, lang))} | ${q.affects.join(', ') || '—'} |`);
  }
  out.push('', `**${TEXT.crossBorder[lang]}${colon(lang).trim()}** ${model.crossBorder.text[lang]}`, '');

  const tier = model.tier;
  out.push(`## ${TEXT.aiLaw[lang]}`, '');
  out.push(`**${TEXT.estimatedTier[lang]}${colon(lang).trim()}** ${TIER_LABELS[tier.tier][lang]}`, '');
  out.push(`${TEXT.reasons[lang]}${colon(lang).trim()}`, '');
  for (const r of tier.reasons) {
    const where = r.evidence.slice(0, 3).map((e) => `${mdText(e.file)}:${line1(e.line)}`);
    out.push(`- [${TIER_LABELS[r.tier][lang]}] ${mdText(r.text[lang])}${where.length > 0 ? ` (${where.join(', ')})` : ''}`);
  }
  out.push('', `${TEXT.proposedDuties[lang]}${colon(lang).trim()}`, '');
  for (const duty of tier.duties) {
    out.push(`- ${duty.status === 'done' ? '[x]' : '[ ]'} **${duty.id}** ${mdText(duty.title[lang])}: ${mdText(duty.summary[lang])}`);
  }
  out.push('', `_${mdText(tier.method[lang])}_`, '');

  out.push(`## ${TEXT.inventory[lang]}`, '', TEXT.inventoryHint[lang], '');
  if (model.inventory.length === 0) {
    out.push(TEXT.noInventory[lang], '');
  } else {
    out.push(`| ${TEXT.element[lang]} | ${TEXT.sensitive[lang]} | ${TEXT.where[lang]} | ${TEXT.processing[lang]} |`, '|---|---|---|---|');
    for (const e of model.inventory) {
      const where = e.locations.slice(0, 5).map((l) => `${mdText(l.file)}:${line1(l.line)}`);
      const more = e.locationCount - where.length;
      out.push(
        `| ${mdText(e.label[lang])} | ${e.sensitive ? TEXT.yes[lang] : TEXT.no[lang]} | ${where.join(', ')}${more > 0 ? ` +${more}` : ''} | ${e.processing.map((k) => PROCESSING_LABELS[k][lang]).join(', ') || '—'} |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Machine-readable export. Lines are 1-based like editors show them. */
export function checklistJson(model: ChecklistModel, lang: Lang): unknown {
  return {
    tool: 'ai-law-lens',
    kind: 'checklist',
    schema: 1,
    lang,
    decisionsFile: model.decisionsFile.path,
    progress: model.progress,
    items: model.items.map((item) => ({
      id: item.id,
      law: item.law[lang],
      citation: item.citation[lang],
      title: item.title[lang],
      verification: item.verification,
      applicability: item.applicability,
      detected: item.detected,
      status: item.status,
      reason: item.decision?.reason,
      note: item.decision?.note,
      reviewer: item.decision?.reviewer,
      date: item.decision?.date,
      categories: item.categories,
      triggeredByAnswers: item.triggeredByAnswers,
      evidenceCount: item.evidenceCount,
      evidence: item.evidence.map((e) => ({ file: e.file, line: line1(e.line), column: e.character + 1, ruleId: e.ruleId, category: e.category })),
    })),
    questions: model.questions.map((q) => ({ id: q.id, text: q.text[lang], answer: q.answer ?? null, affects: q.affects })),
    crossBorder: { route: model.crossBorder.route, text: model.crossBorder.text[lang] },
    aiLaw: {
      proposal: true,
      label: TEXT.aiLaw[lang],
      tier: model.tier.tier,
      reasons: model.tier.reasons.map((r) => ({ tier: r.tier, text: r.text[lang], evidence: r.evidence.map((e) => ({ file: e.file, line: line1(e.line) })) })),
      duties: model.tier.duties.map((d) => ({ id: d.id, title: d.title[lang], status: d.status })),
      method: model.tier.method[lang],
    },
    piInventory: model.inventory.map((e) => ({
      element: e.element,
      label: e.label[lang],
      sensitive: e.sensitive,
      locationCount: e.locationCount,
      locations: e.locations.map((l) => ({ file: l.file, line: line1(l.line) })),
      processing: e.processing,
    })),
  };
}

export function renderChecklistJson(model: ChecklistModel, lang: Lang): string {
  return `${JSON.stringify(checklistJson(model, lang), null, 2)}\n`;
}

/** Compact terminal view (used by `npm run demo` and `checklist --format text`). */
export function renderChecklistText(model: ChecklistModel, lang: Lang): string {
  const out: string[] = [TEXT.title[lang], ...progressLines(model, lang).map((l) => `  ${l}`), ''];
  const mark: Record<string, string> = { open: '[ ]', done: '[x]', waived: '[~]', 'not-applicable': '[-]' };
  for (const [law, items] of groupByLaw(model.items, lang)) {
    out.push(law);
    for (const item of items) {
      const flag = item.applicability === 'possibly' ? ' ?' : item.applicability === 'not-applicable' ? ' (n/a)' : '';
      const where = item.evidence[0] ? `  ${termText(item.evidence[0].file)}:${line1(item.evidence[0].line)}${item.evidenceCount > 1 ? ` +${item.evidenceCount - 1}` : ''}` : '';
      out.push(`  ${mark[item.status]} ${item.id.padEnd(10)} ${item.title[lang]}${flag}${where}`);
    }
  }
  if (model.items.length === 0) {
    out.push(TEXT.noItems[lang]);
  }
  out.push('', `${TEXT.aiLaw[lang]}${colon(lang)}${TIER_LABELS[model.tier.tier][lang]}`);
  for (const r of model.tier.reasons.filter((x) => x.tier === model.tier.tier)) {
    out.push(`  - ${r.text[lang]}`);
  }
  if (model.inventory.length > 0) {
    out.push('', `${TEXT.inventory[lang]}${colon(lang).trim()}`);
    for (const e of model.inventory) {
      const processing = e.processing.map((k) => PROCESSING_LABELS[k][lang]).join(', ');
      out.push(`  ${e.label[lang]}${e.sensitive ? ` (${TEXT.sensitive[lang]})` : ''} ×${e.locationCount}${processing ? ` → ${processing}` : ''}`);
    }
  }
  out.push('', `? = ${APPLICABILITY_LABELS.possibly[lang]}`);
  return `${out.join('\n')}\n`;
}
