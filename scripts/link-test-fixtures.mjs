// Compiled tests run from out/test/…, but fixtures are data that tsc does not copy. Tests find them relative to
// their own folder (test/fixtures under tsx, out/test/fixtures when compiled), so link the folder into out/.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const link = path.join(root, 'out', 'test', 'fixtures');
const target = path.join(root, 'test', 'fixtures');
fs.mkdirSync(path.dirname(link), { recursive: true });
fs.rmSync(link, { recursive: true, force: true });
fs.symlinkSync(target, link, 'dir');
