import * as assert from 'node:assert/strict';
import { CATEGORIES, DEFAULT_CONFIG } from '../../../src/core/model';
import type { Category } from '../../../src/core/model';
import { enabledGlobs, mergeConfig } from '../../../src/host/effectiveConfig';

const allOn = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;
const workspacePattern = { id: 'ws', category: 'minors' as const, pattern: 'nianling' };
const userPattern = { id: 'user', category: 'minors' as const, pattern: 'age_gate' };

describe('host/effectiveConfig', () => {
  const project = { ...DEFAULT_CONFIG, exclude: ['vendor/'], severity: { training: 'info' as const }, customPatterns: [workspacePattern], maxFileSize: 4096 };
  const settings = { categories: { ...allOn, scraping: false }, severity: { training: 'error' as const }, exclude: ['tmp/'], maxFileSize: 2048, customPatterns: [userPattern] };

  it('merges excludes, severities (settings win), disabled categories and the smaller size cap', () => {
    const merged = mergeConfig({ project, settings, filesExclude: ['**/.DS_Store'], trusted: true });
    assert.deepEqual(merged.exclude, ['vendor/', '**/.DS_Store', 'tmp/']);
    assert.deepEqual(merged.severity, { training: 'error' });
    assert.deepEqual(merged.disable, ['scraping']);
    assert.equal(merged.maxFileSize, 2048);
    assert.deepEqual(
      merged.customPatterns.map((p) => p.id),
      ['ws', 'user'],
    );
  });

  it('drops workspace custom patterns in an untrusted workspace (limited mode)', () => {
    const merged = mergeConfig({ project, settings, filesExclude: [], trusted: false });
    assert.deepEqual(
      merged.customPatterns.map((p) => p.id),
      ['user'],
    );
  });

  it('keeps only unconditional files.exclude entries', () => {
    assert.deepEqual(enabledGlobs({ '**/.git': true, '**/*.js': { when: '$(basename).ts' }, out: false }), ['**/.git']);
    assert.deepEqual(enabledGlobs(undefined), []);
  });
});
