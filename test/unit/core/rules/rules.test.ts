import * as assert from 'node:assert/strict';
import { listRules } from '../../../../src/core/engine';
import { getObligation } from '../../../../src/core/law';
import { CATEGORIES, isCategory } from '../../../../src/core/model';
import { RULE_SPECS } from '../../../../src/core/rules';
import { LIBRARY_SIGNALS } from '../../../../src/core/rules/libraries';
import { WORD_COMBOS, PHRASES } from '../../../../src/core/rules/keywords';

const CJK = /[\u4e00-\u9fff]/;

describe('rule set', () => {
  const rules = listRules();

  it('has unique, well-formed ids and no placeholder', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(id, /^AILL-[A-Z]+(-[A-Z0-9]+)+$/);
    }
    assert.ok(!ids.includes('AILL-PLACEHOLDER'));
    assert.equal(new Set(rules.map((r) => r.name)).size, rules.length, 'names unique');
  });

  it('every rule has exactly one valid category and every category has a rule', () => {
    for (const r of rules) {
      assert.ok(isCategory(r.category), `${r.id}: ${r.category}`);
    }
    for (const c of CATEGORIES) {
      assert.ok(rules.some((r) => r.category === c), `no rule for ${c}`);
    }
  });

  it('cites only obligations that exist in the catalogue, and at least one', () => {
    for (const r of rules) {
      assert.ok(r.obligations.length > 0, r.id);
      for (const id of r.obligations) {
        assert.ok(getObligation(id), `${r.id} cites unknown obligation ${id}`);
      }
    }
  });

  it('has zh and en text everywhere, zh in Chinese, and messages that name the obligations', () => {
    for (const r of rules) {
      for (const text of [r.title, r.message, r.description]) {
        assert.ok(text.zh.trim() && text.en.trim(), r.id);
        assert.match(text.zh, CJK, `${r.id} zh text lacks Chinese`);
      }
      assert.match(r.message.zh, /第[\d、（）原]+条/, `${r.id} zh message has no article citation`);
      assert.match(r.message.en, /Arts?\. \d/, `${r.id} en message has no article citation`);
      assert.ok(['error', 'warning', 'info'].includes(r.severity));
      assert.ok(['high', 'medium', 'low'].includes(r.confidence));
    }
  });

  it('fix templates have a title and snippets', () => {
    for (const r of rules.filter((x) => x.fix)) {
      assert.ok(r.fix!.title.zh && r.fix!.title.en);
      assert.ok(Object.keys(r.fix!.snippets).length > 0);
    }
  });

  it('detector tables only name existing rules', () => {
    const ids = new Set(RULE_SPECS.map((r) => r.id));
    for (const s of LIBRARY_SIGNALS) {
      assert.ok(ids.has(s.ruleId), s.ruleId);
    }
    for (const c of WORD_COMBOS) {
      assert.ok(ids.has(c.ruleId), c.ruleId);
    }
    for (const p of PHRASES) {
      assert.ok(ids.has(p.ruleId), p.ruleId);
    }
  });
});
