import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { createBaseline } from '../../../../src/core/baseline';
import { GITLAB_SAST_SHAPE, applyBaselineToSarif, toGitLabSast } from '../../../../src/core/integrations';
import type { SarifLogLike } from '../../../../src/core/integrations';
import type { Finding, RuleMeta } from '../../../../src/core/model';

function finding(line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'PI-ID-CARD',
    category: 'sensitive-pi',
    severity: 'warning',
    confidence: 'high',
    file: 'app/用户 models.py',
    span: { start: { line, character: 4 }, end: { line, character: 11 } },
    message: { zh: '收集身份证号', en: 'Collects ID card numbers' },
    obligations: ['PIPL-28', 'PIPL-29'],
    token: 'id_card',
    context: 'User',
    related: [],
    fingerprint: 'f',
    ...extra,
  };
}

const rule: RuleMeta = {
  id: 'PI-ID-CARD',
  name: 'id-card',
  category: 'sensitive-pi',
  severity: 'warning',
  confidence: 'high',
  obligations: ['PIPL-28'],
  title: { zh: '收集身份证号', en: 'Collects ID card numbers' },
  message: { zh: 'm', en: 'm' },
  description: { zh: '身份证号属于敏感个人信息。', en: 'ID numbers are sensitive PI.' },
  fix: { title: { zh: '加密存储并单独同意', en: 'Encrypt and obtain separate consent' }, snippets: {} },
};

describe('GitLab SAST report', () => {
  const start = new Date('2026-01-02T03:04:05.678Z');
  const report = toGitLabSast(
    [
      finding(9),
      finding(9, { file: 'b.py' }),
      finding(20, { ruleId: 'UNKNOWN', severity: 'error', context: undefined }),
      finding(30, { suppression: { kind: 'inSource', scope: 'line', justification: 'ok', line: 30 } }),
    ],
    { toolVersion: '0.1.0', startTime: start, endTime: start, rules: [rule], lang: 'zh' },
  );

  it('validates against the documented v15 shape', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(GITLAB_SAST_SHAPE);
    assert.ok(validate(report), JSON.stringify(validate.errors));
    const broken = structuredClone(report) as unknown as { vulnerabilities: { identifiers: unknown[] }[] };
    broken.vulnerabilities[0].identifiers = [];
    assert.equal(validate(broken), false, 'the shape check can fail');
  });

  it('maps location, severity, identifiers and language; leaves suppressed findings out', () => {
    assert.equal(report.scan.start_time, '2026-01-02T03:04:05');
    assert.equal(report.vulnerabilities.length, 3);
    const [first, , unknown] = report.vulnerabilities;
    assert.deepEqual(first.location, { file: 'app/用户 models.py', start_line: 10, end_line: 10, method: 'User' });
    assert.equal(first.severity, 'Medium');
    assert.equal(first.name, '收集身份证号');
    assert.equal(first.solution, '加密存储并单独同意');
    assert.deepEqual(
      first.identifiers.map((i) => i.value),
      ['PI-ID-CARD', 'PIPL-28', 'PIPL-29'],
    );
    assert.match(first.description, /涉及义务：PIPL-28, PIPL-29/);
    assert.equal(unknown.name, 'UNKNOWN');
    assert.equal(unknown.severity, 'High');
  });

  it('gives stable, unique, UUID-shaped ids', () => {
    const ids = report.vulnerabilities.map((v) => v.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    const again = toGitLabSast([finding(40)], { toolVersion: '0.1.0', startTime: start, endTime: start });
    assert.equal(again.vulnerabilities[0].id, ids[0], 'a moved finding keeps its id');
  });
});

describe('SARIF baseline states', () => {
  function log(): SarifLogLike {
    return {
      runs: [
        {
          tool: { driver: { rules: [{ id: 'OTHER' }, { id: 'PI-ID-CARD' }] } },
          originalUriBaseIds: { '%SRCROOT%': {} },
          results: [
            {
              ruleId: 'PI-ID-CARD',
              locations: [{ physicalLocation: { artifactLocation: { uri: 'app/%E7%94%A8%E6%88%B7%20models.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 10, startColumn: 5 } } }],
            },
            {
              ruleId: 'PI-ID-CARD',
              locations: [{ physicalLocation: { artifactLocation: { uri: 'app/%E7%94%A8%E6%88%B7%20models.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5 } } }],
            },
          ],
        },
      ],
    };
  }

  it('sets baselineState on matching results and appends absent ones', () => {
    const absent = createBaseline([finding(50, { file: 'gone.py', token: 'mobile' })]).entries;
    const out = applyBaselineToSarif(log(), [{ ...finding(9), baselineState: 'unchanged' }, { ...finding(11), baselineState: 'new' }], absent);
    const results = out.runs![0].results!;
    assert.deepEqual(
      results.map((r) => r.baselineState),
      ['unchanged', 'new', 'absent'],
    );
    const gone = results[2];
    assert.equal(gone.ruleIndex, 1);
    assert.equal(gone.locations![0].physicalLocation!.artifactLocation!.uri, 'gone.py');
    assert.equal(gone.locations![0].physicalLocation!.artifactLocation!.uriBaseId, '%SRCROOT%');
    assert.equal(gone.locations![0].physicalLocation!.region!.startLine, 51);
    assert.equal(gone.level, 'warning');
  });

  it('leaves results without a matching finding untouched', () => {
    const out = applyBaselineToSarif(log(), [{ ...finding(30), baselineState: 'new' }], []);
    assert.deepEqual(
      out.runs![0].results!.map((r) => r.baselineState),
      [undefined, undefined],
    );
  });
});
