// Fuzzing of the whole pipeline around the detectors: the engine (suppressions, masking, fingerprints), byte
// decoding (invalid UTF-8, BOMs, GBK, mixed encodings), the workspace scan over real files with hostile names,
// the project-config and decisions-file parsers, and every report writer. Nothing may throw, nothing may fail
// internally, and no raw PI value planted in the input may come out.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { parseDecisions, serializeDecisions } from '../../../src/core/checklist/decisions';
import { parseProjectConfig } from '../../../src/core/config';
import { listRules, scanText } from '../../../src/core/engine';
import type { Finding, Problem } from '../../../src/core/model';
import { REPORT_FORMATS, writeReport } from '../../../src/core/report';
import { decodeText, scanWorkspace, type WorkspaceScanResult } from '../../../src/core/workspace';
import { anyText, count, FAMILY_FILES, fileBytes, fragment, jsonDoc, LANGUAGE_IDS, PLANTED_PI, printTally, runs, sqlDoc, tokenSoup, yamlDoc } from './inputs';

const NOW = new Date('2026-06-01T00:00:00Z');
const RULE_IDS = new Set(listRules().map((r) => r.id));
const TOOL = { name: 'AI Law Lens', version: '0.0.0-fuzz', informationUri: 'https://example.invalid' };

/** Messages the engine uses when it caught an exception of its own: a fuzz failure, not a finding about the input. */
const INTERNAL = /^(Analysis of this file failed|Detector "|Could not fully analyse|Internal error)/;

function assertNoInternalFailure(problems: readonly Problem[]): void {
  const internal = problems.filter((p) => INTERNAL.test(p.message.en));
  assert.deepEqual(internal.map((p) => p.message.en), [], 'the engine caught an internal exception');
}

function assertNoRawPi(value: unknown, where: string): void {
  const text = JSON.stringify(value);
  for (const pi of PLANTED_PI) {
    assert.ok(!text.includes(pi), `${where} carries a raw PI value`);
  }
}

function assertFindingsSound(findings: readonly Finding[]): void {
  for (const f of findings) {
    assert.ok(RULE_IDS.has(f.ruleId), `unknown rule ${f.ruleId}`);
    assert.ok(f.fingerprint.length > 0, 'finding without fingerprint');
    assert.ok(f.message.zh.length > 0 && f.message.en.length > 0, 'finding without a message in both languages');
    assert.ok(f.span.start.line >= 0 && f.span.start.character >= 0, 'negative position');
  }
}

function fuzzScan(file: string, text: string, languageId?: string): void {
  const result = scanText(file, text, { now: NOW, languageId });
  count('engine: scanText');
  assert.equal(result.file, file);
  assertNoInternalFailure(result.problems);
  assertFindingsSound(result.findings);
  assertNoRawPi(result, 'scan result');
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'aill-fuzz-'));
}

/** File names a hostile or merely unusual repository contains. */
const hostileName = fc.oneof(
  fc.constantFrom('-rf.py', '--help.js', ' space .ts', 'new\nline.py', 'tab\t.go', '<img src=x onerror=alert(1)>.html', '$(id).sh', '`x`.sql', '"quoted".json', '%2e%2e.yaml', 'ünïcødé.py', '身份证.py', '\u202emoc.py', 'a'.repeat(200) + '.py', '.env', 'package.json', 'Dockerfile', 'x.ipynb', 'weights.bin'),
  fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom(...FAMILY_FILES.map((f) => path.extname(f) || ''))).map(([a, b]) => a + b),
);

describe('fuzz: engine, decoding, workspace scan, config, decisions, reports (fast-check)', function () {
  this.timeout(600_000);

  after(() => printTally('pipeline', ['engine: scanText', 'decode: bytes', 'decode: GBK round trip', 'workspace: scans', 'workspace: files', 'config: parses', 'decisions: parses', 'reports: writes']));

  it('scanText never fails internally, keeps findings well-formed and masks planted PI', () => {
    const input = fc.oneof(
      fc.tuple(fc.constantFrom(...FAMILY_FILES), tokenSoup(100), fc.constantFrom(...LANGUAGE_IDS)),
      fc.tuple(fc.constantFrom(...FAMILY_FILES), anyText, fc.constant(undefined)),
      // Structured files whose keys, tables and columns may themselves be PI values.
      fc.tuple(fc.constant('conf/app.json'), jsonDoc, fc.constant(undefined)),
      fc.tuple(fc.constant('deploy/app.yaml'), yamlDoc, fc.constant(undefined)),
      fc.tuple(fc.constant('db/schema.sql'), sqlDoc, fc.constant(undefined)),
      // Suppression directives with random tails, on every comment style.
      fc.tuple(
        fc.constantFrom(...FAMILY_FILES),
        fc.tuple(fc.constantFrom('# ', '// ', '-- ', '/* ', '<!-- ', ''), fc.constantFrom('ai-law-lens-disable-line', 'ai-law-lens-disable-next-line', 'ai-law-lens-disable-file', 'ai-law-lens-disable'), fc.array(fragment, { maxLength: 8 }), tokenSoup(20)).map(
          ([c, d, tail, code]) => `${code}\n${c}${d} ${tail.join(' ')}\nphone = "13812345678"\n`,
        ),
        fc.constant(undefined),
      ),
    );
    fc.assert(
      fc.property(input, ([file, text, languageId]) => fuzzScan(file, text, languageId)),
      { numRuns: runs(2500), seed: 20260811 },
    );
  });

  it('decodes arbitrary bytes without throwing and scans what it decodes', () => {
    fc.assert(
      fc.property(fileBytes, fc.constantFrom(...FAMILY_FILES), (bytes, file) => {
        const decoded = decodeText(bytes);
        count('decode: bytes');
        if (decoded.ok) {
          assert.equal(typeof decoded.text, 'string');
          fuzzScan(file, decoded.text);
        } else {
          assert.ok(decoded.reason.length > 0);
        }
      }),
      { numRuns: runs(1500), seed: 20260812 },
    );
  });

  it('reads GBK-encoded Chinese source back exactly, or reports it, never garbles it', () => {
    const gbkText = fc
      .array(fc.oneof(fc.constantFrom('身份证号', '手机号码', '用户姓名', '人脸识别', '，', '。', '“', '”', '：', '（', '）', '会员', '患者', '未成年人'), fc.constantFrom('id_card = ', 'phone', ' # ', '\n', '"', '= 1', 'def f():', '// ', 'user')), { minLength: 1, maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(gbkText, (text) => {
        const decoded = decodeText(iconv.encode(text, 'gbk'));
        count('decode: GBK round trip');
        assert.ok(decoded.ok, 'GBK Chinese text must be decoded');
        assert.equal(decoded.text, text, `garbled as ${decoded.encoding}`);
      }),
      { numRuns: runs(1000), seed: 20260813 },
    );
  });

  it('scans real workspaces of random files with hostile names and contents', async () => {
    const file = fc.record({ name: hostileName, dir: fc.constantFrom('', 'src', 'a/b', 'node_modules', '.ailawlens'), bytes: fc.oneof(fileBytes, tokenSoup(60).map((s) => Buffer.from(s, 'utf8'))) });
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 6 }), async (files) => {
        const root = tempDir();
        try {
          const written = new Set<string>();
          for (const f of files) {
            const rel = f.dir ? `${f.dir}/${f.name}` : f.name;
            try {
              fs.mkdirSync(path.join(root, f.dir), { recursive: true });
              fs.writeFileSync(path.join(root, rel), f.bytes);
              written.add(rel);
            } catch {
              // a name the file system refuses (too long, invalid) is not a scanner input
            }
          }
          const result: WorkspaceScanResult = await scanWorkspace({ root, now: NOW });
          count('workspace: scans');
          count('workspace: files', written.size);
          assertNoInternalFailure(result.problems);
          assertFindingsSound(result.findings);
          assertNoRawPi(result, 'workspace scan result');
          // Every listed file is accounted for: scanned, skipped with a problem, or counted.
          assert.ok(result.totals.filesListed >= result.filesScanned);
          for (const f of result.findings) {
            assert.ok(written.has(f.file), `finding on a file that was not written: ${f.file}`);
          }
          const reports = REPORT_FORMATS.map((format) => writeReport(format, { result, rules: listRules(), lang: 'zh', tool: TOOL }));
          for (const r of reports) {
            assertNoRawPi(r, 'report');
          }
        } finally {
          fs.rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: runs(60), seed: 20260814 },
    );
  });

  it('parses any project config text without throwing: a usable config or a fatal, located problem', () => {
    fc.assert(
      fc.property(fc.oneof(jsonDoc, yamlDoc, anyText, tokenSoup(40)), fc.constantFrom('.ailawlens.json', '.ailawlens.yaml'), (text, label) => {
        const loaded = parseProjectConfig(text, label, { checkPatterns: false, knownRuleIds: [...RULE_IDS] });
        count('config: parses');
        assert.equal(typeof loaded.fatal, 'boolean');
        for (const p of loaded.problems) {
          assert.equal(p.kind, 'config-error');
          assert.equal(p.file, label);
          assert.ok(p.message.zh && p.message.en);
        }
        if (loaded.fatal) {
          assert.ok(loaded.problems.length > 0, 'a fatal config must say why');
        }
      }),
      { numRuns: runs(1500), seed: 20260815 },
    );
  });

  it('parses any decisions-file text without throwing; what it accepts round-trips', () => {
    const decisionish = fc.oneof(
      anyText,
      jsonDoc,
      fc.record({ version: fc.oneof(fc.constant(1), fc.integer()), answers: fc.dictionary(fc.string(), fc.string()), decisions: fc.dictionary(fc.string({ maxLength: 70 }), fc.record({ status: fc.constantFrom('open', 'done', 'waived', 'not-applicable', 'bogus'), note: fc.string(), date: fc.string() })) }).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(decisionish, (text) => {
        const parsed = parseDecisions(text);
        count('decisions: parses');
        if (parsed.ok) {
          const again = parseDecisions(serializeDecisions(parsed.file));
          assert.ok(again.ok, 'a serialised file must parse');
          assert.equal(serializeDecisions(again.file), serializeDecisions(parsed.file));
        } else {
          assert.ok(parsed.message.zh && parsed.message.en);
        }
      }),
      { numRuns: runs(1500), seed: 20260816 },
    );
  });

  it('writes every report format for findings of random files, as valid JSON where JSON is promised', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FAMILY_FILES), tokenSoup(60)), { maxLength: 4 }), fc.constantFrom('zh', 'en' as const), (files, lang) => {
        const findings = files.flatMap(([file, text]) => scanText(file, text, { now: NOW }).findings);
        const result: WorkspaceScanResult = {
          root: '/tmp/x',
          filesScanned: files.length,
          bytesScanned: 0,
          findings,
          problems: [],
          durationMs: 1,
          cancelled: false,
          totals: { filesListed: files.length, filesScanned: files.length, bytesScanned: 0, skipped: {}, findings: findings.length, suppressed: 0 },
        };
        for (const format of REPORT_FORMATS) {
          const out = writeReport(format, { result, rules: listRules(), lang, tool: TOOL });
          count('reports: writes');
          assertNoRawPi(out, `${format} report`);
          if (format === 'json' || format === 'sarif') {
            assert.doesNotThrow(() => JSON.parse(out) as unknown, `${format} is not JSON`);
          }
        }
      }),
      { numRuns: runs(300), seed: 20260817 },
    );
  });

  it('can fail: planted PI and internal failures are caught', () => {
    assert.throws(() => assertNoRawPi({ a: 'tel 13812345678' }, 'probe'), /raw PI/);
    assert.throws(() => assertNoInternalFailure([{ kind: 'parse-error', message: { zh: 'x', en: 'Detector "calls" failed: boom' } }]), /internal exception/);
  });
});
