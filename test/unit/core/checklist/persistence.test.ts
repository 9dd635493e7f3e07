// The decisions file: format, parse errors, atomic write, and the "never lose a decision" rules.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { removeStaleTemps, writeFileAtomic } from '../../../../src/core/checklist/atomicWrite';
import { findConflictMarker, parseDecisions, serializeDecisions, type DecisionsFile } from '../../../../src/core/checklist/decisions';
import { DecisionStore } from '../../../../src/core/checklist/store';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'aill-checklist-'));
}

const sample: DecisionsFile = {
  version: 1,
  answers: { publicOpinion: 'no', exportVolume: 'under100k' },
  decisions: {
    'PIPL-28': { status: 'done', note: 'consent screen added', reviewer: 'li', date: '2026-11-20' },
    'ARP-24': { status: 'not-applicable', reason: 'no public-opinion attributes', date: '2026-11-21' },
    'PIPL-13': { status: 'waived', reason: 'contract necessity', reviewer: 'wang', date: '2026-11-22' },
  },
};

describe('checklist decisions file', () => {
  it('round-trips decisions and answers', () => {
    const parsed = parseDecisions(serializeDecisions(sample));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.decisions, sample.decisions);
    assert.deepEqual(parsed.file.answers, sample.answers);
  });

  it('is stable and human-diffable: sorted ids, one contiguous block per decision', () => {
    const text = serializeDecisions(sample);
    assert.equal(serializeDecisions(parseDecisions(text).ok ? (parseDecisions(text) as { file: DecisionsFile }).file : sample), text);
    const ids = [...text.matchAll(/^ {4}"([A-Z][A-Z0-9-]+)": \{$/gm)].map((m) => m[1]);
    assert.deepEqual(ids, ['ARP-24', 'PIPL-13', 'PIPL-28']);
    // Changing one decision changes only lines inside that decision's block.
    const changed = serializeDecisions({ ...sample, decisions: { ...sample.decisions, 'PIPL-13': { ...sample.decisions['PIPL-13'], note: 'x' } } });
    const a = text.split('\n');
    const b = changed.split('\n');
    const start = b.findIndex((l) => l.includes('"PIPL-13"'));
    const end = b.findIndex((l, i) => i > start && /^ {4}\},?$/.test(l));
    for (let i = 0; i < start; i++) {
      assert.equal(b[i], a[i]);
    }
    assert.equal(b.length, a.length + 1);
    for (let i = end + 1; i < b.length; i++) {
      assert.equal(b[i], a[i - 1]);
    }
  });

  it('rejects merge-conflict markers with the line', () => {
    const text = serializeDecisions(sample).replace('"decisions": {', '"decisions": {\n<<<<<<< HEAD\n=======\n>>>>>>> feature');
    const parsed = parseDecisions(text);
    assert.equal(parsed.ok, false);
    assert.ok(!parsed.ok && parsed.kind === 'conflict');
    assert.equal(!parsed.ok && parsed.line, findConflictMarker(text));
    assert.match(!parsed.ok ? parsed.message.en : '', /merge-conflict/);
    assert.match(!parsed.ok ? parsed.message.zh : '', /合并冲突/);
  });

  it('reports broken JSON as a syntax error, never throwing', () => {
    for (const text of ['{"decisions": {', '[1,2', '\u0000\u0001binary', '{"version": 1,,}']) {
      const parsed = parseDecisions(text);
      assert.ok(!parsed.ok && parsed.kind === 'syntax', text);
    }
  });

  it('rejects a wrong top-level shape and a newer version', () => {
    assert.ok(!parseDecisions('[]').ok);
    assert.ok(!parseDecisions('{"decisions": []}').ok);
    const newer = parseDecisions('{"version": 99}');
    assert.ok(!newer.ok && /newer/.test(newer.message.en));
  });

  it('drops malformed entries with a warning but keeps the good ones', () => {
    const parsed = parseDecisions(
      JSON.stringify({ decisions: { 'PIPL-28': { status: 'done' }, 'PIPL-29': { status: 'maybe' }, '<img>': { status: 'done' } }, answers: { ciio: 'no', bad: 3 } }),
    );
    assert.ok(parsed.ok);
    assert.deepEqual(Object.keys(parsed.file.decisions), ['PIPL-28']);
    assert.deepEqual(parsed.file.answers, { ciio: 'no' });
    assert.equal(parsed.warnings.length, 3);
  });

  it('accepts an empty file and a BOM', () => {
    assert.ok(parseDecisions('').ok);
    assert.ok(parseDecisions(`\ufeff${serializeDecisions(sample)}`).ok);
  });
});

describe('atomic write', () => {
  it('replaces the file and leaves no temp file', () => {
    const dir = tempDir();
    const target = path.join(dir, 'sub', 'checklist.json');
    writeFileAtomic(target, 'one');
    writeFileAtomic(target, 'two');
    assert.equal(fs.readFileSync(target, 'utf8'), 'two');
    assert.deepEqual(fs.readdirSync(path.dirname(target)), ['checklist.json']);
  });

  it('keeps the old content when the writer crashes before the rename', () => {
    const dir = tempDir();
    const target = path.join(dir, 'checklist.json');
    writeFileAtomic(target, 'old');
    assert.throws(() =>
      writeFileAtomic(target, 'new', {
        beforeRename: (temp) => {
          assert.equal(fs.readFileSync(temp, 'utf8'), 'new');
          throw new Error('simulated crash');
        },
      }),
    );
    assert.equal(fs.readFileSync(target, 'utf8'), 'old');
  });

  it('removes only stale temp files', () => {
    const dir = tempDir();
    const target = path.join(dir, 'checklist.json');
    fs.writeFileSync(path.join(dir, '.checklist.json.1.aa.tmp'), 'x');
    fs.writeFileSync(path.join(dir, '.checklist.json.2.bb.tmp'), 'y');
    const old = Date.now() / 1000 - 3600;
    fs.utimesSync(path.join(dir, '.checklist.json.1.aa.tmp'), old, old);
    assert.equal(removeStaleTemps(target), 1);
    assert.deepEqual(fs.readdirSync(dir), ['.checklist.json.2.bb.tmp']);
  });
});

describe('decision store', () => {
  const today = (): string => '2026-11-27';

  it('writes a decision with a date and reads it back in a new store', () => {
    const file = path.join(tempDir(), '.ailawlens', 'checklist.json');
    const store = new DecisionStore({ file, today });
    assert.equal(store.reload().state, 'missing');
    assert.equal(store.setDecision('PIPL-28', { status: 'done', note: 'ok' }).state, 'ok');
    assert.equal(store.setAnswer('publicOpinion', 'no').state, 'ok');
    const other = new DecisionStore({ file, today });
    other.reload();
    assert.deepEqual(other.effective().decisions['PIPL-28'], { status: 'done', note: 'ok', date: '2026-11-27' });
    assert.equal(other.effective().answers.publicOpinion, 'no');
    assert.ok(!fs.existsSync(`${file}.lock`));
  });

  it('clears fields with null, and drops a decision that is back to a bare "open"', () => {
    const file = path.join(tempDir(), 'checklist.json');
    const store = new DecisionStore({ file, today });
    store.setDecision('PIPL-28', { status: 'waived', reason: 'r', reviewer: 'li' });
    store.setDecision('PIPL-28', { status: 'open', reason: null });
    assert.deepEqual(store.effective().decisions['PIPL-28'], { status: 'open', reviewer: 'li', date: '2026-11-27' });
    store.setDecision('PIPL-28', { reviewer: null });
    assert.equal(store.effective().decisions['PIPL-28'], undefined);
  });

  it('never overwrites a file with conflict markers, keeps the edit pending, and saves it after the fix', () => {
    const file = path.join(tempDir(), 'checklist.json');
    const store = new DecisionStore({ file, today });
    store.setDecision('PIPL-13', { status: 'done' });
    const conflicted = `<<<<<<< HEAD\n${serializeDecisions(sample)}=======\n{}\n>>>>>>> other\n`;
    fs.writeFileSync(file, conflicted);
    const state = store.reload();
    assert.equal(state.state, 'error');
    assert.equal(state.state === 'error' && state.kind, 'conflict');
    // The last good decision is still shown.
    assert.equal(store.effective().decisions['PIPL-13'].status, 'done');
    const attempt = store.setDecision('PIPL-28', { status: 'done', note: 'while conflicted' });
    assert.equal(attempt.state, 'error');
    assert.equal(fs.readFileSync(file, 'utf8'), conflicted, 'conflicted file must be untouched');
    assert.ok(store.hasPending());
    assert.equal(store.effective().decisions['PIPL-28'].note, 'while conflicted');
    // The user resolves the conflict by taking "theirs"; the pending edit lands on top of it.
    fs.writeFileSync(file, serializeDecisions(sample));
    assert.equal(store.reload().state, 'ok');
    assert.equal(store.flush().state, 'ok');
    const saved = parseDecisions(fs.readFileSync(file, 'utf8'));
    assert.ok(saved.ok);
    assert.equal(saved.file.decisions['PIPL-28'].note, 'while conflicted');
    assert.equal(saved.file.decisions['PIPL-28'].reviewer, 'li', 'fields not edited come from the file');
    assert.equal(saved.file.decisions['ARP-24'].status, 'not-applicable');
  });

  it('never overwrites a corrupt file', () => {
    const file = path.join(tempDir(), 'checklist.json');
    fs.writeFileSync(file, '{"decisions": {"PIPL-28": {"status": "done"');
    const store = new DecisionStore({ file, today });
    assert.equal(store.reload().state, 'error');
    assert.equal(store.setAnswer('ciio', 'yes').state, 'error');
    assert.equal(fs.readFileSync(file, 'utf8'), '{"decisions": {"PIPL-28": {"status": "done"');
  });

  it('keeps decisions written by another writer (external change) when saving its own', () => {
    const file = path.join(tempDir(), 'checklist.json');
    const a = new DecisionStore({ file, today });
    const b = new DecisionStore({ file, today });
    a.reload();
    b.reload();
    a.setDecision('PIPL-28', { status: 'done' });
    b.setDecision('PIPL-13', { status: 'waived', reason: 'x' });
    a.setAnswer('ciio', 'no');
    const parsed = parseDecisions(fs.readFileSync(file, 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.file.decisions['PIPL-28'].status, 'done');
    assert.equal(parsed.file.decisions['PIPL-13'].status, 'waived');
    assert.equal(parsed.file.answers.ciio, 'no');
  });

  it('keeps the edit pending when the write crashes before the rename, and saves it on the next flush', () => {
    const file = path.join(tempDir(), 'checklist.json');
    let crash = true;
    const store = new DecisionStore({
      file,
      today,
      hooks: {
        beforeRename: () => {
          if (crash) {
            throw new Error('crash');
          }
        },
      },
    });
    store.setDecision('PIPL-28', { status: 'done' });
    assert.ok(!fs.existsSync(file));
    assert.ok(store.hasPending());
    crash = false;
    assert.equal(store.flush().state, 'ok');
    assert.equal(new DecisionStore({ file }).reload().state, 'ok');
  });

  it('waits for a held lock, then reports busy and keeps the edit', () => {
    const file = path.join(tempDir(), 'checklist.json');
    fs.writeFileSync(`${file}.lock`, '');
    const store = new DecisionStore({ file, today, lockTimeoutMs: 50 });
    const state = store.setDecision('PIPL-28', { status: 'done' });
    assert.equal(state.state === 'error' && state.kind, 'busy');
    assert.ok(store.hasPending());
    fs.rmSync(`${file}.lock`);
    assert.equal(store.flush().state, 'ok');
  });

  it('breaks a stale lock left by a crashed writer', () => {
    const file = path.join(tempDir(), 'checklist.json');
    fs.writeFileSync(`${file}.lock`, '');
    const old = Date.now() / 1000 - 3600;
    fs.utimesSync(`${file}.lock`, old, old);
    const store = new DecisionStore({ file, today, lockTimeoutMs: 50 });
    assert.equal(store.setDecision('PIPL-28', { status: 'done' }).state, 'ok');
  });
});

describe('decision store privacy', () => {
  it('masks PI values typed into notes, reasons and reviewer before they reach the file', () => {
    const file = path.join(tempDir(), 'checklist.json');
    const store = new DecisionStore({ file });
    store.setDecision('PIPL-28', { status: 'waived', reason: 'user 13812345678 asked', note: 'mail zhang.san@example.com', reviewer: 'id 110101199003071234' });
    const text = fs.readFileSync(file, 'utf8');
    for (const value of ['13812345678', 'zhang.san@example.com', '110101199003071234']) {
      assert.ok(!text.includes(value), `${value} leaked`);
    }
    assert.match(text, /"reason": "user 138\*+78 asked"/);
  });
});
