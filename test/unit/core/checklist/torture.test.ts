// Randomised persistence torture: two writers (two windows, or the editor and a CLI), external edits
// (git pull), conflict markers, crashes between the temp write and the rename, and rescans. Invariants
// after every step: the file always parses (or is exactly the conflicted text we wrote), and every
// acknowledged decision is in it unless a later acknowledged edit of the same obligation replaced it.
// CHECKLIST_TORTURE_RUNS sets the number of sequences (default 300; issue 8 asks for 1,000 in CI).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildChecklistModel } from '../../../../src/core/checklist/build';
import { parseDecisions, serializeDecisions, STATUSES, type ItemStatus } from '../../../../src/core/checklist/decisions';
import { DecisionStore } from '../../../../src/core/checklist/store';
import { fakeCatalogue, finding } from './fixtures';

const IDS = ['PIPL-13', 'PIPL-28', 'PIPL-29', 'ARP-17', 'ARP-24', 'CSL-23'];
const RUNS = Number(process.env.CHECKLIST_TORTURE_RUNS ?? 300);

type Op =
  | { kind: 'decide'; writer: 0 | 1; id: number; status: ItemStatus; crash: boolean }
  | { kind: 'external'; id: number; status: ItemStatus }
  | { kind: 'conflict' }
  | { kind: 'resolve' }
  | { kind: 'flush'; writer: 0 | 1 }
  | { kind: 'rescan'; present: boolean[] };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('decide' as const), writer: fc.constantFrom(0 as const, 1 as const), id: fc.nat(IDS.length - 1), status: fc.constantFrom(...STATUSES), crash: fc.constantFrom(false, false, false, true) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('external' as const), id: fc.nat(IDS.length - 1), status: fc.constantFrom(...STATUSES) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'conflict' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'resolve' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('flush' as const), writer: fc.constantFrom(0 as const, 1 as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rescan' as const), present: fc.array(fc.boolean(), { minLength: IDS.length, maxLength: IDS.length }) }) },
);

function statusIn(text: string, id: string): ItemStatus {
  const parsed = parseDecisions(text);
  assert.ok(parsed.ok, `file must parse: ${text.slice(0, 200)}`);
  return parsed.file.decisions[id]?.status ?? 'open';
}

describe('checklist persistence torture', function () {
  this.timeout(300000);

  it(`never loses an acknowledged decision and never leaves an invalid file (${RUNS} sequences)`, () => {
    let sequences = 0;
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 25 }), (ops) => {
        sequences++;
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-torture-'));
        const file = path.join(dir, '.ailawlens', 'checklist.json');
        const crash = [false, false];
        const stores = [0, 1].map(
          (w) =>
            new DecisionStore({
              file,
              lockTimeoutMs: 200,
              hooks: {
                beforeRename: () => {
                  if (crash[w]) {
                    crash[w] = false;
                    throw new Error('simulated crash before rename');
                  }
                },
              },
            }),
        );
        stores.forEach((s) => s.reload());
        const expected = new Map<string, ItemStatus>();
        const pending: Map<string, ItemStatus>[] = [new Map(), new Map()];
        let conflicted: string | undefined;
        let good = '';
        const settle = (w: number, ok: boolean): void => {
          if (ok) {
            for (const [id, status] of pending[w]) {
              expected.set(id, status);
            }
            pending[w].clear();
          }
        };
        try {
          for (const step of ops) {
            switch (step.kind) {
              case 'decide': {
                const id = IDS[step.id];
                crash[step.writer] = step.crash;
                pending[step.writer].set(id, step.status);
                settle(step.writer, stores[step.writer].setDecision(id, { status: step.status }).state === 'ok');
                crash[step.writer] = false;
                break;
              }
              case 'flush':
                settle(step.writer, stores[step.writer].flush().state === 'ok');
                break;
              case 'external': {
                if (conflicted !== undefined) {
                  break;
                }
                // A git pull bringing someone else's decision; the watcher then reloads both windows.
                const current = fs.existsSync(file) ? parseDecisions(fs.readFileSync(file, 'utf8')) : parseDecisions('');
                assert.ok(current.ok);
                current.file.decisions[IDS[step.id]] = { status: step.status };
                fs.mkdirSync(path.dirname(file), { recursive: true });
                fs.writeFileSync(file, serializeDecisions(current.file));
                expected.set(IDS[step.id], step.status);
                stores.forEach((s, w) => {
                  s.reload();
                  settle(w, s.hasPending() && s.flush().state === 'ok');
                });
                break;
              }
              case 'conflict':
                if (conflicted === undefined) {
                  good = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : serializeDecisions({ version: 1, answers: {}, decisions: {} });
                  conflicted = `<<<<<<< HEAD\n${good}=======\n{}\n>>>>>>> theirs\n`;
                  fs.mkdirSync(path.dirname(file), { recursive: true });
                  fs.writeFileSync(file, conflicted);
                  stores.forEach((s) => s.reload());
                }
                break;
              case 'resolve':
                if (conflicted !== undefined) {
                  fs.writeFileSync(file, good);
                  conflicted = undefined;
                  stores.forEach((s, w) => {
                    s.reload();
                    settle(w, s.hasPending() && s.flush().state === 'ok');
                  });
                }
                break;
              case 'rescan': {
                // Evidence comes and goes; decisions stay, shown as "no longer detected" when their evidence is gone.
                const findings = IDS.filter((_, i) => step.present[i]).map((id) => finding({ category: 'personal-data', obligations: [id] }));
                for (const s of stores) {
                  const model = buildChecklistModel({ findings, decisions: s.effective(), catalogue: fakeCatalogue });
                  for (const [id, status] of Object.entries(s.effective().decisions)) {
                    const item = model.items.find((i) => i.id === id);
                    if (status.status !== 'open') {
                      assert.ok(item, `${id} with a decision must stay on the list`);
                      assert.equal(item.status, status.status);
                      assert.equal(item.detected, step.present[IDS.indexOf(id)]);
                    }
                  }
                }
                break;
              }
            }
            // Invariants after every step.
            if (conflicted !== undefined) {
              assert.equal(fs.readFileSync(file, 'utf8'), conflicted, 'a conflicted file is never overwritten');
            } else if (fs.existsSync(file)) {
              const text = fs.readFileSync(file, 'utf8');
              for (const [id, status] of expected) {
                assert.equal(statusIn(text, id), status, `decision for ${id} lost`);
              }
            }
            assert.ok(!fs.existsSync(`${file}.lock`), 'no lock left behind');
          }
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
    assert.equal(sequences >= RUNS, true);
  });
});
