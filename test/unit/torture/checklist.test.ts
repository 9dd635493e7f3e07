// Checklist persistence under torture: 1,000 randomised sequences of decisions, answers, rescans, external edits of
// the decisions file (a teammate's pull, a corrupting hand edit, merge-conflict markers), concurrent writers (two
// stores on one file, a held lock) and crashes between the temp write and the rename (the store's `beforeRename`
// seam; in the "process died" variant the temp file is left behind and the store is replaced by a fresh one).
// Invariants checked after EVERY step:
//   - the file is valid JSON the loader accepts, or it is byte-for-byte the corrupt text a user wrote (never overwritten);
//   - every decision a store reported saved, or still holds pending, is in the file or in that store's view;
// and after each sequence, once the file is repaired and the stores flush, every decision is in the file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildChecklist, DecisionStore, parseDecisions, serializeDecisions, type DecisionsFile, type ItemStatus } from '../../../src/core/checklist';
import { scanText } from '../../../src/core/engine';
import type { Finding } from '../../../src/core/model';
import { count, printTally, runs } from '../fuzz/inputs';

/** Disjoint obligation ids per writer, so "the latest value" of each id is unambiguous. */
const OWNED = {
  a: ['PIPL-13', 'PIPL-14', 'PIPL-28', 'PIPL-29', 'PIPL-51', 'PIPL-55'],
  b: ['DSL-21', 'CSL-23', 'ARP-16', 'ARP-17', 'GAI-4'],
  ext: ['GAI-7', 'DSP-14', 'CBDF-7', 'ARP-24'],
} as const;
type Writer = 'a' | 'b';
const STATUSES: ItemStatus[] = ['open', 'done', 'not-applicable', 'waived'];

interface Value {
  status: ItemStatus;
  note?: string;
}

type Op =
  | { op: 'decide'; who: Writer; idx: number; status: ItemStatus; note: string }
  | { op: 'answer'; value: 'yes' | 'no' | 'unsure' }
  | { op: 'rescan'; findings: number }
  | { op: 'pull'; idx: number; status: ItemStatus }
  | { op: 'corrupt'; how: 'truncate' | 'conflict' | 'garbage' | 'empty-object-array' }
  | { op: 'repair' }
  | { op: 'crash'; who: Writer; idx: number; status: ItemStatus; die: boolean }
  | { op: 'lockHeld'; who: Writer; idx: number; status: ItemStatus }
  | { op: 'reload'; who: Writer };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('decide' as const), who: fc.constantFrom<Writer>('a', 'b'), idx: fc.nat(9), status: fc.constantFrom(...STATUSES), note: fc.stringMatching(/^[a-z 。，审批]{0,12}$/) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('answer' as const), value: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rescan' as const), findings: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('pull' as const), idx: fc.nat(9), status: fc.constantFrom(...STATUSES) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('corrupt' as const), how: fc.constantFrom('truncate' as const, 'conflict' as const, 'garbage' as const, 'empty-object-array' as const) }) },
  { weight: 2, arbitrary: fc.constant({ op: 'repair' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('crash' as const), who: fc.constantFrom<Writer>('a', 'b'), idx: fc.nat(9), status: fc.constantFrom(...STATUSES), die: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('lockHeld' as const), who: fc.constantFrom<Writer>('a', 'b'), idx: fc.nat(9), status: fc.constantFrom(...STATUSES) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reload' as const), who: fc.constantFrom<Writer>('a', 'b') }) },
);

/** A few real finding sets for rescans: none, PI fields, PI + model training + cross-border. */
const FINDING_SETS: Finding[][] = [
  [],
  scanText('app/user.py', 'class User(Base):\n    id_card = Column(String(18))\n    phone = Column(String(11))\n').findings,
  scanText('app/train.py', 'from transformers import Trainer\nimport boto3\nclass Patient:\n    face_embedding = None\ntrainer.train()\n').findings,
  scanText('web/api.ts', 'import OpenAI from "openai";\nconst client = new OpenAI();\nlogger.info(user.phone);\n').findings,
];

function tempFile(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-torture-'));
  return { dir, file: path.join(dir, '.ailawlens', 'checklist.json') };
}

/** Per id: the latest value its owner set, and the latest one the file is known to hold. */
class Truth {
  readonly latest = new Map<string, Value>();
  readonly saved = new Map<string, Value>();
  answer: string | undefined;
  savedAnswer: string | undefined;
}

function sameValue(actual: { status: string; note?: string } | undefined, expected: Value): boolean {
  if (expected.status === 'open' && !expected.note) {
    // A bare "open" is the default and is not written: absent is the same decision.
    return actual === undefined || (actual.status === 'open' && !actual.note);
  }
  return actual !== undefined && actual.status === expected.status && (actual.note ?? '') === (expected.note ?? '');
}

describe('torture: checklist decisions file', function () {
  this.timeout(900_000);
  const totals = { sequences: 0, steps: 0, crashes: 0, deaths: 0, corruptions: 0, refusedWrites: 0, busy: 0, pulls: 0, rescans: 0 };

  after(() => {
    count('torture: sequences survived', totals.sequences);
    count('torture: steps', totals.steps);
    printTally('checklist persistence torture', ['torture: sequences survived', 'torture: steps']);
    console.log(`        crashes before rename ${totals.crashes} (process died ${totals.deaths}), corrupting edits ${totals.corruptions}, writes refused on a corrupt file ${totals.refusedWrites}, lock held ${totals.busy}, pulls ${totals.pulls}, rescans ${totals.rescans}`);
  });

  it(`runs ${runs(1000)} random sequences without losing a decision or writing an invalid file`, () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 4, maxLength: 16 }), (ops) => {
        const { dir, file } = tempFile();
        try {
          runSequence(file, ops, totals);
          totals.sequences++;
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: runs(1000), seed: 20260901 },
    );
    assert.equal(totals.sequences, runs(1000));
  });

  it('can fail: the invariant check notices a lost decision and an overwritten corrupt file', () => {
    const { dir, file } = tempFile();
    try {
      const truth = new Truth();
      truth.saved.set('PIPL-13', { status: 'done' });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, serializeDecisions({ version: 1, answers: {}, decisions: {} }));
      assert.throws(() => checkFile(file, truth, undefined, []), /lost/);
      assert.throws(() => checkFile(file, new Truth(), '{"broken', []), /overwritten/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

function idFor(who: Writer | 'ext', idx: number): string {
  const ids = OWNED[who];
  return ids[idx % ids.length];
}

/** The file is valid (and holds every saved decision not still pending elsewhere), or exactly the corrupt text. */
function checkFile(file: string, truth: Truth, corruptText: string | undefined, stores: DecisionStore[]): void {
  if (!fs.existsSync(file)) {
    assert.equal(truth.saved.size, 0, 'decisions were lost: the file is gone');
    return;
  }
  const text = fs.readFileSync(file, 'utf8');
  if (corruptText !== undefined) {
    assert.equal(text, corruptText, 'a corrupt decisions file was overwritten');
    return;
  }
  const parsed = parseDecisions(text);
  assert.ok(parsed.ok, `the decisions file is invalid: ${parsed.ok ? '' : parsed.message.en}`);
  for (const [id, value] of truth.saved) {
    const pendingNewer = stores.some((s) => s.hasPending() && !sameValue(s.effective().decisions[id], value));
    if (!pendingNewer) {
      assert.ok(sameValue(parsed.file.decisions[id], value), `decision ${id} lost: expected ${JSON.stringify(value)}, file has ${JSON.stringify(parsed.file.decisions[id])}`);
    }
  }
}

/** What version control holds: the last content the stores reported saved. */
function lastGood(truth: Truth): DecisionsFile {
  const good: DecisionsFile = { version: 1, answers: {}, decisions: {} };
  for (const [id, value] of truth.saved) {
    good.decisions[id] = { ...value, date: '2026-11-26' };
  }
  if (truth.savedAnswer !== undefined) {
    good.answers.publicInChina = truth.savedAnswer;
  }
  return good;
}

function runSequence(file: string, ops: readonly Op[], totals: Record<string, number>): void {
  const truth = new Truth();
  const crash: Record<Writer, 'no' | 'throw' | 'die'> = { a: 'no', b: 'no' };
  const make = (who: Writer): DecisionStore =>
    new DecisionStore({
      file,
      today: () => '2026-11-27',
      lockTimeoutMs: 0,
      hooks: {
        beforeRename: (temp) => {
          if (crash[who] === 'die') {
            // A real crash leaves the temp file behind: keep a copy under the same naming scheme.
            fs.copyFileSync(temp, `${temp}.left.tmp`);
          }
          if (crash[who] !== 'no') {
            throw new Error('simulated crash between the temp write and the rename');
          }
        },
      },
    });
  const stores: Record<Writer, DecisionStore> = { a: make('a'), b: make('b') };
  const pendingIds: Record<Writer, Set<string>> = { a: new Set(), b: new Set() };
  stores.a.reload();
  stores.b.reload();
  let corrupt: string | undefined;
  let answerPendingA = false;

  const confirm = (who: Writer): void => {
    for (const id of pendingIds[who]) {
      truth.saved.set(id, truth.latest.get(id)!);
    }
    pendingIds[who].clear();
    if (who === 'a' && answerPendingA) {
      truth.savedAnswer = truth.answer;
      answerPendingA = false;
    }
  };
  const afterWrite = (who: Writer, state: ReturnType<DecisionStore['flush']>): void => {
    if (state.state === 'ok' || state.state === 'missing') {
      assert.equal(stores[who].hasPending(), false, 'a store reported success but kept edits pending');
      confirm(who);
    } else {
      assert.equal(stores[who].hasPending(), true, `a failed write (${state.kind}) dropped the pending edits`);
    }
  };
  const decide = (who: Writer, id: string, value: Value): void => {
    truth.latest.set(id, value);
    pendingIds[who].add(id);
    const patch = value.note ? { status: value.status, note: value.note } : { status: value.status, note: null };
    const state = stores[who].setDecision(id, patch);
    if (corrupt !== undefined) {
      assert.equal(state.state, 'error', 'a write was attempted over a corrupt file');
      totals.refusedWrites++;
    }
    afterWrite(who, state);
  };

  for (const op of ops) {
    totals.steps++;
    switch (op.op) {
      case 'decide':
        decide(op.who, idFor(op.who, op.idx), { status: op.status, ...(op.note.trim() ? { note: op.note } : {}) });
        break;
      case 'answer': {
        truth.answer = op.value;
        answerPendingA = true;
        afterWrite('a', stores.a.setAnswer('publicInChina', op.value));
        break;
      }
      case 'rescan': {
        totals.rescans++;
        for (const who of ['a', 'b'] as const) {
          const model = buildChecklist(FINDING_SETS[op.findings], stores[who].effective());
          // Decisions survive rescans: every decided obligation of this writer is an item with its decision.
          for (const id of OWNED[who]) {
            const value = stores[who].effective().decisions[id];
            if (value && value.status !== 'open') {
              const item = model.items.find((i) => i.id === id);
              assert.ok(item, `rescan dropped the item of decided obligation ${id}`);
              assert.equal(item.status, value.status, `rescan changed the decision of ${id}`);
            }
          }
        }
        break;
      }
      case 'pull': {
        // A teammate's change arrives by git pull: read-modify-write of a valid file, then both windows reload.
        if (corrupt !== undefined || !fs.existsSync(file)) {
          break;
        }
        totals.pulls++;
        const parsed = parseDecisions(fs.readFileSync(file, 'utf8'));
        assert.ok(parsed.ok);
        const next: DecisionsFile = { ...parsed.file, decisions: { ...parsed.file.decisions } };
        const id = idFor('ext', op.idx);
        next.decisions[id] = { status: op.status, date: '2026-11-26' };
        fs.writeFileSync(file, serializeDecisions(next));
        truth.latest.set(id, { status: op.status });
        truth.saved.set(id, { status: op.status });
        stores.a.reload();
        stores.b.reload();
        break;
      }
      case 'corrupt': {
        if (corrupt !== undefined) {
          break;
        }
        totals.corruptions++;
        const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : serializeDecisions({ version: 1, answers: {}, decisions: {} });
        corrupt =
          op.how === 'truncate'
            ? before.slice(0, Math.max(1, Math.floor(before.length / 2)))
            : op.how === 'conflict'
              ? before.replace('"decisions": {', '"decisions": {\n<<<<<<< HEAD\n    "PIPL-13": { "status": "done" },\n=======\n    "PIPL-13": { "status": "waived" },\n>>>>>>> feature')
              : op.how === 'garbage'
                ? `\u0000\u00ff${before}}}}`
                : '[]';
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, corrupt);
        for (const who of ['a', 'b'] as const) {
          const state = stores[who].reload();
          assert.equal(state.state, 'error', 'a corrupt file was accepted');
        }
        break;
      }
      case 'repair': {
        // The user restores the file from version control (the last good content), then the windows reload and retry.
        if (corrupt === undefined) {
          break;
        }
        fs.writeFileSync(file, serializeDecisions(lastGood(truth)));
        corrupt = undefined;
        for (const who of ['a', 'b'] as const) {
          stores[who].reload();
          afterWrite(who, stores[who].flush());
        }
        break;
      }
      case 'crash': {
        totals.crashes++;
        const id = idFor(op.who, op.idx);
        crash[op.who] = op.die ? 'die' : 'throw';
        truth.latest.set(id, { status: op.status });
        pendingIds[op.who].add(id);
        const state = stores[op.who].setDecision(id, { status: op.status, note: null });
        crash[op.who] = 'no';
        if (corrupt === undefined && (state.state === 'ok' || state.state === 'missing')) {
          // Nothing to write (the value was already on disk): no rename happened, so no crash either.
          afterWrite(op.who, state);
          break;
        }
        assert.equal(state.state, 'error', 'a crashed write reported success');
        if (op.die) {
          // The process died: its unsaved edits die with it (they were never reported saved); a new window starts.
          totals.deaths++;
          for (const lost of pendingIds[op.who]) {
            const saved = truth.saved.get(lost);
            if (saved) {
              truth.latest.set(lost, saved);
            } else {
              truth.latest.delete(lost);
            }
          }
          if (op.who === 'a' && answerPendingA) {
            truth.answer = truth.savedAnswer;
            answerPendingA = false;
          }
          pendingIds[op.who].clear();
          stores[op.who] = make(op.who);
          stores[op.who].reload();
        } else {
          afterWrite(op.who, state);
        }
        break;
      }
      case 'lockHeld': {
        // Another process holds the writer lock: the write is deferred, never dropped, then retried.
        totals.busy++;
        const lock = `${file}.lock`;
        fs.mkdirSync(path.dirname(lock), { recursive: true });
        fs.writeFileSync(lock, '');
        const id = idFor(op.who, op.idx);
        truth.latest.set(id, { status: op.status });
        pendingIds[op.who].add(id);
        const state = stores[op.who].setDecision(id, { status: op.status, note: null });
        assert.equal(state.state, 'error');
        assert.equal(stores[op.who].hasPending(), true, 'a deferred write dropped the edit');
        fs.rmSync(lock);
        afterWrite(op.who, stores[op.who].flush());
        break;
      }
      case 'reload':
        stores[op.who].reload();
        break;
    }
    checkFile(file, truth, corrupt, [stores.a, stores.b]);
  }

  // End of the sequence: the file is repaired if needed, every window flushes, and nothing may be missing.
  if (corrupt !== undefined) {
    fs.rmSync(file);
    corrupt = undefined;
    fs.writeFileSync(file, serializeDecisions(lastGood(truth)));
  }
  for (const who of ['a', 'b'] as const) {
    stores[who].reload();
    afterWrite(who, stores[who].flush());
    assert.equal(stores[who].hasPending(), false);
  }
  const final = parseDecisions(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  assert.ok(final.ok, 'the final file is invalid');
  for (const [id, value] of truth.latest) {
    assert.ok(sameValue(final.file.decisions[id], value), `decision ${id} lost at the end: expected ${JSON.stringify(value)}, got ${JSON.stringify(final.file.decisions[id])}`);
  }
  if (truth.answer !== undefined) {
    assert.equal(final.file.answers.publicInChina, truth.answer, 'the questionnaire answer was lost');
  }
}
