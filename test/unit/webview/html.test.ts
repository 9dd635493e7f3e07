// The HTML shell's CSP and nonce, and the protocol guards.
import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, createNonce, renderChecklistHtml } from '../../../src/webview/html';
import { describeMessage, isHostToView, isViewToHost } from '../../../src/webview/protocol';

const options = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: createNonce(), scriptUri: 'https://x/dist/webview.js', styleUri: 'https://x/media/checklist.css', lang: 'en' as const };

function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(m, 'CSP meta tag present');
  return m[1].replace(/&#39;/g, "'");
}

describe('checklist webview HTML', () => {
  it('has a strict CSP: default-src none, nonce script, no unsafe-inline or unsafe-eval', () => {
    const html = renderChecklistHtml(options);
    const csp = cspOf(html);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['script-src'], [`'nonce-${options.nonce}'`]);
    assert.deepEqual(directives['style-src'], [options.cspSource]);
    // Every script carries the nonce; there is no inline script or style, and no inline handler.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0][1].includes(`nonce="${options.nonce}"`));
    assert.equal(scripts[0][2].trim(), '');
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  });

  it('fails the CSP check if a policy ever allows inline code', () => {
    // Guard against a regression in contentSecurityPolicy itself.
    const csp = contentSecurityPolicy('src', 'abc');
    assert.ok(!/unsafe/.test(csp));
  });

  it('uses a fresh 128-bit nonce each time', () => {
    const a = createNonce();
    const b = createNonce();
    assert.notEqual(a, b);
    assert.equal(Buffer.from(a, 'base64').length, 16);
  });

  it('escapes attribute values and rejects a malformed nonce', () => {
    const html = renderChecklistHtml({ ...options, scriptUri: 'x" onload="alert(1)' });
    assert.ok(html.includes('x&quot; onload=&quot;alert(1)'));
    assert.throws(() => renderChecklistHtml({ ...options, nonce: "x' 'unsafe-inline" }));
  });

  it('sets the document language', () => {
    assert.match(renderChecklistHtml({ ...options, lang: 'zh' }), /<html lang="zh-CN">/);
  });
});

describe('checklist webview protocol guards', () => {
  it('accepts well-formed view messages', () => {
    const good = [
      { t: 'ready' },
      { t: 'setStatus', id: 'PIPL-28', status: 'waived', reason: 'r' },
      { t: 'setNote', id: 'PIPL-28', note: '' },
      { t: 'setReviewer', id: 'AIL-RISK-TIER', reviewer: 'li' },
      { t: 'answer', question: 'publicOpinion', value: 'no' },
      { t: 'answer', question: 'ciio', value: null },
      { t: 'openEvidence', file: 'src/a.py', line: 3, character: 0 },
      { t: 'openLink', id: 'PIPL-28', kind: 'official' },
      { t: 'export', format: 'json' },
      { t: 'openDecisionsFile' },
      { t: 'reloadDecisions' },
      { t: 'rescan' },
    ];
    for (const m of good) {
      assert.ok(isViewToHost(m), JSON.stringify(m));
    }
  });

  it('rejects wrong shapes', () => {
    const bad: unknown[] = [
      null,
      'ready',
      [],
      { t: 'nope' },
      { t: 'setStatus', id: 'PIPL-28', status: 'finished' },
      { t: 'setStatus', id: '../../etc', status: 'done' },
      { t: 'setNote', id: 'PIPL-28', note: 'x'.repeat(5000) },
      { t: 'answer', question: 'toString', value: 'yes' },
      { t: 'answer', question: 'ciio', value: 3 },
      { t: 'openEvidence', file: 'a.py', line: -1, character: 0 },
      { t: 'openEvidence', file: 'a.py', line: 1.5, character: 0 },
      { t: 'openEvidence', file: '', line: 1, character: 0 },
      { t: 'openLink', id: 'PIPL-28', kind: 'javascript' },
      { t: 'export', format: 'html' },
    ];
    for (const m of bad) {
      assert.ok(!isViewToHost(m), JSON.stringify(m));
    }
  });

  it('checks host messages on the view side too', () => {
    assert.ok(!isHostToView({ t: 'model', lang: 'en', model: { schema: 2 } }));
    assert.ok(!isHostToView({ t: 'focusItem', id: '<img>' }));
    assert.ok(isHostToView({ t: 'focusItem', id: 'PIPL-28' }));
  });

  it('describes a rejected message by its tag only', () => {
    assert.equal(describeMessage({ t: 'x', secret: '110101199003071234' }), 't="x"');
    assert.equal(describeMessage('110101199003071234'), 'string');
  });
});
