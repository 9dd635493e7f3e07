// Webview entry: handshake, message validation, UI state and re-rendering.
// The host owns the truth (decisions file + findings); this app keeps only UI state (grouping,
// filter, expanded items) and unsaved drafts of text fields, both in the webview state so they
// survive the view being hidden, and drafts survive a model refresh caused by an external change.
import type { ChecklistModel } from '../../core/checklist/model';
import type { Lang } from '../../core/model';
import { describeMessage, isHostToView, type ViewToHost } from '../protocol';
import { renderApp, type Actions, type UiState } from './view';

interface VsCodeApi {
  postMessage(message: ViewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const DRAFT_DELAY_MS = 800;

function loadUiState(raw: unknown): UiState {
  const base: UiState = { groupBy: 'law', openOnly: false, expanded: [], drafts: {} };
  if (typeof raw !== 'object' || raw === null) {
    return base;
  }
  const s = raw as Partial<UiState>;
  return {
    groupBy: s.groupBy === 'category' ? 'category' : 'law',
    openOnly: s.openOnly === true,
    expanded: Array.isArray(s.expanded) ? s.expanded.filter((x): x is string => typeof x === 'string').slice(0, 500) : [],
    drafts:
      typeof s.drafts === 'object' && s.drafts !== null
        ? Object.fromEntries(Object.entries(s.drafts).filter((e): e is [string, string] => typeof e[1] === 'string'))
        : {},
  };
}

function start(): void {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('app');
  if (!root) {
    return;
  }
  const ui = loadUiState(vscode.getState());
  let model: ChecklistModel | undefined;
  let lang: Lang = root.getAttribute('data-lang') === 'zh' ? 'zh' : 'en';
  const timers = new Map<string, number>();
  /** Drafts handed to the host, by value: once a model arrives after that, the host owns them. */
  const sent = new Map<string, string>();

  const save = (): void => vscode.setState(ui);
  const post = (message: ViewToHost): void => vscode.postMessage(message);

  const render = (): void => {
    if (!model) {
      return;
    }
    // Re-rendering replaces the nodes; keep the keyboard focus and caret where the user left them.
    const active = document.activeElement as HTMLInputElement | null;
    const focusKey = active?.getAttribute?.('data-focus-key') ?? null;
    const selection = active && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
    renderApp(root, model, lang, ui, actions);
    if (focusKey) {
      const again = [...root.querySelectorAll<HTMLInputElement>('[data-focus-key]')].find((el) => el.getAttribute('data-focus-key') === focusKey);
      again?.focus();
      if (again && selection && typeof selection[0] === 'number' && 'setSelectionRange' in again) {
        try {
          again.setSelectionRange(selection[0], selection[1] ?? selection[0]);
        } catch {
          // not a text control
        }
      }
    }
  };

  /** Sends a draft to the host; the draft stays until the host's model shows the saved value. */
  const commit = (key: string): void => {
    const timer = timers.get(key);
    if (timer !== undefined) {
      window.clearTimeout(timer);
      timers.delete(key);
    }
    const value = ui.drafts[key];
    if (value === undefined || !model) {
      return;
    }
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    sent.set(key, value);
    if (kind === 'note') {
      post({ t: 'setNote', id, note: value });
    } else if (kind === 'reviewer') {
      post({ t: 'setReviewer', id, reviewer: value });
    } else if (kind === 'reason') {
      const item = model.items.find((i) => i.id === id);
      if (item && (item.status === 'waived' || item.status === 'not-applicable')) {
        post({ t: 'setStatus', id, status: item.status, reason: value });
      }
    }
  };

  const actions: Actions = {
    setStatus: (id, status, reason) => post(reason === undefined ? { t: 'setStatus', id, status } : { t: 'setStatus', id, status, reason }),
    draft: (key, value) => {
      ui.drafts[key] = value;
      save();
      const timer = timers.get(key);
      if (timer !== undefined) {
        window.clearTimeout(timer);
      }
      timers.set(
        key,
        window.setTimeout(() => commit(key), DRAFT_DELAY_MS),
      );
    },
    commitDraft: commit,
    answer: (question, value) => post({ t: 'answer', question, value }),
    openEvidence: (e) => post({ t: 'openEvidence', file: e.file, line: e.line, character: e.character }),
    openLink: (id, kind) => post({ t: 'openLink', id, kind }),
    exportAs: (format) => post({ t: 'export', format }),
    openDecisionsFile: () => post({ t: 'openDecisionsFile' }),
    reloadDecisions: () => post({ t: 'reloadDecisions' }),
    rescan: () => post({ t: 'rescan' }),
    setGroupBy: (groupBy) => {
      ui.groupBy = groupBy;
      save();
      render();
    },
    setOpenOnly: (value) => {
      ui.openOnly = value;
      save();
      render();
    },
    toggleExpanded: (id, open) => {
      const has = ui.expanded.includes(id);
      if (open === has) {
        return;
      }
      ui.expanded = open ? [...ui.expanded, id] : ui.expanded.filter((x) => x !== id);
      save();
      render();
    },
  };

  /** Drops drafts the host has saved; keeps the rest (unsaved edits survive external reloads). */
  const settleDrafts = (next: ChecklistModel): void => {
    for (const [key, value] of Object.entries(ui.drafts)) {
      const id = key.slice(key.indexOf(':') + 1);
      const kind = key.slice(0, key.indexOf(':'));
      const decision = next.items.find((i) => i.id === id)?.decision;
      const saved = kind === 'note' ? decision?.note : kind === 'reviewer' ? decision?.reviewer : decision?.reason;
      if (!timers.has(key) && ((saved ?? '') === value || sent.get(key) === value)) {
        delete ui.drafts[key];
        sent.delete(key);
      }
    }
  };

  window.addEventListener('message', (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isHostToView(message)) {
      console.warn(`AI Law Lens checklist: ignored a message of unexpected shape (${describeMessage(message)})`);
      return;
    }
    if (message.t === 'model') {
      model = message.model;
      lang = message.lang;
      settleDrafts(model);
      save();
      render();
    } else {
      if (!ui.expanded.includes(message.id)) {
        ui.expanded = [...ui.expanded, message.id];
        save();
      }
      ui.openOnly = false;
      render();
      const target = document.getElementById(`item-${message.id}`);
      target?.scrollIntoView({ block: 'center' });
      target?.querySelector<HTMLElement>('summary')?.focus();
    }
  });

  post({ t: 'ready' });
}

start();
