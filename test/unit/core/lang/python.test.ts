import * as assert from 'node:assert/strict';
import { parseSource } from '../../../../src/core/lang';
import { at, decl, fieldOf, fieldSummary, slice, texts, tokenOf } from './helpers';

describe('lang: Python', () => {
  const src = [
    'import os, transformers as tf', // 0
    'from transformers import (Trainer,', // 1
    '    TrainingArguments as TA)', // 2
    'from . import utils', // 3
    '', // 4
    'class User(BaseModel):', // 5
    '    """用户信息"""', // 6
    '    sfzh: str  # 身份证号', // 7
    '    # 手机号', // 8
    '    sjh: str = Field(..., description="手机号码")', // 9
    '    xm = models.CharField("姓名", max_length=20)', // 10
    '    id_card = Column(String(18), comment="身份证")', // 11
    '    __tablename__ = "users"', // 12
    '', // 13
    '    def save(self):', // 14
    '        local_var = 1', // 15
    '', // 16
    'payload = {"name": n, "phone": p}', // 17
    'logger.info(f"user {user.phone} done")', // 18
    'trainer = Trainer(model=m, args=a)', // 19
    'def train(x):', // 20
    "    s = r'C:\\d' + b\"x\" + '''multi", // 21
    "line'''", // 22
  ].join('\n');
  const doc = parseSource('app/models.py', src);

  it('detects the family and reports no problem', () => {
    assert.equal(doc.family, 'python');
    assert.deepEqual(doc.problems, []);
  });

  it('reads import and from-import with names', () => {
    assert.deepEqual(
      doc.imports.map((i) => [i.module, i.names]),
      [
        ['os', []],
        ['transformers', []],
        ['transformers', ['Trainer', 'TrainingArguments']],
        ['.', ['utils']],
      ],
    );
    assert.equal(at(doc.imports[1]), '0:11-0:23');
  });

  it('reads class fields with comment, Field, Django and Column labels', () => {
    const user = decl(doc, 'User', 'class');
    assert.equal(user.label, '用户信息');
    assert.deepEqual(fieldSummary(user), ['sfzh=身份证号', 'sjh=手机号码', 'xm=姓名', 'id_card=身份证']);
    const sfzh = fieldOf(user, 'sfzh');
    assert.equal(at(sfzh), '7:4-7:8');
    assert.equal(slice(src, sfzh.labelSpan!), '身份证号');
  });

  it('takes the comment above when there is no explicit label', () => {
    const d = parseSource('a.py', 'class A:\n    # 手机号\n    sjh: str\n    other: int\n').declarations[0];
    assert.deepEqual(fieldSummary(d), ['sjh=手机号', 'other']);
  });

  it('does not give a trailing comment of one line to the next field', () => {
    const d = parseSource('a.py', 'class A:\n    a: int  # 姓名\n    b: int\n').declarations[0];
    assert.deepEqual(fieldSummary(d), ['a=姓名', 'b']);
  });

  it('reads dict literals with two or more keys as objects', () => {
    const payload = decl(doc, 'payload', 'object');
    assert.deepEqual(fieldSummary(payload), ['name', 'phone']);
  });

  it('reads calls with dotted callees and bounded args, not definitions', () => {
    const callees = doc.calls.map((c) => c.callee);
    assert.ok(callees.includes('logger.info'));
    assert.ok(callees.includes('Trainer'));
    assert.ok(!callees.includes('save') && !callees.includes('train') && !callees.includes('User'));
    const log = doc.calls.find((c) => c.callee === 'logger.info')!;
    assert.equal(log.args, 'f"user {user.phone} done"');
    assert.equal(at(log), '18:0-18:38');
    assert.equal(slice(src, log.argsSpan!), log.args);
  });

  it('emits string contents, comments and identifiers with exact spans', () => {
    assert.equal(at(tokenOf(doc, 'comment', ' 身份证号')), '7:16-7:21');
    assert.equal(at(tokenOf(doc, 'string', '手机号码')), '9:39-9:43');
    assert.equal(at(tokenOf(doc, 'string', 'multi\nline')), '21:28-22:4');
    assert.ok(texts(doc, 'string').includes('C:\\d'));
    // identifiers inside f-string braces are visible
    const inF = doc.tokens.filter((t) => t.kind === 'identifier' && t.text === 'phone' && t.span.start.line === 18);
    assert.equal(inF.length, 1);
    // keywords are not identifiers
    assert.ok(!texts(doc, 'identifier').includes('def'));
  });
});
