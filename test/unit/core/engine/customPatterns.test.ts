import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { compileCustomPatterns } from '../../../../src/core/engine/customRules';
import { DEFAULT_CONFIG, type ProjectConfig } from '../../../../src/core/model';

const config = (patterns: ProjectConfig['customPatterns']): ProjectConfig => ({ ...DEFAULT_CONFIG, customPatterns: patterns });

describe('custom patterns from the config', () => {
  it('flag identifiers matching a team pattern, with its category and obligations', () => {
    const result = scanText('svc/member.py', 'def load():\n    vip_level_code = 3\n    return vip_level_code\n', {
      config: config([{ id: 'TEAM-VIP-LEVEL', category: 'personal-data', pattern: '^vip_level', obligations: ['PIPL-13'] }]),
    });
    const custom = result.findings.filter((f) => f.ruleId === 'TEAM-VIP-LEVEL');
    assert.equal(custom.length, 1);
    assert.equal(custom[0].category, 'personal-data');
    assert.equal(custom[0].span.start.line, 1);
    assert.deepEqual(custom[0].obligations, ['PIPL-13']);
  });

  it('refuse a catastrophic-backtracking pattern and an invalid one, keeping the rest', () => {
    const compiled = compileCustomPatterns([
      { id: 'BAD-REDOS', category: 'personal-data', pattern: '^(a+)+$' },
      { id: 'BAD-SYNTAX', category: 'personal-data', pattern: '(' },
      { id: 'GOOD', category: 'personal-data', pattern: 'member_tier' },
    ]);
    assert.deepEqual(compiled.rules.map((r) => r.id), ['GOOD']);
    assert.deepEqual(compiled.rejected.map((r) => r.id).sort(), ['BAD-REDOS', 'BAD-SYNTAX']);
  });

  it('can be suppressed by their id', () => {
    const text = '# ai-law-lens-disable-next-line TEAM-VIP-LEVEL -- tier is not personal here\nvip_level_code = 3\n';
    const result = scanText('a.py', text, { config: config([{ id: 'TEAM-VIP-LEVEL', category: 'personal-data', pattern: '^vip_level' }]) });
    const custom = result.findings.filter((f) => f.ruleId === 'TEAM-VIP-LEVEL');
    assert.equal(custom.length, 1);
    assert.ok(custom[0].suppression);
  });
});
