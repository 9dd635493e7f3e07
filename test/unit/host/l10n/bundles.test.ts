// Every runtime string is localised: each t('…') key used in src/host and src/webview exists in the English bundle,
// every bundle key has a non-empty zh-cn translation with the same placeholders, and no key is stale.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { placeholdersOf } from '../../../../src/host/l10n/bundle';
import { REPO_ROOT } from '../../repoRoot';

const root = REPO_ROOT;

function readBundle(name: string): Record<string, string> {
  const raw = JSON.parse(fs.readFileSync(path.join(root, 'l10n', name), 'utf8')) as Record<string, string | { message: string }>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? v : v.message]));
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) {
    return out;
  }
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      sourceFiles(full, out);
    } else if (/\.tsx?$/.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/** String-literal first arguments of t(…) / l10n.t(…) calls (single, double or back quotes without ${}). */
export function extractKeys(source: string): string[] {
  const keys: string[] = [];
  const call = /(?<![\w$])(?:(?:vscode\.)?l10n\.)?(?<![\w$])t\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/g;
  for (const m of source.matchAll(call)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    keys.push(raw.replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n'));
  }
  return keys;
}

describe('l10n bundles', () => {
  const en = readBundle('bundle.l10n.json');
  const zh = readBundle('bundle.l10n.zh-cn.json');
  const files = [...sourceFiles(path.join(root, 'src', 'host')), ...sourceFiles(path.join(root, 'src', 'webview'))];
  const used = new Map<string, string>();
  for (const file of files) {
    for (const key of extractKeys(fs.readFileSync(file, 'utf8'))) {
      used.set(key, path.relative(root, file));
    }
  }

  it('finds the t() calls it checks', () => {
    assert.ok(used.size >= 20, `only ${used.size} keys found`);
    assert.deepEqual(extractKeys(`t('A {0}', x); vscode.l10n.t("B"); format('C'); it('D')`), ['A {0}', 'B']);
  });

  it('has every used key in the English bundle', () => {
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, file]) => `${file}: ${key}`);
    assert.deepEqual(missing, []);
  });

  it('translates every key into zh-cn with the same placeholders', () => {
    for (const [key, english] of Object.entries(en)) {
      assert.ok(typeof zh[key] === 'string' && zh[key].trim().length > 0, `zh-cn lacks: ${key}`);
      assert.deepEqual(placeholdersOf(zh[key]), placeholdersOf(key), `placeholders differ for: ${key}`);
      assert.deepEqual(placeholdersOf(english), placeholdersOf(key), `English placeholders differ for: ${key}`);
    }
    for (const key of Object.keys(zh)) {
      assert.ok(key in en, `zh-cn has a key the English bundle lacks: ${key}`);
    }
  });

  it('uses Chinese text, not copies of the English, in zh-cn', () => {
    const untranslated = Object.keys(en).filter((key) => /[A-Za-z]{3}/.test(key) && !/[\u4e00-\u9fff]/.test(zh[key] ?? ''));
    assert.deepEqual(untranslated, []);
  });
});
