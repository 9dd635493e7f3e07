// UI check of the editor experience in real VS Code (code-server) with the packaged .vsix: the Problems panel lists
// AI Law Lens findings with rule code and PRC-law citation, the hover explains the obligations, and the quick-fix
// menu offers suppress / checklist / guidance actions. Screenshots go to test-results/editor-*.png.
'use strict';
const path = require('node:path');
const { runChecks } = require('./lib');

/** Visible text of the first element matching `selector`, once it contains `pattern`. */
async function waitText(page, selector, pattern, timeout = 60000) {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    const el = page.locator(selector).first();
    if (await el.isVisible().catch(() => false)) {
      last = (await el.innerText().catch(() => '')) || '';
      if (pattern.test(last)) {
        return last;
      }
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`"${selector}" never matched ${pattern} (last text: ${last.replace(/\s+/g, ' ').slice(0, 200)})`);
}

/** Puts the cursor on the first problem of the active editor (F8 = next problem), closing the peek it opens. */
async function gotoFirstProblem(page) {
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await page.locator('.zone-widget .marker-widget, .marker-widget').first().waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
}

runChecks('editor', async (s, step) => {
  const page = s.page;
  const base = path.posix.basename(s.demoFile);
  await step(`opens ${s.demoFile}`, () => s.openFile(s.demoFile));

  await step('Problems panel lists findings with rule code and PRC-law citation', async () => {
    // Generous: on a loaded 2-core machine the extension host may still be activating when the editor opens.
    const text = await s.waitForProblem(/AILL-[A-Z0-9-]+/, 180000);
    if (!text.includes(base)) {
      throw new Error(`no Problems entry for ${base}`);
    }
    if (!/AI Law Lens/.test(text) || !/(PIPL|DSL|CSL|Arts?\.)/.test(text)) {
      throw new Error(`entries lack the source or a citation: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
    console.log(`    problems: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
    await s.screenshot('editor-problems');
  });

  await step('hover on the finding names the obligations with a status badge', async () => {
    await gotoFirstProblem(page);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const text = await waitText(page, '.monaco-hover:not(.hidden)', /AI Law Lens[\s\S]*(In force|Proposal|Draft)/);
    console.log(`    hover: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
    await s.screenshot('editor-hover');
    await page.keyboard.press('Escape');
  });

  await step('quick-fix menu offers suppress, checklist and guidance actions', async () => {
    await gotoFirstProblem(page);
    await page.keyboard.press('Control+.');
    const text = await waitText(page, '.action-widget', /Suppress .* for this line[\s\S]*for this file/);
    for (const wanted of [/handled in the compliance checklist/, /Open guidance/]) {
      if (!wanted.test(text)) {
        throw new Error(`quick-fix menu lacks ${wanted}: ${text.replace(/\s+/g, ' ')}`);
      }
    }
    console.log(`    quick fixes: ${text.replace(/\s+/g, ' ').slice(0, 240)}`);
    await s.screenshot('editor-quickfix');
    await page.keyboard.press('Escape');
  });
});
