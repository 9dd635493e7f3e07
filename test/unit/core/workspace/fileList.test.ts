import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listWorkspaceFiles, listWorkspaceFilesAsync } from '../../../../src/core/workspace';
import { makeTree, removeTree } from './tmp';

const rels = (root: string, options: Partial<Parameters<typeof listWorkspaceFiles>[0]> = {}) =>
  listWorkspaceFiles({ root, ...options }).files.map((f) => f.rel);

describe('workspace file listing', () => {
  let root = '';
  afterEach(() => removeTree(root));

  it('honours the root .gitignore, nested .gitignore files and negations', () => {
    root = makeTree({
      '.gitignore': '*.log\nbuild/\n',
      'app.py': 'x = 1\n',
      'debug.log': 'x\n',
      'build/out.py': 'x\n',
      'pkg/.gitignore': 'secret.py\n!keep.log\n',
      'pkg/secret.py': 'x\n',
      'pkg/main.py': 'x\n',
      'pkg/keep.log': 'x\n',
      'pkg/deep/secret.py': 'x\n',
      'other/secret.py': 'x\n',
    });
    assert.deepEqual(rels(root), ['.gitignore', 'app.py', 'other/secret.py', 'pkg/.gitignore', 'pkg/keep.log', 'pkg/main.py']);
  });

  it('reads nested .gitignore files on the way down when a start path is below the root', () => {
    root = makeTree({ '.gitignore': '*.tmp\n', 'a/.gitignore': 'gen/\n', 'a/b/x.py': '', 'a/b/y.tmp': '', 'a/b/gen/z.py': '' });
    assert.deepEqual(rels(root, { paths: ['a/b'] }), ['a/b/x.py']);
  });

  it('can be told to ignore .gitignore', () => {
    root = makeTree({ '.gitignore': '*.log\n', 'a.log': 'x' });
    assert.deepEqual(rels(root, { useGitignore: false }), ['.gitignore', 'a.log']);
  });

  it('always skips .git, node_modules and other vendor folders', () => {
    root = makeTree({ '.git/config': 'x', 'node_modules/m/index.js': 'x', 'sub/node_modules/n.js': 'x', '.venv/lib/a.py': 'x', 'src/a.py': 'x' });
    assert.deepEqual(rels(root), ['src/a.py']);
  });

  it('applies project exclude globs and counts what was ignored', () => {
    root = makeTree({ 'data/raw/a.csv': 'x', 'src/a.py': 'x', 'src/b.generated.ts': 'x' });
    const listing = listWorkspaceFiles({ root, exclude: ['data/raw/', '**/*.generated.ts'] });
    assert.deepEqual(listing.files.map((f) => f.rel), ['src/a.py']);
    assert.equal(listing.skipped.ignored, 2);
  });

  it('skips known binary extensions before opening them, and counts them', () => {
    root = makeTree({ 'logo.png': 'not really a png', 'weights.safetensors': 'x', 'a.py': 'x' });
    const listing = listWorkspaceFiles({ root });
    assert.deepEqual(listing.files.map((f) => f.rel), ['a.py']);
    assert.equal(listing.skipped.binary, 2);
  });

  it('survives symlink loops, dangling links and links out of the root', () => {
    root = makeTree({ 'a/x.py': 'x', 'outside-target/y.py': 'y' });
    const inner = path.join(root, 'inner');
    fs.mkdirSync(inner);
    fs.writeFileSync(path.join(inner, 'z.py'), 'z');
    fs.symlinkSync('..', path.join(root, 'a', 'loop')); // a/loop -> root: a cycle
    fs.symlinkSync(path.join(root, 'a', 'self'), path.join(root, 'a', 'self')); // ELOOP
    fs.symlinkSync(path.join(root, 'missing.py'), path.join(root, 'dangling.py'));
    const scanRoot = inner;
    fs.symlinkSync(path.join(root, 'outside-target'), path.join(inner, 'out')); // points outside the scanned root
    const listing = listWorkspaceFiles({ root: scanRoot });
    assert.deepEqual(listing.files.map((f) => f.rel), ['z.py']);
    assert.equal(listing.skipped.symlink, 1);

    const whole = listWorkspaceFiles({ root });
    const files = whole.files.map((f) => f.rel);
    // Every real file exactly once, however many links lead to it.
    assert.deepEqual(files.filter((f) => f.endsWith('x.py')), ['a/x.py']);
    assert.ok(files.includes('inner/z.py'));
    assert.ok(!files.includes('dangling.py'));
    assert.ok((whole.skipped.symlink ?? 0) >= 2);
  });

  it('lists a file reached through links to files and folders inside the root once, at its first listed path', () => {
    root = makeTree({ 'b/real.py': 'x', 'b/deep/other.py': 'y' });
    fs.symlinkSync(path.join(root, 'b', 'real.py'), path.join(root, 'a-link.py')); // listed before b/real.py
    fs.symlinkSync(path.join(root, 'b'), path.join(root, 'c-dir')); // a second way into b/, listed after it
    fs.symlinkSync(path.join(root, 'b', 'deep', 'other.py'), path.join(root, 'b', 'z-link.py'));
    const files = listWorkspaceFiles({ root }).files.map((f) => f.rel);
    assert.deepEqual(files, ['a-link.py', 'b/deep/other.py']);
    // Through the async walk (the one scans use) as well, and from a start path below the root.
    return listWorkspaceFilesAsync({ root }).then((listing) => {
      assert.deepEqual(listing.files.map((f) => f.rel), files);
      assert.deepEqual(listWorkspaceFiles({ root, paths: ['c-dir', 'b'] }).files.map((f) => f.rel), ['c-dir/deep/other.py', 'c-dir/real.py']);
    });
  });

  it('lists an explicitly named file even if it is gitignored, and reports a missing path as an io-error', () => {
    root = makeTree({ '.gitignore': 'gen.py\n', 'gen.py': 'x' });
    const listing = listWorkspaceFiles({ root, paths: ['gen.py', 'nope.py'] });
    assert.deepEqual(listing.files.map((f) => f.rel), ['gen.py']);
    assert.equal(listing.problems.length, 1);
    assert.equal(listing.problems[0].kind, 'io-error');
    assert.equal(listing.problems[0].file, 'nope.py');
  });

  it('handles hostile file names', () => {
    const names = ['<img src=x onerror=alert(1)>.py', 'with space.py', '名字.py', 'new\nline.py', "quote'\"`.py", '-rf.py'];
    root = makeTree(Object.fromEntries(names.map((n) => [n, 'x = 1\n'])));
    assert.deepEqual(rels(root).sort(), [...names].sort());
  });
});
