// Hostile input against the checklist webview, beyond app.test.ts: markup in EVERY workspace-controlled field
// (file names, messages, notes, reasons, reviewers, answers, the decisions-file error), fuzzed messages in both
// directions, and a model that passes the shallow guard but is malformed inside.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildChecklistModel } from '../../../src/core/checklist/build';
import type { DecisionsFile } from '../../../src/core/checklist/decisions';
import { describeMessage, isHostToView, isViewToHost } from '../../../src/webview/protocol';
import { count, printTally, runs } from '../fuzz/inputs';
import { fakeCatalogue, finding } from '../core/checklist/fixtures';
import { startApp, type Harness } from './harness';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '{{constructor.constructor("alert(1)")()}}',
  '<a href="command:workbench.action.terminal.new">run</a>',
  '\u202e<style>body{display:none}</style>',
];

/** Elements and attributes that would mean workspace text became markup. */
function assertInert(app: Harness, where: string): void {
  const doc = app.document;
  for (const tag of ['img', 'script', 'iframe', 'svg', 'style', 'object', 'embed', 'a[href^="javascript"]', 'a[href^="command"]']) {
    // The page's own stylesheet link is the only resource element; scripts were stripped by the harness.
    assert.equal(doc.querySelectorAll(`#app ${tag}`).length, 0, `${where}: a <${tag}> element appeared`);
  }
  for (const el of doc.querySelectorAll('#app *')) {
    for (const attr of el.getAttributeNames()) {
      assert.ok(!attr.toLowerCase().startsWith('on'), `${where}: an event-handler attribute ${attr} appeared`);
    }
  }
}

function hostileModel(payload: string) {
  const decisions: DecisionsFile = {
    version: 1,
    answers: { publicInChina: payload.slice(0, 60) },
    decisions: {
      'PIPL-28': { status: 'waived', reason: payload, note: payload, reviewer: payload, date: '2026-11-27' },
      'ARP-24': { status: 'not-applicable', reason: payload },
    },
  };
  return buildChecklistModel({
    findings: [
      finding({ category: 'sensitive-pi', obligations: ['PIPL-28'], piElement: 'id-card-number', sensitive: true, message: { zh: payload, en: payload }, context: payload }, 4, `${payload}.py`),
      finding({ category: 'recommendation', obligations: ['ARP-17', 'ARP-24'], message: { zh: payload, en: payload } }, 9, `src/${payload}/feed.py`),
    ],
    decisions,
    catalogue: fakeCatalogue,
    fileState: { state: 'error', kind: 'syntax', line: 3, message: { zh: payload, en: payload } },
  });
}

describe('webview: hostile content and messages', function () {
  this.timeout(120_000);
  after(() => printTally('webview', ['webview: hostile models rendered', 'webview: random messages to the view', 'webview: random messages to the host guard']));

  for (const payload of PAYLOADS) {
    it(`renders ${JSON.stringify(payload.slice(0, 24))} as text in every field`, async () => {
      const app = await startApp();
      await app.send({ t: 'model', lang: 'en', model: hostileModel(payload) });
      count('webview: hostile models rendered');
      // Open every item so evidence, notes and reasons are rendered too.
      for (const summary of app.document.querySelectorAll('details.item > summary')) {
        (summary as unknown as { click(): void }).click();
      }
      await app.settle();
      assertInert(app, payload);
      assert.ok(app.document.body.textContent.includes(payload.replace('\u202e', '').slice(0, 12)), 'the payload text must be visible as text');
      assert.deepEqual(app.warnings, []);
    });
  }

  it('ignores random messages without throwing, logs each by tag only, and still renders the next good model', async () => {
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: hostileModel('ok') });
    const before = app.document.getElementById('app')!.textContent;
    const errors: unknown[] = [];
    app.window.addEventListener('error', (e: unknown) => errors.push(e));
    const messages = fc.sample(fc.oneof(fc.anything(), fc.record({ t: fc.constantFrom('model', 'focusItem', 'evil'), lang: fc.constantFrom('en', 'zh', 'fr'), model: fc.anything(), id: fc.anything() })), { numRuns: runs(300), seed: 20260921 });
    for (const message of messages) {
      if (isHostToView(message)) {
        continue; // a random value that happens to be well-formed is not a test of rejection
      }
      await app.send(message);
      count('webview: random messages to the view');
    }
    assert.deepEqual(errors, []);
    assert.equal(app.document.getElementById('app')!.textContent, before, 'a rejected message changed the view');
    assert.ok(app.warnings.length > 0);
    assert.ok(app.warnings.every((w) => w.length < 200), 'a log line carries message content');
    await app.send({ t: 'model', lang: 'zh', model: hostileModel('still alive') });
    assert.ok(app.document.body.textContent.includes('still alive'));
  });

  it('survives a model that passes the shallow guard but is malformed inside', async () => {
    const app = await startApp();
    const bad = { schema: 1, items: [null, 42, { id: '<img src=x onerror=alert(1)>', evidence: 'x' }], questions: [{}], inventory: ['x'], tier: {}, progress: {}, decisionsFile: {}, crossBorder: {} };
    await app.send({ t: 'model', lang: 'en', model: bad }).catch(() => undefined);
    assertInert(app, 'malformed model');
    await app.send({ t: 'model', lang: 'en', model: hostileModel('recovered') });
    assert.ok(app.document.body.textContent.includes('recovered'), 'the view did not recover after a malformed model');
  });

  it('can fail: an element or handler injected into the view is caught', async () => {
    const app = await startApp();
    await app.send({ t: 'model', lang: 'en', model: hostileModel('x') });
    const img = app.document.createElement('img');
    app.document.getElementById('app')!.appendChild(img);
    assert.throws(() => assertInert(app, 'probe'), /<img> element/);
    img.remove();
    app.document.getElementById('app')!.firstElementChild.setAttribute('onclick', 'x()');
    assert.throws(() => assertInert(app, 'probe'), /event-handler/);
  });

  it('the host-side guard accepts nothing malformed and describes rejects by tag only', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ t: fc.constantFrom('setStatus', 'setNote', 'openEvidence', 'answer', 'export', 'openLink'), id: fc.anything(), file: fc.anything(), line: fc.anything(), value: fc.anything(), status: fc.anything(), note: fc.anything() })), (message) => {
        count('webview: random messages to the host guard');
        const accepted = isViewToHost(message);
        const description = describeMessage(message);
        assert.ok(description.length <= 40, `description too long: ${description}`);
        if (accepted) {
          // Whatever passes must round-trip through JSON (what postMessage carries) unchanged.
          assert.deepEqual(JSON.parse(JSON.stringify(message)), message);
        }
      }),
      { numRuns: runs(3000), seed: 20260922 },
    );
  });
});
