// Editor experience in real VS Code (code-server or test-electron), on the demo workspace: diagnostics with codes,
// messages and related information, hover content, the suppress quick fix end to end, live updates on edit,
// deletion on disk, closed files, and the zh-cn language setting. Temporary files live in one folder that is
// removed afterwards, so the demo workspace is left as it was.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadProjectConfig } from '../../../src/core/config';
import { scanWorkspace } from '../../../src/core/workspace/scan';
import { waiter } from './wait';

const EXTENSION_ID = 'ai-law-lens.ai-law-lens';
const SOURCE = 'AI Law Lens';
const TMP_DIR = 'e2e_tmp_editor';
/** Content the engine flags on line 2 (an ID card number field on a person class). */
const FLAGGED = 'class User:\n    def save(self, form):\n        self.id_card = form["id_card"]\n';

const waitFor = waiter(30_000);

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && typeof d.code === 'object');
}

function codeOf(d: vscode.Diagnostic): { value: string; target: vscode.Uri } {
  const code = d.code as { value: string | number; target: vscode.Uri };
  return { value: String(code.value), target: code.target };
}

function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open the demo workspace');
  return folder.uri;
}

async function writeTemp(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(root(), TMP_DIR, name);
  await fs.promises.mkdir(path.dirname(uri.fsPath), { recursive: true });
  await fs.promises.writeFile(uri.fsPath, text, 'utf8');
  return uri;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('editor experience', function () {
  this.timeout(120000);

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await extension.activate();
    await vscode.workspace.getConfiguration('aiLawLens').update('language', 'en', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await closeAll();
    await vscode.workspace.getConfiguration('aiLawLens').update('language', undefined, vscode.ConfigurationTarget.Global);
    await fs.promises.rm(vscode.Uri.joinPath(root(), TMP_DIR).fsPath, { recursive: true, force: true });
  });

  it('shows findings of closed demo files with rule codes, guidance links, cited messages and related evidence', async () => {
    const base = root();
    await vscode.commands.executeCommand('aiLawLens.scanWorkspace');
    const config = loadProjectConfig(base.fsPath).config;
    const expected = await scanWorkspace({ root: base.fsPath, config });
    const visible = expected.findings.filter((f) => !f.suppression);
    assert.ok(visible.length > 0, 'the engine finds nothing in the demo workspace');
    for (const file of new Set(visible.map((f) => f.file))) {
      const uri = vscode.Uri.joinPath(base, ...file.split('/'));
      const list = await waitFor(`diagnostics on ${file}`, () => (ours(uri).length > 0 ? ours(uri) : undefined));
      for (const d of list) {
        const { value, target } = codeOf(d);
        assert.match(value, /^[A-Z][A-Z0-9-]+$/, 'the code is the rule id');
        assert.match(target.path, /\/guidance\/en\/[A-Za-z0-9-]+\.md$/, 'the code links a bundled English guidance page');
        assert.ok(fs.existsSync(target.fsPath), `guidance page missing: ${target.fsPath}`);
        assert.match(d.message, /\b(PIPL|DSL|CSL|Art\.|Arts\.|Provisions|Measures|Regulations|AI Law)/, `message names the law: ${d.message}`);
      }
    }
    const withRelated = visible.filter((f) => f.related.length > 0);
    for (const f of withRelated) {
      const uri = vscode.Uri.joinPath(base, ...f.file.split('/'));
      const d = ours(uri).find((x) => codeOf(x).value === f.ruleId && x.range.start.line === f.span.start.line);
      assert.ok(d, `no diagnostic for ${f.ruleId} at ${f.file}:${f.span.start.line + 1}`);
      assert.equal(d.relatedInformation?.length, f.related.length, 'related evidence is carried over');
      assert.equal(d.relatedInformation[0].location.uri.toString(), vscode.Uri.joinPath(base, ...f.related[0].file.split('/')).toString());
    }
  });

  it('hovers a flagged span with obligations, status badge and guidance link', async () => {
    const uri = await writeTemp('hover_user.py', FLAGGED);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostic = await waitFor('a diagnostic to hover', () => ours(uri)[0]);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diagnostic.range.start.translate(0, 1));
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n');
    assert.match(text, /AI Law Lens/);
    assert.match(text, new RegExp(codeOf(diagnostic).value));
    assert.match(text, /PIPL/);
    assert.match(text, /`In force`/);
    assert.match(text, /command:aiLawLens\.openGuidance/);
  });

  it('suppress quick fix writes the directive and the diagnostic disappears', async () => {
    const uri = await writeTemp('suppress_user.py', FLAGGED);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostic = await waitFor('a diagnostic to suppress', () => ours(uri)[0]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /Open guidance/.test(t)), `titles: ${titles.join(' | ')}`);
    assert.ok(titles.some((t) => /handled in the compliance checklist/.test(t)), `titles: ${titles.join(' | ')}`);
    const suppress = actions.find((a) => a.command?.command === 'aiLawLens.suppress' && /for this line/.test(a.title));
    assert.ok(suppress?.command, `no suppress-line action among: ${titles.join(' | ')}`);
    const args = { ...(suppress.command.arguments?.[0] as object), reason: 'synthetic test data', reviewer: 'qa' };
    const applied = await vscode.commands.executeCommand<boolean>('aiLawLens.suppress', args);
    assert.equal(applied, true);
    // The directive goes on the flagged line's old position; the flagged code moves one line down.
    const line = document.lineAt(diagnostic.range.start.line).text;
    assert.match(line, /^\s+# ai-law-lens-disable-next-line [A-Z0-9-]+ -- synthetic test data reviewer=qa$/);
    await waitFor('the suppressed diagnostic to disappear', () => (ours(uri).some((d) => codeOf(d).value === codeOf(diagnostic).value) ? undefined : true));
  });

  it('only offers what context.only asks for', async () => {
    const uri = await writeTemp('only_user.py', FLAGGED);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostic = await waitFor('a diagnostic', () => ours(uri)[0]);
    const source = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.Source.value);
    assert.equal(source.filter((a) => a.command?.command?.startsWith('aiLawLens.')).length, 0);
  });

  it('editing a line updates its diagnostics', async () => {
    const uri = await writeTemp('edit_user.py', 'class User:\n    def save(self, form):\n        pass\n');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(ours(uri).length, 0, 'clean file has no diagnostics');
    await editor.edit((b) => b.replace(new vscode.Range(2, 0, 2, document.lineAt(2).text.length), '        self.id_card = form["id_card"]'));
    const added = await waitFor('a diagnostic on the edited line', () => ours(uri).find((d) => d.range.start.line === 2));
    assert.ok(added);
    await editor.edit((b) => b.replace(new vscode.Range(2, 0, 2, document.lineAt(2).text.length), '        pass'));
    await waitFor('the diagnostic to go after the edit', () => (ours(uri).length === 0 ? true : undefined));
  });

  it('a file deleted on disk loses its diagnostics', async () => {
    const uri = await writeTemp('deleted_user.py', FLAGGED);
    await waitFor('the watcher to analyse the new closed file', () => (ours(uri).length > 0 ? true : undefined));
    await fs.promises.unlink(uri.fsPath);
    await waitFor('diagnostics to go with the file', () => (ours(uri).length === 0 ? true : undefined));
  });

  it('reads in Chinese with aiLawLens.language = zh-cn and links the Chinese guidance', async () => {
    const uri = await writeTemp('zh_user.py', FLAGGED);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('an English diagnostic', () => ours(uri).find((d) => /PIPL/.test(d.message)));
    await vscode.workspace.getConfiguration('aiLawLens').update('language', 'zh-cn', vscode.ConfigurationTarget.Global);
    const zh = await waitFor('a Chinese diagnostic', () => ours(uri).find((d) => /个人信息保护法/.test(d.message)));
    assert.match(codeOf(zh).target.path, /\/guidance\/zh-cn\/[A-Za-z0-9-]+\.md$/);
    await vscode.workspace.getConfiguration('aiLawLens').update('language', 'en', vscode.ConfigurationTarget.Global);
    await waitFor('English again', () => ours(uri).find((d) => /PIPL/.test(d.message)));
  });
});
