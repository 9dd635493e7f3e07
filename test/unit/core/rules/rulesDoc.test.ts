import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { RULES_DOC_PATH, renderRulesDoc } from '../../../../scripts/gen-rules-doc';
import { RULE_SPECS } from '../../../../src/core/rules';

describe('docs/rules.md', () => {
  it('is generated from the rule data and up to date', () => {
    const expected = renderRulesDoc();
    const actual = fs.existsSync(RULES_DOC_PATH) ? fs.readFileSync(RULES_DOC_PATH, 'utf8') : '';
    assert.ok(actual === expected, 'docs/rules.md is stale: run `npx tsx scripts/gen-rules-doc.ts`');
  });

  it('lists every rule with its category section', () => {
    const doc = renderRulesDoc();
    for (const r of RULE_SPECS) {
      assert.ok(doc.includes(`\`${r.id}\``), r.id);
    }
  });
});
