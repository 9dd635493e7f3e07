import * as assert from 'node:assert/strict';
import { createExclusion } from '../../../src/host/exclusion';

describe('host/exclusion', () => {
  it('applies globs, files.exclude style patterns and .gitignore', () => {
    const excluded = createExclusion({ globs: ['**/.DS_Store', 'vendor/', '[bad'], gitignore: 'build/\n*.log\n!keep.log\n' });
    assert.equal(excluded('vendor/lib.py'), true);
    assert.equal(excluded('a/b/.DS_Store'), true);
    assert.equal(excluded('build/out.js'), true);
    assert.equal(excluded('logs/x.log'), true);
    assert.equal(excluded('keep.log'), false);
    assert.equal(excluded('src/user.py'), false);
    assert.equal(excluded('node_modules/pkg/index.js'), true);
  });

  it('never throws on paths outside the folder', () => {
    const excluded = createExclusion({ globs: ['**'] });
    assert.equal(excluded('../other/file.py'), false);
    assert.equal(excluded('/abs/path.py'), false);
    assert.equal(excluded(''), false);
  });
});
