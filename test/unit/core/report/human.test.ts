/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return */
import * as assert from 'node:assert/strict';
import { findingsAtOrAbove, summarise, toJsonReport, writeJson, writeMarkdown, writeText } from '../../../../src/core/report';
import { NEWLINE_FILE, sampleInput } from './fixtures';

describe('text writer', () => {
  it('prints one clickable path:line:col line per active finding, then problems and a summary', () => {
    const out = writeText(sampleInput());
    const lines = out.split('\n');
    assert.equal(lines[0], 'db/schema.sql:5:3: error AILL-SPI-ID Collects ID card numbers [PIPL-28, PIPL-29]');
    assert.ok(lines.includes('src/<img src=x onerror=alert(1)>.py:3:11: warning AILL-XB-HOST Foreign endpoint [PIPL-38]'));
    // A newline in a file name is shown escaped, so the record stays on one line.
    assert.ok(lines.includes('odd\\nname.py:1:1: error AILL-SPI-ID Collects ID card numbers [PIPL-28, PIPL-29]'));
    // Suppressed findings are not listed but are counted.
    assert.ok(!out.includes('名字 with space.py:8'));
    assert.match(out, /4 finding\(s\) \(2 error, 1 warning, 1 note\), 1 suppressed; 5 file\(s\) scanned \(12\.1 KiB\)/);
    assert.match(out, / {2}data\/dump\.sql: too large: File too large/);
    assert.match(out, / {2}web\/app\.min\.js:1:1: line too long: Line too long/);
    assert.match(out, /Not scanned: binary 1, too large 1, line too long 1/);
    assert.match(out, /Obligations: PIPL-13 ×1, PIPL-28 ×2, PIPL-29 ×2, PIPL-38 ×1/);
  });

  it('speaks Chinese and uses the display path mapping', () => {
    const out = writeText(sampleInput('zh'), { displayPath: (f) => `proj/${f}` });
    assert.match(out, /^proj\/db\/schema\.sql:5:3: error AILL-SPI-ID 收集身份证号 \[PIPL-28, PIPL-29\]$/m);
    assert.match(out, /4 项发现（错误 2，警告 1，提示 1），另有 1 项已抑制/);
    assert.match(out, /^按类别：个人信息 1，敏感个人信息 2，数据出境 1$/m);
    assert.match(out, /^ {2}proj\/data\/dump\.sql: 文件过大：文件过大$/m);
  });

  it('colours severities only when asked', () => {
    assert.ok(!writeText(sampleInput()).includes('\u001b['));
    assert.ok(writeText(sampleInput(), { color: true }).includes('\u001b[31merror\u001b[0m'));
  });
});

describe('markdown writer', () => {
  it('groups findings by obligation and by category, with suppressions and problems', () => {
    const md = writeMarkdown(sampleInput());
    assert.match(md, /^# AI Law Lens compliance report$/m);
    assert.match(md, /^## By obligation$/m);
    assert.match(md, /^### `PIPL-28`$/m);
    assert.match(md, /^## By category$/m);
    assert.match(md, /^### Sensitive personal information \(`sensitive-pi`\)$/m);
    assert.match(md, /^## Suppressed$/m);
    assert.match(md, /reason: Test fixture, synthetic data \(reviewer: li\.lei; expires: 2099-01-01\)/);
    assert.match(md, /^## Problems and skipped files$/m);
  });

  it('uses catalogue citations when given', () => {
    const md = writeMarkdown({ ...sampleInput('zh'), cite: (ids) => ids.map((id) => `${id} 个人信息保护法 第二十八条`) });
    assert.match(md, /^### PIPL-28 个人信息保护法 第二十八条$/m);
    assert.match(md, /^## 按法律义务$/m);
  });

  it('renders hostile file names inert', () => {
    const md = writeMarkdown(sampleInput());
    assert.ok(!md.includes('<img'), 'raw HTML must not reach the report');
    assert.ok(md.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'));
    assert.ok(!md.includes(NEWLINE_FILE));
  });
});

describe('JSON writer', () => {
  it('writes the project model with a summary and only the rules used, in a stable order', () => {
    const report: any = toJsonReport(sampleInput());
    assert.equal(report.version, 1);
    assert.equal(report.findings.length, 5);
    assert.deepEqual(report.rules.map((r: any) => r.id), ['AILL-SPI-ID', 'AILL-XB-HOST']);
    assert.deepEqual(report.summary.bySeverity, { error: 2, warning: 1, info: 1 });
    assert.equal(report.summary.suppressed, 1);
    assert.deepEqual(Object.keys(report.findings[0]).slice(0, 5), ['ruleId', 'category', 'severity', 'confidence', 'file']);
    assert.equal(writeJson(sampleInput()), writeJson(sampleInput()));
  });
});

describe('fail-on threshold', () => {
  const findings = sampleInput().result.findings;
  it('counts unsuppressed findings at or above the level; suppressed ones never count', () => {
    assert.equal(findingsAtOrAbove(findings, 'error').length, 2);
    assert.equal(findingsAtOrAbove(findings, 'warning').length, 3);
    assert.equal(findingsAtOrAbove(findings, 'note').length, 4);
    assert.equal(findingsAtOrAbove(findings, 'none').length, 0);
    const onlySuppressed = findings.filter((f) => f.suppression);
    assert.equal(findingsAtOrAbove(onlySuppressed, 'note').length, 0);
    assert.equal(summarise(onlySuppressed).active, 0);
  });
});
