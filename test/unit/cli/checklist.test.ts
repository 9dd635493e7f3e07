// `ai-law-lens checklist`: formats, the shared decisions file, --check policy, bad inputs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runChecklistCommand } from '../../../src/cli/checklistCommand';
import type { CliIo } from '../../../src/cli/io';
import { buildChecklist, DecisionStore, renderChecklistMarkdown } from '../../../src/core/checklist';
import { scanWorkspace } from '../../../src/core/workspace/scan';
import { loadProjectConfig } from '../../../src/core/config';
import { REPO_ROOT } from '../repoRoot';

/** The repository root, from the source (tsx) or the compiled (out/) location alike. */
const DEMO = path.join(REPO_ROOT, 'examples', 'demo-workspace');

function copyDemo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-cli-checklist-'));
  fs.cpSync(DEMO, dir, { recursive: true });
  return dir;
}

async function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd, env };
  const code = await runChecklistCommand(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('ai-law-lens checklist', function () {
  this.timeout(120000);
  let dir = '';
  beforeEach(() => {
    dir = copyDemo();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the checklist as text by default, in the locale language', async () => {
    const en = await run(['.'], dir);
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stdout, /^AI Law Lens compliance checklist/);
    assert.match(en.stdout, /\[ \] PIPL-28 /);
    const zh = await run(['.'], dir, { LANG: 'zh_CN.UTF-8' });
    assert.match(zh.stdout, /^AI Law Lens 合规清单/);
  });

  it('produces the same Markdown as the export function, reading the same decisions file', async () => {
    const store = new DecisionStore({ file: path.join(dir, '.ailawlens', 'checklist.json'), today: () => '2026-11-27' });
    store.setDecision('PIPL-28', { status: 'done', note: 'consent flow reviewed', reviewer: 'li' });
    const result = await run([dir, '--format', 'markdown', '--lang', 'en'], os.tmpdir());
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /- \[x\] \*\*PIPL-28\*\*/);
    assert.match(result.stdout, /Note: consent flow reviewed/);
    const config = loadProjectConfig(dir).config;
    const scan = await scanWorkspace({ root: dir, config });
    const fresh = new DecisionStore({ file: path.join(dir, '.ailawlens', 'checklist.json') });
    const state = fresh.reload();
    const expected = renderChecklistMarkdown(buildChecklist(scan.findings, fresh.effective(), { decisionsPath: '.ailawlens/checklist.json', fileState: state }), 'en');
    assert.equal(result.stdout, expected);
  });

  it('writes JSON to --output', async () => {
    const result = await run(['.', '--format', 'json', '--output', 'out/checklist.json'], dir);
    assert.equal(result.code, 0);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'out/checklist.json'), 'utf8'));
    assert.equal(json.kind, 'checklist');
    assert.equal(json.aiLaw.proposal, true);
    assert.ok(json.items.some((i: { id: string }) => i.id === 'PIPL-28'));
    assert.equal(result.stdout, '');
  });

  it('--check exits 1 while a blocked obligation is open, and 0 once decided', async () => {
    const blocked = await run(['.', '--check', '--format', 'json', '--output', 'c.json'], dir);
    assert.equal(blocked.code, 1);
    assert.match(blocked.stderr, /blocked: PIPL-28 /);
    assert.match(blocked.stderr, /blocked: PIPL-29 /);
    const store = new DecisionStore({ file: path.join(dir, '.ailawlens', 'checklist.json') });
    store.setDecision('PIPL-28', { status: 'done' });
    store.setDecision('PIPL-29', { status: 'waived', reason: 'separate consent screen in app v2' });
    const passed = await run(['.', '--check', '--output', 'c.txt'], dir);
    assert.equal(passed.code, 0, passed.stderr);
    assert.match(passed.stderr, /policy check passed/);
  });

  it('never writes a conflicted decisions file and exits 2 with --check', async () => {
    const file = path.join(dir, '.ailawlens', 'checklist.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const conflicted = '{\n<<<<<<< HEAD\n  "decisions": {}\n=======\n  "decisions": {"PIPL-28": {"status": "done"}}\n>>>>>>> main\n}\n';
    fs.writeFileSync(file, conflicted);
    const result = await run(['.', '--check'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /\.ailawlens\/checklist\.json:2: .*merge-conflict/);
    assert.equal(fs.readFileSync(file, 'utf8'), conflicted);
  });

  it('passes --check when the config has no block policy', async () => {
    fs.writeFileSync(path.join(dir, '.ailawlens.yaml'), 'exclude: []\n');
    const result = await run(['.', '--check'], dir);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /nothing to check/);
  });

  it('reports usage errors and a broken config clearly', async () => {
    await assert.rejects(run(['.', '--format', 'html'], dir), /--format must be one of markdown, json, text/);
    await assert.rejects(run(['a', 'b'], dir), /one project directory/);
    await assert.rejects(run(['missing-dir'], dir), /Not a directory/);
    fs.writeFileSync(path.join(dir, '.ailawlens.yaml'), 'checklist: [unclosed\n');
    const broken = await run(['.'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /Invalid configuration/);
  });

  it('prints help in both languages', async () => {
    assert.match((await run(['--help'], dir)).stdout, /--check/);
    assert.match((await run(['--help', '--lang', 'zh'], dir)).stdout, /用法/);
  });
});
