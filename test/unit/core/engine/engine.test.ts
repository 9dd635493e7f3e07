import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { listRules, scanText } from '../../../../src/core/engine';
import { DEFAULT_CONFIG, type ProjectConfig } from '../../../../src/core/model';

const NOW = new Date('2026-11-27T00:00:00Z');

function config(patch: Partial<ProjectConfig>): ProjectConfig {
  return { ...DEFAULT_CONFIG, ...patch };
}

describe('engine', () => {
  it('lists rules with categories and citations', () => {
    const rules = listRules();
    assert.ok(rules.length >= 30);
    assert.ok(rules.every((r) => r.message.zh.includes('第')));
  });

  it('ties findings to rules, obligations and messages; findings are sorted', () => {
    const text = 'import openai\nclass Patient:\n    diagnosis: str\n    phone: str\n';
    const { findings } = scanText('svc/patient.py', text, { now: NOW });
    assert.deepEqual(findings.map((f) => [f.span.start.line, f.ruleId]), [
      [0, 'AILL-GENAI-SDK'],
      [2, 'AILL-SPI-HEALTH'],
      [3, 'AILL-PI-CONTACT'],
    ]);
    const health = findings[1];
    assert.equal(health.category, 'sensitive-pi');
    assert.deepEqual(health.obligations, ['PIPL-28', 'PIPL-29']);
    assert.equal(health.piElement, 'health');
    assert.equal(health.sensitive, true);
    assert.equal(health.file, 'svc/patient.py');
    assert.match(health.message.zh, /个人信息保护法第28、29条/);
    assert.match(health.message.en, /PIPL Arts\. 28, 29/);
  });

  it('links a context-dependent field to its person class', () => {
    const { findings } = scanText('m.py', 'class Customer(Base):\n    name = Column(String)\n', { now: NOW });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].context, 'Customer');
    assert.equal(findings[0].related[0].span.start.line, 0);
  });

  it('links a training call to the dependency that makes it training', () => {
    const { findings } = scanText('t.py', 'from transformers import Trainer\n\ntrainer = Trainer(model=m)\n', { now: NOW });
    const f = findings.find((x) => x.ruleId === 'AILL-TRAIN-LOOP');
    assert.ok(f);
    assert.equal(f.related[0].span.start.line, 0);
  });

  it('never carries a raw PI value in tokens or messages', () => {
    const text = 'users = [{"id": "110105198803052314", "tel": "13912347788",\n  "card": "银行卡 6222021001123456789"}]\n';
    const { findings } = scanText('seed.py', text, { now: NOW });
    assert.equal(findings.length, 3);
    const json = JSON.stringify(findings);
    for (const raw of ['110105198803052314', '13912347788', '6222021001123456789', '19880305']) {
      assert.ok(!json.includes(raw), `raw value ${raw} leaked`);
    }
  });

  it('applies config: disabled rules and categories, severity overrides, off', () => {
    const text = 'import openai\nid_card = input()\n';
    assert.equal(scanText('a.py', text, { config: config({ disable: ['generative-ai'] }) }).findings.length, 1);
    assert.equal(scanText('a.py', text, { config: config({ disable: ['AILL-SPI-ID-NUMBER'] }) }).findings.length, 1);
    assert.equal(scanText('a.py', text, { config: config({ severity: { 'sensitive-pi': 'off' } }) }).findings.length, 1);
    const raised = scanText('a.py', text, { config: config({ severity: { 'generative-ai': 'error', 'AILL-GENAI-SDK': 'warning' } }) });
    assert.equal(raised.findings[0].severity, 'warning', 'rule id wins over category');
  });

  it('keeps fingerprints stable when lines are inserted above, and distinct for repeats', () => {
    const base = 'import openai\nclass User:\n    phone: str\n';
    const a = scanText('a.py', base).findings;
    const b = scanText('a.py', `# header\n\n\n${base}`).findings;
    assert.deepEqual(a.map((f) => f.fingerprint), b.map((f) => f.fingerprint));
    assert.notEqual(a[0].span.start.line, b[0].span.start.line);
    const fps = a.map((f) => f.fingerprint);
    assert.equal(new Set(fps).size, fps.length);
    assert.match(fps[0], /^[0-9a-f]{32}$/);
  });

  it('reads Chinese DDL comments and attaches them to the column', () => {
    const ddl = "CREATE TABLE t_kehu (\n  id BIGINT,\n  sfzh VARCHAR(18) COMMENT '身份证号',\n  shouji VARCHAR(11)\n) COMMENT='客户表';\n";
    const { findings } = scanText('schema.sql', ddl, { now: NOW });
    assert.deepEqual(findings.map((f) => [f.span.start.line, f.ruleId, f.token]), [
      [2, 'AILL-SPI-ID-NUMBER', 'sfzh'],
      [3, 'AILL-PI-CONTACT', 'shouji'],
    ]);
  });

  it('maps notebook findings back to lines of the notebook JSON', () => {
    const nb = JSON.stringify(
      { cells: [{ cell_type: 'markdown', source: ['# t'], metadata: {} }, { cell_type: 'code', source: ['import os\n', 'from trl import SFTTrainer\n'], metadata: {}, outputs: [], execution_count: null }], metadata: {}, nbformat: 4, nbformat_minor: 5 },
      null,
      1,
    );
    const { findings } = scanText('n.ipynb', nb, { now: NOW });
    const line = nb.split('\n').findIndex((l) => l.includes('from trl import'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].span.start.line, line);
    assert.equal(nb.split('\n')[line].slice(findings[0].span.start.character, findings[0].span.end.character), 'trl');
  });

  it('reports broken config files and still scans what it can', () => {
    const yaml = 'region: us-east-1\nfoo: [unclosed\n';
    const res = scanText('deploy.yaml', yaml, { now: NOW });
    assert.ok(res.problems.some((p) => p.kind === 'parse-error' && p.span), 'parse-error with span');
    const json = scanText('bad.json', '{"region": "eu-west-1",, }', { now: NOW });
    assert.ok(json.problems.some((p) => p.kind === 'parse-error'));
  });

  it('runs pre-compiled custom rules', () => {
    const res = scanText('a.ts', 'const wechatUnionKey = 1;\n', {
      customRules: [{ id: 'ACME-WECHAT', category: 'personal-data', regex: /wechat/i, obligations: ['PIPL-13'] }],
    });
    assert.equal(res.findings.length, 1);
    assert.equal(res.findings[0].ruleId, 'ACME-WECHAT');
    assert.match(res.findings[0].message.zh, /个人信息保护法第13条/);
  });

  it('never throws on hostile input', () => {
    const inputs = ['\u0000\u0001binary', '{'.repeat(20000), '"'.repeat(10000), `x = "${'a'.repeat(300000)}"`, '\uD800\uDC00\uD800', ''];
    for (const text of inputs) {
      for (const file of ['a.py', 'a.ts', 'a.json', 'a.yaml', 'a.ipynb', 'a.sql', 'Dockerfile', '../../etc/passwd', 'weird name\n.go']) {
        const res = scanText(file, text);
        assert.ok(Array.isArray(res.findings) && Array.isArray(res.problems));
      }
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('a.py', 'b.ts', 'c.java', 'd.go', 'e.sql', 'f.yaml', 'g.json', 'h.toml', 'i.env', 'j.xml', 'k.vue', 'l.ipynb', 'Dockerfile', 'm.txt'), (text, file) => {
        const res = scanText(file, text);
        return Array.isArray(res.findings) && res.findings.every((f) => f.span.start.line >= 0);
      }),
      { numRuns: 300 },
    );
  });
});
