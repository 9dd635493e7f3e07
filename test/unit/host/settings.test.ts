import * as assert from 'node:assert/strict';
import { DEFAULT_DEBOUNCE_MS, readSettings, severityOverride } from '../../../src/host/settings';
import type { ConfigurationPort } from '../../../src/host/settings';

/** Mimics WorkspaceConfiguration: dotted keys, and a section read returns the object of its children. */
function port(values: Record<string, unknown>): ConfigurationPort {
  return {
    get<T>(key: string): T | undefined {
      if (key in values) {
        return values[key] as T;
      }
      const children = Object.entries(values).filter(([k]) => k.startsWith(`${key}.`));
      return children.length > 0 ? (Object.fromEntries(children.map(([k, v]) => [k.slice(key.length + 1), v])) as T) : undefined;
    },
  };
}

describe('host/settings readSettings', () => {
  it('gives defaults for an empty configuration', () => {
    const s = readSettings(port({}));
    assert.equal(s.enable, true);
    assert.equal(s.debounceMs, DEFAULT_DEBOUNCE_MS);
    assert.equal(s.language, 'auto');
    assert.equal(s.categories['cross-border'], true);
    assert.deepEqual(s.frameworks, { inForce: true, drafts: true, aiLawProposal: true });
    assert.deepEqual(s.codeActions, { openGuidance: true, suppress: true, markHandled: true, insertStub: true });
  });

  it('reads dotted children and category toggles', () => {
    const s = readSettings(
      port({
        'frameworks.aiLawProposal': false,
        'codeActions.suppress': false,
        categories: { scraping: false },
        language: 'zh-cn',
        debounceMs: 120,
      }),
    );
    assert.equal(s.frameworks.aiLawProposal, false);
    assert.equal(s.frameworks.inForce, true);
    assert.equal(s.codeActions.suppress, false);
    assert.equal(s.categories.scraping, false);
    assert.equal(s.categories.training, true);
    assert.equal(s.language, 'zh-cn');
    assert.equal(s.debounceMs, 120);
  });

  it('replaces malformed values by defaults instead of failing', () => {
    const s = readSettings(
      port({
        enable: 'yes',
        debounceMs: -50,
        maxFileSize: Number.NaN,
        language: 'fr',
        severity: { 'cross-border': 'error', bogus: 'fatal', 'AILL-X': 'off' },
        exclude: ['dist/**', 3, '  '],
        customPatterns: [{ id: 'x', category: 'minors', pattern: 'age' }, { id: 'y', category: 'nope', pattern: 'a' }, 'junk'],
      }),
    );
    assert.equal(s.enable, true);
    assert.equal(s.debounceMs, 0, 'negative debounce clamps to 0');
    assert.equal(s.maxFileSize, 1024 * 1024);
    assert.equal(s.language, 'auto');
    assert.deepEqual(s.severity, { 'cross-border': 'error', 'AILL-X': 'off' });
    assert.deepEqual(s.exclude, ['dist/**']);
    assert.deepEqual(
      s.customPatterns.map((p) => p.id),
      ['x'],
    );
  });

  it('lets a rule id override win over its category', () => {
    const severity = { 'sensitive-pi': 'error', 'AILL-SPI-001': 'info' } as const;
    assert.equal(severityOverride(severity, 'AILL-SPI-001', 'sensitive-pi'), 'info');
    assert.equal(severityOverride(severity, 'AILL-SPI-002', 'sensitive-pi'), 'error');
    assert.equal(severityOverride(severity, 'AILL-T-1', 'training'), undefined);
  });
});
