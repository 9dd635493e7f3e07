// Runs the GitHub Action's step script locally, as the runner would, against the demo workspace.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { REPO_ROOT } from '../repoRoot';

const root = REPO_ROOT;
const demo = path.join(root, 'examples', 'demo-workspace');

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

interface SarifResultLike {
  ruleId: string;
  baselineState?: string;
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
}

describe('GitHub Action', function () {
  this.timeout(180000);
  let tmp: string;
  let cli: string;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ail-action-'));
    // Bundle the CLI from source, exactly as esbuild.mjs does, so the test never depends on a stale dist/.
    cli = path.join(tmp, 'cli.js');
    await build({ entryPoints: [path.join(root, 'src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function runAction(workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): ActionRun {
    const summaryFile = path.join(tmp, `summary-${Math.random().toString(36).slice(2)}.md`);
    const outputFile = `${summaryFile}.out`;
    fs.writeFileSync(summaryFile, '');
    fs.writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_ACTION_PATH: root,
      AI_LAW_LENS_CLI_JS: cli,
      LANG: 'C',
      ...extraEnv,
    };
    for (const [name, value] of Object.entries(inputs)) {
      env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
    }
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/ci/github-action.mjs')], { cwd: workspace, env, encoding: 'utf8' });
    const outputs: Record<string, string> = {};
    for (const line of fs.readFileSync(outputFile, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) {
        outputs[line.slice(0, eq)] = line.slice(eq + 1);
      }
    }
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, summary: fs.readFileSync(summaryFile, 'utf8'), outputs };
  }

  it('action.yml is a valid composite action wired to the script', () => {
    const action = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
      name: string;
      description: string;
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { value: string }>;
      runs: { using: string; steps: { id?: string; uses?: string; run?: string; shell?: string; with?: Record<string, string> }[] };
    };
    assert.equal(action.name, 'AI Law Lens');
    assert.ok(action.description.length > 0);
    assert.equal(action.runs.using, 'composite');
    for (const step of action.runs.steps) {
      assert.ok(step.uses !== undefined || step.run !== undefined, 'each step runs or uses something');
      if (step.run !== undefined) {
        assert.ok(step.shell, 'composite run steps need a shell');
        assert.doesNotMatch(step.run, /\$\{\{\s*inputs\./, 'inputs go through env, not into the script text');
      }
    }
    const scan = action.runs.steps.find((s) => s.id === 'scan');
    assert.match(scan?.run ?? '', /scripts\/ci\/github-action\.mjs/);
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'uploads SARIF with github/codeql-action/upload-sarif');
    assert.match(upload.with?.sarif_file ?? '', /steps\.scan\.outputs\.upload-sarif-file/);
    for (const name of ['path', 'baseline', 'diff-base', 'fail-on', 'sarif-file']) {
      assert.ok(action.inputs[name]?.description, `input ${name}`);
    }
    assert.match(action.outputs['exit-code'].value, /steps\.scan\.outputs\.exit-code/);
  });

  it('scans the demo workspace: SARIF, annotations and a Markdown summary', () => {
    assert.ok(fs.existsSync(demo), 'examples/demo-workspace exists');
    const sarifPath = path.join(tmp, 'demo.sarif');
    const run = runAction(root, { path: 'examples/demo-workspace', 'sarif-file': sarifPath, 'fail-on': 'error' });
    assert.equal(run.status, 0, run.stderr + run.stdout);
    const sarif = JSON.parse(fs.readFileSync(sarifPath, 'utf8')) as { version: string; runs: { results: SarifResultLike[] }[] };
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results;
    assert.ok(results.length >= 3, `the demo has findings (got ${results.length})`);
    assert.ok(fs.existsSync(run.outputs['upload-sarif-file']));
    const annotations = run.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=examples\/demo-workspace\//.test(l));
    assert.ok(annotations.length >= 1, 'annotations point at repository-relative files');
    assert.match(annotations[0], /,line=\d+,col=\d+,title=AI Law Lens /);
    assert.match(run.summary, /^## AI Law Lens/m);
    assert.match(run.summary, /### Checklist delta/);
    assert.match(run.summary, /### New findings by obligation/);
    assert.match(run.summary, /^\| PIPL-\d+ \| \d+ \| /m, 'a table row per obligation');
    assert.match(run.summary, /<summary>All new findings \(\d+\)<\/summary>/);
    assert.equal(run.outputs['new-findings'], String(results.filter((r) => !('suppressions' in r)).length));
    assert.match(run.outputs['exit-code'], /^[01]$/);
  });

  it('with a baseline, annotates and fails on the one new finding only', () => {
    const workspace = path.join(tmp, 'ws');
    fs.cpSync(demo, workspace, { recursive: true });
    const created = spawnSync(process.execPath, [cli, 'baseline', 'create', '.'], { cwd: workspace, encoding: 'utf8' });
    assert.equal(created.status, 0, created.stderr);
    // Lines inserted above existing findings must not make them new.
    for (const file of fs.readdirSync(workspace, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.py')) {
        const full = path.join(workspace, file);
        fs.writeFileSync(full, `# reviewed\n\n${fs.readFileSync(full, 'utf8')}`);
      }
    }
    fs.writeFileSync(path.join(workspace, 'new_signup.py'), 'class Customer:\n    shenfenzheng = ""  # 身份证号\n');
    const sarifPath = path.join(workspace, 'out.sarif');
    const run = runAction(workspace, { baseline: '.ailawlens/baseline.json', 'sarif-file': 'out.sarif', 'fail-on': 'warning', language: 'zh-cn' });
    assert.equal(run.status, 0, run.stderr + run.stdout);
    const sarif = JSON.parse(fs.readFileSync(sarifPath, 'utf8')) as { runs: { results: SarifResultLike[] }[] };
    const states = sarif.runs[0].results.map((r) => r.baselineState);
    const fresh = sarif.runs[0].results.filter((r) => r.baselineState === 'new');
    assert.ok(fresh.length >= 1, 'the added file is new');
    assert.ok(
      fresh.every((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'new_signup.py'),
      `only the added file is new: ${JSON.stringify(fresh.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))}`,
    );
    assert.ok(states.filter((s) => s === 'unchanged').length >= 3, 'the demo findings stay baselined');
    assert.equal(states.includes('absent'), false);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::warning') || l.startsWith('::error') || l.startsWith('::notice'));
    assert.equal(annotations.length, fresh.length);
    assert.ok(annotations.every((a) => a.includes('file=new_signup.py,')));
    assert.equal(run.outputs['exit-code'], '1');
    assert.equal(run.outputs['new-findings'], String(fresh.length));
    assert.match(run.summary, /❌/);
    assert.match(run.summary, new RegExp(`新增 \\*\\*${fresh.length}\\*\\* 条`));
    assert.match(run.summary, /本次改动新触发的义务|再次涉及的义务/);
  });

  it('diff-base: auto compares a pull request with its base branch', () => {
    const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_CONFIG_NOSYSTEM: '1' };
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always', ...args], { cwd, env: gitEnv, encoding: 'utf8' });
    const upstream = path.join(tmp, 'upstream');
    fs.cpSync(demo, upstream, { recursive: true });
    git(upstream, 'init', '-q');
    git(upstream, 'add', '.');
    git(upstream, 'commit', '-q', '-m', 'base');
    const checkout = path.join(tmp, 'checkout');
    git(tmp, 'clone', '-q', `file://${upstream}`, checkout);
    git(checkout, 'checkout', '-q', '-b', 'feature');
    fs.writeFileSync(path.join(checkout, 'kyc.py'), 'class Customer:\n    shenfenzheng = ""\n');
    git(checkout, 'add', 'kyc.py');
    git(checkout, 'commit', '-q', '-m', 'kyc');

    const sarifPath = path.join(checkout, 'diff.sarif');
    const run = runAction(checkout, { 'diff-base': 'auto', 'sarif-file': 'diff.sarif', 'fail-on': 'warning' }, { GITHUB_BASE_REF: 'main' });
    assert.equal(run.status, 0, run.stderr + run.stdout);
    const sarif = JSON.parse(fs.readFileSync(sarifPath, 'utf8')) as { runs: { results: SarifResultLike[] }[] };
    const uris = new Set(sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris], ['kyc.py'], 'only the pull request\'s change is reported');
    assert.match(run.summary, /Diff mode: only lines changed since `origin\/main`/);
    assert.equal(run.outputs['exit-code'], '1');
  });

  it('reports a missing baseline as a failed scan (exit 2) with a clear message', () => {
    const run = runAction(root, { path: 'examples/demo-workspace', baseline: 'no/such/baseline.json', 'sarif-file': path.join(tmp, 'x.sarif') });
    assert.equal(run.status, 2);
    assert.equal(run.outputs['exit-code'], '2');
    assert.match(run.stdout, /::error title=AI Law Lens::.*not found/);
    assert.match(run.summary, /The scan could not run/);
  });
});
