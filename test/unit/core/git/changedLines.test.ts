import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GitError, changedLinesSince, findingTouchesChange, isLineChanged, parseUnifiedDiff, unquoteGitPath } from '../../../../src/core/git';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: os.tmpdir(),
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always', ...args], { cwd, env: GIT_ENV, encoding: 'utf8' });
}

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

const span = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });

describe('unified diff parsing', () => {
  it('reads added ranges, skips deletions, and is not fooled by added lines that look like headers', () => {
    const diff = [
      'diff --git a/app.py b/app.py',
      'index 1..2 100644',
      '--- a/app.py',
      '+++ b/app.py',
      '@@ -3 +3 @@ def f():',
      '-old',
      '+new',
      '@@ -10,2 +9,0 @@',
      '-gone',
      '-gone',
      '@@ -20,0 +20,3 @@',
      '+++ not a header',
      '+b',
      '+c',
      'diff --git a/old.py b/old.py',
      'deleted file mode 100644',
      '--- a/old.py',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
      'diff --git "a/dir/tab\\there.py" "b/dir/tab\\there.py"',
      '--- "a/dir/tab\\there.py"',
      '+++ "b/dir/tab\\there.py"',
      '@@ -0,0 +1 @@',
      '+x',
    ].join('\n');
    const files = parseUnifiedDiff(diff);
    assert.deepEqual([...files.keys()], ['app.py', 'dir/tab\there.py']);
    assert.deepEqual(files.get('app.py'), [
      { start: 3, end: 3 },
      { start: 20, end: 22 },
    ]);
    assert.deepEqual(files.get('dir/tab\there.py'), [{ start: 1, end: 1 }]);
  });

  it('unquotes octal UTF-8 escapes', () => {
    assert.equal(unquoteGitPath('"b/\\347\\224\\250\\346\\210\\267.py"'), 'b/用户.py');
    assert.equal(unquoteGitPath('b/plain.py'), 'b/plain.py');
  });
});

describe('diff mode against a scripted git repository', function () {
  this.timeout(60000);
  let tmp: string;
  let repo: string;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ail-git-'));
    repo = path.join(tmp, 'repo');
    fs.mkdirSync(repo);
    git(repo, 'init', '-q');
    write(repo, 'app/models.py', ['class User:', '    name = ""', '    age = 0', '    email = ""', ''].join('\n'));
    write(repo, 'app/用户 表.sql', 'CREATE TABLE t (a int);\n');
    write(repo, '.gitignore', 'build/\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    // Committed change on the branch: line 3 modified and a line appended.
    write(repo, 'app/models.py', ['class User:', '    name = ""', '    id_card = ""', '    email = ""', '    mobile = ""', ''].join('\n'));
    git(repo, 'commit', '-q', '-am', 'add pi fields');
    // Uncommitted edit, an untracked file and an ignored file.
    write(repo, 'app/用户 表.sql', 'CREATE TABLE t (a int);\nALTER TABLE t ADD shenfenzheng varchar(18);\n');
    write(repo, 'app/new_file.py', 'phone = 1\n');
    write(repo, 'build/out.py', 'phone = 1\n');
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('finds committed, uncommitted and untracked changes relative to the merge base', async () => {
    const changed = await changedLinesSince(repo, 'main');
    assert.equal(changed.usedMergeBase, true);
    assert.deepEqual(changed.notes, []);
    assert.deepEqual(changed.files.get('app/models.py'), [
      { start: 3, end: 3 },
      { start: 5, end: 5 },
    ]);
    assert.deepEqual(changed.files.get('app/用户 表.sql'), [{ start: 2, end: 2 }]);
    assert.equal(changed.files.get('app/new_file.py'), 'all');
    assert.equal(changed.files.has('build/out.py'), false, 'ignored files are not changes');
    assert.equal(isLineChanged(changed, 'app/models.py', 2), true, '0-based line 2 is the 3rd line');
    assert.equal(isLineChanged(changed, 'app/models.py', 1), false);
    assert.equal(findingTouchesChange(changed, { file: 'app/models.py', span: span(3) }), false);
    assert.equal(findingTouchesChange(changed, { file: 'app/models.py', span: span(4) }), true);
  });

  it('ignores a branch change made on main after the branch point (merge base)', async () => {
    git(repo, 'checkout', '-q', 'main');
    write(repo, 'README.md', 'main moved on\n');
    git(repo, 'add', 'README.md');
    git(repo, 'commit', '-q', '-m', 'main only');
    git(repo, 'checkout', '-q', 'feature');
    const changed = await changedLinesSince(repo, 'main');
    assert.equal(changed.files.has('README.md'), false);
    assert.ok(changed.files.has('app/models.py'));
  });

  it('gives paths relative to a scan root below the repository top', async () => {
    const changed = await changedLinesSince(path.join(repo, 'app'), 'main');
    assert.deepEqual(changed.files.get('models.py'), [
      { start: 3, end: 3 },
      { start: 5, end: 5 },
    ]);
    assert.equal(changed.files.get('new_file.py'), 'all');
  });

  it('explains a missing ref, a hostile ref and a directory outside git', async () => {
    await assert.rejects(changedLinesSince(repo, 'no-such-branch'), (e: unknown) => e instanceof GitError && /not found/.test(e.message) && /git fetch origin no-such-branch/.test(e.message));
    await assert.rejects(changedLinesSince(repo, '--output=/tmp/x'), /Invalid git ref/);
    const plain = path.join(tmp, 'plain');
    fs.mkdirSync(plain);
    await assert.rejects(changedLinesSince(plain, 'main'), /not inside one/);
  });

  describe('in a shallow clone', () => {
    let shallow: string;
    before(() => {
      shallow = path.join(tmp, 'shallow');
      git(tmp, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo}`, shallow);
    });

    it('says how to fetch when the base is missing', async () => {
      assert.equal(git(shallow, 'rev-parse', '--is-shallow-repository').trim(), 'true');
      await assert.rejects(
        changedLinesSince(shallow, 'HEAD~1'),
        (e: unknown) => e instanceof GitError && /shallow clone/.test(e.message) && /fetch-depth: 0/.test(e.message) && /git fetch --deepen/.test(e.message) && /浅克隆/.test(e.localized.zh),
      );
    });

    it('falls back to the ref itself, with a note, when the merge base is not fetched', async () => {
      git(shallow, 'fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main');
      const changed = await changedLinesSince(shallow, 'origin/main');
      assert.equal(changed.usedMergeBase, false);
      assert.equal(changed.notes.length, 1);
      assert.match(changed.notes[0].en, /No common ancestor/);
      assert.deepEqual(changed.files.get('app/models.py'), [
        { start: 3, end: 3 },
        { start: 5, end: 5 },
      ]);
    });

    it('uses the merge base once the history is deepened', async () => {
      git(shallow, 'fetch', '-q', '--unshallow', 'origin', 'main:refs/remotes/origin/main');
      const changed = await changedLinesSince(shallow, 'origin/main');
      assert.equal(changed.usedMergeBase, true);
      assert.equal(changed.files.has('README.md'), false);
    });
  });
});
