// Runs the TextMate grammar tests (test/grammar) through vscode-tmgrammar-test, and proves they can fail.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../repoRoot';

const root = REPO_ROOT;
const cli = path.join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

function run(config: string, pattern: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [cli, '-c', '--config', config, pattern], { cwd: root, encoding: 'utf8', timeout: 60000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('suppression injection grammar', function () {
  this.timeout(60000);

  it('passes the grammar test cases', () => {
    const { status, output } = run('test/grammar/package.json', 'test/grammar/*.test.ailltest');
    assert.equal(status, 0, output);
    assert.match(output, /successfuly|successfully/);
  });

  it('fails on a wrong scope assertion', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-grammar-'));
    try {
      const config = JSON.parse(fs.readFileSync(path.join(root, 'test/grammar/package.json'), 'utf8')) as {
        contributes: { grammars: Array<{ path: string }> };
      };
      config.contributes.grammars.forEach((g) => (g.path = path.resolve(root, 'test/grammar', g.path)));
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(config));
      fs.writeFileSync(
        path.join(dir, 'wrong.test.ailltest'),
        '# SYNTAX TEST "source.ailltest"\n# ai-law-lens-disable-line X -- r\n#   ^^^^^ string.unquoted.reason.ailawlens\n',
      );
      const { status } = run(path.join(dir, 'package.json'), path.join(dir, '*.test.ailltest'));
      assert.notEqual(status, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
