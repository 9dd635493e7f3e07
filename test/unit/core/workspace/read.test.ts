// The workers' blocking read reuses one buffer and skips the stat: sizes around the buffer and the limit must still
// come out exactly, and a view handed out must hold the file's bytes.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText } from '../../../../src/core/engine';
import { analyseFileSync, readFileBytesSync } from '../../../../src/core/workspace/analyse';
import { decodeText } from '../../../../src/core/workspace/decode';
import { makeTree, removeTree } from './tmp';

describe('readFileBytesSync (reused buffer, no stat)', () => {
  let root: string;
  const sizes = [0, 1, 65_535, 65_536, 65_537, 200_000, 1_500_000];

  before(() => {
    root = makeTree({});
    for (const size of sizes) {
      fs.writeFileSync(path.join(root, `f${size}`), crypto.randomBytes(size));
    }
  });
  after(() => removeTree(root));

  it('returns exactly the bytes of files smaller than, equal to and larger than the buffer', () => {
    for (const size of sizes) {
      const file = path.join(root, `f${size}`);
      const read = readFileBytesSync(file, 4 << 20);
      assert.ok('bytes' in read, `f${size} read`);
      assert.equal(Buffer.compare(read.bytes, fs.readFileSync(file)), 0, `f${size} bytes`);
    }
  });

  it('reads the same bytes when it stats the open file first (and stops at its size), and gives its mtime', () => {
    for (const size of sizes) {
      const file = path.join(root, `f${size}`);
      const read = readFileBytesSync(file, 4 << 20, true);
      assert.ok('bytes' in read, `f${size} read`);
      assert.equal(Buffer.compare(read.bytes, fs.readFileSync(file)), 0, `f${size} bytes`);
      assert.equal(read.mtimeMs, fs.statSync(file).mtimeMs);
    }
    assert.deepEqual(readFileBytesSync(path.join(root, 'f200000'), 100, true), { tooBig: 200_000 });
    assert.ok('bytes' in readFileBytesSync(path.join(root, 'f65536'), 65_536, true), 'a file exactly at the limit is read');
  });

  it('reports the real size of a file over the limit, whether or not it fits the buffer', () => {
    assert.deepEqual(readFileBytesSync(path.join(root, 'f200000'), 100), { tooBig: 200_000 });
    assert.deepEqual(readFileBytesSync(path.join(root, 'f1500000'), 1_000_000), { tooBig: 1_500_000 });
    assert.deepEqual(readFileBytesSync(path.join(root, 'f65537'), 65_536), { tooBig: 65_537 });
    assert.ok('bytes' in readFileBytesSync(path.join(root, 'f65536'), 65_536), 'a file exactly at the limit is read');
  });

  it('gives each analysed file its own content although the buffer is shared', () => {
    const tree = makeTree({ 'a.py': 'id_card = 1  # 身份证号\n', 'b.py': 'x = 2\n' });
    try {
      const limits = { maxFileSize: 1 << 20, maxLineLength: 20_000 };
      const a = analyseFileSync({ abs: path.join(tree, 'a.py'), rel: 'a.py', size: 0 }, limits);
      const b = analyseFileSync({ abs: path.join(tree, 'b.py'), rel: 'b.py', size: 0 }, limits);
      assert.equal(a.status, 'scanned');
      assert.equal(b.status, 'scanned');
      assert.ok(a.status === 'scanned' && a.result.findings.some((f) => f.piElement === 'id-card-number'));
      assert.ok(b.status === 'scanned' && b.result.findings.length === 0);
      assert.notEqual(a.status === 'scanned' && a.hash, b.status === 'scanned' && b.hash);
    } finally {
      removeTree(tree);
    }
  });
});

describe('reading without decoding (prefilter on the bytes)', () => {
  const NOW = new Date('2026-06-01T00:00:00Z');
  const limits = { maxFileSize: 1 << 20, maxLineLength: 200 };
  const files: Record<string, string | Buffer> = {
    'quiet.py': 'def add(a, b):\n    return a + b\n',
    'user.py': 'class User:\n    id_card = ""  # 身份证号\n    phone = ""\n',
    'bom.py': '\ufeffclass Member:\n    mobile = ""\n',
    'directive.py': 'x = 1  # ai-law-lens-disable-line AILL-NOPE -- reason\n',
    'conf/app.yaml': 'a: [1,\n',
    'long.py': `x = "${'a'.repeat(300)}"\n`,
    'wide.py': `x = "${'宽'.repeat(150)}"\n`, // 150 characters but 450 bytes: under the character limit
    'gbk.py': Buffer.from([0x23, 0x20, 0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4, 0x0a, 0x69, 0x64, 0x5f, 0x63, 0x61, 0x72, 0x64, 0x20, 0x3d, 0x20, 0x31, 0x0a]), // "# 身份证\nid_card = 1" in GBK
    'utf16.py': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('phone_number = 1\n', 'utf16le')]),
  };
  let root: string;
  before(() => {
    root = makeTree(files);
  });
  after(() => removeTree(root));

  it('reports for every file exactly what scanning its decoded text reports', () => {
    for (const rel of Object.keys(files)) {
      const outcome = analyseFileSync({ abs: path.join(root, rel), rel, size: -1 }, limits, { now: NOW });
      if (rel === 'long.py') {
        assert.equal(outcome.status, 'skipped', 'a line over the limit is still reported');
        continue;
      }
      assert.equal(outcome.status, 'scanned', rel);
      if (outcome.status !== 'scanned') {
        continue;
      }
      const text = decodeText(fs.readFileSync(path.join(root, rel)));
      assert.ok(text.ok);
      assert.equal(JSON.stringify(outcome.result), JSON.stringify(scanText(rel, text.text, { now: NOW })), rel);
      assert.equal(outcome.encoding, text.encoding, rel);
      assert.equal(outcome.mtimeMs, fs.statSync(path.join(root, rel)).mtimeMs, `${rel}: the reader's stat when the listing took none`);
    }
  });

  it('returns a cached file unchanged without decoding it, and re-analyses a changed one', () => {
    const bytes = fs.readFileSync(path.join(root, 'user.py'));
    const hash = crypto.createHash('sha1').update(bytes).digest('hex');
    const same = analyseFileSync({ abs: path.join(root, 'user.py'), rel: 'user.py', size: bytes.length, knownHash: hash }, limits);
    assert.equal(same.status, 'unchanged');
    const other = analyseFileSync({ abs: path.join(root, 'user.py'), rel: 'user.py', size: bytes.length, knownHash: 'f'.repeat(40) }, limits);
    assert.equal(other.status, 'scanned');
    assert.ok(other.status === 'scanned' && other.result.findings.length > 0);
  });
});

describe('decodeText on valid UTF-8', () => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  it('gives exactly what the strict TextDecoder gives, BOM or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (text, bom) => {
        const body = Buffer.from(text, 'utf8');
        const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
        const decoded = decodeText(bytes);
        assert.ok(decoded.ok);
        assert.equal(decoded.encoding, 'utf-8');
        assert.equal(decoded.text, strict.decode(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('still refuses invalid UTF-8 as UTF-8', () => {
    const decoded = decodeText(Buffer.from([0x61, 0xc3, 0x28, 0x62]));
    assert.ok(!decoded.ok || decoded.encoding !== 'utf-8');
  });
});
