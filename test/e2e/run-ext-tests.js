// Runs the integration suite (test-electron style `run()` module) in code-server's real Node extension host.
// Equivalent of @vscode/test-electron's runTests, minus Electron: headless chromium opens the workbench with the
// `payload` URL parameter naming extensionDevelopmentPath/extensionTestsPath, and the workbench reports the result
// through window.codeAutomationExit(code) once run() resolves (0) or rejects (1).
//
// usage: node run-ext-tests.js <port> <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { chromium } = require('playwright-core');

const [port, devPath, testsPath, folder] = process.argv.slice(2);
if (!port || !devPath || !testsPath || !folder) {
  console.error('usage: node run-ext-tests.js <port> <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>');
  process.exit(2);
}
for (const p of [devPath, testsPath, folder]) {
  if (!fs.existsSync(p)) {
    console.error(`run-ext-tests: not found: ${p}`);
    process.exit(2);
  }
}
// Harmless workbench chatter on an offline machine (the extension gallery is unreachable by design).
const NOISE = /ENOTFOUND open-vsx\.org|^Resolving connection token|^Resolved connection token|^Creating a socket|^Updating additional builtin extensions cache|^ChatSessionStore:/;
let tally; // "<passed> <failed>" from the suite's summary line
const timeoutMs = Number(process.env.AILAWLENS_E2E_EXT_TIMEOUT_MS || 480000);
const authority = `127.0.0.1:${port}`;
const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
const payload = JSON.stringify([
  ['extensionDevelopmentPath', remote(devPath)],
  ['extensionTestsPath', remote(testsPath)],
  ['skipWelcome', 'true'],
]);
const url = `http://${authority}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(payload)}`;

async function main() {
  const profile = fs.mkdtempSync(path.join(process.env.AILAWLENS_E2E_TMP || os.tmpdir(), 'chrome-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.AILAWLENS_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    let finish;
    const exited = new Promise((resolve) => {
      finish = resolve;
    });
    // The extension host forwards the tests' console output here (mocha's spec reporter included), as the
    // original console arguments: a printf-style format string first.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      const counts = /^(\d+) passed, (\d+) failed/.exec(line);
      if (counts) {
        tally = `${counts[1]} ${counts[2]}`;
      }
      if (!NOISE.test(line)) {
        console.log(type === 'error' ? `[ext:error] ${line}` : line);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    page.on('pageerror', (error) => console.log(`[workbench:pageerror] ${error.message}`));
    page.on('crash', () => finish('page crashed'));
    await page.goto(url);
    let timer;
    const code = await Promise.race([
      exited,
      new Promise((resolve) => {
        timer = setTimeout(() => resolve(`timeout after ${timeoutMs} ms`), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    console.log(`extension tests exit code: ${code}`);
    if (process.env.AILAWLENS_E2E_TALLY && tally) {
      fs.writeFileSync(process.env.AILAWLENS_E2E_TALLY, `${tally}\n`);
    }
    return code === 0 ? 0 : 1;
  } finally {
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`run-ext-tests: ${error && error.stack ? error.stack : error}`);
    process.exitCode = 2;
  },
);
