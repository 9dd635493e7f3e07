import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { DEFAULT_CONFIG } from '../../../../src/core/model';
import { analyseFile, decodeText, readSourceText, scanWorkspace } from '../../../../src/core/workspace';
import { makeTree, removeTree } from './tmp';

const limits = { maxFileSize: 1024 * 1024, maxLineLength: 20_000 };
const GBK_TEXT = '# 用户表：姓名、手机号、身份证号\nxingming = "张三"\n';

describe('workspace scan', () => {
  let root = '';
  afterEach(() => removeTree(root));

  it('counts binary files (NUL in the first 8 KiB) without reporting them as problems', async () => {
    const bin = Buffer.concat([Buffer.from('PK'), Buffer.alloc(10), Buffer.from('id_card')]);
    root = makeTree({ 'blob.dat': bin, 'a.py': 'x = 1\n' });
    const result = await scanWorkspace({ root });
    assert.equal(result.filesScanned, 1);
    assert.equal(result.totals.skipped.binary, 1);
    assert.deepEqual(result.problems, []);
    assert.ok(result.findings.every((f) => f.file !== 'blob.dat'));
  });

  it('reports files over the size limit as skipped-size, honouring config maxFileSize', async () => {
    root = makeTree({ 'big.py': `# ${'x'.repeat(3000)}\n`, 'small.py': 'x = 1\n' });
    const result = await scanWorkspace({ root, config: { ...DEFAULT_CONFIG, maxFileSize: 2000 } });
    assert.equal(result.filesScanned, 1);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].kind, 'skipped-size');
    assert.equal(result.problems[0].file, 'big.py');
    assert.match(result.problems[0].message.en, /exceeds/);
    assert.equal(result.totals.skipped['skipped-size'], 1);
  });

  it('reports an over-long line as skipped-line-length with its line number', async () => {
    root = makeTree({ 'bundle.min.js': `// header\n${'a'.repeat(50)}\n` });
    const result = await scanWorkspace({ root, maxLineLength: 40 });
    assert.equal(result.filesScanned, 0);
    assert.equal(result.problems[0].kind, 'skipped-line-length');
    assert.equal(result.problems[0].span?.start.line, 1);
  });

  it('decodes GBK/GB18030 files instead of garbling them', async () => {
    root = makeTree({ 'legacy.py': iconv.encode(GBK_TEXT, 'gbk') });
    const source = await readSourceText({ abs: path.join(root, 'legacy.py'), rel: 'legacy.py', size: 0 }, limits);
    assert.equal(source.status, 'text');
    assert.ok(source.status === 'text' && source.text === GBK_TEXT && source.encoding === 'gb18030');
    const result = await scanWorkspace({ root });
    assert.equal(result.filesScanned, 1);
    assert.deepEqual(result.problems, []);
  });

  it('reports undecodable text as decode-error rather than scanning mojibake', async () => {
    root = makeTree({ 'latin1.txt': Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e\n', 'latin1') });
    const result = await scanWorkspace({ root });
    assert.equal(result.filesScanned, 0);
    assert.equal(result.problems[0].kind, 'decode-error');
  });

  it('decodes UTF-8 with a BOM and UTF-16 with a BOM', () => {
    const bom8 = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('身份证', 'utf8')]));
    assert.deepEqual(bom8, { ok: true, text: '身份证', encoding: 'utf-8' });
    const utf16 = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('手机号 phone', 'utf16le')]));
    assert.deepEqual(utf16, { ok: true, text: '手机号 phone', encoding: 'utf-16le' });
  });

  it('reports a file deleted between listing and analysis as an io-error and goes on', async () => {
    root = makeTree({ 'a.py': 'x = 1\n', 'b.py': 'y = 2\n' });
    const result = await scanWorkspace({
      root,
      analyse: (file, l, engine) => {
        if (file.rel === 'a.py') {
          fs.rmSync(file.abs);
        }
        return analyseFile(file, l, engine);
      },
    });
    assert.equal(result.filesScanned, 1);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].kind, 'io-error');
    assert.equal(result.problems[0].file, 'a.py');
    assert.match(result.problems[0].message.en, /ENOENT/);
  });

  it('streams each analysed file through onFile and reports progress', async () => {
    root = makeTree({ 'a.py': 'x\n', 'b.py': 'y\n', 'c.py': 'z\n' });
    const seen: string[] = [];
    const progress: string[] = [];
    await scanWorkspace({ root, onFile: (r) => seen.push(r.file), onProgress: (d, t) => progress.push(`${d}/${t}`) });
    assert.deepEqual(seen, ['a.py', 'b.py', 'c.py']);
    assert.deepEqual(progress, ['0/3', '1/3', '2/3', '3/3']);
  });

  it('stops when the signal is aborted and says the result is incomplete', async () => {
    root = makeTree({ 'a.py': 'x\n', 'b.py': 'y\n', 'c.py': 'z\n' });
    const controller = new AbortController();
    const result = await scanWorkspace({ root, signal: controller.signal, onFile: () => controller.abort() });
    assert.equal(result.filesScanned, 1);
    assert.equal(result.cancelled, true);
  });

  it('scans hostile file names and keeps them root-relative', async () => {
    const names = ['<img src=x onerror=alert(1)>.py', 'new\nline.py', '名字 with space.py'];
    root = makeTree(Object.fromEntries(names.map((n) => [n, 'x = 1\n'])));
    const seen: string[] = [];
    const result = await scanWorkspace({ root, onFile: (r) => seen.push(r.file) });
    assert.equal(result.filesScanned, 3);
    assert.deepEqual(seen.sort(), [...names].sort());
  });

  it('applies severity overrides and disabled rules from the project config', async () => {
    root = makeTree({ 'a.py': 'id_card = input()\nsfzh = request.form["sfzh"]\n' });
    const plain = await scanWorkspace({ root });
    assert.ok(plain.findings.length > 0, 'the engine should flag an ID-card field');
    const first = plain.findings[0];
    const overridden = await scanWorkspace({ root, config: { ...DEFAULT_CONFIG, severity: { [first.ruleId]: 'error' } } });
    assert.ok(overridden.findings.filter((f) => f.ruleId === first.ruleId).every((f) => f.severity === 'error'));
    const disabled = await scanWorkspace({ root, config: { ...DEFAULT_CONFIG, disable: [first.category] } });
    assert.ok(disabled.findings.every((f) => f.category !== first.category));
  });

  it('returns totals and findings in a stable order', async () => {
    root = makeTree({ 'b.py': 'id_card = 1\n', 'a.py': 'x = 1\nid_card = 2\n' });
    const result = await scanWorkspace({ root });
    assert.equal(result.totals.filesListed, 2);
    assert.equal(result.totals.filesScanned, 2);
    assert.equal(result.totals.bytesScanned, fs.statSync(path.join(root, 'a.py')).size + fs.statSync(path.join(root, 'b.py')).size);
    const files = result.findings.map((f) => f.file);
    assert.deepEqual(files, [...files].sort());
  });
});
