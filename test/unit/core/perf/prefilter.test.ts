// The keyword prefilter must never drop a finding: every fixture, the labelled corpus and a synthetic workspace give
// identical results with and without it. Also: the vocabulary is derived from the tables, both matchers agree, and
// the per-file time budget reports what it skipped.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { prefilterBytes, scanText } from '../../../../src/core/engine';
import { detectFamily } from '../../../../src/core/lang';
import { AhoCorasick, buildVocabulary, CombinedRegex, defaultPrefilter, groupAlternatives, hasLongDigitRun, squash } from '../../../../src/core/perf/prefilter';
import { synthFiles } from '../../../../scripts/bench/synth';
import { fixtureFiles, REPO_ROOT } from '../../repoRoot';

function fixtureTexts(): Array<{ path: string; text: string }> {
  const root = path.join(REPO_ROOT, 'test', 'fixtures');
  return fixtureFiles().map((abs) => ({ path: path.relative(root, abs).split(path.sep).join('/'), text: fs.readFileSync(abs, 'utf8') }));
}

const NOW = new Date('2026-06-01T00:00:00Z');

/** Multi-byte text right against keywords, digits and trigger words: where a byte automaton could go wrong. */
const EDGES = ['身份证', '身份', '份证号', 'x身份证y', '用户年龄', '用户 姓名', 'é13812345678', '1381234567é8', 'user.age<14', 'user.age é< 14', 'age\u00e9 < 14',
  'user.age <\u4e2d14', 'user\u2028age', '\ufeffidcard', 'id\u00a0card', 'id_c\u00e4rd', '人脸识别'.repeat(3), '😀idcard😀', 'a&amp;b', 'x = "\\u8eab"', 'lone \ud800 surrogate idcard', '\udc00user age'];

describe('perf/prefilter', () => {
  const vocabulary = buildVocabulary();

  it('derives its vocabulary from the detector and rule tables', () => {
    assert.ok(vocabulary, 'a table could not be read (a regex the prefilter reads is no longer plain alternatives)');
    for (const word of ['idcard', 'shenfenzheng', '身份证', 'openai', 'sentryio', 'loaddataset', 'numtrainepochs', '人脸识别', 'robotstxtobey']) {
      assert.ok(vocabulary.strong.includes(word), `missing strong keyword ${word}`);
    }
    // Context-only PI words (weak sequences, initials, `name`) need a person word in the same clause.
    const pi = vocabulary.clauses[0];
    assert.ok(pi[0].includes('sfzh') && pi[0].includes('age') && pi[0].includes('name'));
    assert.ok(pi[1].includes('user') && pi[1].includes('用户'));
    assert.ok(!vocabulary.strong.includes('age'), '`age` alone must not make every file with `page` or `message` pass');
  });

  it('reads plain regex alternatives and refuses anything else', () => {
    assert.deepEqual(groupAlternatives(/^(?:us|eu)-(?:east|west)\d$/, 1), ['east', 'west']);
    assert.deepEqual(groupAlternatives(/(手机号码?|id_?card|bank_?card)\s*:/, 0), ['手机号', 'idcard', 'bankcard']);
    assert.deepEqual(groupAlternatives(/(?:json\.dumps|toJson)\(/, 0), ['json.dumps', 'toJson']);
    assert.equal(groupAlternatives(/(a[bc]|d)/, 0), undefined);
    assert.equal(groupAlternatives(/(a|b)/, 3), undefined);
  });

  it('squashes separators but keeps line breaks, digits and non-ASCII text', () => {
    assert.equal(squash('User_ID-Card.no 身份证\n42'), 'useridcardno身份证\n42');
  });

  it('Aho-Corasick and the combined regex agree on every fixture and synthetic file', () => {
    assert.ok(vocabulary);
    const ac = new AhoCorasick(vocabulary);
    const re = new CombinedRegex(vocabulary);
    const texts = [...fixtureTexts(), ...synthFiles(300, 7)].map((f) => f.text);
    texts.push('plain words only', 'user\nname', 'user name', 'the customer_age field', '数据 用户 年龄', 'shouji_hao', 'promises\nexport');
    texts.push(...EDGES, ...EDGES.map((e) => `foo ${e} bar`));
    let passed = 0;
    for (const text of texts) {
      const verdict = ac.matches(text);
      assert.equal(verdict, re.matches(text), `matchers disagree on: ${text.slice(0, 80)}`);
      passed += verdict ? 1 : 0;
    }
    assert.ok(passed > 0 && passed < texts.length, 'a matcher that always or never matches proves nothing');
  });

  it('treats a line break as the end of any keyword', () => {
    assert.ok(vocabulary);
    const ac = new AhoCorasick(vocabulary);
    assert.equal(ac.matches('const x = "id"\ncard = 1'), false);
    assert.equal(ac.matches('const idCard = 1'), true);
    assert.equal(ac.matches('shouji_hao = 1'), true);
    assert.equal(ac.matches('user\nprofile age'), true, 'a clause may gather its words across lines');
  });

  it('finds the digit runs literal detection needs', () => {
    assert.equal(hasLongDigitRun('tel 1381234567'), false);
    assert.equal(hasLongDigitRun('tel 13812345678'), true);
    const prefilter = defaultPrefilter();
    assert.ok(prefilter);
    assert.equal(prefilter.needsAnalysis('x = "13912345671"', 'python'), true);
    assert.equal(prefilter.needsAnalysis('def add(a, b):\n    return a + b\n', 'python'), false);
    assert.equal(prefilter.needsAnalysis('if (person.age < 14) {}', 'javascript'), true);
    assert.equal(prefilter.needsAnalysis('logger.info(req.body)', 'javascript'), true);
  });

  it('never drops a finding: fixtures, corpus and a synthetic workspace scan identically with and without it', () => {
    const files = [...fixtureTexts(), ...synthFiles(400, 11)];
    let skipped = 0;
    let findings = 0;
    for (const f of files) {
      const withPrefilter = scanText(f.path, f.text, { now: NOW });
      const without = scanText(f.path, f.text, { now: NOW, prefilter: false });
      assert.deepEqual(withPrefilter, without, `results differ for ${f.path}`);
      findings += without.findings.length;
      skipped += defaultPrefilter()!.needsAnalysis(f.text, detectFamily(f.path)) ? 0 : 1;
    }
    assert.ok(findings > 100, 'the files must carry findings for the comparison to mean anything');
    assert.ok(skipped > 50, `the prefilter should skip the neutral files (skipped ${skipped})`);
  });

  it('gives the same verdict on UTF-8 bytes as on the decoded text', () => {
    const prefilter = defaultPrefilter();
    assert.ok(prefilter);
    const files = [...fixtureTexts(), ...synthFiles(300, 5)];
    const families = ['python', 'javascript', 'json', 'yaml', 'xml', 'plaintext'];
    let both = 0;
    for (const text of [...files.map((f) => f.text), ...EDGES, ...EDGES.map((e) => `foo ${e} bar`)]) {
      for (const family of families) {
        const verdict = prefilter.needsAnalysis(text, family);
        assert.equal(prefilter.needsAnalysisOfBytes(Buffer.from(text, 'utf8'), family), verdict, `verdicts differ (${family}) on: ${text.slice(0, 80)}`);
        both += verdict ? 1 : 0;
      }
    }
    assert.ok(both > 100, 'many of these texts must need analysis');
  });

  it('calls bytes quiet only when the scan of their text reports nothing at all', () => {
    const files = [...fixtureTexts(), ...synthFiles(400, 13)];
    const directive = 'x = 1  # ai-law-lens-disable-line AILL-NOPE -- reason\n'; // a directive problem, no keyword
    files.push({ path: 'a.py', text: directive }, { path: 'c/app.yaml', text: 'a: [1,\n' }, { path: 'n.py', text: 'x = 1\u0000\n' });
    let quiet = 0;
    for (const f of files) {
      const verdict = prefilterBytes(f.path, Buffer.from(f.text, 'utf8'), { now: NOW });
      const result = scanText(f.path, f.text, { now: NOW, prefilter: false });
      if (verdict === 'quiet') {
        quiet++;
        assert.deepEqual([result.findings, result.problems], [[], []], `${f.path} was called quiet but reports something`);
      }
    }
    assert.ok(quiet > 100, `most neutral files are quiet (got ${quiet})`);
    assert.equal(prefilterBytes('a.py', Buffer.from(directive)), 'unknown');
    assert.equal(prefilterBytes('c/app.yaml', Buffer.from('a: [1,\n')), 'unknown', 'structured files are parsed for syntax errors');
    assert.equal(prefilterBytes('c/app.json', Buffer.from('{"a": 1}')), 'unknown');
    assert.equal(prefilterBytes('c/app.yaml', Buffer.from('a:\n  b: 1\n')), 'quiet', 'plain YAML that certainly parses need not be');
    assert.equal(prefilterBytes('n.py', Buffer.from('x = 1\u0000\n')), 'unknown');
    assert.equal(prefilterBytes('u.py', Buffer.from('id_card = 1\n')), 'analyse');
    assert.equal(prefilterBytes('u.py', Buffer.from('x = 1\n'), { customRules: [{ id: 'X', category: 'personal-data', regex: /x/ }] }), 'unknown');
  });

  it('still reports syntax errors in config files it has no keyword for', () => {
    const result = scanText('conf/app.json', '{"a": 1,, }');
    assert.ok(result.problems.some((p) => p.kind === 'parse-error'));
    assert.deepEqual(result, scanText('conf/app.json', '{"a": 1,, }', { prefilter: false }));
  });
});

describe('engine time budget', () => {
  it('stops between stages and reports skipped-timeout instead of hanging or failing silently', () => {
    const text = 'class User:\n    id_card = ""\n    phone = ""\n';
    const result = scanText('a/user.py', text, { timeBudgetMs: 0 });
    const timeouts = result.problems.filter((p) => p.kind === 'skipped-timeout');
    assert.equal(timeouts.length, 1);
    assert.equal(timeouts[0].file, 'a/user.py');
    assert.match(timeouts[0].message.en, /time budget \(0 ms\)/);
    assert.match(timeouts[0].message.zh, /时间预算/);
    const full = scanText('a/user.py', text);
    assert.ok(full.findings.length > 0);
    assert.ok(!full.problems.some((p) => p.kind === 'skipped-timeout'));
  });
});
