// First real-VS-Code checks: the extension activates, its checklist view opens, and the engine's findings reach
// the Problems model as diagnostics with source "AI Law Lens" on a demo file.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { scanWorkspace } from '../../../src/core/workspace/scan';
import { waiter } from './wait';

const EXTENSION_ID = 'ai-law-lens.ai-law-lens';
const SOURCE = 'AI Law Lens';
const CODE_FILES = /\.(py|ts|tsx|js|jsx|java|kt|go|php|rb|cs|swift|vue|sql)$/i;

interface ManifestCommand {
  command: string;
}

const waitFor = waiter(60_000);

function codeText(code: vscode.Diagnostic['code']): string {
  if (code === undefined) {
    return '';
  }
  return typeof code === 'object' ? String(code.value) : String(code);
}

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open a workspace folder (the demo workspace)');
  return folder.uri;
}

describe('extension in real VS Code', () => {
  let extension: vscode.Extension<unknown>;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `extension ${EXTENSION_ID} is not installed in this extension host`);
    extension = found;
    await extension.activate();
  });

  it('activates', () => {
    assert.equal(extension.isActive, true);
  });

  it('registers every command the manifest contributes', async () => {
    const contributed = ((extension.packageJSON as { contributes?: { commands?: ManifestCommand[] } }).contributes
      ?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'the manifest contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.equal(missing.length, 0, `contributed but not registered (would show "command not found"): ${missing.join(', ')}`);
  });

  it('opens the checklist view', async () => {
    await vscode.commands.executeCommand('aiLawLens.checklist.focus');
  });

  it('shows an AI Law Lens diagnostic on a demo file the engine flags', async function () {
    this.timeout(120000);
    const root = workspaceRoot();
    // Ask the engine itself which file to open, so the test follows the real rules as they evolve.
    const scan = await scanWorkspace({ root: root.fsPath });
    const flagged = [...new Set(scan.findings.map((f) => f.file))].sort();
    const file = flagged.find((f) => CODE_FILES.test(f)) ?? flagged[0];
    assert.ok(file, `the engine reports no finding in ${root.fsPath} (${scan.filesScanned} files scanned)`);

    const uri = vscode.Uri.joinPath(root, ...file.split(/[\\/]/));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const ours = await waitFor(`a "${SOURCE}" diagnostic on ${path.basename(file)}`, () => {
      const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
      return list.length > 0 ? list : undefined;
    });
    for (const d of ours) {
      assert.ok(codeText(d.code).length > 0, 'every diagnostic carries a rule id as its code');
      assert.ok(d.message.trim().length > 0, 'every diagnostic has a message');
      assert.ok(d.range.start.line < document.lineCount, 'the range lies inside the document');
    }
  });
});
