/* eslint-disable @typescript-eslint/no-explicit-any */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';
import { makeTree, removeTree, repoRoot } from '../core/workspace/tmp';
import { sarifErrors } from '../core/report/sarifSchema';

const REPO = repoRoot();
const DEMO = path.join(REPO, 'examples/demo-workspace');

function fakeIo(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd, env };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function cli(args: string[], cwd = REPO, env: Record<string, string> = {}) {
  const f = fakeIo(cwd, env);
  const code = await runCli(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('ai-law-lens scan (in-process)', () => {
  let root = '';
  afterEach(() => root && removeTree(root));

  it('exits 1 when findings reach --fail-on, 0 with --fail-on none', async () => {
    const failing = await cli(['scan', DEMO, '--fail-on', 'note']);
    assert.equal(failing.code, 1, failing.stderr);
    assert.match(failing.stdout, /^examples\/demo-workspace\/\S+:\d+:\d+: (error|warning|note) \S+ /m);
    const passing = await cli(['scan', DEMO, '--fail-on', 'none']);
    assert.equal(passing.code, 0);
    // Same report either way (only the timing in the summary differs).
    const findingLines = (out: string) => out.split('\n').filter((l) => /:\d+:\d+: /.test(l));
    assert.ok(findingLines(failing.stdout).length > 0);
    assert.deepEqual(findingLines(passing.stdout), findingLines(failing.stdout));
  });

  it('exits 0 on a clean project even with --fail-on note', async () => {
    root = makeTree({ 'maths.py': 'def add(a, b):\n    return a + b\n' });
    const result = await cli(['scan', '.', '--fail-on', 'note'], root);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /^0 finding\(s\)/m);
  });

  it('exits 2 with FILE:LINE:COL on stderr for a malformed config', async () => {
    root = makeTree({ '.ailawlens.yaml': 'exclude:\n  - a\nseverity:\n  training: sometimes\n', 'a.py': 'x = 1\n' });
    const result = await cli(['scan', root]);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^\.ailawlens\.yaml:4:13: severity\.training must be one of/m);
    assert.match(result.stderr, /Invalid configuration; nothing was scanned \(exit code 2\)/);
  });

  it('exits 2 for a JSON config syntax error given with --config, in Chinese with --lang zh', async () => {
    root = makeTree({ 'conf/ail.json': '{"exclude": [}\n', 'a.py': '' });
    const result = await cli(['scan', '.', '--config', 'conf/ail.json', '--lang', 'zh'], root);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^conf\/ail\.json:1:14: JSON 语法错误：此处应为值$/m);
    assert.match(result.stderr, /配置无效，扫描未进行/);
  });

  it('keeps scanning when only a custom pattern is unsafe, and reports it', async () => {
    root = makeTree({
      '.ailawlens.json': '{"customPatterns": [{"id": "BAD", "category": "personal-data", "pattern": "(x+x+)+y"}]}',
      'a.py': 'x = 1\n',
    });
    const result = await cli(['scan', root, '--format', 'json', '--fail-on', 'none']);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /^\.ailawlens\.json:1:\d+: Rejected the regular expression of custom pattern "BAD"/m);
    const report = JSON.parse(result.stdout);
    assert.equal(report.problems[0].kind, 'config-error');
  });

  it('exits 2 for usage errors', async () => {
    for (const args of [['scan', '--format', 'xml'], ['scan', '--fail-on', 'sometimes'], ['scan', '--bogus'], ['scan', 'no/such/dir'], ['frobnicate'], []]) {
      const result = await cli(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.ok(result.stderr.length > 0);
    }
  });

  it('writes SARIF to --output that validates against the schema, with paths relative to the scanned root', async () => {
    root = makeTree({});
    const target = path.join(root, 'out/report.sarif');
    const result = await cli(['scan', DEMO, '--format', 'sarif', '--output', target, '--fail-on', 'none']);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /Report written to/);
    const log: any = JSON.parse(fs.readFileSync(target, 'utf8'));
    assert.deepEqual(sarifErrors(log), []);
    assert.ok(log.runs[0].results.length > 0);
    assert.ok(log.runs[0].results.every((r: any) => !r.locations[0].physicalLocation.artifactLocation.uri.startsWith('examples/')));
  });

  it('restricts the scan to the given paths, relative to the current directory', async () => {
    const result = await cli(['scan', 'examples/demo-workspace/db', 'examples/demo-workspace/backend/models/user.py', '--format', 'json', '--fail-on', 'none']);
    const report = JSON.parse(result.stdout);
    assert.equal(report.totals.filesScanned, 2);
    assert.ok(report.findings.every((f: any) => /^examples\/demo-workspace\/(db|backend\/models)\//.test(f.file)));
  });

  it('prints a checklist after the findings with --checklist', async () => {
    const result = await cli(['scan', DEMO, '--checklist', '--fail-on', 'none']);
    const at = result.stdout.search(/compliance checklist/i);
    assert.ok(at > 0, 'the checklist comes after the findings');
    assert.match(result.stdout.slice(at), /^ {2}\[ \] PIPL-28 /m);
  });

  it('prints help and version', async () => {
    const help = await cli(['scan', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    const zh = await cli(['scan', '--help', '--lang', 'zh']);
    assert.match(zh.stdout, /退出码/);
    const version = await cli(['--version']);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('ai-law-lens (as a process)', () => {
  // Runs the CLI source the way the tests were loaded: through tsx for .ts, plain node for compiled .js.
  const ext = path.extname(__filename);
  const entry = ext === '.ts' ? path.join(REPO, 'src/cli/main.ts') : path.join(REPO, 'out/src/cli/main.js');

  it('sets the exit code and never prints a stack trace for a config error', () => {
    const root = makeTree({ '.ailawlens.json': '{\n  "exclude": 42\n}\n' });
    try {
      const run = spawnSync(process.execPath, [...(ext === '.ts' ? ['--require', 'tsx/cjs'] : []), entry, 'scan', root], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /\.ailawlens\.json:2:14: exclude must be of type array/);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    } finally {
      removeTree(root);
    }
  });

  it('the bundled CLI loads the ReDoS checker from dist/recheck.js on first use (when dist/ is built)', function () {
    if (!fs.existsSync(path.join(REPO, 'dist/cli.js')) || !fs.existsSync(path.join(REPO, 'dist/recheck.js'))) {
      this.skip();
    }
    // The bundle must not carry recheck itself: it is 3.5 MB that activation and every scan worker would compile.
    assert.ok(!fs.readFileSync(path.join(REPO, 'dist/cli.js'), 'utf8').includes('synckit-worker'), 'dist/cli.js bundles recheck');
    const root = makeTree({
      '.ailawlens.json': JSON.stringify({
        customPatterns: [
          { id: 'BAD', category: 'personal-data', pattern: '(x+x+)+y' },
          { id: 'TEAM-MEMBER-NO', category: 'personal-data', pattern: '^member_?no$' },
        ],
      }),
      'a.py': 'member_no = 1\n',
    });
    // Copies of the bundles outside the repository: no node_modules to fall back on, as in an installed .vsix.
    const installed = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-dist-'));
    for (const name of ['cli.js', 'scanWorker.js', 'recheck.js']) {
      fs.copyFileSync(path.join(REPO, 'dist', name), path.join(installed, name));
    }
    try {
      const run = spawnSync(process.execPath, [path.join(installed, 'cli.js'), 'scan', root, '--format', 'json', '--fail-on', 'none'], { cwd: installed, encoding: 'utf8', timeout: 60000 });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /custom pattern "BAD"/);
      const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> };
      assert.deepEqual(
        report.findings.map((f) => f.ruleId),
        ['TEAM-MEMBER-NO'],
      );
    } finally {
      removeTree(root);
      fs.rmSync(installed, { recursive: true, force: true });
    }
  });

  it('`npx ai-law-lens` resolves the package\'s own bin from the repository root (when dist/ is built)', function () {
    if (!fs.existsSync(path.join(REPO, 'dist/cli.js'))) {
      this.skip();
    }
    const run = spawnSync('npx', ['--no-install', 'ai-law-lens', '--version'], { cwd: REPO, encoding: 'utf8', timeout: 60000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^\d+\.\d+\.\d+$/m);
  });
});
