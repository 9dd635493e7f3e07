// Runs the real webview bundle (built from src/webview/app/main.ts by esbuild, as in the product)
// inside a happy-dom window with a fake `acquireVsCodeApi` that records posted messages and state.
import * as path from 'node:path';
import { buildSync } from 'esbuild';
// happy-dom is ESM-only: loaded with import() from this CommonJS test.
import type { Window } from 'happy-dom' with { 'resolution-mode': 'import' };
import { renderChecklistHtml } from '../../../src/webview/html';
import { REPO_ROOT } from '../repoRoot';

/** The repository root, from the source (tsx) or the compiled (out/) location alike. */
const root = REPO_ROOT;
let bundle: string | undefined;

export function webviewBundle(): string {
  bundle ??= buildSync({
    entryPoints: [path.join(root, 'src/webview/app/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  }).outputFiles[0].text;
  return bundle;
}

export interface Harness {
  window: Window;
  document: Window['document'];
  posted: unknown[];
  state: () => unknown;
  warnings: string[];
  send(message: unknown): Promise<void>;
  click(selector: string): Promise<void>;
  settle(): Promise<void>;
}

export async function startApp(options: { lang?: 'zh' | 'en'; state?: unknown } = {}): Promise<Harness> {
  const { Window: HappyWindow } = await import('happy-dom');
  const window = new HappyWindow({ url: 'https://webview.invalid/' });
  const html = renderChecklistHtml({ cspSource: 'https://webview.invalid', nonce: 'AAAAAAAAAAAAAAAAAAAAAA==', scriptUri: 'x.js', styleUri: 'x.css', lang: options.lang ?? 'en' });
  // The shell without its <script>: the bundle is run below with the window's globals.
  window.document.write(html.replace(/<script[^>]*><\/script>/, ''));
  const posted: unknown[] = [];
  let state: unknown = options.state;
  const warnings: string[] = [];
  const fakeApi = {
    postMessage: (m: unknown) => posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => state,
    setState: (s: unknown) => {
      state = JSON.parse(JSON.stringify(s));
    },
  };
  const fakeConsole = { ...console, warn: (text: string) => warnings.push(String(text)) };
  // Runs our own bundle with the fake window's globals (the browser would load it from dist/webview.js).
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('window', 'document', 'acquireVsCodeApi', 'console', webviewBundle());
  run(window, window.document, () => fakeApi, fakeConsole);
  const settle = async (): Promise<void> => {
    await new Promise((r) => setTimeout(r, 0));
    await window.happyDOM.waitUntilComplete();
  };
  return {
    window,
    document: window.document,
    posted,
    state: () => state,
    warnings,
    async send(message) {
      window.dispatchEvent(new window.MessageEvent('message', { data: message }));
      await settle();
    },
    async click(selector) {
      const el = window.document.querySelector(selector);
      if (!el) {
        throw new Error(`no element ${selector}`);
      }
      (el as unknown as { click(): void }).click();
      await settle();
    },
    settle,
  };
}
