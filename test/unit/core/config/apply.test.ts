import * as assert from 'node:assert/strict';
import { applyProjectConfig } from '../../../../src/core/config';
import { DEFAULT_CONFIG, type Finding } from '../../../../src/core/model';

function finding(ruleId: string, category: Finding['category'], severity: Finding['severity'] = 'warning'): Finding {
  const span = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return { ruleId, category, severity, confidence: 'high', file: 'a.py', span, message: { zh: 'x', en: 'x' }, obligations: [], token: 't', related: [], fingerprint: ruleId };
}

describe('applying the project config to findings', () => {
  const findings = [finding('R-ID', 'sensitive-pi'), finding('R-TRAIN', 'training'), finding('R-CRAWL', 'scraping', 'error')];

  it('disables by rule id, by category, and by severity "off"', () => {
    const kept = applyProjectConfig(findings, { ...DEFAULT_CONFIG, disable: ['R-ID'], severity: { scraping: 'off' } });
    assert.deepEqual(kept.map((f) => f.ruleId), ['R-TRAIN']);
    assert.deepEqual(applyProjectConfig(findings, { ...DEFAULT_CONFIG, disable: ['training'] }).map((f) => f.ruleId), ['R-ID', 'R-CRAWL']);
  });

  it('overrides severity, a rule id beating its category', () => {
    const out = applyProjectConfig(findings, { ...DEFAULT_CONFIG, severity: { 'sensitive-pi': 'info', 'R-ID': 'error', scraping: 'warning' } });
    assert.deepEqual(out.map((f) => f.severity), ['error', 'warning', 'warning']);
    // The input is not mutated and applying twice changes nothing.
    assert.equal(findings[0].severity, 'warning');
    assert.deepEqual(applyProjectConfig(out, { ...DEFAULT_CONFIG, severity: { 'R-ID': 'error' } }), out);
  });
});
