// Checklist UI check in real VS Code (code-server, packaged .vsix): the view shows the demo workspace's checklist;
// answering a question changes the applicable items; clicking evidence opens the file; a status change is written
// to .ailawlens/checklist.json and is still shown after the window reloads. Screenshots: test-results/checklist-vscode*.png.
// Run through the harness: AILAWLENS_E2E_ONLY=ui AILAWLENS_E2E_UI="checklist-screenshot.vscode.js" npm run test:e2e
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { runChecks, poll } = require('./lib');

/** The webview content frame that currently holds `selector`. */
async function frameWith(s, selector, timeout) {
  return poll(`webview element ${selector}`, async () => {
    for (const frame of s.webviewFrames()) {
      if (await frame.$(selector).catch(() => null)) {
        return frame;
      }
    }
    return undefined;
  }, timeout);
}

async function textOf(s, selector) {
  const frame = await frameWith(s, selector);
  return ((await frame.textContent(selector)) || '').replace(/\s+/g, ' ').trim();
}

runChecks('checklist', async (s, step) => {
  const decisions = path.join(s.folder, '.ailawlens', 'checklist.json');
  fs.rmSync(decisions, { force: true });

  await step("the view shows the demo workspace's checklist", async () => {
    await s.openChecklist();
    await frameWith(s, '#item-PIPL-28');
    const progress = await textOf(s, '#progress-label');
    if (!/applicable|适用/.test(progress)) {
      throw new Error(`unexpected progress text "${progress}"`);
    }
    console.log(`    progress: ${progress}`);
    await s.screenshot('checklist-vscode');
  });

  await step('answering "no public-opinion attributes" makes ARP-24 not applicable', async () => {
    const before = await textOf(s, '#item-ARP-24 > summary');
    if (!/Possibly|可能/.test(before)) {
      throw new Error(`ARP-24 should start as possibly applying: "${before}"`);
    }
    const frame = await frameWith(s, '#q-publicOpinion');
    await frame.selectOption('#q-publicOpinion', 'no');
    await poll('ARP-24 to become not applicable', async () => /Not applicable|不适用/.test(await textOf(s, '#item-ARP-24 > summary')));
  });

  await step('marking PIPL-28 done writes the decisions file', async () => {
    const frame = await frameWith(s, '#item-PIPL-28 > summary');
    await frame.click('#item-PIPL-28 > summary');
    await (await frameWith(s, '#item-PIPL-28 button[data-status="done"]')).click('#item-PIPL-28 button[data-status="done"]');
    await poll('PIPL-28 done in .ailawlens/checklist.json', () => {
      const text = fs.existsSync(decisions) ? fs.readFileSync(decisions, 'utf8') : '';
      return /"PIPL-28": \{\s*"status": "done"/.test(text) && /"publicOpinion": "no"/.test(text);
    });
    await s.screenshot('checklist-vscode-decided');
  });

  await step('clicking evidence opens the file', async () => {
    const frame = await frameWith(s, '#item-PIPL-28 button.evidence');
    const file = await frame.getAttribute('#item-PIPL-28 button.evidence', 'data-file');
    await frame.click('#item-PIPL-28 button.evidence');
    const base = path.posix.basename(file);
    await s.page.locator(`.tabs-container .tab.active:has-text("${base}")`).first().waitFor();
  });

  await step('the decision is still shown after the window reloads', async () => {
    await s.page.reload();
    await s.page.locator('.monaco-workbench').waitFor({ timeout: 120000 });
    await s.openChecklist();
    await frameWith(s, '#item-PIPL-28 .status-icon.done', 120000);
    const arp24 = await textOf(s, '#item-ARP-24 > summary');
    if (!/Not applicable|不适用/.test(arp24)) {
      throw new Error(`the answer was lost on reload: "${arp24}"`);
    }
    await s.screenshot('checklist-vscode-reloaded');
  });
});
