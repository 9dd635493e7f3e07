// Helpers for the Playwright UI checks (test/e2e/ui-*.js) that drive real VS Code (code-server) in headless chromium.
// run.sh starts code-server with the packaged .vsix installed and passes everything through the environment:
//   AILAWLENS_E2E_PORT       code-server port on 127.0.0.1
//   AILAWLENS_E2E_FOLDER     workspace folder to open (a throw-away copy of examples/demo-workspace)
//   AILAWLENS_E2E_DEMO_FILE  workspace-relative file on which the engine reports at least one finding
//   AILAWLENS_E2E_TMP        private folder for browser profiles (run.sh deletes it and kills strays found in it)
//
// A UI check script looks like this:
//   const { runChecks } = require('./lib');
//   runChecks('quick fix', async (s, step) => {
//     await step('opens the demo file', () => s.openFile(s.demoFile));
//     await step('shows the quick-fix menu', async () => { ... s.page ... });
//   });
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const REPO = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(REPO, 'test-results');
const EXTENSION_ID = 'ai-law-lens.ai-law-lens';
// Generous: the CI machine has 2 cores, often shared; a loaded workbench can take tens of seconds per step.
const DEFAULT_TIMEOUT = 60000;

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the UI checks through "npm run test:e2e" (test/e2e/run.sh)`);
  }
  return value;
}

/** Localised manifest strings, so selectors follow package.nls.json instead of hard-coding titles. */
function nls(key) {
  const table = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'));
  return table[key];
}

async function poll(what, fn, timeout = DEFAULT_TIMEOUT, interval = 250) {
  const end = Date.now() + timeout;
  let lastError;
  while (Date.now() < end) {
    try {
      const value = await fn();
      if (value !== undefined && value !== null && value !== false) {
        return value;
      }
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
}

class Session {
  constructor(context, page, options) {
    this.context = context;
    this.page = page;
    this.folder = options.folder;
    this.port = options.port;
    this.demoFile = options.demoFile;
    this.profile = options.profile;
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab. */
  async openFile(relativePath) {
    const page = this.page;
    const base = path.posix.basename(relativePath);
    await page.keyboard.press('Control+P');
    // `.quick-input-widget input` alone matches a hidden input first; the visible box is this one.
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
    await input.fill(relativePath);
    const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${cssString(base)}"]`).first();
    await row.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab[aria-label*="${cssString(base)}"]`).first()
      .waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
    // The editor needs a moment to attach the model before diagnostics render.
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: DEFAULT_TIMEOUT });
  }

  /** Opens the Problems panel (Ctrl+Shift+M) and returns its locator. */
  async openProblems() {
    await this.page.keyboard.press('Control+Shift+M');
    const panel = this.page.locator('.markers-panel').first();
    await panel.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
    return panel;
  }

  /** Waits until the Problems panel text matches `pattern`; returns that text. */
  async waitForProblem(pattern, timeout = DEFAULT_TIMEOUT) {
    const panel = await this.openProblems();
    return poll(`a Problems entry matching ${pattern}`, async () => {
      // innerText: rendered text only (textContent would include the list's <style> rules).
      const text = (await panel.innerText()) || '';
      return pattern.test(text) ? text : undefined;
    }, timeout);
  }

  /** Runs a command through the command palette by its (English) title, e.g. "AI Law Lens: Scan Workspace". */
  async runCommand(title) {
    const page = this.page;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
    await input.fill(`>${title}`);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${cssString(title)}"]`).first()
      .waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
    await page.keyboard.press('Enter');
  }

  /** Shows the AI Law Lens activity-bar container (the checklist webview view lives there). */
  async openChecklist() {
    const title = nls('viewContainer.title');
    const icon = this.page.locator(`.activitybar .action-item a[aria-label^="${cssString(title)}"]`).first();
    // The icon appears a few seconds after the workbench, once extensions are scanned.
    await icon.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
    const item = this.page.locator(`.activitybar .action-item:has(a[aria-label^="${cssString(title)}"])`).first();
    const isOpen = async () => {
      const checked = await item.getAttribute('aria-checked').catch(() => null);
      return checked === 'true' || ((await item.getAttribute('class').catch(() => '')) || '').includes('checked');
    };
    // Right after a load or reload the workbench may still be restoring the sidebar, and a click on an icon that is
    // about to become active closes it again; so check, click if needed, and check again once things settle.
    for (let attempt = 0; attempt < 5; attempt++) {
      if (!(await isOpen())) {
        await icon.click();
      }
      await this.page.waitForTimeout(1000);
      if (await isOpen()) {
        return;
      }
    }
    throw new Error('the AI Law Lens view container did not stay open');
  }

  /** The content frames of this extension's webviews (outer host frame excluded). */
  webviewFrames() {
    return this.page.frames().filter((frame) => {
      const parent = frame.parentFrame();
      return parent !== null && parent.url().includes('/webview/') && parent.url().includes(EXTENSION_ID);
    });
  }

  /** Polls every webview content frame of the extension for `selector` and returns its trimmed text. */
  async readWebviewText(selector = 'body', options = {}) {
    const accept = options.accept || ((text) => text.length > 0);
    return poll(`webview text at "${selector}"`, async () => {
      for (const frame of this.webviewFrames()) {
        const el = await frame.$(selector).catch(() => null);
        if (el) {
          const text = ((await el.textContent()) || '').replace(/\s+/g, ' ').trim();
          if (accept(text)) {
            return text;
          }
        }
      }
      return undefined;
    }, options.timeout || DEFAULT_TIMEOUT);
  }

  /** Saves test-results/<name>.png (repo-relative) and returns its path. */
  async screenshot(name) {
    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close() {
    await this.context.close().catch(() => undefined);
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

/** `[aria-label*="…"]` needs quotes and backslashes escaped. */
function cssString(value) {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Starts headless chromium on the workbench with the workspace folder open; resolves once the Explorer lists files. */
async function launch(options = {}) {
  const port = options.port || required('AILAWLENS_E2E_PORT');
  const folder = options.folder || required('AILAWLENS_E2E_FOLDER');
  const tmp = process.env.AILAWLENS_E2E_TMP || require('node:os').tmpdir();
  const profile = fs.mkdtempSync(path.join(tmp, 'chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.AILAWLENS_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(DEFAULT_TIMEOUT);
  const session = new Session(context, page, { port, folder, profile, demoFile: process.env.AILAWLENS_E2E_DEMO_FILE });
  try {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 120000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120000 });
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

/** Reports the counts to run.sh's summary (skipped steps count as failed there: they did not run). */
function tally(passed, failed) {
  if (process.env.AILAWLENS_E2E_TALLY) {
    fs.writeFileSync(process.env.AILAWLENS_E2E_TALLY, `${passed} ${failed}\n`);
  }
}

/**
 * Runs named steps against one workbench session. A failed step saves a screenshot; the steps after it are skipped
 * (they depend on it). Prints "N passed, N failed" and sets the exit code.
 */
function runChecks(name, body) {
  const results = { passed: 0, failed: 0, skipped: 0 };
  const slug = name.replace(/[^\w]+/g, '-');
  const started = Date.now();
  let session;
  const step = async (title, fn) => {
    if (results.failed > 0) {
      results.skipped++;
      console.log(`  - ${title} (skipped)`);
      return undefined;
    }
    const t0 = Date.now();
    try {
      const value = await fn();
      results.passed++;
      console.log(`  ✓ ${title} (${Date.now() - t0} ms)`);
      return value;
    } catch (error) {
      results.failed++;
      console.log(`  ✗ ${title}: ${error && error.message ? error.message.split('\n')[0] : error}`);
      if (session) {
        const shot = await session.screenshot(`${slug}-FAILED`).catch(() => undefined);
        if (shot) {
          console.log(`    screenshot: ${path.relative(REPO, shot)}`);
        }
      }
      return undefined;
    }
  };
  const hardTimeout = setTimeout(() => {
    console.log(`UI check "${name}" timed out`);
    console.log(`${results.passed} passed, ${results.failed + 1} failed`);
    tally(results.passed, results.failed + 1);
    process.exit(1);
  }, Number(process.env.AILAWLENS_E2E_UI_TIMEOUT_MS || 420000));
  console.log(`UI check: ${name}`);
  (async () => {
    await step('workbench loads with the demo workspace', async () => {
      session = await launch();
    });
    if (session) {
      await body(session, step);
    }
  })()
    .catch((error) => {
      results.failed++;
      console.log(`  ✗ ${error && error.stack ? error.stack : error}`);
    })
    .finally(async () => {
      clearTimeout(hardTimeout);
      if (session) {
        await session.close();
      }
      const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
      console.log(`${results.passed} passed, ${results.failed} failed${skipped} (${name}, ${Date.now() - started} ms)`);
      tally(results.passed, results.failed + results.skipped);
      process.exitCode = results.failed === 0 && results.skipped === 0 && results.passed > 0 ? 0 : 1;
    });
}

module.exports = { launch, runChecks, poll, nls, tally, Session, REPO, RESULTS, EXTENSION_ID };
