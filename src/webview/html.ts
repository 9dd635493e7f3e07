// The checklist webview's HTML shell. Pure (no vscode): the host passes the URIs it computed.
// Strict CSP: nothing runs or styles the page except our nonce'd script and our stylesheets.
// The shell holds no workspace data; the model arrives later by message and is rendered with DOM
// APIs (textContent), never innerHTML.
import * as crypto from 'node:crypto';
import type { Lang } from '../core/model';

export interface HtmlOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  lang: Lang;
}

/** 128 bits from the OS CSPRNG, never Math.random. */
export function createNonce(): string {
  return crypto.randomBytes(16).toString('base64');
}

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const LOADING: Record<Lang, string> = { zh: '正在加载合规清单…', en: 'Loading the compliance checklist…' };

export function renderChecklistHtml(options: HtmlOptions): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(options.nonce)) {
    throw new Error('invalid nonce');
  }
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  const htmlLang = options.lang === 'zh' ? 'zh-CN' : 'en';
  return `<!DOCTYPE html>
<html lang="${htmlLang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(options.styleUri)}">
<title>AI Law Lens</title>
</head>
<body>
<main id="app" aria-live="polite" data-lang="${options.lang}"><p class="loading">${LOADING[options.lang]}</p></main>
<script nonce="${escapeAttr(options.nonce)}" src="${escapeAttr(options.scriptUri)}"></script>
</body>
</html>
`;
}
