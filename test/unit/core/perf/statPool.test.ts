import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ScanCache } from '../../../../src/core/perf/cache';
import { resolveStatWorkerPath, StatPool } from '../../../../src/core/perf/statPool';
import type { WorkspaceFile } from '../../../../src/core/workspace/fileList';
import { scanWorkspace } from '../../../../src/core/workspace/scan';

// Plain JS workers: the copies `npm run compile-tests` emits under out/.
const scanWorker = path.resolve(__dirname, '../../../../src/core/perf/scanWorker.js');
const statWorker = path.resolve(__dirname, '../../../../src/core/perf/statWorker.js');

function statAll(workerPath: string, files: WorkspaceFile[], stopEarly = false): Promise<WorkspaceFile[]> {
  const seen: WorkspaceFile[] = [];
  const pool = new StatPool(workerPath, 2, (file) => seen.push({ ...file }));
  files.forEach((f) => pool.add(f));
  if (stopEarly) {
    pool.terminate();
  }
  return pool.close().then(() => seen);
}

describe('stat pool (warm rescans)', function () {
  this.timeout(30000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(statWorker)) {
      this.skip(); // only under tsx; npm test always compiles the worker
    }
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-stat-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function files(count: number): WorkspaceFile[] {
    const out: WorkspaceFile[] = [];
    for (let i = 0; i < count; i++) {
      const abs = path.join(dir, `f${i}.py`);
      fs.writeFileSync(abs, 'x'.repeat(i % 50));
      out.push({ abs, rel: `f${i}.py`, size: -1 });
    }
    fs.mkdirSync(path.join(dir, 'sub'));
    out.push({ abs: path.join(dir, 'missing.py'), rel: 'missing.py', size: -1 }, { abs: path.join(dir, 'sub'), rel: 'sub', size: -1 });
    return out;
  }

  it('finds the worker beside the scan worker', () => {
    assert.equal(resolveStatWorkerPath(scanWorker), statWorker);
    assert.equal(resolveStatWorkerPath(path.join(dir, 'scanWorker.js')), undefined);
  });

  it('returns the size and mtime fs.statSync gives, over several batches, and -1 for what is not a file', async () => {
    const input = files(700);
    const seen = await statAll(statWorker, input);
    assert.equal(seen.length, input.length, 'every file comes back once');
    for (const file of seen) {
      const stat = fs.statSync(file.abs, { throwIfNoEntry: false });
      if (stat?.isFile()) {
        assert.equal(file.size, stat.size, file.rel);
        assert.equal(file.mtimeMs, stat.mtimeMs, file.rel);
      } else {
        assert.equal(file.size, -1, file.rel);
        assert.equal(file.mtimeMs, undefined, file.rel);
      }
    }
  });

  it('stats on the calling thread when a worker fails, so no file is lost', async () => {
    const broken = path.join(dir, 'broken-worker.js');
    fs.writeFileSync(broken, 'throw new Error("worker failed to start");');
    const input = files(300);
    const seen = await statAll(broken, input);
    assert.deepEqual(seen.map((f) => f.rel).sort(), input.map((f) => f.rel).sort());
    assert.equal(seen.find((f) => f.rel === 'f7.py')?.size, 7);
  });

  it('stops at once when terminated', async () => {
    const seen = await statAll(statWorker, files(600), true);
    assert.ok(seen.length < 600, `terminated before the answers came back (got ${seen.length})`);
  });

  it('gives a warm rescan through stat workers the results of an in-process scan', async () => {
    for (let i = 0; i < 60; i++) {
      fs.mkdirSync(path.join(dir, `m${i % 6}`), { recursive: true });
      const body = i % 2 === 0 ? `class User${i}:\n    id_card = ""  # 身份证号\n    phone = ""\n` : `def f${i}():\n    return ${i}\n`;
      fs.writeFileSync(path.join(dir, `m${i % 6}`, `f${i}.py`), body);
    }
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-stat-cache-'));
    const key = { version: 't', rules: 't', config: '' };
    try {
      const cold = await scanWorkspace({ root: dir, threads: 1, cache: new ScanCache(cacheDir, dir, key).load() });
      for (let i = 0; i < 60; i += 3) {
        const file = path.join(dir, `m${i % 6}`, `f${i}.py`);
        fs.writeFileSync(file, i % 2 === 0 ? `x = ${i}\n` : `class Member${i}:\n    bank_card = ""  # 银行卡号\n`);
        fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
      }
      fs.rmSync(path.join(dir, 'm1', 'f1.py'));
      const warm = await scanWorkspace({ root: dir, workerPath: scanWorker, minFilesForStatWorkers: 1, cache: new ScanCache(cacheDir, dir, key).load() });
      const fresh = await scanWorkspace({ root: dir, threads: 1 });
      assert.equal(warm.totals.cacheHits, 39, 'the unchanged files come from the cache');
      assert.equal(warm.totals.filesScanned, 59);
      assert.equal(JSON.stringify(warm.findings), JSON.stringify(fresh.findings));
      assert.notEqual(JSON.stringify(cold.findings), JSON.stringify(fresh.findings), 'the edits must change the findings');
      assert.equal(new ScanCache(cacheDir, dir, key).load().size, 59, 'the deleted file left the cache');
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
