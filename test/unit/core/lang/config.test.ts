import * as assert from 'node:assert/strict';
import { parseSource } from '../../../../src/core/lang';
import { at, decl, fieldSummary, slice, tokenOf } from './helpers';

describe('lang: YAML', () => {
  const src = ['# training config', 'training:', '  lora: {r: 8, alpha: 16}', '  base_model: "Qwen/Qwen2-7B"  # hf id', 'regions:', '  - us-east-1', '  - cn-north-1', 'notes: |', '  多行', ''].join('\n');
  const doc = parseSource('conf/train.yaml', src);

  it('emits keys and values with dotted paths and exact spans', () => {
    const r = doc.tokens.find((t) => t.kind === 'key' && t.path === 'training.lora.r')!;
    assert.equal(at(r), '2:9-2:10');
    const model = tokenOf(doc, 'value', 'Qwen/Qwen2-7B');
    assert.equal(model.path, 'training.base_model');
    assert.equal(at(model), '3:15-3:28');
    assert.equal(tokenOf(doc, 'value', 'us-east-1').path, 'regions[0]');
    assert.deepEqual(doc.problems, []);
  });

  it('emits comments from the CST', () => {
    assert.equal(at(tokenOf(doc, 'comment', ' training config')), '0:1-0:17');
    assert.equal(at(tokenOf(doc, 'comment', ' hf id')), '3:32-3:38');
  });

  it('reads OpenAPI / JSON-schema properties as a declaration with description labels', () => {
    const api = parseSource(
      'openapi.yaml',
      ['components:', '  schemas:', '    User:', '      description: 用户', '      properties:', '        id_card: {type: string, description: 身份证号}', '        phone:', '          type: string', ''].join('\n'),
    );
    const user = decl(api, 'User', 'object');
    assert.equal(user.label, '用户');
    assert.deepEqual(fieldSummary(user), ['id_card=身份证号', 'phone']);
    assert.equal(at(user.fields[0]), '5:8-5:15');
  });

  it('reports a broken YAML file with its line and still returns tokens', () => {
    const bad = parseSource('bad.yaml', 'a: 1\nb: [1\nc: 2\n');
    assert.equal(bad.problems.length > 0, true);
    assert.equal(bad.problems[0].kind, 'parse-error');
    assert.match(bad.problems[0].message.en, /^YAML syntax error at line \d+: \S/);
    assert.match(bad.problems[0].message.zh, /^YAML 语法错误（第 \d+ 行）/);
    assert.ok(bad.tokens.some((t) => t.kind === 'key' && t.text === 'a'));
  });

  it('reads multi-document files', () => {
    const multi = parseSource('k.yaml', 'kind: A\n---\nkind: B\nregion: eu-west-1\n');
    assert.equal(tokenOf(multi, 'value', 'eu-west-1').path, 'region');
  });
});

describe('lang: JSON / JSONC', () => {
  it('emits keys and values with paths; comments and trailing commas are tolerated', () => {
    const src = '{\n  // endpoint\n  "api": {"base_url": "https://api.openai.com/v1", "n": 3},\n  "list": ["a", true],\n}';
    const doc = parseSource('settings.json', src);
    assert.deepEqual(doc.problems, []);
    const url = tokenOf(doc, 'value', 'https://api.openai.com/v1');
    assert.equal(url.path, 'api.base_url');
    assert.equal(slice(src, url.span), 'https://api.openai.com/v1');
    assert.equal(tokenOf(doc, 'key', 'base_url').path, 'api.base_url');
    assert.equal(tokenOf(doc, 'value', 'true').path, 'list[1]');
    assert.equal(tokenOf(doc, 'comment', ' endpoint').kind, 'comment');
  });

  it('reads package.json dependencies', () => {
    const src = '{"name":"x",\n"dependencies": {"openai": "^4.0.0"},\n"devDependencies": {"@tensorflow/tfjs": "4"}}';
    const doc = parseSource('web/package.json', src);
    assert.deepEqual(
      doc.dependencies.map((d) => [d.name, d.version, at(d)]),
      [
        ['openai', '^4.0.0', '1:18-1:24'],
        ['@tensorflow/tfjs', '4', '2:21-2:37'],
      ],
    );
  });

  it('reports broken JSON with the line and keeps the readable part', () => {
    const doc = parseSource('bad.json', '{\n  "phone": "13800000000",\n  "b" 2\n}');
    assert.equal(doc.problems[0].kind, 'parse-error');
    assert.match(doc.problems[0].message.en, /^JSON syntax error at line 3: ColonExpected/);
    assert.ok(doc.tokens.some((t) => t.kind === 'value' && t.text === '13800000000'));
  });

  it('reads JSON-schema properties', () => {
    const doc = parseSource('user.schema.json', '{"title":"用户","type":"object","properties":{"idCard":{"type":"string","description":"身份证号"},"age":{"type":"integer"}}}');
    assert.deepEqual(fieldSummary(decl(doc, 'schema', 'object')), ['idCard=身份证号', 'age']);
  });
});

describe('lang: TOML', () => {
  const src = ['[project]', 'name = "demo"', 'dependencies = [', '  "transformers>=4.40",  # hf', '  "torch[cuda]==2.1; python_version>\'3\'",', ']', '', '[tool.poetry.dependencies]', 'python = "^3.10"', 'openai = "^1.0"', '"quoted.key" = 1', ''].join('\n');
  const doc = parseSource('pyproject.toml', src);

  it('validates with smol-toml and locates keys and values', () => {
    assert.deepEqual(doc.problems, []);
    assert.equal(at(tokenOf(doc, 'value', 'demo')), '1:8-1:12');
    assert.equal(tokenOf(doc, 'value', 'demo').path, 'project.name');
    assert.equal(tokenOf(doc, 'key', 'quoted.key').path, 'tool.poetry.dependencies.quoted.key');
    assert.equal(tokenOf(doc, 'comment', ' hf').kind, 'comment');
  });

  it('reads [project].dependencies and poetry dependencies', () => {
    assert.deepEqual(
      doc.dependencies.map((d) => [d.name, d.version, at(d)]),
      [
        ['transformers', '>=4.40', '3:3-3:15'],
        ['torch', '==2.1', '4:3-4:8'],
        ['openai', '^1.0', '9:0-9:6'],
      ],
    );
  });

  it('reports broken TOML with its line and still lexes', () => {
    const bad = parseSource('bad.toml', 'a = 1\nb = [1,\nc=');
    assert.equal(bad.problems.length, 1);
    assert.match(bad.problems[0].message.en, /^TOML syntax error at line 3/);
    assert.equal(bad.problems[0].span!.start.line, 2);
    assert.ok(bad.tokens.some((t) => t.kind === 'key' && t.text === 'a'));
  });
});

describe('lang: .properties and .env', () => {
  it('reads key=value, key: value and export lines with comments', () => {
    const env = parseSource('.env.production', '# keys\nexport OPENAI_API_KEY="sk-test"\nREGION=us-east-1 # aws\n');
    assert.equal(env.family, 'properties');
    const v = tokenOf(env, 'value', 'sk-test');
    assert.equal(v.path, 'OPENAI_API_KEY');
    assert.equal(at(v), '1:23-1:30');
    assert.equal(tokenOf(env, 'value', 'us-east-1').path, 'REGION');
    assert.ok(env.tokens.some((t) => t.kind === 'comment' && t.text === ' aws'));
    const props = parseSource('application.properties', 'spring.datasource.url=jdbc:mysql://db\nuser.name: 张三\nkey value\n');
    assert.equal(tokenOf(props, 'key', 'spring.datasource.url').path, 'spring.datasource.url');
    assert.equal(tokenOf(props, 'value', '张三').path, 'user.name');
    assert.equal(tokenOf(props, 'value', 'value').path, 'key');
  });
});

describe('lang: XML / pom', () => {
  it('emits element and attribute keys with paths and reads pom dependencies', () => {
    const src = [
      '<?xml version="1.0"?>',
      '<project>',
      '  <!-- AI SDKs -->',
      '  <dependencies>',
      '    <dependency>',
      '      <groupId>com.baidubce</groupId>',
      '      <artifactId>qianfan</artifactId>',
      '      <version>0.1.0</version>',
      '    </dependency>',
      '  </dependencies>',
      '  <uses-permission android:name="android.permission.CAMERA"/>',
      '</project>',
    ].join('\n');
    const doc = parseSource('pom.xml', src);
    assert.deepEqual(
      doc.dependencies.map((d) => [d.name, d.version, at(d)]),
      [['com.baidubce:qianfan', '0.1.0', '6:18-6:25']],
    );
    assert.equal(tokenOf(doc, 'value', 'qianfan').path, 'project.dependencies.dependency.artifactId');
    assert.equal(tokenOf(doc, 'value', 'android.permission.CAMERA').path, 'project.uses-permission@android:name');
    assert.equal(tokenOf(doc, 'comment', ' AI SDKs ').kind, 'comment');
  });
});
