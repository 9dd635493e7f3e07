// Runs the integration suite under @vscode/test-electron with a locally installed VS Code desktop.
// This machine kind cannot download VS Code (no network but npm/apt), so the run needs VSCODE_EXECUTABLE_PATH;
// without it we skip with a message. `npm run test:e2e` runs the very same suite in code-server instead.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '..', '..', '..');

/** A throw-away copy of the demo workspace, so the run never writes into the repo. */
function prepareWorkspace(tmp: string): string {
  const target = path.join(tmp, 'workspace');
  const demo = path.join(root, 'examples', 'demo-workspace');
  if (fs.existsSync(demo)) {
    fs.cpSync(demo, target, { recursive: true });
  } else {
    // Fallback until the demo workspace exists: one file any ID-number rule flags.
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, 'signup.py'), 'def signup(form):\n    id_card = form["id_card"]\n    return id_card\n');
  }
  return target;
}

async function main(): Promise<number> {
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (!executable) {
    console.log(
      'test:integration skipped: set VSCODE_EXECUTABLE_PATH to a VS Code binary to run the suite under ' +
        '@vscode/test-electron. (VS Code cannot be downloaded here; `npm run test:e2e` runs the same suite in code-server.)',
    );
    return 0;
  }
  if (!fs.existsSync(executable)) {
    console.error(`VSCODE_EXECUTABLE_PATH does not exist: ${executable}`);
    return 1;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ailawlens-it-'));
  try {
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [
        prepareWorkspace(tmp),
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`integration tests failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
