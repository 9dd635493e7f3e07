// Cross-border transfer: foreign API/telemetry hosts and non-mainland cloud regions in string literals and config
// values. Comments and prose files are not evidence of a transfer and are skipped.
import { AWS_STYLE_REGION, FOREIGN_HOSTS, FOREIGN_REGION_NAMES, GCP_STYLE_REGION } from '../rules/hosts';
import { baseName } from '../lang/detect';
import type { RelatedLocation, Span } from '../model';
import type { DetectContext, Hit } from './types';

const HOSTS = new Set(FOREIGN_HOSTS);
const REGIONS = new Set(FOREIGN_REGION_NAMES);

function isHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46 || (c >= 65 && c <= 90);
}

/** The listed suffix a host name falls under, or undefined. Label-aligned: `x.sentry.io` → `sentry.io`. */
export function foreignHostOf(host: string): string | undefined {
  let h = host.toLowerCase();
  for (let guard = 0; guard < 10; guard++) {
    if (HOSTS.has(h)) {
      return h;
    }
    const dot = h.indexOf('.');
    if (dot < 0) {
      return undefined;
    }
    h = h.slice(dot + 1);
    if (h.indexOf('.') < 0) {
      return undefined;
    }
  }
  return undefined;
}

export function isForeignRegion(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v.length < 5 || v.length > 30) {
    return false;
  }
  return REGIONS.has(v) || AWS_STYLE_REGION.test(v) || GCP_STYLE_REGION.test(v);
}

function subSpan(span: Span, tokenText: string, index: number, length: number): Span {
  // Exact columns only when the token is one line and its text maps 1:1 to the source (no escapes).
  if (span.start.line === span.end.line && span.end.character - span.start.character >= tokenText.length) {
    const offset = span.end.character - span.start.character === tokenText.length ? 0 : 1; // quoted string: skip the quote
    const start = span.start.character + offset + index;
    return { start: { line: span.start.line, character: start }, end: { line: span.start.line, character: start + length } };
  }
  return span;
}

/** Characters that end the text before an `@`: whitespace, quotes, brackets and list separators. */
const ADDRESS_DELIMITERS = new Set([...' \t\r\n"\'<>(),;`'].map((c) => c.charCodeAt(0)));

/**
 * True when the host at `at` is the domain of an e-mail address (`hello@sentry.io`, `mailto:privacy@openai.com`): a
 * contact in package metadata or a footer, not an endpoint data is sent to. A DSN (`https://key@o1.ingest.sentry.io`)
 * has its scheme before the `@` and stays an endpoint.
 */
function isMailDomain(text: string, at: number): boolean {
  if (at === 0 || text.charCodeAt(at - 1) !== 64) {
    return false;
  }
  let from = at - 1;
  while (from > 0 && !ADDRESS_DELIMITERS.has(text.charCodeAt(from - 1))) {
    from--;
  }
  const before = text.slice(from, at - 1);
  return before.length > 0 && !before.includes('://');
}

function trimDotsAndDashes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '.' || s[a] === '-')) {
    a++;
  }
  while (b > a && (s[b - 1] === '.' || s[b - 1] === '-')) {
    b--;
  }
  return s.slice(a, b);
}

/** Page-snippet globals of foreign analytics services: the `<script>` snippet loads the SDK, so there is no import. */
// Each name is also a SaaS SDK name in rules/libraries.ts, which puts it in the prefilter's vocabulary.
const ANALYTICS_GLOBALS: ReadonlyArray<readonly [string, string]> = [
  ['mixpanel', 'mixpanel'], ['window.mixpanel', 'mixpanel'], ['amplitude', 'amplitude'], ['window.amplitude', 'amplitude'],
];
/** Their data-sending methods only, so that a wave's `amplitude.toFixed()` stays silent. */
const ANALYTICS_METHODS = new Set([
  'track', 'identify', 'init', 'register', 'alias', 'time_event', 'track_pageview', 'getInstance', 'logEvent', 'setUserId', 'setUserProperties',
]);
const GTAG_CONFIG = /^\s*["'`]config["'`]\s*,/;

/** The analytics service a call reaches through a page global, or undefined. */
function analyticsGlobal(callee: string, args: string): string | undefined {
  if ((callee === 'gtag' || callee === 'window.gtag') && GTAG_CONFIG.test(args)) {
    return 'gtag';
  }
  // `mixpanel.people.set(...)` stores profile properties
  const people = callee.endsWith('.people.set');
  const dot = people ? callee.length - '.people.set'.length : callee.lastIndexOf('.');
  if (dot < 0 || (!people && !ANALYTICS_METHODS.has(callee.slice(dot + 1)))) {
    return undefined;
  }
  const receiver = callee.slice(0, dot);
  return ANALYTICS_GLOBALS.find(([name]) => receiver === name)?.[1];
}

/** A fallback: one finding per script file that sends analytics through a page global, unless the file already has a cross-border finding. */
function detectAnalyticsGlobals(ctx: DetectContext): void {
  if ((ctx.doc.family !== 'javascript' && ctx.doc.family !== 'html') || ctx.hits.some((h) => h.ruleId.startsWith('AILL-XB-'))) {
    return;
  }
  for (const call of ctx.doc.calls) {
    const service = analyticsGlobal(call.callee, call.args);
    if (service) {
      ctx.hits.push({ ruleId: 'AILL-XB-SAAS-SDK', token: service, span: call.span });
      return;
    }
  }
}

export function detectCrossBorder(ctx: DetectContext): void {
  if (ctx.doc.family === 'text') {
    return;
  }
  const seen = new Set<string>();
  const found: Hit[] = [];
  const manifest = MANIFESTS.has(baseName(ctx.doc.file).toLowerCase());
  const tokens = ctx.doc.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if ((token.kind === 'string' || token.kind === 'value') && !(manifest && isMetadata(token.path))) {
      stringHits(found, token, seen);
    }
  }
  for (const ruleId of ['AILL-XB-FOREIGN-REGION', 'AILL-XB-FOREIGN-HOST']) {
    foldTable(ctx, found.filter((h) => h.ruleId === ruleId));
  }
  detectAnalyticsGlobals(ctx);
}

/** Package manifests, whose metadata names people and project pages rather than endpoints. */
const MANIFESTS = new Set(['package.json', 'composer.json', 'pyproject.toml', 'cargo.toml', 'setup.cfg', 'bower.json', 'jsr.json', 'deno.json']);
/** Top-level manifest fields (and `project.*` in pyproject) that hold contacts, home pages and repositories. */
const METADATA_KEYS = new Set([
  'author', 'authors', 'contributors', 'maintainers', 'sponsors', 'donors', 'funding', 'homepage', 'bugs', 'repository',
  'license', 'urls', 'url', 'download_url', 'project_urls', 'documentation', 'support', 'publisher', 'keywords', 'description',
]);

const PATH_SEPARATOR = /[.[]/;

/** True for a manifest value under a metadata field: `sponsors[3]`, `funding.url`, `project.urls.Homepage`. */
function isMetadata(path: string | undefined): boolean {
  if (!path) {
    return false;
  }
  const parts = path.split(PATH_SEPARATOR);
  const top = (parts[0] === 'project' || parts[0] === 'package' || parts[0] === 'metadata' ? parts[1] : parts[0]) ?? '';
  return METADATA_KEYS.has(top.toLowerCase());
}

/**
 * Beyond this many different foreign hosts (or regions) in one file, the file is a table (a public-suffix list, an
 * allowlist, an SDK's region catalogue) rather than code that sends data to each: one finding, with the other
 * entries as related locations, instead of hundreds of diagnostics.
 */
const TABLE_MIN = 12;
/** Related locations kept on a table's finding. */
const TABLE_RELATED = 50;

function foldTable(ctx: DetectContext, hits: Hit[]): void {
  if (hits.length < TABLE_MIN) {
    ctx.hits.push(...hits);
    return;
  }
  const [first, ...rest] = hits;
  const related: RelatedLocation[] = rest.slice(0, TABLE_RELATED).map((h) => ({
    file: ctx.doc.file,
    span: h.span,
    message: { zh: `同一文件还列出：${h.token}`, en: `Also listed in this file: ${h.token}` },
  }));
  if (rest.length > TABLE_RELATED) {
    related.push({
      file: ctx.doc.file,
      span: rest[TABLE_RELATED].span,
      message: { zh: `另有 ${rest.length - TABLE_RELATED} 项未逐一列出`, en: `${rest.length - TABLE_RELATED} more not listed one by one` },
    });
  }
  ctx.hits.push({ ...first, related, confidence: 'medium' });
}

/** Foreign regions and hosts in one string or config value. */
function stringHits(hits: Hit[], token: DetectContext['doc']['tokens'][number], seen: Set<string>): void {
  const text = token.text.length > 4000 ? token.text.slice(0, 4000) : token.text;
  if (isForeignRegion(text)) {
    const region = text.trim().toLowerCase();
    if (!seen.has(`r:${region}`)) {
      seen.add(`r:${region}`);
      hits.push({ ruleId: 'AILL-XB-FOREIGN-REGION', token: region, span: token.span });
    }
    return;
  }
  if (text.indexOf('.') < 0) {
    return;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isHostChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isHostChar(text.charCodeAt(i))) {
      i++;
    }
    const candidate = trimDotsAndDashes(text.slice(start, i));
    if (candidate.indexOf('.') < 0 || candidate.length > 253 || isMailDomain(text, start)) {
      continue;
    }
    // `https://x.sentry.io` and a DSN's `https://key@o1.ingest.sentry.io/2` both reach here.
    const matched = foreignHostOf(candidate);
    if (matched && !seen.has(`h:${candidate.toLowerCase()}`)) {
      seen.add(`h:${candidate.toLowerCase()}`);
      hits.push({
        ruleId: 'AILL-XB-FOREIGN-HOST',
        token: candidate.toLowerCase(),
        span: subSpan(token.span, token.text, start, i - start),
      });
    }
  }
}

export const CROSS_BORDER_PATTERNS: readonly RegExp[] = [GTAG_CONFIG, PATH_SEPARATOR];
