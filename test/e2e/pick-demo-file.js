// Prints the workspace-relative path of a file on which the engine reports a finding, for the UI checks to open.
// Uses the compiled core (out/, from `npm run compile-tests`), so the choice follows the real rules as they evolve.
// usage: node pick-demo-file.js <workspaceFolder>      (AILAWLENS_E2E_DEMO_FILE overrides the choice)
'use strict';
const path = require('node:path');

const CODE_FILES = /\.(py|ts|tsx|js|jsx|java|kt|go|php|rb|cs|swift|vue|sql)$/i;

async function main() {
  const folder = process.argv[2];
  if (!folder) {
    throw new Error('usage: node pick-demo-file.js <workspaceFolder>');
  }
  if (process.env.AILAWLENS_E2E_DEMO_FILE) {
    return process.env.AILAWLENS_E2E_DEMO_FILE;
  }
  const { scanWorkspace } = require(path.resolve(__dirname, '..', '..', 'out', 'src', 'core', 'workspace', 'scan.js'));
  const result = await scanWorkspace({ root: path.resolve(folder) });
  const flagged = [...new Set(result.findings.map((f) => f.file.split(path.sep).join('/')))].sort();
  const file = flagged.find((f) => CODE_FILES.test(f)) || flagged[0];
  if (!file) {
    throw new Error(`the engine reports no finding in ${folder} (${result.filesScanned} files scanned)`);
  }
  return file;
}

main().then(
  (file) => console.log(file),
  (error) => {
    console.error(`pick-demo-file: ${error.message}`);
    process.exitCode = 1;
  },
);
