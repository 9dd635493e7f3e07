// The bad-input table of issue 8, row by row, on real temp workspaces: each bad input gets its documented handling
// and every other file of the workspace is still scanned.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { runCli } from '../../../src/cli/main';
import { parseProjectConfig } from '../../../src/core/config';
import { listRules, scanText } from '../../../src/core/engine';
import type { Problem } from '../../../src/core/model';
import { REPORT_FORMATS, writeReport } from '../../../src/core/report';
import { scanWorkspace, type WorkspaceScanResult } from '../../../src/core/workspace';

// The CommonJS module object: patching it reaches every `import * as fs` caller.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const realFs = require('node:fs') as typeof fs;

const GOOD = 'class User(Base):\n    id_card = Column(String(18))\n    phone = Column(String(11))\n';

function workspace(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-bad-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

function problemsOf(result: WorkspaceScanResult, file: string): Problem[] {
  return result.problems.filter((p) => p.file === file);
}

/** The control file of every workspace: proves the rest of the scan went on. */
function assertGoodFileScanned(result: WorkspaceScanResult): void {
  assert.ok(
    result.findings.some((f) => f.file === 'good/user.py' && f.category === 'sensitive-pi'),
    'the well-formed file next to the bad input was not scanned',
  );
}

const INTERNAL = /Analysis of this file failed|Detector "|Could not fully analyse|Internal error/;

describe('robustness: the bad-input table', function () {
  this.timeout(120_000);
  const roots: string[] = [];
  const make = (files: Record<string, string | Buffer>): string => {
    const root = workspace({ 'good/user.py': GOOD, ...files });
    roots.push(root);
    return root;
  };
  after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  it('binary files are skipped (by extension and by NUL bytes) and counted', async () => {
    const root = make({ 'model.bin': Buffer.from([0, 1, 2, 3]), 'data/blob.txt': Buffer.concat([Buffer.from('phone=13812345678'), Buffer.from([0, 0, 255])]), 'img/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    const result = await scanWorkspace({ root });
    assert.equal(result.findings.filter((f) => f.file !== 'good/user.py').length, 0);
    assert.equal(result.totals.skipped.binary, 3);
    assertGoodFileScanned(result);
  });

  it('files over the max size are reported as skipped, naming size and limit', async () => {
    const root = make({ 'big/huge.py': `phone = 1\n${'x = 1\n'.repeat(4000)}` });
    const result = await scanWorkspace({ root, maxFileSize: 8 * 1024 });
    const [problem] = problemsOf(result, 'big/huge.py');
    assert.equal(problem?.kind, 'skipped-size');
    assert.match(problem.message.en, /exceeds .* limit/);
    assert.match(problem.message.zh, /超过上限/);
    assert.equal(result.totals.skipped['skipped-size'], 1);
    assertGoodFileScanned(result);
  });

  it('over-long (minified) lines are reported as skipped', async () => {
    const root = make({ 'web/app.min.js': `var a="${'x'.repeat(30_000)}";` });
    const result = await scanWorkspace({ root });
    assert.equal(problemsOf(result, 'web/app.min.js')[0]?.kind, 'skipped-line-length');
    assertGoodFileScanned(result);
  });

  for (const [file, text] of [
    ['conf/bad.json', '{"user": {"phone": "x",, }'],
    ['conf/bad.yaml', 'user:\n  phone: [unclosed\n  id_card: {\n'],
    ['conf/bad.toml', '[user\nphone = "x"\nid_card = \n'],
    ['nb/bad.ipynb', '{"cells": [{"cell_type": "code", "source": ["id_card = 1"'],
    ['package.json', '{"dependencies": {"openai": "^4" "face-api.js": }'],
  ] as const) {
    it(`malformed ${file === 'package.json' ? file : path.extname(file)}: a problem on that file, never a crash, other files still scan`, async () => {
      const root = make({ [file]: text });
      const result = await scanWorkspace({ root });
      const problems = problemsOf(result, file);
      assert.ok(problems.length > 0, `no problem reported for ${file}`);
      assert.ok(problems.every((p) => p.kind === 'parse-error' && !INTERNAL.test(p.message.en)), JSON.stringify(problems.map((p) => p.message.en)));
      assert.ok(problems.every((p) => p.span !== undefined), 'the problem must point at a line');
      assertGoodFileScanned(result);
      for (const format of REPORT_FORMATS) {
        assert.match(writeReport(format, { result, rules: listRules(), lang: 'en', tool: { name: 'x', version: '0', informationUri: 'https://example.invalid' } }), new RegExp(path.basename(file).replace('.', '\\.')));
      }
    });
  }

  it('malformed project config: a clear CLI error naming FILE:LINE:COL and exit code 2, nothing scanned', async () => {
    const root = make({ '.ailawlens.yaml': 'exclude:\n  - build/\nseverity: {personal-data: warning\n' });
    let out = '';
    const stream = { write: (c: string) => ((out += c), true) };
    const code = await runCli(['scan', root, '--format', 'json', '--lang', 'en'], { stdout: stream, stderr: stream, cwd: root, env: { AILAWLENS_NO_CACHE: '1' } });
    assert.equal(code, 2);
    assert.match(out, /\.ailawlens\.yaml:\d+:\d+: YAML syntax error/);
    assert.match(out, /Invalid configuration; nothing was scanned \(exit code 2\)/);
    assert.doesNotMatch(out, /"findings"/, 'a report was printed despite the broken config');
  });

  it('unsafe custom regex patterns are rejected by name; the rest of the config still loads', () => {
    const text = JSON.stringify({
      exclude: ['build/'],
      customPatterns: [
        { id: 'evil-nested', category: 'personal-data', pattern: '^(a+)+$' },
        { id: 'evil-alternation', category: 'personal-data', pattern: '^(a|a)*$' },
        { id: 'broken', category: 'personal-data', pattern: '(' },
        { id: 'team-member-no', category: 'personal-data', pattern: '^member_?no$' },
      ],
    });
    const loaded = parseProjectConfig(text, '.ailawlens.json');
    assert.equal(loaded.fatal, false);
    assert.deepEqual(
      loaded.config.customPatterns.map((p) => p.id),
      ['team-member-no'],
    );
    assert.deepEqual(loaded.config.exclude, ['build/']);
    for (const id of ['evil-nested', 'evil-alternation', 'broken']) {
      const problem = loaded.problems.find((p) => p.message.en.includes(`"${id}"`));
      assert.ok(problem, `no message names ${id}`);
      assert.match(problem.message.en, /Rejected the regular expression .* The rest of the config still applies/);
      assert.ok(problem.span, 'the message points at the pattern');
    }
    assert.match(loaded.problems.find((p) => p.message.en.includes('evil-nested'))!.message.en, /backtrack/);
  });

  it('symlink loops and dangling links are handled and counted', async function () {
    const root = make({ 'src/a.py': 'x = 1\n' });
    try {
      fs.symlinkSync(path.join(root, 'src'), path.join(root, 'src', 'loop'));
      fs.symlinkSync(path.join(root, 'nowhere.py'), path.join(root, 'dangling.py'));
      fs.symlinkSync(path.join(root, 'self'), path.join(root, 'self'));
      fs.symlinkSync(os.tmpdir(), path.join(root, 'outside'));
    } catch {
      this.skip(); // no symlinks on this file system
    }
    const result = await scanWorkspace({ root });
    assert.ok(result.totals.filesScanned >= 2);
    assert.ok((result.totals.skipped.symlink ?? 0) >= 3, JSON.stringify(result.totals.skipped));
    assert.ok(!result.findings.some((f) => f.file.startsWith('outside/')), 'followed a link out of the root');
    assertGoodFileScanned(result);
  });

  it('files deleted or grown past the limit between listing and reading are reported, the scan goes on', async () => {
    const root = make({ 'gone/a.py': GOOD, 'grows/b.py': GOOD });
    const result = await scanWorkspace({
      root,
      maxFileSize: 4096,
      onProgress: (done) => {
        if (done === 0) {
          // Listing is done: now the files change under the scanner.
          fs.rmSync(path.join(root, 'gone/a.py'));
          fs.writeFileSync(path.join(root, 'grows/b.py'), 'x'.repeat(10_000));
        }
      },
    });
    assert.equal(problemsOf(result, 'gone/a.py')[0]?.kind, 'io-error');
    assert.match(problemsOf(result, 'gone/a.py')[0].message.en, /ENOENT/);
    assert.equal(problemsOf(result, 'grows/b.py')[0]?.kind, 'skipped-size');
    assertGoodFileScanned(result);
  });

  it('permission errors (EACCES on a file and on a folder; simulated, chmod does not stop root) are reported', async () => {
    const root = make({ 'secret/a.py': GOOD, 'locked/dir/b.py': GOOD });
    const deniedFile = path.join(root, 'secret/a.py');
    const deniedDir = path.join(root, 'locked');
    const open = realFs.promises.open;
    const openSync = realFs.openSync;
    const readdirSync = realFs.readdirSync;
    const eacces = (p: unknown): NodeJS.ErrnoException => Object.assign(new Error(`EACCES: permission denied, open '${String(p)}'`), { code: 'EACCES' });
    realFs.promises.open = (async (p: fs.PathLike, ...rest: unknown[]) => {
      if (String(p) === deniedFile) {
        throw eacces(p);
      }
      return (open as (...a: unknown[]) => Promise<fs.promises.FileHandle>)(p, ...rest);
    });
    // The scan reads blocking in this thread (and in workers): deny that open too.
    realFs.openSync = ((p: fs.PathLike, ...rest: unknown[]) => {
      if (String(p) === deniedFile) {
        throw eacces(p);
      }
      return (openSync as (...a: unknown[]) => number)(p, ...rest);
    });
    realFs.readdirSync = ((p: fs.PathLike, ...rest: unknown[]) => {
      if (String(p) === deniedDir) {
        throw eacces(p);
      }
      return (readdirSync as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof readdirSync;
    let result: WorkspaceScanResult;
    try {
      result = await scanWorkspace({ root });
    } finally {
      realFs.promises.open = open;
      realFs.openSync = openSync;
      realFs.readdirSync = readdirSync;
    }
    assert.equal(problemsOf(result, 'secret/a.py')[0]?.kind, 'io-error');
    assert.match(problemsOf(result, 'secret/a.py')[0].message.en, /EACCES/);
    assert.equal(problemsOf(result, 'locked')[0]?.kind, 'io-error');
    assertGoodFileScanned(result);
    if (process.getuid?.() !== 0) {
      // Not root: the real thing as well.
      fs.chmodSync(deniedFile, 0o000);
      const real = await scanWorkspace({ root });
      fs.chmodSync(deniedFile, 0o644);
      assert.equal(problemsOf(real, 'secret/a.py')[0]?.kind, 'io-error');
    }
  });

  it('GBK-encoded Chinese source is decoded: same findings as its UTF-8 twin, labels read correctly', async () => {
    const source = '# 用户表\nclass Member:\n    sfzh = None  # 身份证号码\n    shouji = None  # 手机号\n    xingming = None  # 姓名\n';
    const root = make({ 'gbk/member.py': iconv.encode(source, 'gbk'), 'utf8/member.py': source });
    const result = await scanWorkspace({ root });
    const shape = (dir: string): string[] =>
      result.findings
        .filter((f) => f.file === `${dir}/member.py`)
        .map((f) => `${f.ruleId}@${f.span.start.line}:${f.span.start.character}:${f.token}`)
        .sort();
    assert.ok(shape('utf8').length > 0, 'the UTF-8 twin has no findings; the test proves nothing');
    assert.deepEqual(shape('gbk'), shape('utf8'));
    assert.deepEqual(problemsOf(result, 'gbk/member.py'), []);
  });

  it('text in no supported encoding is reported (Latin-1, Big5), never garbled into findings', async () => {
    const root = make({
      'latin1/notes.py': iconv.encode('# Größe über Maß, Straße\nname = "Müller"\n', 'latin1'),
      'big5/notes.py': iconv.encode('# 身分證字號與電話號碼\nname = "王小明"\n', 'big5'),
      // Known limit: Shift-JIS can read as (garbled) GB18030. What matters: it yields no findings.
      'sjis/notes.py': iconv.encode('# 住所と電話番号\nname = "山田"\n', 'shift_jis'),
    });
    const result = await scanWorkspace({ root });
    for (const file of ['latin1/notes.py', 'big5/notes.py']) {
      const [problem] = problemsOf(result, file);
      assert.equal(problem?.kind, 'decode-error', file);
      assert.match(problem.message.zh, /无法识别文本编码/);
    }
    assert.equal(result.findings.filter((f) => !f.file.startsWith('good/')).length, 0, 'findings from text in a foreign encoding');
    assertGoodFileScanned(result);
  });

  it('hostile file names are scanned and reported verbatim in every format', async () => {
    const names = ['-rf.py', 'new\nline.py', '<img src=x onerror=alert(1)>.py', '$(touch pwned).py', '`id`.py', '身份证 表.py', '"quote".py', '\u202eyp.exe.py'];
    const files: Record<string, string> = {};
    for (const n of names) {
      files[`h/${n}`] = GOOD;
    }
    const root = make(files);
    const result = await scanWorkspace({ root });
    for (const n of names) {
      assert.ok(result.findings.some((f) => f.file === `h/${n}`), `no finding on ${JSON.stringify(n)}`);
    }
    const tool = { name: 'x', version: '0', informationUri: 'https://example.invalid' };
    const json = JSON.parse(writeReport('json', { result, rules: listRules(), lang: 'en', tool })) as unknown;
    assert.ok(JSON.stringify(json).includes('<img src=x onerror=alert(1)>.py'));
    JSON.parse(writeReport('sarif', { result, rules: listRules(), lang: 'en', tool }));
    const markdown = writeReport('markdown', { result, rules: listRules(), lang: 'en', tool });
    assert.ok(!markdown.includes('<img src=x'), 'raw HTML from a file name in the Markdown report');
    assert.ok(!fs.existsSync(path.join(root, 'pwned')) && !fs.existsSync('pwned'), 'a file name was executed');
  });

  it('the engine alone takes hostile text: NUL bytes, huge lines, lone surrogates', () => {
    for (const text of ['a\u0000b', 'x'.repeat(2_000_000), '\ud800\udc00\udfff\ud800', '\r'.repeat(100_000)]) {
      const result = scanText('a.py', text);
      assert.ok(!result.problems.some((p) => INTERNAL.test(p.message.en)));
    }
  });
});
