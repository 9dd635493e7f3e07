// Temporary project trees for workspace/config/CLI tests.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function makeTree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-ws-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

export function removeTree(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

/** The repository root, whether the tests run from test/ through tsx or compiled into out/test/. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'schemas', 'sarif-schema-2.1.0.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error('repository root not found');
    }
    dir = parent;
  }
  return dir;
}
