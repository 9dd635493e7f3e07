import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatConfigProblem, loadProjectConfig, parseProjectConfig } from '../../../../src/core/config';
import { makeTree, removeTree, repoRoot } from '../workspace/tmp';

describe('project config loading', () => {
  let root = '';
  afterEach(() => root && removeTree(root));

  it('returns the defaults when there is no config file', () => {
    root = makeTree({ 'a.py': '' });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, false);
    assert.equal(loaded.file, undefined);
    assert.deepEqual(loaded.config.exclude, []);
    assert.deepEqual(loaded.problems, []);
  });

  it('loads a valid YAML config with every field', () => {
    root = makeTree({
      '.ailawlens.yaml': [
        'exclude: ["data/raw/"]',
        'severity:',
        '  scraping: warning',
        '  training: off',
        'disable: [minors]',
        'customPatterns:',
        '  - id: ACME-EMPLOYEE-NO',
        '    category: personal-data',
        '    pattern: "^gonghao$"',
        '    obligations: [PIPL-13]',
        'checklist:',
        '  block: [PIPL-28]',
        'maxFileSize: 4096',
        '',
      ].join('\n'),
    });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, false, JSON.stringify(loaded.problems));
    assert.equal(loaded.file, path.join(root, '.ailawlens.yaml'));
    assert.deepEqual(loaded.config, {
      exclude: ['data/raw/'],
      severity: { scraping: 'warning', training: 'off' },
      disable: ['minors'],
      customPatterns: [{ id: 'ACME-EMPLOYEE-NO', category: 'personal-data', pattern: '^gonghao$', obligations: ['PIPL-13'] }],
      checklist: { block: ['PIPL-28'] },
      maxFileSize: 4096,
    });
  });

  it('accepts JSON with comments and trailing commas', () => {
    root = makeTree({ '.ailawlens.json': '{\n  // generated folder\n  "exclude": ["gen/",],\n}\n' });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, false);
    assert.deepEqual(loaded.config.exclude, ['gen/']);
  });

  it('names file, line and column for a JSON syntax error', () => {
    root = makeTree({ '.ailawlens.json': '{\n  "exclude": ["a"\n  "disable": []\n}\n' });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, true);
    assert.equal(loaded.problems.length, 1);
    assert.equal(formatConfigProblem(loaded.problems[0], 'en'), '.ailawlens.json:3:3: JSON syntax error: comma expected');
    assert.equal(formatConfigProblem(loaded.problems[0], 'zh'), '.ailawlens.json:3:3: JSON 语法错误：此处应为逗号');
  });

  it('names file, line and column for a YAML syntax error', () => {
    root = makeTree({ '.ailawlens.yml': 'exclude:\n  - a\nseverity: {training: error\n' });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, true);
    const line = formatConfigProblem(loaded.problems[0], 'en');
    assert.match(line, /^\.ailawlens\.yml:\d+:\d+: YAML syntax error: /);
    assert.ok(loaded.problems[0].span!.start.line >= 2, line);
  });

  it('maps schema errors back to the line of the offending key or value', () => {
    root = makeTree({
      '.ailawlens.yaml': ['exclude:', '  - build/', 'severity:', '  training: loud', 'customPatterns:', '  - id: X', '    category: weather', '    pattern: a', 'colour: red', ''].join('\n'),
    });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, true);
    const lines = loaded.problems.map((p) => formatConfigProblem(p, 'en')).sort();
    assert.deepEqual(lines, [
      '.ailawlens.yaml:4:13: severity.training must be one of: "error", "warning", "info", "off"',
      '.ailawlens.yaml:7:15: customPatterns[0].category must be one of: "training", "personal-data", "sensitive-pi", "recommendation", "generative-ai", "deep-synthesis", "face-recognition", "automated-decision", "cross-border", "scraping", "minors", "pi-logging"',
      '.ailawlens.yaml:9:1: Unknown setting "colour"',
    ]);
  });

  it('maps schema errors in JSON too', () => {
    const parsed = parseProjectConfig('{\n  "maxFileSize": "big",\n  "checklist": {"block": ["pipl 28"]}\n}\n', 'cfg.json');
    assert.equal(parsed.fatal, true);
    const lines = parsed.problems.map((p) => formatConfigProblem(p, 'en')).sort();
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^cfg\.json:2:18: maxFileSize must be of type integer$/);
    assert.match(lines[1], /^cfg\.json:3:27: checklist\.block\[0\] has the wrong format/);
  });

  it('rejects an unsafe custom pattern by name and still loads the rest', () => {
    root = makeTree({
      '.ailawlens.yaml': [
        'exclude: [tmp/]',
        'customPatterns:',
        '  - id: SLOW',
        '    category: personal-data',
        '    pattern: "^(a+)+$"',
        '  - id: BROKEN',
        '    category: personal-data',
        '    pattern: "(unclosed"',
        '  - id: FINE',
        '    category: minors',
        '    pattern: "^ertong_"',
        '',
      ].join('\n'),
    });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, false);
    assert.deepEqual(loaded.config.exclude, ['tmp/']);
    assert.deepEqual(loaded.config.customPatterns.map((p) => p.id), ['FINE']);
    const lines = loaded.problems.map((p) => formatConfigProblem(p, 'en'));
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^\.ailawlens\.yaml:5:14: Rejected the regular expression of custom pattern "SLOW": it can backtrack catastrophically/);
    assert.match(lines[1], /^\.ailawlens\.yaml:8:14: Rejected the regular expression of custom pattern "BROKEN": not a valid regular expression/);
  });

  it('warns about unknown rule or category ids without failing', () => {
    root = makeTree({ '.ailawlens.yaml': 'severity:\n  NOT-A-RULE: error\n  training: info\ndisable: [typo-category]\n' });
    const loaded = loadProjectConfig(root, undefined, { knownRuleIds: ['AILL-X'] });
    assert.equal(loaded.fatal, false);
    const lines = loaded.problems.map((p) => formatConfigProblem(p, 'en'));
    assert.deepEqual(lines, [
      '.ailawlens.yaml:2:3: "NOT-A-RULE" in severity is neither a rule id nor a category id; it has no effect',
      '.ailawlens.yaml:4:11: "typo-category" in disable is neither a rule id nor a category id; it has no effect',
    ]);
  });

  it('reports an explicit config path that does not exist as fatal', () => {
    root = makeTree({ 'a.py': '' });
    const loaded = loadProjectConfig(root, path.join(root, 'missing.yaml'));
    assert.equal(loaded.fatal, true);
    assert.match(formatConfigProblem(loaded.problems[0], 'en'), /^missing\.yaml: Cannot read the config file \(ENOENT\)$/);
  });

  it('prefers .ailawlens.json when several config files exist, and says so', () => {
    root = makeTree({ '.ailawlens.json': '{"exclude": ["a/"]}', '.ailawlens.yaml': 'exclude: [b/]\n' });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, false);
    assert.deepEqual(loaded.config.exclude, ['a/']);
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0].message.en, /only \.ailawlens\.json is used/);
  });

  it('treats an empty file as an empty config', () => {
    root = makeTree({ '.ailawlens.yaml': '# nothing yet\n' });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, false);
    assert.deepEqual(loaded.problems, []);
  });

  it('rejects a config that is not a mapping', () => {
    root = makeTree({ '.ailawlens.yaml': '- just\n- a list\n' });
    const loaded = loadProjectConfig(root);
    assert.equal(loaded.fatal, true);
    assert.match(formatConfigProblem(loaded.problems[0], 'en'), /^\.ailawlens\.yaml:1:1: \(root\) must be of type object$/);
  });

  it('the shipped schema file is the one the loader uses', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'schemas/ailawlens.schema.json'), 'utf8'));
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'checklist', 'customPatterns', 'disable', 'exclude', 'maxFileSize', 'severity']);
  });
});
