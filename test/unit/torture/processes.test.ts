// Concurrent writers for real: several OS processes (think: two VS Code windows and a CLI run) record decisions
// in the same decisions file at the same time. Each writes its own obligations; none may be lost, and the file must
// parse at the end. The in-process torture test covers the interleavings; this one covers true parallelism.
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDecisions, type Decision } from '../../../src/core/checklist/decisions';

const WRITERS = 4;
const PER_WRITER = 25;

/** Child program: loads the store (compiled .js, or .ts through tsx), then writes its decisions one by one. */
const CHILD = `
const [storePath, file, writer, count, root] = process.argv.slice(2);
if (storePath.endsWith('.ts')) require(require.resolve('tsx/cjs', { paths: [root] }));
const { DecisionStore } = require(storePath);
const store = new DecisionStore({ file, lockTimeoutMs: 20000, today: () => '2026-11-27' });
store.reload();
let retries = 0;
process.send({ ready: true });
process.once('message', () => {
for (let i = 0; i < Number(count); i++) {
  let state = store.setDecision('W' + writer + '-' + i, { status: i % 2 ? 'done' : 'waived', note: 'writer ' + writer + ' item ' + i });
  while (state.state === 'error') {
    retries++;
    if (retries > 500) { process.exit(3); }
    store.reload();
    state = store.flush();
  }
}
process.send({ writer, retries }, () => process.exit(0));
});
`;

describe('torture: concurrent writer processes', function () {
  this.timeout(180_000);

  it(`${WRITERS} processes x ${PER_WRITER} decisions into one file: nothing lost, file valid`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-procs-'));
    const file = path.join(dir, '.ailawlens', 'checklist.json');
    const script = path.join(dir, 'writer.cjs');
    fs.writeFileSync(script, CHILD);
    const storePath = require.resolve('../../../src/core/checklist/store');
    try {
      // All writers load first, then start together on a signal, so their writes really overlap.
      const children = Array.from({ length: WRITERS }, (_, w) =>
        fork(script, [storePath, file, String(w), String(PER_WRITER), process.cwd()], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }),
      );
      const ready = children.map((child) => new Promise<void>((resolve) => child.once('message', () => resolve())));
      const done = children.map(
        (child) =>
          new Promise<{ code: number | null; retries: number }>((resolve, reject) => {
            let retries = 0;
            child.on('message', (m: { retries?: number }) => (retries = m.retries ?? retries));
            child.on('error', reject);
            child.on('exit', (code) => resolve({ code, retries }));
          }),
      );
      await Promise.all(ready);
      children.forEach((child) => child.send('go'));
      const results = await Promise.all(done);
      assert.deepEqual(
        results.map((r) => r.code),
        Array.from({ length: WRITERS }, () => 0),
        'a writer process failed',
      );
      const parsed = parseDecisions(fs.readFileSync(file, 'utf8'));
      assert.ok(parsed.ok, 'the file is not valid at the end');
      for (let w = 0; w < WRITERS; w++) {
        for (let i = 0; i < PER_WRITER; i++) {
          const d: Decision | undefined = parsed.file.decisions[`W${w}-${i}`];
          assert.ok(d, `decision W${w}-${i} was lost`);
          assert.equal(d.note, `writer ${w} item ${i}`);
        }
      }
      console.log(`      ${WRITERS * PER_WRITER} decisions from ${WRITERS} processes, all present; lock waits retried ${results.reduce((s, r) => s + r.retries, 0)} times`);
      assert.deepEqual(
        fs.readdirSync(path.dirname(file)).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock')),
        [],
        'temp or lock files left behind',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
