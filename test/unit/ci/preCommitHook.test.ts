// The pre-commit integrations: the framework's hook definitions and the plain git hook script, run for real.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { REPO_ROOT } from '../repoRoot';

const root = REPO_ROOT;

describe('pre-commit hook definitions', () => {
  it('define a scan hook and a checklist hook that run the CLI', () => {
    const hooks = parse(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      language: string;
      pass_filenames: boolean;
    }[];
    assert.ok(Array.isArray(hooks));
    const scan = hooks.find((h) => h.id === 'ai-law-lens');
    assert.ok(scan);
    assert.match(scan.entry, /^ai-law-lens scan\b/);
    assert.match(scan.entry, /--fail-on \w+/);
    assert.equal(scan.language, 'node');
    assert.equal(scan.pass_filenames, true);
    const checklist = hooks.find((h) => h.id === 'ai-law-lens-checklist');
    assert.match(checklist?.entry ?? '', /^ai-law-lens checklist --check$/);
    assert.equal(checklist?.pass_filenames, false);
  });
});

describe('plain git pre-commit hook', function () {
  this.timeout(180000);
  let tmp: string;
  let repo: string;
  let env: NodeJS.ProcessEnv;

  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  const commit = (message: string) => spawnSync('git', ['commit', '-q', '-m', message], { cwd: repo, env, encoding: 'utf8' });

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ail-hook-'));
    const cli = path.join(tmp, 'cli.js');
    await build({ entryPoints: [path.join(root, 'src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
    repo = path.join(tmp, 'repo');
    fs.mkdirSync(repo);
    env = {
      PATH: process.env.PATH,
      HOME: tmp,
      LANG: 'C',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
      AI_LAW_LENS_CLI: `${process.execPath} ${cli}`,
      AI_LAW_LENS_FAIL_ON: 'warning',
    };
    git('init', '-q');
    git('config', 'core.hooksPath', path.join(root, 'hooks'));
    fs.writeFileSync(path.join(repo, 'README.md'), 'demo\n');
    git('add', 'README.md');
    assert.equal(commit('clean').status, 0, 'a commit without findings passes');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('blocks a commit that adds a finding, naming the file', () => {
    fs.mkdirSync(path.join(repo, 'app models'));
    fs.writeFileSync(path.join(repo, 'app models', 'user.py'), 'class User:\n    id_card = ""  # 身份证号\n');
    git('add', '.');
    const run = commit('add user');
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout + run.stderr, /app models\/user\.py/);
    assert.match(run.stderr, /the commit adds findings at or above 'warning'/);
  });

  it('with a baseline, lets known findings through (even moved) and blocks only new ones', () => {
    const created = spawnSync(process.execPath, [env.AI_LAW_LENS_CLI!.split(' ')[1], 'baseline', 'create', '.'], { cwd: repo, env, encoding: 'utf8' });
    assert.equal(created.status, 0, created.stderr);
    git('add', '.');
    assert.equal(commit('baseline').status, 0, 'the baselined finding no longer blocks');

    fs.writeFileSync(path.join(repo, 'app models', 'user.py'), '# moved\n\n\nclass User:\n    id_card = ""  # 身份证号\n');
    git('add', '.');
    assert.equal(commit('move').status, 0, 'a moved finding is not new');

    fs.writeFileSync(path.join(repo, 'signup.py'), 'class Customer:\n    shenfenzheng = ""\n');
    git('add', 'signup.py');
    const run = commit('new finding');
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout + run.stderr, /signup\.py/);
    assert.doesNotMatch(run.stdout, /user\.py/, 'the baselined file is not reported');
  });

  it('reports a broken CLI setup instead of passing silently', () => {
    fs.writeFileSync(path.join(repo, 'other.py'), 'x = 1\n');
    git('add', 'other.py');
    const run = spawnSync('git', ['commit', '-q', '-m', 'x'], { cwd: repo, env: { ...env, AI_LAW_LENS_CLI: '' , PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /CLI not found/);
  });
});
