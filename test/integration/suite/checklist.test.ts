// The compliance checklist in real VS Code (code-server or test-electron) on the demo workspace: the model the view
// shows, answers switching obligations, evidence navigation, decisions written to and reloaded from the file, the
// refusal to overwrite a conflicted file, mark-handled and export. View messages go through the same guard and
// handler as clicks in the webview (the `aiLawLens.checklist.dispatch` command). The demo workspace is restored.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ChecklistModel } from '../../../src/core/checklist/model';
import { DecisionStore } from '../../../src/core/checklist/store';
import { renderChecklistMarkdown } from '../../../src/core/checklist/render';
import { waiter } from './wait';

const EXTENSION_ID = 'ai-law-lens.ai-law-lens';

const waitFor = waiter(60_000);

function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open the demo workspace');
  return folder.uri.fsPath;
}

const model = (): Thenable<ChecklistModel | undefined> => vscode.commands.executeCommand<ChecklistModel | undefined>('aiLawLens.checklist.model');
const dispatch = (message: unknown): Thenable<boolean> => vscode.commands.executeCommand<boolean>('aiLawLens.checklist.dispatch', message);

describe('compliance checklist in real VS Code', function () {
  this.timeout(120000);
  let dir = '';
  let file = '';
  let hadDir = false;
  let original: string | undefined;

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    dir = path.join(root(), '.ailawlens');
    file = path.join(dir, 'checklist.json');
    hadDir = fs.existsSync(dir);
    original = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (original !== undefined) {
      fs.rmSync(file);
    }
    await vscode.workspace.getConfiguration('aiLawLens').update('language', 'en', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('aiLawLens.scanWorkspace');
  });

  after(async () => {
    for (const name of ['checklist.json', 'checklist.md', 'checklist-export.json']) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
    if (original !== undefined) {
      fs.writeFileSync(file, original);
    } else if (!hadDir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await dispatch({ t: 'reloadDecisions' });
    await vscode.workspace.getConfiguration('aiLawLens').update('language', undefined, vscode.ConfigurationTarget.Global);
  });

  it("shows the demo workspace's checklist in the view", async () => {
    await vscode.commands.executeCommand('aiLawLens.openChecklist');
    const m = await waitFor('a checklist with PIPL-28', async () => {
      const current = await model();
      return current?.items.some((i) => i.id === 'PIPL-28' && i.evidenceCount > 0) ? current : undefined;
    });
    assert.ok(m.progress.applicable > 0);
    assert.equal(m.decisionsFile.state.state, 'missing');
    assert.ok(m.inventory.length > 0, 'PI inventory');
    assert.ok(['unacceptable', 'high', 'limited', 'low'].includes(m.tier.tier));
  });

  it('answering a question changes the applicable items', async () => {
    const before = (await model())!;
    const arp24 = before.items.find((i) => i.id === 'ARP-24' || i.id === 'GAI-17');
    assert.ok(arp24, 'the demo workspace triggers ARP-24 or GAI-17');
    assert.equal(arp24.applicability, 'possibly');
    assert.equal(await dispatch({ t: 'answer', question: 'publicOpinion', value: 'no' }), true);
    const after = (await model())!;
    assert.equal(after.items.find((i) => i.id === arp24.id)!.applicability, 'not-applicable');
    assert.ok(after.progress.applicable < before.progress.applicable);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { answers: Record<string, string> };
    assert.equal(saved.answers.publicOpinion, 'no');
    await dispatch({ t: 'answer', question: 'publicOpinion', value: null });
    assert.equal((await model())!.items.find((i) => i.id === arp24.id)!.applicability, 'possibly');
  });

  it('clicking evidence opens the file at the line', async () => {
    const item = (await model())!.items.find((i) => i.evidence.length > 0 && i.evidence[0].line > 0)!;
    const evidence = item.evidence[0];
    await dispatch({ t: 'openEvidence', file: evidence.file, line: evidence.line, character: evidence.character });
    const editor = await waitFor('an editor on the evidence file', () =>
      vscode.window.activeTextEditor?.document.uri.fsPath === path.join(root(), evidence.file) ? vscode.window.activeTextEditor : undefined,
    );
    assert.equal(editor.selection.active.line, evidence.line);
    assert.equal(editor.selection.active.character, evidence.character);
  });

  it('ignores an evidence link outside the workspace and a message of the wrong shape', async () => {
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    await dispatch({ t: 'openEvidence', file: '../../../../etc/passwd', line: 0, character: 0 });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before);
    assert.equal(await dispatch({ t: 'setStatus', id: 'PIPL-28', status: 'finished' }), false);
  });

  it('writes a status change to the decisions file, and it survives a reload', async () => {
    await dispatch({ t: 'setStatus', id: 'PIPL-28', status: 'waived', reason: 'separate consent screen ships in v2' });
    await dispatch({ t: 'setNote', id: 'PIPL-28', note: 'reviewed with legal' });
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { decisions: Record<string, { status: string; reason?: string; note?: string }> };
    assert.deepEqual(
      { status: saved.decisions['PIPL-28'].status, reason: saved.decisions['PIPL-28'].reason, note: saved.decisions['PIPL-28'].note },
      { status: 'waived', reason: 'separate consent screen ships in v2', note: 'reviewed with legal' },
    );
    // What a reloaded window reads: a fresh store over the same file, and the controller reloading from disk.
    const fresh = new DecisionStore({ file });
    assert.equal(fresh.reload().state, 'ok');
    assert.equal(fresh.effective().decisions['PIPL-28'].status, 'waived');
    await dispatch({ t: 'reloadDecisions' });
    assert.equal((await model())!.items.find((i) => i.id === 'PIPL-28')!.status, 'waived');
  });

  it('reloads on an external change (git pull) and keeps the decisions made in the editor', async () => {
    const text = fs.readFileSync(file, 'utf8').replace('"decisions": {', '"decisions": {\n    "PIPL-29": {\n      "status": "done",\n      "reviewer": "wang"\n    },');
    fs.writeFileSync(file, text);
    const m = await waitFor('the watcher to pick up PIPL-29', async () => {
      const current = await model();
      return current?.items.find((i) => i.id === 'PIPL-29')?.status === 'done' ? current : undefined;
    });
    assert.equal(m.items.find((i) => i.id === 'PIPL-28')!.status, 'waived');
  });

  it('never overwrites a file with merge-conflict markers, and saves the pending change once it is resolved', async () => {
    const good = fs.readFileSync(file, 'utf8');
    const conflicted = `<<<<<<< HEAD\n${good}=======\n{}\n>>>>>>> theirs\n`;
    fs.writeFileSync(file, conflicted);
    await waitFor('the conflict to show', async () => ((await model())?.decisionsFile.state.state === 'error' ? true : undefined));
    await dispatch({ t: 'setStatus', id: 'PIPL-13', status: 'done' });
    assert.equal(fs.readFileSync(file, 'utf8'), conflicted);
    const m = (await model())!;
    assert.equal(m.decisionsFile.pendingEdits, true);
    assert.equal(m.items.find((i) => i.id === 'PIPL-13')?.status ?? 'done', 'done');
    fs.writeFileSync(file, good);
    await waitFor('the pending change to be saved', () => (fs.readFileSync(file, 'utf8').includes('"PIPL-13"') ? true : undefined));
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { decisions: Record<string, { status: string }> };
    assert.equal(saved.decisions['PIPL-28'].status, 'waived');
  });

  it('marks obligations handled from the quick fix command', async () => {
    const marked = await vscode.commands.executeCommand<string[]>('aiLawLens.checklist.markHandled', { obligations: ['PIPL-17'], ruleId: 'X', file: 'backend/a.py', line: 4 });
    assert.deepEqual(marked, ['PIPL-17']);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { decisions: Record<string, { status: string; note: string }> };
    assert.equal(saved.decisions['PIPL-17'].status, 'done');
    assert.match(saved.decisions['PIPL-17'].note, /backend\/a\.py:5 \(X\)/);
  });

  it('exports Markdown and JSON with the same content as the CLI renderer', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('aiLawLens.exportChecklist', { format: 'both', target: 'workspace' });
    assert.equal(written.length, 2);
    const md = fs.readFileSync(path.join(dir, 'checklist.md'), 'utf8');
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'checklist-export.json'), 'utf8')) as { lang: 'zh' | 'en'; items: { id: string; status: string }[] };
    assert.equal(md, renderChecklistMarkdown((await model())!, json.lang));
    assert.equal(json.items.find((i) => i.id === 'PIPL-28')!.status, 'waived');
  });
});
