// Workspace trust, at the host-adapter level with fakes: the path FolderContexts takes (loadFolderConfig →
// readSettings → mergeConfig) in a trusted and an untrusted workspace. Limited mode means: the built-in rules
// still run (reading code executes nothing), but patterns the WORKSPACE supplies are ignored, both from the
// project config and from workspace-level settings (VS Code withholds restricted settings; the fake does too).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanText } from '../../../src/core/engine';
import { mergeConfig } from '../../../src/host/effectiveConfig';
import { loadFolderConfig } from '../../../src/host/projectConfig';
import { readSettings, type ConfigurationPort } from '../../../src/host/settings';
import { REPO_ROOT } from '../repoRoot';

/** The repository root, from test/unit/host or from its compiled copy under out/. */
const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { supported: string | boolean; restrictedConfigurations?: string[] } };
};

/** VS Code's configuration in a (un)trusted window: restricted keys lose their workspace-level value when untrusted. */
function fakeConfiguration(trusted: boolean, user: Record<string, unknown>, workspace: Record<string, unknown>): ConfigurationPort {
  const restricted = new Set((manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? []).map((k) => k.replace(/^aiLawLens\./, '')));
  return {
    get<T>(key: string): T | undefined {
      const fromWorkspace = trusted || !restricted.has(key) ? workspace[key] : undefined;
      return (fromWorkspace ?? user[key]) as T | undefined;
    },
  };
}

function folderContext(root: string, trusted: boolean) {
  const loaded = loadFolderConfig(root, trusted);
  const settings = readSettings(
    fakeConfiguration(
      trusted,
      { customPatterns: [{ id: 'user-pattern', category: 'personal-data', pattern: '^huiyuan_?no$' }] },
      { customPatterns: [{ id: 'workspace-setting-pattern', category: 'minors', pattern: '^nianling$' }], maxFileSize: 2048 },
    ),
  );
  return { loaded, config: mergeConfig({ project: loaded.config, settings, filesExclude: [], trusted }) };
}

describe('host: workspace trust (limited mode)', function () {
  this.timeout(60_000);
  let root: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-trust-'));
    fs.writeFileSync(
      path.join(root, '.ailawlens.json'),
      JSON.stringify({
        exclude: ['generated/'],
        customPatterns: [
          { id: 'project-safe', category: 'personal-data', pattern: '^kehu_?id$' },
          { id: 'project-redos', category: 'personal-data', pattern: '^(a+)+$' },
        ],
      }),
    );
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('the manifest declares limited support and restricts customPatterns', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations?.includes('aiLawLens.customPatterns'));
  });

  it('untrusted: workspace patterns (project config and workspace settings) are ignored, the user\'s own apply', () => {
    const { loaded, config } = folderContext(root, false);
    assert.deepEqual(
      config.customPatterns.map((p) => p.id),
      ['user-pattern'],
    );
    // The rest of the project config still applies: exclusions are not code.
    assert.ok(config.exclude.includes('generated/'));
    // No ReDoS check is even run on patterns that will not be used (recheck is not started for a hostile repo).
    assert.ok(!loaded.problems.some((p) => p.message.en.includes('project-redos')));
  });

  it('trusted: workspace patterns apply, and an unsafe one is rejected by name while the rest loads', () => {
    const { loaded, config } = folderContext(root, true);
    assert.deepEqual(
      config.customPatterns.map((p) => p.id).sort(),
      // A workspace-level setting overrides the user-level one, as VS Code resolves scopes.
      ['project-safe', 'workspace-setting-pattern'],
    );
    const rejected = loaded.problems.find((p) => p.message.en.includes('"project-redos"'));
    assert.ok(rejected, 'the unsafe pattern was not reported');
    assert.match(rejected.message.en, /backtrack/);
  });

  it('untrusted is limited, not off: built-in rules still find PI', () => {
    const { config } = folderContext(root, false);
    const result = scanText('app/user.py', 'class User(Base):\n    id_card = Column(String(18))\n', { config });
    assert.ok(result.findings.some((f) => f.category === 'sensitive-pi'));
  });
});
