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

/** Absolute paths of every file below `test/fixtures/<sub>` (all fixtures by default), sorted. */
export function fixtureFiles(sub = ''): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(abs);
      } else if (entry.isFile()) {
        out.push(abs);
      }
    }
  };
  walk(path.join(REPO_ROOT, 'test', 'fixtures', sub));
  return out.sort();
}
