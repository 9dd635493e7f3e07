import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { classify, loadBaseline } from '../../../src/core/baseline';
import { scanWorkspace } from '../../../src/core/workspace/scan';
import { cliLang, runBaselineCommand } from '../../../src/cli/baselineCommand';

const MODEL = ['class User:', '    """用户"""', '    id_card = ""  # 身份证号', '    mobile = ""', ''].join('\n');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (l: string) => out.push(l.replace(/\n$/, '')) }, stderr: { write: (l: string) => err.push(l.replace(/\n$/, '')) }, env: {} };
  return { io, out, err };
}

describe('ai-law-lens baseline create', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ail-bcmd-'));
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'app', 'models.py'), MODEL);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes .ailawlens/baseline.json that classifies the same scan as all unchanged', async () => {
    const c = capture();
    const code = await runBaselineCommand(['create', dir, '--lang', 'en'], c.io);
    assert.equal(code, 0, c.err.join('\n'));
    const file = path.join(dir, '.ailawlens', 'baseline.json');
    const baseline = loadBaseline(file);
    assert.ok(baseline.entries.length >= 1);
    assert.match(c.out.join('\n'), /Baseline written to .*baseline\.json: \d+ finding\(s\) in 1 file\(s\)/);
    const rescan = await scanWorkspace({ root: dir });
    assert.equal(rescan.findings.some((f) => f.file.startsWith('.ailawlens/')), false, 'the baseline does not scan itself');
    assert.deepEqual(classify(rescan.findings, baseline).counts, { new: 0, unchanged: rescan.findings.length, absent: 0 });
  });

  it('honours --output and does not baseline the output file itself', async () => {
    const c = capture();
    const output = path.join(dir, 'baseline.json');
    assert.equal(await runBaselineCommand(['create', dir, '--output', output], c.io), 0, c.err.join('\n'));
    const first = fs.readFileSync(output, 'utf8');
    assert.equal(await runBaselineCommand(['create', dir, '--output', output], c.io), 0);
    assert.equal(fs.readFileSync(output, 'utf8'), first, 'a second run over its own output changes nothing');
  });

  it('reports usage and config errors with exit code 2', async () => {
    const usage = capture();
    assert.equal(await runBaselineCommand(['destroy'], usage.io), 2);
    assert.match(usage.err.join('\n'), /usage: ai-law-lens baseline create|用法/);
    assert.equal(await runBaselineCommand(['create', '--bogus'], capture().io), 2);

    fs.writeFileSync(path.join(dir, '.ailawlens.json'), '{ "exclude": [1, }');
    const config = capture();
    assert.equal(await runBaselineCommand(['create', dir, '--lang', 'en'], config.io), 2);
    assert.match(config.err.join('\n'), /\.ailawlens\.json:1:\d+/);
    assert.equal(fs.existsSync(path.join(dir, '.ailawlens', 'baseline.json')), false);
  });

  it('speaks Chinese when asked or when the locale is Chinese', async () => {
    assert.equal(cliLang(undefined, { LANG: 'zh_CN.UTF-8' }), 'zh');
    assert.equal(cliLang(undefined, { LANG: 'en_US.UTF-8' }), 'en');
    assert.equal(cliLang('en', { LANG: 'zh_CN.UTF-8' }), 'en');
    const c = capture();
    assert.equal(await runBaselineCommand(['create', dir, '--lang', 'zh'], c.io), 0);
    assert.match(c.out.join('\n'), /已写入基线/);
  });
});
