import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSource } from '../../../../src/core/lang';
import { at, decl, fieldSummary, slice, tokenOf } from './helpers';

/** The fixtures folder, whether the tests run from sources (tsx) or compiled into out/ (which has no fixtures). */
function fixturesDir(dir: string): string {
  while (!fs.existsSync(path.join(dir, 'test', 'fixtures', 'lang', 'finetune.ipynb')) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir);
  }
  return path.join(dir, 'test', 'fixtures', 'lang');
}
const fixtures = fixturesDir(__dirname);

describe('lang: HTML / Vue', () => {
  const src = fs.readFileSync(path.join(fixtures, 'RegisterForm.vue'), 'utf8');
  const doc = parseSource('src/views/RegisterForm.vue', src);

  it('builds forms with labels from form-item label attributes, <label for> and enclosing <label>', () => {
    assert.equal(doc.family, 'html');
    assert.deepEqual(fieldSummary(decl(doc, 'formRef', 'form')), ['idCard=身份证号', 'phone=手机号', 'realName=真实姓名']);
    assert.deepEqual(fieldSummary(decl(doc, 'legacy', 'form')), ['name=姓名', 'email=邮箱', 'bankCard=请输入银行卡号']);
  });

  it('points fields at the v-model/name value and labels at the label text', () => {
    const f = decl(doc, 'formRef', 'form').fields[0];
    assert.equal(slice(src, f.span), 'idCard');
    assert.equal(slice(src, f.labelSpan!), '身份证号');
    const name = decl(doc, 'legacy', 'form').fields[0];
    assert.equal(slice(src, name.labelSpan!), '姓名');
  });

  it('lexes <script> blocks as TypeScript with document positions', () => {
    const imp = doc.imports.find((i) => i.module === 'axios')!;
    assert.equal(slice(src, imp.span), 'axios');
    const post = doc.calls.find((c) => c.callee === 'axios.post')!;
    assert.equal(slice(src, post.span).startsWith('axios.post('), true);
    assert.equal(tokenOf(doc, 'string', '/api/register').span.start.line, src.split('\n').findIndex((l) => l.includes('/api/register')));
  });

  it('lexes {{ }} interpolations as expressions and text as strings', () => {
    const id = doc.tokens.find((t) => t.kind === 'identifier' && t.text === 'maskedPhone')!;
    assert.equal(slice(src, id.span), 'maskedPhone');
    assert.equal(slice(src, tokenOf(doc, 'string', '注册后即视为同意《隐私政策》').span), '注册后即视为同意《隐私政策》');
  });

  it('reads plain HTML forms and ignores hidden/submit inputs', () => {
    const html = parseSource('a.html', '<form id="f"><label>手机 <input name="mobile"></label><input type="hidden" name="csrf"><input type="submit" name="go"></form>');
    assert.deepEqual(fieldSummary(decl(html, 'f', 'form')), ['mobile=手机']);
  });
});

describe('lang: Jupyter notebooks', () => {
  const src = fs.readFileSync(path.join(fixtures, 'finetune.ipynb'), 'utf8');
  const doc = parseSource('notebooks/finetune.ipynb', src);

  it('lexes code cells as Python and maps every span back into the notebook JSON', () => {
    assert.equal(doc.family, 'notebook');
    assert.deepEqual(doc.problems, []);
    for (const t of doc.tokens.filter((x) => x.kind !== 'string' || !x.text.includes('\n'))) {
      const raw = slice(src, t.span);
      // the raw JSON text decodes back to the token text
      assert.equal(JSON.parse(`"${raw}"`), t.text, `token ${t.kind} ${t.text} at ${at(t)}`);
    }
  });

  it('maps escaped characters (\\" and \\n and \\uXXXX) correctly', () => {
    const s = tokenOf(doc, 'string', '身份证号');
    assert.equal(slice(src, s.span), '\\u8eab\\u4efd\\u8bc1\\u53f7');
    const q = tokenOf(doc, 'string', 'say \\"hi\\"');
    assert.equal(slice(src, q.span), 'say \\\\\\"hi\\\\\\"');
  });

  it('reads imports, calls, classes and !pip installs from cells', () => {
    assert.deepEqual(
      doc.imports.map((i) => [i.module, i.names]),
      [
        ['transformers', ['Trainer', 'TrainingArguments']],
        ['peft', ['LoraConfig']],
      ],
    );
    const train = doc.calls.find((c) => c.callee === 'trainer.train')!;
    assert.equal(slice(src, train.span), 'trainer.train()');
    assert.deepEqual(
      doc.dependencies.map((d) => [d.name, slice(src, d.span)]),
      [
        ['transformers', 'transformers'],
        ['peft', 'peft'],
      ],
    );
    const sample = decl(doc, 'Sample', 'class');
    assert.deepEqual(fieldSummary(sample), ['sfzh=身份证号', 'phone']);
  });

  it('keeps markdown and printed outputs as strings', () => {
    assert.ok(doc.tokens.some((t) => t.kind === 'string' && t.text.startsWith('# Fine-tune')));
    assert.ok(doc.tokens.some((t) => t.kind === 'string' && t.text.includes('138****0000')));
  });

  it('reports a broken notebook with the line and does not throw', () => {
    const bad = parseSource('bad.ipynb', '{"cells": [\n {"cell_type": "code", "source": "import os\n');
    assert.ok(bad.problems.length > 0);
    assert.equal(bad.problems[0].kind, 'parse-error');
    assert.match(bad.problems[0].message.en, /^Notebook JSON syntax error at line \d+/);
    const notNb = parseSource('x.ipynb', '[1, 2]');
    assert.match(notNb.problems[0].message.en, /not a valid Jupyter notebook/i);
  });
});

describe('lang: Dockerfile and manifests', () => {
  it('reads Dockerfile instructions, ENV/ARG keys and RUN installs', () => {
    const src = ['FROM python:3.11-slim', '# base', 'ENV OPENAI_BASE_URL=https://api.openai.com REGION="us-west-2"', 'ARG HF_TOKEN', 'RUN pip install --no-cache-dir transformers==4.41 peft && \\', '    npm install -g openai@4 @anthropic-ai/sdk'].join('\n');
    const doc = parseSource('docker/Dockerfile', src);
    assert.equal(doc.family, 'dockerfile');
    assert.equal(tokenOf(doc, 'value', 'https://api.openai.com').path, 'OPENAI_BASE_URL');
    assert.equal(at(tokenOf(doc, 'value', 'us-west-2')), '2:51-2:60');
    assert.equal(tokenOf(doc, 'key', 'HF_TOKEN').path, 'HF_TOKEN');
    assert.deepEqual(
      doc.dependencies.map((d) => [d.name, d.version ?? '', at(d)]),
      [
        ['transformers', '==4.41', '4:31-4:43'],
        ['peft', '', '4:50-4:54'],
        ['openai', '4', '5:19-5:25'],
        ['@anthropic-ai/sdk', '', '5:28-5:45'],
      ],
    );
  });

  it('reads requirements*.txt, go.mod and build.gradle', () => {
    const req = parseSource('requirements-dev.txt', '# ml\ntorch==2.1\n-r base.txt\nopenai[datalib]>=1 ; python_version>"3"\n');
    assert.deepEqual(
      req.dependencies.map((d) => [d.name, d.version, at(d)]),
      [
        ['torch', '==2.1', '1:0-1:5'],
        ['openai', '>=1', '3:0-3:6'],
      ],
    );
    const gomod = parseSource('go.mod', 'module x\nrequire github.com/a/b v1.0.0\nrequire (\n  github.com/c/d v2.0.0 // indirect\n)\n');
    assert.deepEqual(
      gomod.dependencies.map((d) => [d.name, d.version, at(d)]),
      [
        ['github.com/a/b', 'v1.0.0', '1:8-1:22'],
        ['github.com/c/d', 'v2.0.0', '3:2-3:16'],
      ],
    );
    const gradle = parseSource('app/build.gradle.kts', 'dependencies {\n  implementation("com.baidubce:qianfan:0.1.0")\n  api group: \'org.x\', name: \'y\', version: \'2\'\n}\n');
    assert.deepEqual(
      gradle.dependencies.map((d) => [d.name, d.version, at(d)]),
      [
        ['com.baidubce:qianfan', '0.1.0', '1:18-1:38'],
        ['org.x:y', '2', '2:14-2:30'],
      ],
    );
  });
});
