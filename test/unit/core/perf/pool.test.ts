import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyseInWorkers } from '../../../../src/core/perf/pool';
import type { WorkspaceFile } from '../../../../src/core/workspace/fileList';

// The worker must be plain JS: use the copy `npm run compile-tests` emits under out/.
const workerPath = path.resolve(__dirname, '../../../../src/core/perf/scanWorker.js');
const limits = { maxFileSize: 1 << 20, maxLineLength: 20000 };

function makeFiles(dir: string, count: number): WorkspaceFile[] {
  const files: WorkspaceFile[] = [];
  for (let i = 0; i < count; i++) {
    const rel = `f${i}.py`;
    const abs = path.join(dir, rel);
    fs.writeFileSync(abs, `def f${i}():\n    return ${i}\n`);
    files.push({ rel, abs, size: fs.statSync(abs).size });
  }
  return files;
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
    const { cancelled } = await analyseInWorkers(files, limits, {}, {
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

  it('stops the workers when cancelled', async () => {
    const files = makeFiles(dir, 400);
    const controller = new AbortController();
    let outcomes = 0;
    const { cancelled } = await analyseInWorkers(files, limits, {}, {
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
