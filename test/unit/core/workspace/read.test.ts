// The workers' blocking read reuses one buffer and skips the stat: sizes around the buffer and the limit must still
// come out exactly, and a view handed out must hold the file's bytes.
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyseFileSync, readFileBytesSync } from '../../../../src/core/workspace/analyse';
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
