// Cache correctness at the workspace level: a changed file is analysed again, an unchanged one is not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openScanCache } from '../../../../src/core/perf/cache';
import { analyseFile } from '../../../../src/core/workspace/analyse';
import { scanWorkspace } from '../../../../src/core/workspace/scan';

describe('workspace scan with the cache', () => {
  let ws: string;
  let cacheDir: string;
  beforeEach(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-ws-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-cache-'));
    fs.writeFileSync(path.join(ws, 'user.py'), 'class User:\n    id_card = ""  # 身份证号\n    phone = ""\n');
    fs.writeFileSync(path.join(ws, 'util.py'), 'def add(a, b):\n    return a + b\n');
  });
  afterEach(() => {
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  async function scan(): Promise<{ analysed: string[]; findings: number; hits: number; report: string }> {
    const analysed: string[] = [];
    const cache = openScanCache({ root: ws, version: 't', rules: ['r'], config: {}, dir: cacheDir, env: {} });
    const result = await scanWorkspace({
      root: ws,
      cache,
      analyse: async (file, limits, engine) => {
        const outcome = await analyseFile(file, limits, engine);
        if (outcome.status === 'scanned') {
          analysed.push(file.rel);
        }
        return outcome;
      },
    });
    return { analysed: analysed.sort(), findings: result.findings.length, hits: result.totals.cacheHits ?? 0, report: JSON.stringify([result.findings, result.problems]) };
  }

  it('analyses everything cold, nothing warm, and only the changed file after an edit', async () => {
    const cold = await scan();
    assert.deepEqual(cold.analysed, ['user.py', 'util.py']);
    assert.ok(cold.findings > 0, 'the person class should produce findings');

    const warm = await scan();
    assert.deepEqual(warm.analysed, []);
    assert.equal(warm.hits, 2);
    assert.equal(warm.findings, cold.findings, 'cached findings are reported as before');
    assert.equal(warm.report, cold.report, 'field for field, in the same order, Chinese messages included');

    fs.appendFileSync(path.join(ws, 'util.py'), '\n\ndef sub(a, b):\n    return a - b\n');
    const edited = await scan();
    assert.deepEqual(edited.analysed, ['util.py']);
    assert.equal(edited.findings, cold.findings);
  });

  it('recognises a touched but unchanged file by its content hash', async () => {
    await scan();
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(ws, 'user.py'), future, future);
    const touched = await scan();
    assert.deepEqual(touched.analysed, [], 'same bytes: no re-analysis');
    assert.equal(touched.hits, 2);
  });

  it('forgets deleted files and honours AILAWLENS_NO_CACHE', async () => {
    await scan();
    fs.rmSync(path.join(ws, 'user.py'));
    const after = await scan();
    assert.equal(after.findings, 0);
    assert.equal(openScanCache({ root: ws, version: 't', rules: [], config: {}, dir: cacheDir, env: { AILAWLENS_NO_CACHE: '1' } }), undefined);
  });
});
