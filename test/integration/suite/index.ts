// Integration suite entry, test-electron style: the extension host loads this module and awaits run().
// It runs mocha over every *.test.js beside it (compiled by `npm run compile-tests` into out/test/integration/suite/).
// The same module runs in code-server (test/e2e/run-ext-tests.js) and under @vscode/test-electron (../runTest.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // No colours: the output is forwarded to a browser console or a CI log, not a terminal.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  if (files.length === 0) {
    throw new Error(`no *.test.js files in ${__dirname}; run "npm run compile-tests" first`);
  }
  files.forEach((name) => mocha.addFile(path.join(__dirname, name)));
  const stats = await new Promise<{ passes: number; failures: number; pending: number }>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 }));
  });
  const pending = stats.pending ? `, ${stats.pending} pending` : '';
  console.log(`${stats.passes} passed, ${stats.failures} failed${pending} (integration, ${files.length} file(s))`);
  if (stats.failures > 0) {
    throw new Error(`${stats.failures} integration test(s) failed`);
  }
  if (stats.passes === 0) {
    throw new Error('no integration test ran');
  }
}
