// UI smoke check in real VS Code (code-server) with the packaged .vsix installed:
// the Problems panel shows an AI Law Lens diagnostic for a demo file, and the checklist webview view renders text.
'use strict';
const { runChecks } = require('./lib');

runChecks('smoke', async (s, step) => {
  await step(`opens ${s.demoFile} through Quick Open`, () => s.openFile(s.demoFile));
  await step('Problems panel shows an AI Law Lens diagnostic', async () => {
    const text = await s.waitForProblem(/AI Law Lens/);
    const base = require('node:path').posix.basename(s.demoFile);
    if (!text.includes(base)) {
      throw new Error(`the Problems panel lists no entry for ${base}`);
    }
    console.log(`    problems: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    await s.screenshot('smoke-problems');
  });
  await step('the editor underlines the finding', () =>
    s.page.locator('.editor-instance .view-overlays [class*="squiggly-"]').first().waitFor({ state: 'attached' }));
  await step('checklist webview view shows its text', async () => {
    await s.openChecklist();
    const text = await s.readWebviewText('body');
    console.log(`    checklist: ${text.slice(0, 160)}`);
    await s.screenshot('smoke-checklist');
  });
});
