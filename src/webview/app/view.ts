// Renders the checklist model into DOM nodes. Pure view: user actions go to the `Actions` callbacks.
import type { ItemStatus } from '../../core/checklist/decisions';
import { APPLICABILITY_LABELS, CATEGORY_LABELS, STATUS_LABELS, TEXT, TIER_LABELS } from '../../core/checklist/labels';
import type { ChecklistItem, ChecklistModel, EvidenceRef, PiInventoryEntry, ProcessingKind, QuestionView, TierEstimate } from '../../core/checklist/model';
import type { ApplicabilityQuestionId } from '../../core/law/types';
import type { Lang, Localized } from '../../core/model';
import type { GroupBy } from '../protocol';
import { MAX_NOTE_LENGTH, MAX_REVIEWER_LENGTH } from '../protocol';
import { h, icon, type Child } from './dom';
import { tr, UI } from './strings';

/** Chinese text takes a full-width colon. */
function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

export interface UiState {
  groupBy: GroupBy;
  openOnly: boolean;
  expanded: string[];
  /** Unsaved text per field key (`note:ID`, `reviewer:ID`, `reason:ID`); survives model refreshes. */
  drafts: Record<string, string>;
}

export interface Actions {
  setStatus(id: string, status: ItemStatus, reason?: string): void;
  draft(key: string, value: string): void;
  commitDraft(key: string): void;
  answer(question: ApplicabilityQuestionId, value: string | null): void;
  openEvidence(e: { file: string; line: number; character: number }): void;
  openLink(id: string, kind: 'guidance' | 'official'): void;
  exportAs(format: 'markdown' | 'json'): void;
  openDecisionsFile(): void;
  reloadDecisions(): void;
  rescan(): void;
  setGroupBy(groupBy: GroupBy): void;
  setOpenOnly(value: boolean): void;
  toggleExpanded(id: string, open: boolean): void;
}

const PROCESSING: Record<ProcessingKind, Localized> = {
  training: { zh: '模型训练', en: 'Training' },
  recommendation: { zh: '算法推荐', en: 'Recommendation' },
  'cross-border': { zh: '跨境传输', en: 'Cross-border' },
  logs: { zh: '日志', en: 'Logs' },
  generation: { zh: '内容生成', en: 'Generation' },
  'automated-decision': { zh: '自动化决策', en: 'Automated decisions' },
  scraping: { zh: '数据抓取', en: 'Scraping' },
  'face-recognition': { zh: '人脸识别', en: 'Face recognition' },
};

const STATUS_ICON: Record<ItemStatus, string> = { open: 'circle-large', done: 'pass-filled', 'not-applicable': 'circle-slash', waived: 'shield' };
const STATUS_ORDER: readonly ItemStatus[] = ['open', 'done', 'waived', 'not-applicable'];

function button(label: string, onClick: () => void, attrs: Record<string, string | boolean | undefined> = {}, ...extra: Child[]): HTMLElement {
  const el = h('button', { type: 'button', ...attrs }, ...extra, label);
  el.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return el;
}

/** Compact toolbar button: the icon shows, the label is its accessible name and tooltip. */
function iconButton(name: string, label: string, onClick: () => void, action: string): HTMLElement {
  return button('', onClick, { class: 'icon-button', 'data-action': action, title: label, 'aria-label': label }, icon(name));
}

function evidenceLink(e: Pick<EvidenceRef, 'file' | 'line' | 'character'>, lang: Lang, actions: Actions, label?: string): HTMLElement {
  const text = `${e.file}:${e.line + 1}`;
  return button(label ?? text, () => actions.openEvidence({ file: e.file, line: e.line, character: e.character }), {
    class: 'link evidence',
    title: tr(UI.openAt, lang, { file: e.file, line: e.line + 1 }),
    'data-file': e.file,
    'data-line': String(e.line),
  });
}

function renderBanner(model: ChecklistModel, lang: Lang, actions: Actions): HTMLElement | null {
  const state = model.decisionsFile.state;
  if (state.state !== 'error') {
    return model.decisionsFile.pendingEdits ? h('div', { class: 'banner info', role: 'status' }, icon('info'), ' ', UI.pendingEdits[lang]) : null;
  }
  return h(
    'div',
    { class: 'banner error', role: 'alert', id: 'file-error' },
    h('p', {}, icon('warning'), ' ', state.message[lang]),
    h('p', { class: 'muted' }, `${TEXT.decisionsFile[lang]}${colon(lang)}${model.decisionsFile.path}`),
    h('p', { class: 'muted' }, UI.pendingKept[lang]),
    h(
      'div',
      { class: 'row' },
      button(UI.openFile[lang], () => actions.openDecisionsFile(), { class: 'primary', 'data-action': 'open-file' }, icon('go-to-file'), ' '),
      button(UI.reload[lang], () => actions.reloadDecisions(), { class: 'secondary', 'data-action': 'reload' }, icon('refresh'), ' '),
    ),
  );
}

function renderHeader(model: ChecklistModel, lang: Lang, ui: UiState, actions: Actions): HTMLElement {
  const p = model.progress;
  const label = tr(TEXT.doneOfApplicable, lang, { done: p.done, applicable: p.applicable });
  const progress = h('progress', { max: Math.max(p.applicable, 1), value: p.done, 'aria-label': label, id: 'progress' });
  const groupButtons = (['law', 'category'] as const).map((g) =>
    button(g === 'law' ? UI.byLaw[lang] : UI.byCategory[lang], () => actions.setGroupBy(g), {
      class: 'segment',
      'aria-pressed': ui.groupBy === g ? 'true' : 'false',
      'data-group': g,
    }),
  );
  const openOnly = h('input', { type: 'checkbox', id: 'open-only', checked: ui.openOnly });
  openOnly.addEventListener('change', () => actions.setOpenOnly((openOnly as HTMLInputElement).checked));
  return h(
    'header',
    { class: 'header' },
    h('div', { class: 'progress-row' }, progress, h('span', { class: 'progress-label', id: 'progress-label' }, label)),
    h('p', { class: 'muted small' }, tr(TEXT.progressDetail, lang, { ...p })),
    h(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': TEXT.items[lang] },
      h('span', { class: 'segmented', role: 'group', 'aria-label': UI.groupBy[lang] }, ...groupButtons),
      h('label', { class: 'check', for: 'open-only' }, openOnly, ' ', UI.openOnly[lang]),
      h('span', { class: 'spacer' }),
      iconButton('markdown', UI.exportMarkdown[lang], () => actions.exportAs('markdown'), 'export-markdown'),
      iconButton('json', UI.exportJson[lang], () => actions.exportAs('json'), 'export-json'),
      iconButton('refresh', UI.rescan[lang], () => actions.rescan(), 'rescan'),
    ),
  );
}

function textField(kind: 'note' | 'reviewer' | 'reason', item: ChecklistItem, saved: string, lang: Lang, ui: UiState, actions: Actions): HTMLElement {
  const key = `${kind}:${item.id}`;
  const value = ui.drafts[key] ?? saved;
  const placeholder = kind === 'note' ? UI.notePlaceholder[lang] : kind === 'reviewer' ? UI.reviewerPlaceholder[lang] : UI.reasonPlaceholder[lang];
  const max = kind === 'reviewer' ? MAX_REVIEWER_LENGTH : MAX_NOTE_LENGTH;
  const el =
    kind === 'note'
      ? h('textarea', { rows: 2, maxlength: max, placeholder, 'aria-label': placeholder, 'data-focus-key': key, class: 'field' })
      : h('input', { type: 'text', maxlength: max, placeholder, 'aria-label': placeholder, 'data-focus-key': key, class: 'field' });
  (el as HTMLInputElement).value = value;
  el.addEventListener('input', () => actions.draft(key, (el as HTMLInputElement).value));
  el.addEventListener('change', () => actions.commitDraft(key));
  el.addEventListener('blur', () => actions.commitDraft(key));
  return el;
}

function statusButtons(item: { id: string; status: ItemStatus }, lang: Lang, ui: UiState, actions: Actions): HTMLElement {
  return h(
    'div',
    { class: 'segmented status', role: 'group', 'aria-label': UI.markAs[lang] },
    ...STATUS_ORDER.map((status) =>
      button(
        STATUS_LABELS[status][lang],
        () => actions.setStatus(item.id, status, status === 'waived' || status === 'not-applicable' ? ui.drafts[`reason:${item.id}`] : undefined),
        { class: 'segment', 'aria-pressed': item.status === status ? 'true' : 'false', 'data-status': status, 'data-focus-key': `status:${item.id}:${status}` },
        icon(STATUS_ICON[status]),
        ' ',
      ),
    ),
  );
}

function answerText(model: ChecklistModel, question: string, value: string | undefined, lang: Lang): string {
  if (value === undefined) {
    return TEXT.unanswered[lang];
  }
  return model.questions.find((q) => q.id === question)?.options.find((o) => o.value === value)?.label[lang] ?? value;
}

function renderItem(item: ChecklistItem, model: ChecklistModel, lang: Lang, ui: UiState, actions: Actions): HTMLElement {
  const expanded = ui.expanded.includes(item.id);
  const badges: Child[] = [];
  if (item.applicability !== 'applies') {
    badges.push(h('span', { class: `badge ${item.applicability}` }, item.applicability === 'possibly' ? icon('question') : null, ' ', APPLICABILITY_LABELS[item.applicability][lang]));
  }
  if (!item.detected) {
    badges.push(h('span', { class: 'badge gone' }, UI.noLongerDetectedBadge[lang]));
  }
  if (item.verification === 'secondary') {
    badges.push(h('span', { class: 'badge unverified', title: TEXT.toBeConfirmed[lang] }, UI.unverifiedBadge[lang]));
  }
  const summary = h(
    'summary',
    { 'data-focus-key': `summary:${item.id}` },
    h('span', { class: `status-icon ${item.status}`, title: STATUS_LABELS[item.status][lang] }, icon(STATUS_ICON[item.status])),
    h('span', { class: 'sr-only' }, `${STATUS_LABELS[item.status][lang]}${colon(lang)}`),
    h('span', { class: 'item-id' }, item.id),
    ' ',
    h('span', { class: 'item-title' }, item.title[lang]),
    ' ',
    ...badges,
    item.evidenceCount > 0 ? h('span', { class: 'count muted' }, tr(UI.evidenceCount, lang, { n: item.evidenceCount })) : null,
  );
  const details = h('details', { class: `item ${item.status}`, id: `item-${item.id}`, 'data-id': item.id, open: expanded }, summary);
  details.addEventListener('toggle', () => actions.toggleExpanded(item.id, (details as HTMLDetailsElement).open));
  if (!expanded) {
    return details;
  }
  const body = h('div', { class: 'item-body' });
  body.append(
    h('p', { class: 'citation' }, icon('law'), ' ', item.citation[lang], item.verification === 'secondary' ? ` ${TEXT.toBeConfirmed[lang]}` : ''),
    h('p', {}, item.summary[lang]),
    h('p', { class: 'muted' }, h('strong', {}, `${TEXT.goodPractice[lang]}${colon(lang)}`), item.goodPractice[lang]),
  );
  if (item.conditions.length > 0 || item.triggeredByAnswers.length > 0) {
    const list = h('ul', { class: 'conditions', 'aria-label': UI.conditions[lang] });
    for (const c of item.conditions) {
      const mark = c.holds === true ? 'pass' : c.holds === false ? 'circle-slash' : 'question';
      list.append(h('li', {}, icon(mark), ' ', c.note[lang], ' — ', h('em', {}, answerText(model, c.question, c.answer, lang))));
    }
    for (const q of item.triggeredByAnswers) {
      const question = model.questions.find((x) => x.id === q);
      list.append(h('li', {}, icon('info'), ' ', `${TEXT.triggeredByAnswer[lang]}${colon(lang)}`, question?.text[lang] ?? q));
    }
    body.append(h('p', { class: 'label' }, UI.conditions[lang]), list);
  }
  if (item.evidence.length > 0) {
    const list = h('ul', { class: 'evidence-list', 'aria-label': TEXT.evidence[lang] });
    for (const e of item.evidence) {
      list.append(h('li', {}, evidenceLink(e, lang, actions), ' ', h('span', { class: 'muted' }, `${e.ruleId} · ${e.message[lang]}`)));
    }
    if (item.evidenceCount > item.evidence.length) {
      list.append(h('li', { class: 'muted' }, tr(TEXT.moreEvidence, lang, { n: item.evidenceCount - item.evidence.length })));
    }
    body.append(h('p', { class: 'label' }, TEXT.evidence[lang]), list);
  }
  body.append(h('p', { class: 'label' }, TEXT.status[lang]), statusButtons(item, lang, ui, actions));
  if (item.status === 'waived' || item.status === 'not-applicable') {
    body.append(textField('reason', item, item.decision?.reason ?? '', lang, ui, actions));
  }
  body.append(
    h('p', { class: 'label' }, TEXT.note[lang]),
    textField('note', item, item.decision?.note ?? '', lang, ui, actions),
    h('div', { class: 'row' }, textField('reviewer', item, item.decision?.reviewer ?? '', lang, ui, actions), item.decision?.date ? h('span', { class: 'muted' }, `${TEXT.date[lang]}${colon(lang)}${item.decision.date}`) : null),
  );
  const links = h('div', { class: 'row links' });
  if (item.guidance) {
    links.append(button(TEXT.guidance[lang], () => actions.openLink(item.id, 'guidance'), { class: 'link', 'data-action': 'guidance' }, icon('book'), ' '));
  }
  if (item.officialUrl) {
    links.append(button(TEXT.officialText[lang], () => actions.openLink(item.id, 'official'), { class: 'link', 'data-action': 'official' }, icon('link-external'), ' '));
  }
  body.append(links);
  details.append(body);
  return details;
}

function groupItems(items: readonly ChecklistItem[], groupBy: GroupBy, lang: Lang): [string, ChecklistItem[]][] {
  const groups = new Map<string, ChecklistItem[]>();
  const gone: ChecklistItem[] = [];
  for (const item of items) {
    if (!item.detected) {
      gone.push(item);
      continue;
    }
    const key = groupBy === 'law' ? item.law[lang] : item.categories[0] ? CATEGORY_LABELS[item.categories[0]][lang] : UI.otherGroup[lang];
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  const result = [...groups.entries()];
  if (gone.length > 0) {
    result.push([TEXT.noLongerDetected[lang], gone]);
  }
  return result;
}

function isOpen(item: ChecklistItem): boolean {
  return item.detected && item.status === 'open' && item.applicability !== 'not-applicable';
}

function renderItems(model: ChecklistModel, lang: Lang, ui: UiState, actions: Actions): HTMLElement {
  const section = h('section', { class: 'items', id: 'items', 'aria-label': TEXT.items[lang] });
  const items = ui.openOnly ? model.items.filter(isOpen) : model.items;
  if (model.items.length === 0) {
    section.append(h('p', { class: 'muted' }, TEXT.noItems[lang]));
  } else if (items.length === 0) {
    section.append(h('p', { class: 'muted' }, UI.noMatch[lang]));
  }
  for (const [title, list] of groupItems(items, ui.groupBy, lang)) {
    section.append(h('h3', { class: 'group' }, title, ' ', h('span', { class: 'muted' }, `(${list.length})`)));
    for (const item of list) {
      section.append(renderItem(item, model, lang, ui, actions));
    }
  }
  return section;
}

function renderQuestion(q: QuestionView, lang: Lang, actions: Actions): HTMLElement {
  const id = `q-${q.id}`;
  const select = h('select', { id, 'data-question': q.id, 'data-focus-key': id }) as HTMLSelectElement;
  select.append(h('option', { value: '', selected: q.answer === undefined }, TEXT.unanswered[lang]));
  for (const o of q.options) {
    select.append(h('option', { value: o.value, selected: q.answer === o.value }, o.label[lang]));
  }
  select.addEventListener('change', () => actions.answer(q.id, select.value === '' ? null : select.value));
  return h(
    'div',
    { class: `question${q.answer === undefined ? ' unanswered' : ''}` },
    h('label', { for: id }, q.text[lang]),
    select,
    h('p', { class: 'muted small' }, q.help[lang]),
    q.affects.length > 0 ? h('p', { class: 'small' }, `${TEXT.affects[lang]}${colon(lang)}${q.affects.join(', ')}`) : null,
  );
}

function renderQuestions(model: ChecklistModel, lang: Lang, actions: Actions): HTMLElement {
  return h(
    'details',
    { class: 'section', id: 'questions', open: true },
    h('summary', {}, h('h2', {}, TEXT.questionnaire[lang])),
    h('p', { class: 'muted small' }, UI.questionsHint[lang]),
    ...model.questions.map((q) => renderQuestion(q, lang, actions)),
    h('p', { class: 'small', id: 'cross-border' }, h('strong', {}, `${TEXT.crossBorder[lang]}${colon(lang)}`), model.crossBorder.text[lang]),
  );
}

function renderTier(tier: TierEstimate, lang: Lang, ui: UiState, actions: Actions): HTMLElement {
  const reasons = h('ul', { class: 'reasons' });
  for (const r of tier.reasons) {
    reasons.append(
      h(
        'li',
        { class: r.tier === tier.tier ? '' : 'muted' },
        h('span', { class: `tier-chip ${r.tier}` }, TIER_LABELS[r.tier][lang]),
        ' ',
        r.text[lang],
        ' ',
        ...r.evidence.slice(0, 3).map((e) => evidenceLink(e, lang, actions)),
      ),
    );
  }
  const duties = h('ul', { class: 'duties' });
  for (const d of tier.duties) {
    duties.append(
      h(
        'li',
        {},
        h('strong', {}, d.title[lang]),
        h('p', { class: 'muted small' }, d.summary[lang]),
        statusButtons({ id: d.id, status: d.status }, lang, ui, actions),
      ),
    );
  }
  return h(
    'details',
    { class: 'section tier-card', id: 'tier', open: true },
    h('summary', {}, h('h2', {}, TEXT.aiLaw[lang])),
    h('p', {}, h('span', { class: 'badge proposal' }, UI.proposalBadge[lang])),
    h('p', { class: 'tier-line' }, `${TEXT.estimatedTier[lang]}${colon(lang)}`, h('span', { class: `tier-chip ${tier.tier}`, id: 'tier-value', 'data-tier': tier.tier }, TIER_LABELS[tier.tier][lang])),
    h('p', { class: 'label' }, TEXT.reasons[lang]),
    reasons,
    h('p', { class: 'label' }, TEXT.proposedDuties[lang]),
    duties,
    h('details', { class: 'method' }, h('summary', {}, UI.method[lang]), h('p', { class: 'muted small' }, tier.method[lang])),
  );
}

function renderInventory(inventory: readonly PiInventoryEntry[], lang: Lang, actions: Actions): HTMLElement {
  const section = h('details', { class: 'section', id: 'inventory', open: true }, h('summary', {}, h('h2', {}, TEXT.inventory[lang])), h('p', { class: 'muted small' }, TEXT.inventoryHint[lang]));
  if (inventory.length === 0) {
    section.append(h('p', { class: 'muted' }, TEXT.noInventory[lang]));
    return section;
  }
  const body = h('tbody');
  for (const e of inventory) {
    const where = h('td', {});
    e.locations.slice(0, 3).forEach((l) => where.append(evidenceLink({ file: l.file, line: l.line, character: 0 }, lang, actions), ' '));
    if (e.locationCount > 3) {
      where.append(h('span', { class: 'muted' }, tr(UI.inventoryMore, lang, { n: e.locationCount - 3 })));
    }
    body.append(
      h(
        'tr',
        {},
        h('td', {}, e.label[lang]),
        h('td', {}, e.sensitive ? h('span', { class: 'badge sensitive' }, TEXT.sensitive[lang]) : TEXT.no[lang]),
        where,
        h('td', {}, e.processing.map((k) => PROCESSING[k][lang]).join(', ') || UI.noneFound[lang]),
      ),
    );
  }
  section.append(
    h(
      'table',
      { class: 'inventory' },
      h('thead', {}, h('tr', {}, ...[TEXT.element, TEXT.sensitive, TEXT.where, TEXT.processing].map((t) => h('th', { scope: 'col' }, t[lang])))),
      body,
    ),
  );
  return section;
}

export function renderApp(root: HTMLElement, model: ChecklistModel, lang: Lang, ui: UiState, actions: Actions): void {
  const fragment = document.createDocumentFragment();
  fragment.append(
    ...[
      renderBanner(model, lang, actions),
      renderHeader(model, lang, ui, actions),
      renderItems(model, lang, ui, actions),
      renderQuestions(model, lang, actions),
      renderTier(model.tier, lang, ui, actions),
      renderInventory(model.inventory, lang, actions),
    ].filter((n): n is HTMLElement => n !== null),
  );
  root.replaceChildren(fragment);
  root.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
}
