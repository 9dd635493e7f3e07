import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { listRules } from '../../../../src/core/engine';
import { CATEGORIES } from '../../../../src/core/model';
import { fileUri, toSarif, writeSarif } from '../../../../src/core/report';
import { scanWorkspace } from '../../../../src/core/workspace';
import { loadProjectConfig } from '../../../../src/core/config';
import { HOSTILE_FILE, sampleInput } from './fixtures';
import { sarifErrors } from './sarifSchema';
import { repoRoot } from '../workspace/tmp';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return */
const DEMO = path.join(repoRoot(), 'examples/demo-workspace');

describe('SARIF writer', () => {
  it('writes a log that is valid against the official SARIF 2.1.0 schema, with every branch exercised', () => {
    const log = JSON.parse(writeSarif(sampleInput()));
    assert.deepEqual(sarifErrors(log), []);
  });

  it('the schema check can fail (guards against a validator that accepts anything)', () => {
    const log: any = toSarif(sampleInput());
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    assert.ok(sarifErrors(log).length >= 2);
  });

  it('describes the tool and every rule with its category and obligations', () => {
    const log: any = toSarif(sampleInput());
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'AI Law Lens');
    assert.equal(driver.version, '0.1.0');
    assert.equal(driver.informationUri, 'https://example.invalid/ai-law-lens');
    for (const rule of driver.rules) {
      assert.ok(rule.id && rule.name && rule.shortDescription.text && rule.fullDescription.text && rule.help.markdown, rule.id);
      assert.ok((CATEGORIES as readonly string[]).includes(rule.properties.category), rule.id);
      assert.ok(Array.isArray(rule.properties.obligations));
    }
    // A finding from a rule the engine did not list (a custom pattern) still gets a descriptor.
    const custom = driver.rules.find((r: any) => r.id === 'ACME-CUSTOM');
    assert.equal(custom.properties.category, 'personal-data');
    assert.deepEqual(custom.properties.obligations, ['PIPL-13']);
  });

  it('writes results with ruleIndex, 1-based regions, relative percent-encoded URIs and fingerprints', () => {
    const log: any = toSarif(sampleInput());
    const run = log.runs[0];
    assert.deepEqual(run.originalUriBaseIds, { SRCROOT: { uri: 'file:///tmp/project/' } });
    for (const r of run.results) {
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      assert.equal(r.locations[0].physicalLocation.artifactLocation.uriBaseId, 'SRCROOT');
      assert.ok(r.partialFingerprints['aiLawLens/v1']);
    }
    const first = run.results[0];
    assert.equal(first.level, 'error');
    assert.deepEqual(first.locations[0].physicalLocation.region, { startLine: 5, startColumn: 3, endLine: 5, endColumn: 7 });
    assert.equal(first.relatedLocations[0].message.text, 'person table');
    const hostile = run.results.find((r: any) => r.ruleId === 'AILL-XB-HOST');
    assert.equal(hostile.locations[0].physicalLocation.artifactLocation.uri, 'src/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.py');
    assert.equal(decodeURIComponent(fileUri(HOSTILE_FILE).split('/')[1]), HOSTILE_FILE.split('/')[1]);
    assert.equal(fileUri('名字.py'), '%E5%90%8D%E5%AD%97.py');
    assert.equal(fileUri('odd\nname.py'), 'odd%0Aname.py');
  });

  it('marks suppressed findings as inSource suppressions with their justification', () => {
    const log: any = toSarif(sampleInput());
    const suppressed = log.runs[0].results.filter((r: any) => r.suppressions);
    assert.equal(suppressed.length, 1);
    assert.deepEqual(suppressed[0].suppressions, [
      { kind: 'inSource', justification: 'Test fixture, synthetic data', properties: { reviewer: 'li.lei', expires: '2099-01-01' } },
    ]);
  });

  it('reports problems as tool notifications and config problems as configuration notifications', () => {
    const log: any = toSarif(sampleInput('zh'));
    const invocation = log.runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, true);
    assert.deepEqual(invocation.toolExecutionNotifications.map((n: any) => n.descriptor.id), ['skipped-size', 'skipped-line-length']);
    assert.equal(invocation.toolExecutionNotifications[0].message.text, '文件过大');
    assert.equal(invocation.toolConfigurationNotifications[0].level, 'error');
    assert.equal(invocation.toolConfigurationNotifications[0].locations[0].physicalLocation.region.startLine, 5);
    assert.equal(log.runs[0].language, 'zh-CN');
  });

  it('a real scan of the demo workspace is schema-valid and every rule carries its category', async () => {
    const loaded = loadProjectConfig(DEMO);
    assert.equal(loaded.fatal, false);
    const result = await scanWorkspace({ root: DEMO, config: loaded.config });
    assert.ok(result.findings.length > 0, 'the demo workspace should produce findings');
    const input = { ...sampleInput(), result, rules: listRules() };
    const log: any = JSON.parse(writeSarif(input));
    assert.deepEqual(sarifErrors(log), []);
    assert.equal(log.runs[0].results.length, result.findings.length);
    for (const rule of log.runs[0].tool.driver.rules) {
      assert.ok((CATEGORIES as readonly string[]).includes(rule.properties.category), rule.id);
    }
  });
});
