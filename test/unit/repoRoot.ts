// The repository root, for tests that read repository files. Tests run from test/unit (tsx) or out/test/unit
// (compiled), so walk up to the folder that holds the manifest and the build script.
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'esbuild.mjs'))) {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`repository root not found above ${start}`);
    }
  }
}

export const REPO_ROOT = findRepoRoot(__dirname);
