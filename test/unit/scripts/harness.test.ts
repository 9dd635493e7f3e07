// Consistency of the packaging and real-VS-Code harness files that no compiler checks: shell and JS syntax,
// package.json scripts pointing at real files, and .vscodeignore re-including every bundle esbuild writes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../repoRoot';

const root = REPO_ROOT;
const e2e = path.join(root, 'test', 'e2e');

describe('packaging and e2e harness files', function () {
  this.timeout(30000);

  it('shell scripts parse (bash -n)', () => {
    for (const file of ['test/e2e/run.sh', 'test/e2e/code-server.sh', '.ci/run']) {
      const r = spawnSync('bash', ['-n', path.join(root, file)], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${file}: ${r.stderr}`);
    }
  });

  it('every harness script parses (node --check)', () => {
    const files = fs.readdirSync(e2e).filter((f) => /\.(js|cjs|mjs)$/.test(f));
    assert.ok(files.includes('lib.js') && files.includes('run-ext-tests.js'), `unexpected harness files: ${files.join(', ')}`);
    for (const file of [...files.map((f) => path.join(e2e, f)), path.join(root, 'scripts', 'check-vsix.mjs')]) {
      const r = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${path.relative(root, file)}: ${r.stderr}`);
    }
  });

  it('every UI check uses the shared runner (or its own tally), so it prints "N passed, N failed" and sets the exit code', () => {
    const checks = fs.readdirSync(e2e).filter((f) => /^ui-.*\.js$|\.vscode\.js$/.test(f));
    assert.ok(checks.length > 0, 'no test/e2e/ui-*.js check');
    for (const file of checks) {
      const text = fs.readFileSync(path.join(e2e, file), 'utf8');
      assert.ok(/runChecks\(/.test(text) || /passed, \$\{[^}]+\} failed/.test(text), `${file} neither calls runChecks() nor prints "N passed, N failed"`);
    }
  });

  it('package.json scripts point at files that exist', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    assert.match(scripts['test:e2e'], /test\/e2e\/run\.sh/);
    assert.match(scripts['package:check'], /scripts\/check-vsix\.mjs/);
    assert.match(scripts['package'], /vsce package --no-dependencies/);
    assert.match(scripts['test:integration'], /out\/test\/integration\/runTest\.js/);
    assert.ok(fs.existsSync(path.join(root, 'test', 'integration', 'runTest.ts')));
  });

  it('.vscodeignore re-includes every bundle esbuild.mjs writes, and no source map', () => {
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split(/\r?\n/).map((l) => l.trim());
    const reincluded = ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    const outfiles = [...fs.readFileSync(path.join(root, 'esbuild.mjs'), 'utf8').matchAll(/outfile:\s*'([^']+)'/g)].map((m) => m[1]);
    assert.ok(outfiles.length >= 3, `expected the extension, webview and CLI bundles, found ${outfiles.join(', ')}`);
    const covered = (file: string): boolean =>
      reincluded.some((pattern) => pattern === file || (pattern.endsWith('/*.js') && path.posix.dirname(file) === pattern.slice(0, -5)));
    for (const file of outfiles) {
      assert.ok(covered(file), `${file} is built but .vscodeignore does not re-include it`);
    }
    assert.ok(!reincluded.some((p) => /\.map$|dist\/\*\*$|^dist\/\*$/.test(p)), 'source maps would ship');
  });

  it('the committed icon is a 128×128 PNG', () => {
    const png = fs.readFileSync(path.join(root, 'media', 'icon.png'));
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });
});
