// The typed settings reader and the manifest agree: every key the reader asks for is contributed (with a scope),
// and the contributed defaults are what the reader assumes when a value is missing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSettings } from '../../../src/host/settings';
import { REPO_ROOT } from '../repoRoot';

const root = REPO_ROOT;
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { default?: unknown; scope?: string }> }; grammars?: Array<{ path: string; scopeName: string }> };
};
const properties = manifest.contributes.configuration.properties;

describe('settings reader vs manifest', () => {
  it('reads only contributed settings', () => {
    const asked: string[] = [];
    readSettings({
      get: <T>(key: string): T | undefined => {
        asked.push(key);
        return undefined;
      },
    });
    assert.ok(asked.length >= 10);
    for (const key of asked) {
      const full = `aiLawLens.${key}`;
      const declared = full in properties || Object.keys(properties).some((p) => p.startsWith(`${full}.`));
      assert.ok(declared, `readSettings reads ${full}, which package.json does not contribute`);
    }
  });

  it('uses the contributed defaults when nothing is set', () => {
    const defaults = (key: string): unknown => {
      if (`aiLawLens.${key}` in properties) {
        return properties[`aiLawLens.${key}`].default;
      }
      const children = Object.entries(properties).filter(([k]) => k.startsWith(`aiLawLens.${key}.`));
      return children.length ? Object.fromEntries(children.map(([k, v]) => [k.slice(`aiLawLens.${key}.`.length), v.default])) : undefined;
    };
    const fromManifest = readSettings({ get: <T>(key: string) => defaults(key) as T | undefined });
    const fromNothing = readSettings({ get: () => undefined });
    assert.deepEqual(fromManifest, fromNothing);
  });

  it('ships every contributed grammar file', () => {
    for (const grammar of manifest.contributes.grammars ?? []) {
      const file = path.join(root, grammar.path);
      assert.ok(fs.existsSync(file), `missing grammar ${grammar.path}`);
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { scopeName: string };
      assert.equal(parsed.scopeName, grammar.scopeName);
    }
  });
});
