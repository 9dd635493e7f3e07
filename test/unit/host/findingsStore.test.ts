import * as assert from 'node:assert/strict';
import { FindingsStore } from '../../../src/host/findingsStore';
import { finding } from './fakes';

const result = (file: string, n = 1) => ({ file, findings: Array.from({ length: n }, () => finding({ file })), problems: [] });

describe('host/findingsStore', () => {
  it('keeps results per URI and reports changes', () => {
    const store = new FindingsStore();
    const seen: string[][] = [];
    store.onDidChange((uris) => seen.push([...uris]));
    store.set('file:///w/a.py', 'file:///w', result('a.py', 2));
    store.set('file:///w/b.py', 'file:///w', result('b.py'));
    assert.equal(store.findings().length, 3);
    assert.equal(store.delete('file:///w/a.py'), true);
    assert.equal(store.delete('file:///w/a.py'), false);
    assert.equal(store.findings().length, 1);
    assert.deepEqual(seen, [['file:///w/a.py'], ['file:///w/b.py'], ['file:///w/a.py']]);
  });

  it('drops a deleted directory without touching siblings with a common prefix', () => {
    const store = new FindingsStore();
    store.set('file:///w/src/a.py', 'file:///w', result('src/a.py'));
    store.set('file:///w/src/deep/b.py', 'file:///w', result('src/deep/b.py'));
    store.set('file:///w/src2/c.py', 'file:///w', result('src2/c.py'));
    const removed = store.deleteUnder('file:///w/src');
    assert.deepEqual(removed.sort(), ['file:///w/src/a.py', 'file:///w/src/deep/b.py']);
    assert.deepEqual(store.uris(), ['file:///w/src2/c.py']);
  });

  it('batches updates into one notification', () => {
    const store = new FindingsStore();
    const seen: number[] = [];
    store.onDidChange((uris) => seen.push(uris.length));
    store.batchUpdates(() => {
      store.set('file:///w/a', 'file:///w', result('a'));
      store.set('file:///w/b', 'file:///w', result('b'));
    });
    assert.deepEqual(seen, [2]);
  });
});
