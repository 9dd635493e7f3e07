import * as assert from 'node:assert/strict';
import { PerKeyDebouncer, VersionGate, adaptiveDelay } from '../../../../src/host/diagnostics/debouncer';
import type { TimerPort } from '../../../../src/host/diagnostics/debouncer';

/** A manual clock: timers fire only when the test advances time. */
class FakeTimers implements TimerPort {
  now = 0;
  private next = 1;
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  set(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, run: callback });
    return id;
  }
  clear(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= this.now) {
        this.timers.delete(id);
        timer.run();
      }
    }
  }
  get pending(): number {
    return this.timers.size;
  }
}

describe('host/diagnostics/debouncer', () => {
  it('runs only the last scheduled call per key after the delay', () => {
    const timers = new FakeTimers();
    const debouncer = new PerKeyDebouncer(timers, () => 300);
    const runs: string[] = [];
    debouncer.schedule('a', () => runs.push('a1'));
    timers.advance(200);
    debouncer.schedule('a', () => runs.push('a2'));
    timers.advance(200);
    assert.deepEqual(runs, [], 'the second call restarted the timer');
    timers.advance(100);
    assert.deepEqual(runs, ['a2']);
  });

  it('debounces documents independently', () => {
    const timers = new FakeTimers();
    const debouncer = new PerKeyDebouncer(timers, () => 300);
    const runs: string[] = [];
    debouncer.schedule('a', () => runs.push('a'));
    timers.advance(250);
    debouncer.schedule('b', () => runs.push('b'));
    timers.advance(50);
    assert.deepEqual(runs, ['a'], 'typing in b did not delay a');
    timers.advance(250);
    assert.deepEqual(runs, ['a', 'b']);
  });

  it('cancels one key and disposes all', () => {
    const timers = new FakeTimers();
    const debouncer = new PerKeyDebouncer(timers, () => 10);
    const runs: string[] = [];
    debouncer.schedule('a', () => runs.push('a'));
    debouncer.schedule('b', () => runs.push('b'));
    debouncer.cancel('a');
    assert.equal(debouncer.isPending('a'), false);
    assert.equal(debouncer.isPending('b'), true);
    debouncer.dispose();
    timers.advance(100);
    assert.deepEqual(runs, []);
    assert.equal(timers.pending, 0);
  });

  it('reads the delay at schedule time (a settings change applies to the next edit)', () => {
    const timers = new FakeTimers();
    let delay = 300;
    const debouncer = new PerKeyDebouncer(timers, () => delay);
    const runs: number[] = [];
    delay = 50;
    debouncer.schedule('a', () => runs.push(timers.now));
    timers.advance(60);
    assert.deepEqual(runs, [60]);
  });

  it('stretches the delay for documents whose analysis was slow, within a cap', () => {
    assert.equal(adaptiveDelay(300, undefined), 300);
    assert.equal(adaptiveDelay(300, 40), 300, 'fast analyses keep the user setting');
    assert.equal(adaptiveDelay(300, 400), 800);
    assert.equal(adaptiveDelay(300, 60000), 2000, 'capped');
    const timers = new FakeTimers();
    const debouncer = new PerKeyDebouncer(timers, (key) => (key === 'big' ? adaptiveDelay(300, 500) : adaptiveDelay(300, 1)));
    const runs: string[] = [];
    debouncer.schedule('big', () => runs.push('big'));
    debouncer.schedule('small', () => runs.push('small'));
    timers.advance(300);
    assert.deepEqual(runs, ['small']);
    timers.advance(700);
    assert.deepEqual(runs, ['small', 'big']);
  });

  it('drops results for versions older than the newest request', () => {
    const gate = new VersionGate();
    gate.request('doc', 4);
    assert.equal(gate.isCurrent('doc', 4), true);
    gate.request('doc', 7);
    assert.equal(gate.isCurrent('doc', 4), false, 'a result for v4 is stale once v7 was requested');
    assert.equal(gate.isCurrent('doc', 7), true);
    gate.request('doc', 5);
    assert.equal(gate.isCurrent('doc', 7), true, 'an older request never lowers the bar');
    gate.forget('doc');
    assert.equal(gate.isCurrent('doc', 1), true);
  });
});
