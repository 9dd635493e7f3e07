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

  it('writes many entries as one valid JSON document, hostile names included', () => {
    const cache = new ScanCache(dir, '/ws', parts).load();
    const names = ['a "quoted".py', 'back\\slash.py', '中文/文件.py', 'line\nbreak.py'];
    for (let i = 0; i < 3000; i++) {
      names.push(`pkg/mod${i}.py`);
    }
    names.forEach((name, i) => cache.set(name, hashContent(name), result(name), { size: i, mtimeMs: i * 1.5 }));
    assert.ok(cache.save());
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.json'))!;
    const raw = fs.readFileSync(path.join(dir, file));
    assert.ok(raw.every((byte) => byte < 0x80), 'the cache file is pure ASCII');
    const parsed = JSON.parse(raw.toString('utf8')) as { paths: string[]; hashes: string[] };
    assert.equal(parsed.paths.length, names.length);
    assert.equal(parsed.hashes[parsed.paths.indexOf('中文/文件.py')], hashContent('中文/文件.py'));
    const again = new ScanCache(dir, '/ws', parts).load();
    for (const name of names) {
      assert.deepEqual(again.get(name, hashContent(name)), result(name));
    }
    assert.deepEqual(again.getByStat('a "quoted".py', 0, 0), result('a "quoted".py'));
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

  it('treats a malformed entry as a miss and drops it', () => {
    const cache = new ScanCache(dir, '/ws', parts).load();
    cache.set('a.py', 'h', result('a.py'), { size: 1, mtimeMs: 1 });
    cache.set('b.py', 'h', { file: 'b.py', findings: [], problems: [{ kind: 'io-error', file: 'b.py', message: { zh: '读', en: 'read' } }] }, { size: 1, mtimeMs: 1 });
    cache.save();
    const file = path.join(dir, fs.readdirSync(dir)[0]);
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { strings: string[] };
    parsed.strings = []; // every table reference now points nowhere
    fs.writeFileSync(file, JSON.stringify(parsed));
    const again = new ScanCache(dir, '/ws', parts).load();
    assert.deepEqual(again.getByStat('a.py', 1, 1), result('a.py')); // an empty result needs no table
    assert.equal(again.getByStat('b.py', 1, 1), undefined);
    assert.equal(again.size, 1);
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
