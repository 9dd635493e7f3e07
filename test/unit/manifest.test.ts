// Manifest consistency: localised keys, command categories and the aiLawLens. prefix.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './repoRoot';

/** The repository root, whether the test runs compiled (out/test/unit) or from source through tsx (test/unit). */
const root = REPO_ROOT;
const readJson = (name: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(root, name), 'utf8')) as Record<string, unknown>;

interface Manifest {
  contributes: {
    commands: { command: string; category?: string; title: string }[];
    configuration: { properties: Record<string, { scope?: string; markdownDescription?: string }> };
    views: Record<string, { id: string }[]>;
    viewsContainers: { activitybar: { id: string }[] };
  };
  activationEvents: string[];
  engines: { vscode: string };
}

const manifest = readJson('package.json') as unknown as Manifest;
const nlsEn = readJson('package.nls.json');
const nlsZh = readJson('package.nls.zh-cn.json');

function collectKeys(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) {
      out.add(m[1]);
    }
  } else if (Array.isArray(value)) {
    value.forEach((v) => collectKeys(v, out));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((v) => collectKeys(v, out));
  }
}

describe('package.json manifest', () => {
  const keys = new Set<string>();
  collectKeys(manifest, keys);

  it('uses localised placeholders that exist in both nls files', () => {
    assert.ok(keys.size > 5);
    for (const key of keys) {
      assert.ok(key in nlsEn, `package.nls.json lacks ${key}`);
      assert.ok(key in nlsZh, `package.nls.zh-cn.json lacks ${key}`);
    }
  });

  it('has no stale nls keys and no empty translations', () => {
    for (const key of Object.keys(nlsEn)) {
      assert.ok(keys.has(key), `package.nls.json has unused key ${key}`);
      assert.ok((typeof nlsZh[key] === 'string' ? nlsZh[key] : '').trim().length > 0, `empty zh-cn translation for ${key}`);
    }
  });

  it('gives every command a category and the aiLawLens. prefix', () => {
    for (const cmd of manifest.contributes.commands) {
      assert.ok(cmd.category, `${cmd.command} has no category`);
      assert.match(cmd.command, /^aiLawLens\./);
    }
  });

  it('prefixes every setting, view and container, and gives settings a scope and description', () => {
    for (const [key, prop] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.match(key, /^aiLawLens\./);
      assert.ok(prop.scope, `${key} has no scope`);
      assert.ok(prop.markdownDescription, `${key} has no markdownDescription`);
    }
    for (const views of Object.values(manifest.contributes.views)) {
      views.forEach((v) => assert.match(v.id, /^aiLawLens\./));
    }
    manifest.contributes.viewsContainers.activitybar.forEach((c) => assert.match(c.id, /^aiLawLens/));
  });

  it('keeps activation cheap', () => {
    for (const event of manifest.activationEvents) {
      assert.ok(event === 'onStartupFinished', `unexpected activation event ${event}`);
    }
  });

  it('targets a VS Code version that code-server 4.100.3 satisfies', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
  });
});
