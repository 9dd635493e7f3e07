import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ScanCache } from '../../../../src/core/perf/cache';
import { ScanPool, type PoolOptions } from '../../../../src/core/perf/pool';
import { scanWorkspace } from '../../../../src/core/workspace/scan';
import type { WorkspaceFile } from '../../../../src/core/workspace/fileList';

// The worker must be plain JS: use the copy `npm run compile-tests` emits under out/.
const workerPath = path.resolve(__dirname, '../../../../src/core/perf/scanWorker.js');
const limits = { maxFileSize: 1 << 20, maxLineLength: 20000 };

/** Runs a pool over `files`: every file added, then closed. */
async function analyseInWorkers(files: WorkspaceFile[], options: PoolOptions): Promise<{ cancelled: boolean; deferred: number }> {
  const pool = new ScanPool(limits, {}, options);
  for (const file of files) {
    pool.add(file);
  }
  const { cancelled } = await pool.close();
  return { cancelled, deferred: pool.deferredFiles };
}

/** Each file's findings as rule ids and lines, from a pool with the given options. */
async function findingsByFile(files: WorkspaceFile[], options: Partial<PoolOptions>): Promise<{ byFile: Map<string, string[]>; deferred: number }> {
  const byFile = new Map<string, string[]>();
  const { deferred } = await analyseInWorkers(files, {
    workerPath,
    ...options,
    onOutcome: (file, outcome) => {
      assert.equal(outcome.status, 'scanned', file.rel);
      assert.ok(!byFile.has(file.rel), `${file.rel} reported twice`);
      byFile.set(file.rel, outcome.status === 'scanned' ? outcome.result.findings.map((f) => `${f.ruleId}@${f.span.start.line}`).sort() : []);
    },
  });
  return { byFile, deferred };
}

const quietBody = (i: number): string => `def f${i}():\n    return ${i}\n`;

/** `count` Python files in `dir`, file i holding `body(i)` (by default a function with nothing to report). */
function makeFiles(dir: string, count: number, body: (i: number) => string = quietBody): WorkspaceFile[] {
  const files: WorkspaceFile[] = [];
  for (let i = 0; i < count; i++) {
    const rel = `f${i}.py`;
    const abs = path.join(dir, rel);
    fs.writeFileSync(abs, body(i));
    files.push({ rel, abs, size: fs.statSync(abs).size });
  }
  return files;
}

/** Half the files hold personal data (they need the engine), half are quiet. */
function makeMixedFiles(dir: string, count: number): WorkspaceFile[] {
  return makeFiles(dir, count, (i) => (i % 2 === 0 ? `class Member${i}:\n    id_card = ""  # 身份证号\n    phone = ""\n` : quietBody(i)));
}

describe('worker pool', function () {
  this.timeout(30000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(workerPath)) {
      this.skip(); // only under tsx; npm test always compiles the worker
    }
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-pool-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('analyses every file exactly once across threads', async () => {
    const files = makeFiles(dir, 50);
    const seen: string[] = [];
    const { cancelled } = await analyseInWorkers(files, {
      threads: 2,
      batchSize: 4,
      workerPath,
      onOutcome: (file, outcome) => {
        assert.notEqual(outcome.status, 'error');
        seen.push(file.rel);
      },
    });
    assert.equal(cancelled, false);
    assert.deepEqual([...seen].sort(), files.map((f) => f.rel).sort());
  });

  it('has one worker analyse what the others read, with the same results as each analysing its own', async () => {
    const files = makeMixedFiles(dir, 120);
    const split = await findingsByFile(files, { threads: 2, batchSize: 4 });
    const own = await findingsByFile(files, { threads: 2, batchSize: 4, deferBacklog: 0 });
    const single = await findingsByFile(files, { threads: 1, batchSize: 4 });
    assert.equal(own.deferred, 0, 'deferring is off');
    assert.equal(single.deferred, 0, 'one worker has no one to defer to');
    assert.ok(split.deferred > 0, 'the reading worker handed files to the analysing one');
    assert.equal(split.byFile.size, files.length);
    assert.deepEqual([...split.byFile].sort(), [...own.byFile].sort());
    assert.deepEqual([...split.byFile].sort(), [...single.byFile].sort());
    assert.equal([...split.byFile.values()].filter((f) => f.length > 0).length, 60, 'every personal-data file has findings');
  });

  it('stops deferring once the analysing worker is behind, and still reports every file once', async () => {
    const files = makeMixedFiles(dir, 120);
    const limited = await findingsByFile(files, { threads: 2, batchSize: 2, deferBacklog: 1, deferPatience: 0 });
    const own = await findingsByFile(files, { threads: 2, batchSize: 2, deferBacklog: 0 });
    assert.equal(limited.byFile.size, files.length);
    assert.deepEqual([...limited.byFile].sort(), [...own.byFile].sort());
  });

  it('stops the workers when cancelled', async () => {
    const files = makeFiles(dir, 400);
    const controller = new AbortController();
    let outcomes = 0;
    const { cancelled } = await analyseInWorkers(files, {
      threads: 2,
      batchSize: 1,
      workerPath,
      signal: controller.signal,
      onOutcome: () => {
        outcomes++;
        if (outcomes === 5) {
          controller.abort();
        }
      },
    });
    assert.equal(cancelled, true);
    const atCancel = outcomes;
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(outcomes, atCancel, 'no outcome may arrive after cancellation');
    assert.ok(outcomes < files.length);
  });
});

describe('workspace scan handing files to workers during the listing', function () {
  this.timeout(60000);
  const worker = path.resolve(__dirname, '../../../../src/core/perf/scanWorker.js');
  let dir: string;
  before(function () {
    if (!fs.existsSync(worker)) {
      this.skip();
    }
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-overlap-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports exactly what the in-process scan reports, with cache hits and changed files mixed', async () => {
    for (let i = 0; i < 60; i++) {
      fs.mkdirSync(path.join(dir, `m${i % 6}`), { recursive: true });
      const body = i % 2 === 0 ? `class User${i}:\n    id_card = ""  # 身份证号\n    phone = ""\n` : `def f${i}():\n    return ${i}\n`;
      fs.writeFileSync(path.join(dir, `m${i % 6}`, `f${i}.py`), body);
    }
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-overlap-cache-'));
    const key = { version: 't', rules: 't', config: '' };
    try {
      await scanWorkspace({ root: dir, threads: 1, cache: new ScanCache(cacheDir, dir, key).load() });
      // Change a third of the files (some gain findings, some lose them), so the next scans mix hits and misses.
      for (let i = 0; i < 60; i += 3) {
        const file = path.join(dir, `m${i % 6}`, `f${i}.py`);
        fs.writeFileSync(file, i % 2 === 0 ? `x = ${i}\n` : `class Member${i}:\n    bank_card = ""  # 银行卡号\n`);
        fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
      }
      const streamed: string[] = [];
      const viaWorkers = await scanWorkspace({ root: dir, threads: 2, workerPath: worker, cache: new ScanCache(cacheDir, dir, key).load(), onFile: (r) => streamed.push(r.file) });
      const inProcess = await scanWorkspace({ root: dir, threads: 1, cache: undefined });
      assert.equal(viaWorkers.totals.threads, 2);
      assert.equal(viaWorkers.totals.cacheHits, 40, 'the unchanged files come from the cache');
      assert.equal(viaWorkers.totals.filesScanned, 60);
      assert.deepEqual(
        viaWorkers.findings.map((f) => [f.file, f.span.start.line, f.ruleId]),
        inProcess.findings.map((f) => [f.file, f.span.start.line, f.ruleId]),
      );
      assert.ok(inProcess.findings.length > 10, 'the workspace must produce findings');
      assert.equal(streamed.length, 60, 'each file streamed once');
      assert.equal(new Set(streamed).size, 60);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('stops the workers when cancelled during the listing', async () => {
    for (let i = 0; i < 50; i++) {
      fs.writeFileSync(path.join(dir, `f${i}.py`), `def f${i}():\n    return ${i}\n`);
    }
    const controller = new AbortController();
    let seen = 0;
    const result = await scanWorkspace({
      root: dir,
      threads: 2,
      workerPath: worker,
      signal: controller.signal,
      onFile: () => {
        if (++seen === 3) {
          controller.abort();
        }
      },
    });
    assert.equal(result.cancelled, true);
    assert.ok(result.totals.filesScanned < 50);
  });
});
