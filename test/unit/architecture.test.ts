// The core/host boundary is enforced by ESLint; this proves the rule really fires.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../../..');

async function lintAs(relPath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, relPath) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('architecture boundary', function () {
  this.timeout(120000);

  it('rejects an import of vscode in src/core', async () => {
    const rules = await lintAs('src/core/model.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n");
    assert.ok(rules.includes('no-restricted-imports'), `expected no-restricted-imports, got ${rules.join(', ')}`);
  });

  it('rejects an import of vscode in the CLI', async () => {
    const rules = await lintAs('src/cli/main.ts', "import { window } from 'vscode';\nexport const w = window;\n");
    assert.ok(rules.includes('no-restricted-imports'));
  });

  it('allows vscode in src/host', async () => {
    const rules = await lintAs('src/extension.ts', "import * as vscode from 'vscode';\nexport const x = vscode.version;\n");
    assert.ok(!rules.includes('no-restricted-imports'), `unexpected: ${rules.join(', ')}`);
  });
});
