// Screenshot test of the checklist view in Debian Chromium (playwright-core), light and dark themes.
// Serves the real shell (src/webview/html.ts), dist/webview.js and media/ from a local server with the
// same strict CSP the webview gets, feeds the demo workspace's checklist through the message channel,
// and fails on any CSP violation, page error, missing render or unloaded icon font.
// Run: npm run build && npx tsx test/e2e/checklist-screenshot.ts   (writes test-results/checklist-{light,dark}.png)
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { buildChecklist, type DecisionsFile } from '../../src/core/checklist';
import { loadProjectConfig } from '../../src/core/config';
import { scanWorkspace } from '../../src/core/workspace/scan';
import { createNonce, renderChecklistHtml } from '../../src/webview/html';

/** The repository root, whether run from test/e2e (tsx) or from out/test/e2e (compiled). */
function findRoot(dir: string): string {
  return fs.existsSync(path.join(dir, 'media', 'checklist.css')) ? dir : findRoot(path.dirname(dir));
}
const REPO = findRoot(__dirname);
const RESULTS = path.join(REPO, 'test-results');
const DEMO = path.join(REPO, 'examples', 'demo-workspace');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A subset of the variables VS Code injects into webviews (Default Light/Dark Modern). */
const THEMES: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
    'font-size': '13px',
    'editor-font-family': 'monospace',
    foreground: '#3b3b3b',
    descriptionForeground: '#717171',
    'sideBar-background': '#f8f8f8',
    'editor-background': '#ffffff',
    'panel-border': '#e5e5e5',
    focusBorder: '#005fb8',
    'button-background': '#005fb8',
    'button-foreground': '#ffffff',
    'button-hoverBackground': '#0258a8',
    'button-secondaryBackground': '#e5e5e5',
    'button-secondaryForeground': '#3b3b3b',
    'input-background': '#ffffff',
    'input-foreground': '#3b3b3b',
    'input-border': '#cecece',
    'input-placeholderForeground': '#767676',
    'dropdown-background': '#ffffff',
    'dropdown-foreground': '#3b3b3b',
    'dropdown-border': '#cecece',
    'badge-background': '#cccccc',
    'badge-foreground': '#3b3b3b',
    'textLink-foreground': '#005fb8',
    'progressBar-background': '#005fb8',
    errorForeground: '#f85149',
    'editorWarning-foreground': '#bf8803',
    'editorInfo-foreground': '#1a85ff',
    'testing-iconPassed': '#388a34',
    'list-hoverBackground': '#f2f2f2',
    'editorWidget-background': '#f8f8f8',
    'inputValidation-errorBackground': '#f2dede',
    'inputValidation-errorBorder': '#be1100',
  },
  dark: {
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
    'font-size': '13px',
    'editor-font-family': 'monospace',
    foreground: '#cccccc',
    descriptionForeground: '#9d9d9d',
    'sideBar-background': '#181818',
    'editor-background': '#1f1f1f',
    'panel-border': '#2b2b2b',
    focusBorder: '#0078d4',
    'button-background': '#0078d4',
    'button-foreground': '#ffffff',
    'button-hoverBackground': '#026ec1',
    'button-secondaryBackground': '#313131',
    'button-secondaryForeground': '#cccccc',
    'input-background': '#313131',
    'input-foreground': '#cccccc',
    'input-border': '#3c3c3c',
    'input-placeholderForeground': '#989898',
    'dropdown-background': '#313131',
    'dropdown-foreground': '#cccccc',
    'dropdown-border': '#3c3c3c',
    'badge-background': '#616161',
    'badge-foreground': '#f8f8f8',
    'textLink-foreground': '#4daafc',
    'progressBar-background': '#0078d4',
    errorForeground: '#f85149',
    'editorWarning-foreground': '#cca700',
    'editorInfo-foreground': '#3794ff',
    'testing-iconPassed': '#73c991',
    'list-hoverBackground': '#2a2d2e',
    'editorWidget-background': '#202020',
    'inputValidation-errorBackground': '#5a1d1d',
    'inputValidation-errorBorder': '#be1100',
  },
};

function themeCss(theme: 'light' | 'dark'): string {
  const vars = Object.entries(THEMES[theme])
    .map(([k, v]) => `  --vscode-${k}: ${v};`)
    .join('\n');
  return `html {\n${vars}\n}\n`;
}

interface Checks {
  items: number;
  expanded: number;
  font: boolean;
  violations: string[];
  images: number;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.html': 'text/html' };

function serve(files: Map<string, string>): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const file = files.get((req.url ?? '/').split('?')[0]);
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

async function demoModel(): Promise<ReturnType<typeof buildChecklist>> {
  const config = loadProjectConfig(DEMO).config;
  const scan = await scanWorkspace({ root: DEMO, config });
  // A realistic mid-review state: some decisions and answers, one item no longer detected.
  const decisions: DecisionsFile = {
    version: 1,
    answers: { publicInChina: 'yes', publicOpinion: 'no', minorsUnder14: 'yes' },
    decisions: {
      'PIPL-28': { status: 'done', note: 'Separate consent screen for ID and face data.', reviewer: 'li.wei', date: '2026-11-20' },
      'PIPL-13': { status: 'done', reviewer: 'li.wei', date: '2026-11-20' },
      'DSL-32': { status: 'waived', reason: 'Public price pages only; reviewed by legal 2025-03-02.', date: '2026-11-21' },
      'CSL-23': { status: 'done', note: 'Log retention 6 months.', date: '2026-11-01' },
    },
  };
  return buildChecklist(scan.findings, decisions, { decisionsPath: '.ailawlens/checklist.json', fileState: { state: 'ok' } });
}

async function main(): Promise<number> {
  const script = path.join(REPO, 'dist', 'webview.js');
  if (!fs.existsSync(script)) {
    console.error('dist/webview.js is missing: run "npm run build" first');
    return 2;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    return 2;
  }
  const model = await demoModel();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-shot-'));
  const files = new Map<string, string>([
    ['/dist/webview.js', script],
    ['/media/checklist.css', path.join(REPO, 'media', 'checklist.css')],
    ['/media/checklist-codicon.ttf', path.join(REPO, 'media', 'checklist-codicon.ttf')],
  ]);
  const { server, origin } = await serve(files);
  const failures: string[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    fs.mkdirSync(RESULTS, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'zh'] as const) {
        const nonce = createNonce();
        const themeFile = path.join(work, `theme-${theme}.css`);
        fs.writeFileSync(themeFile, themeCss(theme));
        files.set(`/theme-${theme}.css`, themeFile);
        // The webview host adds the theme variables and a fake acquireVsCodeApi; both go in with the same CSP.
        const html = renderChecklistHtml({ cspSource: origin, nonce, scriptUri: `${origin}/dist/webview.js`, styleUri: `${origin}/media/checklist.css`, lang })
          .replace('<link rel="stylesheet"', `<link rel="stylesheet" href="${origin}/theme-${theme}.css">\n<link rel="stylesheet"`)
          .replace('<body>', `<body class="vscode-${theme}">`)
          .replace(
            '<script nonce=',
            `<script nonce="${nonce}">window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => ({ groupBy: 'law', openOnly: false, expanded: ['PIPL-28', 'DSL-32'], drafts: {} }), setState: () => {} });</script>\n<script nonce=`,
          );
        const page = await browser.newPage({ viewport: { width: 420, height: 960 }, deviceScaleFactor: 1 });
        // Page-side code is passed as strings: these tests compile without the DOM lib.
        await page.addInitScript(
          "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
        );
        page.on('pageerror', (error) => failures.push(`${theme}/${lang}: page error ${error.message}`));
        await page.route(`${origin}/index.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
        await page.goto(`${origin}/index.html`);
        await page.waitForFunction("window.__posted.some((m) => m.t === 'ready')");
        await page.evaluate(`window.postMessage(${JSON.stringify({ t: 'model', lang, model })}, '*')`);
        await page.waitForSelector('#progress-label');
        await page.evaluate('document.fonts.ready.then(() => true)');
        const checks = await page.evaluate<Checks>(`({
          items: document.querySelectorAll('details.item').length,
          expanded: document.querySelectorAll('.item-body').length,
          font: document.fonts.check('14px codicon'),
          violations: window.__violations,
          images: document.querySelectorAll('img').length,
        })`);
        if (checks.items === 0 || checks.expanded === 0) {
          failures.push(`${theme}/${lang}: nothing rendered (${JSON.stringify(checks)})`);
        }
        if (!checks.font) {
          failures.push(`${theme}/${lang}: codicon font not loaded`);
        }
        if (checks.violations.length > 0) {
          failures.push(`${theme}/${lang}: CSP violations ${checks.violations.join('; ')}`);
        }
        // The sidebar as a user sees it first, and the whole scrolled view.
        const shot = path.join(RESULTS, `checklist-${theme}${lang === 'zh' ? '-zh' : ''}.png`);
        await page.screenshot({ path: shot });
        await page.screenshot({ path: shot.replace(/\.png$/, '-full.png'), fullPage: true });
        console.log(`wrote ${path.relative(REPO, shot)} (${checks.items} items, ${checks.expanded} expanded)`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  for (const f of failures) {
    console.error(`FAIL ${f}`);
  }
  console.log(failures.length === 0 ? 'checklist screenshot test: PASSED' : 'checklist screenshot test: FAILED');
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
