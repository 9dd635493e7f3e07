// `ai-law-lens scan --baseline / --diff-base / --format gitlab-sast`, run in-process through the CLI entry point.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { GITLAB_SAST_SHAPE } from '../../../src/core/integrations';
import { runCli } from '../../../src/cli/main';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(cwd: string, ...argv: string[]): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: { LANG: 'C' },
  });
  return { code, stdout, stderr };
}

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, env: GIT_ENV, encoding: 'utf8' });

const USER = ['class User:', '    """用户"""', '    id_card = ""  # 身份证号', '    face_feature = b""', ''].join('\n');
const NEW_FIELD = 'class Customer:\n    shenfenzheng = ""\n';

interface SarifLike {
  runs: { results: { ruleId: string; baselineState?: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}

describe('scan with a baseline, in diff mode and as a GitLab SAST report', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ail-bscan-'));
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'app', 'user.py'), USER);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('baselines, then fails only on the one new finding (SARIF baselineState, text lists only new)', async () => {
    assert.equal((await cli(dir, 'baseline', 'create', '.')).code, 0);
    const clean = await cli(dir, 'scan', '.', '--baseline', '.ailawlens/baseline.json', '--fail-on', 'note', '--no-color');
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stderr, /0 new, \d+ unchanged, 0 absent \(baseline\)/);

    fs.writeFileSync(path.join(dir, 'app', 'user.py'), `import os\n\n${USER}`);
    fs.writeFileSync(path.join(dir, 'app', 'signup.py'), NEW_FIELD);
    const text = await cli(dir, 'scan', '.', '--baseline', '.ailawlens/baseline.json', '--fail-on', 'note', '--no-color');
    assert.equal(text.code, 1);
    assert.match(text.stdout, /app\/signup\.py:2:/);
    assert.doesNotMatch(text.stdout, /app\/user\.py/, 'baselined findings are not listed in the text report');

    const out = path.join(dir, 'out.sarif');
    const sarif = await cli(dir, 'scan', '.', '--baseline', '.ailawlens/baseline.json', '--format', 'sarif', '--output', out, '--fail-on', 'note');
    assert.equal(sarif.code, 1);
    const results = (JSON.parse(fs.readFileSync(out, 'utf8')) as SarifLike).runs[0].results;
    for (const r of results) {
      const uri = r.locations[0].physicalLocation.artifactLocation.uri;
      assert.equal(r.baselineState, uri === 'app/signup.py' ? 'new' : 'unchanged', `${uri} ${r.ruleId}`);
    }
  });

  it('reports fixed findings as absent and passes', async () => {
    assert.equal((await cli(dir, 'baseline', 'create', '.')).code, 0);
    fs.writeFileSync(path.join(dir, 'app', 'user.py'), 'class User:\n    pass\n');
    const json = await cli(dir, 'scan', '.', '--baseline', '.ailawlens/baseline.json', '--format', 'json', '--fail-on', 'note');
    assert.equal(json.code, 0);
    const report = JSON.parse(json.stdout) as { baseline: { counts: { absent: number }; absent: { file: string }[] } };
    assert.ok(report.baseline.counts.absent >= 1);
    assert.ok(report.baseline.absent.every((e) => e.file === 'app/user.py'));
  });

  it('exits 2 with a clear message for a missing or corrupt baseline', async () => {
    const missing = await cli(dir, 'scan', '.', '--baseline', 'nope.json');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Baseline file not found/);
    fs.writeFileSync(path.join(dir, 'b.json'), '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> x\n');
    const conflicted = await cli(dir, 'scan', '.', '--baseline', 'b.json');
    assert.equal(conflicted.code, 2);
    assert.match(conflicted.stderr, /merge-conflict marker/);
  });

  it('--diff-base reports only findings on changed lines, and explains a missing ref', async () => {
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    fs.writeFileSync(path.join(dir, 'app', 'signup.py'), NEW_FIELD);
    const out = path.join(dir, 'diff.sarif');
    const diff = await cli(dir, 'scan', '.', '--diff-base', 'HEAD', '--format', 'sarif', '--output', out, '--fail-on', 'note');
    assert.equal(diff.code, 1);
    const uris = (JSON.parse(fs.readFileSync(out, 'utf8')) as SarifLike).runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.length >= 1);
    assert.deepEqual([...new Set(uris)], ['app/signup.py']);
    assert.match(diff.stderr, /diff mode \(since HEAD\): \d+ outside changed lines/);

    const missing = await cli(dir, 'scan', '.', '--diff-base', 'origin/nope');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /"origin\/nope" was not found/);
  });

  it('writes a GitLab SAST report that matches the documented shape', async () => {
    const out = path.join(dir, 'gl-sast-report.json');
    const run = await cli(dir, 'scan', '.', '--format', 'gitlab-sast', '--output', out, '--fail-on', 'none');
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { vulnerabilities: { location: { file: string } }[] };
    const validate = new Ajv({ strict: false }).compile(GITLAB_SAST_SHAPE);
    assert.ok(validate(report), JSON.stringify(validate.errors));
    assert.ok(report.vulnerabilities.length >= 1);
    assert.ok(report.vulnerabilities.every((v) => v.location.file === 'app/user.py'));
  });
});
