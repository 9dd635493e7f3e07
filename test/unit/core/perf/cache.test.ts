import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FileScanResult } from '../../../../src/core/model';
import { cacheDisabledByEnv, hashContent, ScanCache } from '../../../../src/core/perf/cache';

const parts = { version: '1.0.0', rules: 'r1', config: '{}' };
const result = (file: string): FileScanResult => ({ file, findings: [], problems: [] });

describe('ScanCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('returns a stored result only for the same content hash, across instances', () => {
    const cache = new ScanCache(dir, '/ws', parts).load();
    cache.set('a.py', hashContent('x = 1'), result('a.py'));
    assert.ok(cache.save());
    const again = new ScanCache(dir, '/ws', parts).load();
    assert.deepEqual(again.get('a.py', hashContent('x = 1')), result('a.py'));
    assert.equal(again.get('a.py', hashContent('x = 2')), undefined);
    assert.equal(again.hits, 1);
    assert.equal(again.misses, 1);
  });

  it('is invalidated by a change of version, rules or config', () => {
    const cache = new ScanCache(dir, '/ws', parts).load();
    cache.set('a.py', 'h', result('a.py'));
    cache.save();
    for (const changed of [{ ...parts, version: '1.0.1' }, { ...parts, rules: 'r2' }, { ...parts, config: '{"disable":["x"]}' }]) {
      assert.equal(new ScanCache(dir, '/ws', changed).load().get('a.py', 'h'), undefined);
    }
    assert.ok(new ScanCache(dir, '/ws', parts).load().get('a.py', 'h'));
  });

  it('keeps roots apart and survives a corrupt cache file', () => {
    const cache = new ScanCache(dir, '/ws', parts).load();
    cache.set('a.py', 'h', result('a.py'));
    cache.save();
    assert.equal(new ScanCache(dir, '/other', parts).load().get('a.py', 'h'), undefined);
    for (const f of fs.readdirSync(dir)) {
      fs.writeFileSync(path.join(dir, f), '{not json');
    }
    assert.equal(new ScanCache(dir, '/ws', parts).load().size, 0);
  });

  it('drops entries of files that are gone', () => {
    const cache = new ScanCache(dir, '/ws', parts).load();
    cache.set('a.py', 'h', result('a.py'));
    cache.set('b.py', 'h', result('b.py'));
    cache.retainOnly(['b.py']);
    assert.equal(cache.size, 1);
  });

  it('reads AILAWLENS_NO_CACHE', () => {
    assert.equal(cacheDisabledByEnv({ AILAWLENS_NO_CACHE: '1' }), true);
    assert.equal(cacheDisabledByEnv({ AILAWLENS_NO_CACHE: '0' }), false);
    assert.equal(cacheDisabledByEnv({}), false);
  });
});
