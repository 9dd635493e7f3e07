// The webview app under happy-dom: handshake, rendering, hostile workspace text, actions, drafts.
import * as assert from 'node:assert/strict';
import { buildChecklistModel } from '../../../src/core/checklist/build';
import { emptyDecisions, type DecisionsFile } from '../../../src/core/checklist/decisions';
import type { ChecklistModel } from '../../../src/core/checklist/model';
import { fakeCatalogue, finding } from '../core/checklist/fixtures';
import { startApp } from './harness';

/** The few form-control members the tests use (the unit tests compile without the DOM lib). */
interface Control {
  value: string;
  checked: boolean;
  dispatchEvent(event: unknown): boolean;
}

const HOSTILE = '<img src=x onerror=alert(1)>.py';

function model(decisions: DecisionsFile = emptyDecisions()): ChecklistModel {
  return buildChecklistModel({
    findings: [
      finding({ category: 'sensitive-pi', obligations: ['PIPL-28'], piElement: 'id-card-number', sensitive: true, message: { zh: '<b>粗体</b>', en: '<b>bold</b>' } }, 4, HOSTILE),
      finding({ category: 'recommendation', obligations: ['ARP-17', 'ARP-24'] }, 9, 'src/feed.py'),
    ],
    decisions,
    catalogue: fakeCatalogue,
  });
}

describe('checklist webview app', function () {
  this.timeout(30000);

  it('sends ready first and renders the model it receives', async () => {
    const app = await startApp();
    assert.deepEqual(app.posted[0], { t: 'ready' });
    assert.ok(app.document.querySelector('.loading'), 'loading text until the model arrives');
    await app.send({ t: 'model', lang: 'en', model: model() });
    assert.equal(app.document.querySelectorAll('details.item').length, 4);
    assert.match(app.document.getElementById('progress-label')!.textContent, /0 of 4 applicable done/);
    assert.equal(app.document.getElementById('tier-value')!.getAttribute('data-tier'), 'limited');
    assert.match(app.document.getElementById('tier')!.textContent, /Proposal · not law in force/);
    assert.ok(app.document.querySelector('table.inventory'));
  });

  it('renders a hostile file name and message as text, never as markup', async () => {
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: model() });
    await app.click('#item-PIPL-28 > summary');
    assert.equal(app.document.querySelectorAll('img').length, 0, 'no <img> element may exist');
    assert.equal(app.document.querySelectorAll('b').length, 0);
    const link = app.document.querySelector('#item-PIPL-28 button.evidence')!;
    assert.equal(link.textContent, `${HOSTILE}:5`);
    assert.ok(app.document.body.textContent.includes(HOSTILE));
    assert.ok(app.document.body.textContent.includes('<b>bold</b>'));
  });

  it('posts typed messages for evidence clicks, status changes, answers and exports', async () => {
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: model() });
    await app.click('#item-PIPL-28 > summary');
    await app.click('#item-PIPL-28 button.evidence');
    assert.deepEqual(app.posted.at(-1), { t: 'openEvidence', file: HOSTILE, line: 4, character: 4 });
    await app.click('#item-PIPL-28 button[data-status="done"]');
    assert.deepEqual(app.posted.at(-1), { t: 'setStatus', id: 'PIPL-28', status: 'done' });
    const select = app.document.getElementById('q-publicOpinion') as unknown as Control;
    select.value = 'no';
    select.dispatchEvent(new app.window.Event('change'));
    await app.settle();
    assert.deepEqual(app.posted.at(-1), { t: 'answer', question: 'publicOpinion', value: 'no' });
    await app.click('button[data-action="export-markdown"]');
    assert.deepEqual(app.posted.at(-1), { t: 'export', format: 'markdown' });
    await app.click('#item-PIPL-28 button[data-action="official"]');
    assert.deepEqual(app.posted.at(-1), { t: 'openLink', id: 'PIPL-28', kind: 'official' });
  });

  it('updates applicable items when the host sends the model for a new answer', async () => {
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: model() });
    assert.match(app.document.querySelector('#item-ARP-24 summary')!.textContent, /Possibly applies/);
    await app.send({ t: 'model', lang: 'en', model: model({ ...emptyDecisions(), answers: { publicOpinion: 'no' } }) });
    assert.match(app.document.querySelector('#item-ARP-24 summary')!.textContent, /Not applicable per answers/);
    assert.match(app.document.getElementById('progress-label')!.textContent, /0 of 3 applicable done/);
  });

  it('groups by category and filters open items, remembering the choice in the webview state', async () => {
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: model({ ...emptyDecisions(), decisions: { 'ARP-17': { status: 'done' } } }) });
    await app.click('button[data-group="category"]');
    const groups = [...app.document.querySelectorAll('h3.group')].map((g) => g.textContent);
    assert.deepEqual(groups, ['Algorithmic recommendation (3)', 'Sensitive personal information (1)']);
    const box = app.document.getElementById('open-only') as unknown as Control;
    box.checked = true;
    box.dispatchEvent(new app.window.Event('change'));
    await app.settle();
    assert.ok(!app.document.getElementById('item-ARP-17'), 'done item hidden');
    assert.ok(app.document.getElementById('item-ARP-24'));
    assert.deepEqual(app.state(), { groupBy: 'category', openOnly: true, expanded: [], drafts: {} });
    const again = await startApp({ state: app.state() });
    await again.send({ t: 'model', lang: 'en', model: model() });
    assert.equal(again.document.querySelector('button[data-group="category"]')!.getAttribute('aria-pressed'), 'true');
  });

  it('keeps an unsaved note draft when the model is refreshed by an external change, then sends it', async () => {
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: model() });
    await app.click('#item-PIPL-28 > summary');
    const note = app.document.querySelector('#item-PIPL-28 textarea') as unknown as Control;
    note.value = 'consent screen';
    note.dispatchEvent(new app.window.Event('input'));
    // An external change (git pull) arrives before the draft is sent.
    await app.send({ t: 'model', lang: 'en', model: model({ ...emptyDecisions(), decisions: { 'ARP-17': { status: 'done' } } }) });
    const after = app.document.querySelector('#item-PIPL-28 textarea') as unknown as Control;
    assert.equal(after.value, 'consent screen');
    after.dispatchEvent(new app.window.Event('change'));
    await app.settle();
    assert.deepEqual(app.posted.at(-1), { t: 'setNote', id: 'PIPL-28', note: 'consent screen' });
    // Once the host's model carries the saved note, the draft is dropped.
    await app.send({ t: 'model', lang: 'en', model: model({ ...emptyDecisions(), decisions: { 'PIPL-28': { status: 'open', note: 'consent screen' } } }) });
    assert.deepEqual((app.state() as { drafts: object }).drafts, {});
  });

  it('shows a decisions-file error with a way to resolve it', async () => {
    const m = model();
    m.decisionsFile = { path: '.ailawlens/checklist.json', pendingEdits: true, state: { state: 'error', kind: 'conflict', line: 3, message: { zh: '冲突', en: 'merge-conflict markers (line 3)' } } };
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: m });
    assert.match(app.document.getElementById('file-error')!.textContent, /merge-conflict markers/);
    await app.click('button[data-action="open-file"]');
    assert.deepEqual(app.posted.at(-1), { t: 'openDecisionsFile' });
    await app.click('button[data-action="reload"]');
    assert.deepEqual(app.posted.at(-1), { t: 'reloadDecisions' });
  });

  it('ignores and logs messages of the wrong shape', async () => {
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: model() });
    const before = app.document.getElementById('app')!.textContent;
    await app.send({ t: 'model', lang: 'fr', model: {} });
    await app.send('<img src=x>');
    await app.send({ t: 'evil', html: '<img src=x>' });
    assert.equal(app.document.getElementById('app')!.textContent, before);
    assert.equal(app.warnings.length, 3);
    assert.ok(app.warnings.every((w) => !w.includes('<img')), 'the log names the type, not the content');
  });

  it('renders in Chinese when the host says so', async () => {
    const app = await startApp({ lang: 'zh' });
    await app.send({ t: 'model', lang: 'zh', model: model() });
    assert.match(app.document.getElementById('progress-label')!.textContent, /已完成 0 \/ 适用 4/);
    assert.match(app.document.getElementById('tier')!.textContent, /提案 · 非现行法律/);
    assert.equal(app.document.getElementById('app')!.getAttribute('lang'), 'zh-CN');
  });

  it('expands and focuses an item on focusItem', async () => {
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: model() });
    await app.send({ t: 'focusItem', id: 'PIPL-28' });
    assert.ok(app.document.querySelector('#item-PIPL-28 .item-body'));
  });
});
