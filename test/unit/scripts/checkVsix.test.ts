// scripts/check-vsix.mjs (npm run package:check) on hand-made .vsix zips: it must pass an allow-listed package and
// fail, naming the culprit, on stray files, source maps, missing run-time files and broken archives.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { REPO_ROOT } from '../repoRoot';

/** The repo root, whether this runs compiled (out/test/unit/scripts) or from source through tsx. */
const root = REPO_ROOT;
const script = path.join(root, 'scripts', 'check-vsix.mjs');

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A minimal but valid zip (package.json deflated, the rest stored), as vsce writes them. */
function makeZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text, 'utf8');
    const deflate = name.endsWith('package.json');
    const data = deflate ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const manifest = JSON.stringify({ name: 'ai-law-lens', main: './dist/extension.js', icon: 'media/icon.png' });
const good: Record<string, string> = {
  'extension.vsixmanifest': '<x/>',
  '[Content_Types].xml': '<x/>',
  'extension/package.json': manifest,
  'extension/package.nls.json': '{}',
  'extension/package.nls.zh-cn.json': '{}',
  'extension/readme.md': '# AI Law Lens',
  'extension/changelog.md': '# Changelog',
  'extension/LICENSE.txt': 'MIT',
  'extension/dist/extension.js': 'exports.activate = () => {};',
  'extension/dist/webview.js': '(()=>{})();',
  'extension/dist/scanWorker.js': '',
  'extension/dist/statWorker.js': '',
  'extension/media/icon.png': 'png',
  'extension/l10n/bundle.l10n.json': '{}',
  'extension/guidance/pipl.md': '# guidance',
  'extension/syntaxes/x.tmLanguage.json': '{}',
};

describe('scripts/check-vsix.mjs (npm run package:check)', function () {
  this.timeout(30000);
  let tmp: string;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-vsix-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function check(files: Record<string, string> | Buffer): { status: number | null; out: string } {
    const file = path.join(tmp, `t${Math.random().toString(36).slice(2)}.vsix`);
    fs.writeFileSync(file, Buffer.isBuffer(files) ? files : makeZip(files));
    const r = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr };
  }

  it('accepts a package with only allow-listed files', () => {
    const r = check(good);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /package:check OK/);
    assert.match(r.out, /16 entries/);
  });

  it('rejects sources, node_modules and stray root files, naming each', () => {
    const r = check({
      ...good,
      'extension/src/extension.ts': 'x',
      'extension/node_modules/yaml/index.js': 'x',
      'extension/.env': 'SECRET=1',
      'extension/test/unit/a.test.js': 'x',
    });
    assert.equal(r.status, 1);
    for (const culprit of ['src/extension.ts', 'node_modules/yaml/index.js', '.env', 'test/unit/a.test.js']) {
      assert.ok(r.out.includes(`not allowed: ${culprit}`), `${culprit} not reported:\n${r.out}`);
    }
    assert.match(r.out, /4 problem\(s\)/);
  });

  it('rejects source maps even under dist/', () => {
    const r = check({ ...good, 'extension/dist/extension.js.map': '{}' });
    assert.equal(r.status, 1);
    assert.match(r.out, /dist\/extension\.js\.map — source map/);
  });

  it('rejects a package missing the main bundle or the icon named in package.json', () => {
    const { 'extension/dist/extension.js': _main, 'extension/media/icon.png': _icon, ...rest } = good;
    const r = check(rest);
    assert.equal(r.status, 1);
    assert.match(r.out, /missing main: dist\/extension\.js/);
    assert.match(r.out, /missing icon: media\/icon\.png/);
  });

  it('rejects unsafe entry names', () => {
    const r = check({ ...good, 'extension/../evil.js': 'x' });
    assert.equal(r.status, 1);
    assert.match(r.out, /unsafe path: extension\/\.\.\/evil\.js/);
  });

  it('reports a file that is not a zip clearly, without a stack trace', () => {
    const r = check(Buffer.from('this is not a zip file at all, just text\n'));
    assert.equal(r.status, 1);
    assert.match(r.out, /cannot read .*not a zip file/);
    assert.doesNotMatch(r.out, /\n\s+at /);
  });

  it('reports a truncated zip clearly', () => {
    const zip = makeZip(good);
    const r = check(Buffer.concat([zip.subarray(0, 40), zip.subarray(zip.length - 22)]));
    assert.equal(r.status, 1);
    assert.match(r.out, /cannot read .*corrupt zip/);
  });

  it('explains what to do when the .vsix does not exist', () => {
    const r = spawnSync(process.execPath, [script, path.join(tmp, 'missing.vsix')], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /not found — run "npm run package" first/);
  });
});
