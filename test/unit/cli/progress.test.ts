import * as assert from 'node:assert/strict';
import { PROGRESS_MIN_FILES, ProgressBar } from '../../../src/cli/progress';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (s: string) => chunks.push(s) } };
}

describe('progress bar', () => {
  it('draws on a terminal for a large scan and clears its line at the end', () => {
    const s = sink(true);
    const bar = new ProgressBar(s.stream, true);
    bar.update(0, PROGRESS_MIN_FILES);
    bar.update(PROGRESS_MIN_FILES, PROGRESS_MIN_FILES);
    bar.clear();
    assert.match(s.chunks[0], /^\r\[\.+\] 0\/200 files$/);
    assert.match(s.chunks[1], /^\r\[#+\] 200\/200 files$/);
    assert.equal(s.chunks.at(-1), '\r\u001b[2K');
  });

  it('stays quiet when stderr is not a terminal, the scan is small, or --quiet is given', () => {
    for (const [tty, total, enabled] of [[false, 1000, true], [true, PROGRESS_MIN_FILES - 1, true], [true, 1000, false]] as const) {
      const s = sink(tty);
      const bar = new ProgressBar(s.stream, enabled);
      bar.update(1, total);
      bar.update(total, total);
      bar.clear();
      assert.deepEqual(s.chunks, []);
    }
  });
});
