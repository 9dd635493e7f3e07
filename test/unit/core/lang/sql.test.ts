import * as assert from 'node:assert/strict';
import { parseSource } from '../../../../src/core/lang';
import { at, decl, fieldOf, fieldSummary, slice, texts } from './helpers';

describe('lang: SQL DDL', () => {
  const src = [
    'CREATE TABLE IF NOT EXISTS `t_user` (', // 0
    '  `id` bigint NOT NULL AUTO_INCREMENT,', // 1
    "  `sfzh` varchar(18) DEFAULT NULL COMMENT '身份证号',", // 2
    '  phone varchar(11), -- 手机号', // 3
    "  amount decimal(10,2) COMMENT 'it''s money',", // 4
    '  PRIMARY KEY (`id`),', // 5
    '  KEY idx_phone (phone)', // 6
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户表';", // 7
    "COMMENT ON COLUMN public.t_user.phone IS '手机号码';", // 8
    "COMMENT ON TABLE member IS '会员';", // 9
    "COMMENT ON COLUMN member.xm IS '姓名';", // 10
    "ALTER TABLE t_user ADD COLUMN email varchar(64) COMMENT '邮箱';", // 11
  ].join('\n');
  const doc = parseSource('db/schema.sql', src);

  it('reads CREATE TABLE columns with COMMENT labels and the table COMMENT', () => {
    const t = decl(doc, 't_user', 'table');
    assert.equal(t.label, '用户表');
    assert.deepEqual(fieldSummary(t), ['id', 'sfzh=身份证号', 'phone=手机号码', "amount=it''s money", 'email=邮箱']);
    assert.equal(at(fieldOf(t, 'sfzh')), '2:3-2:7');
    assert.equal(slice(src, fieldOf(t, 'sfzh').labelSpan!), '身份证号');
  });

  it('uses a trailing -- comment when there is no COMMENT clause', () => {
    const d = parseSource('a.sql', 'create table p (\n  xm varchar(20), -- 姓名\n  age int\n);').declarations[0];
    assert.deepEqual(fieldSummary(d), ['xm=姓名', 'age']);
  });

  it('applies COMMENT ON to tables defined elsewhere', () => {
    const m = decl(doc, 'member', 'table');
    assert.equal(m.label, '会员');
    assert.deepEqual(fieldSummary(m), ['xm=姓名']);
    assert.equal(at(fieldOf(m, 'xm')), '10:25-10:27');
  });

  it('emits identifiers without keywords, strings and comments', () => {
    assert.ok(texts(doc, 'identifier').includes('sfzh'));
    assert.ok(!texts(doc, 'identifier').some((t) => /^(create|table|varchar|comment)$/i.test(t)));
    assert.ok(texts(doc, 'string').includes('身份证号'));
    assert.ok(texts(doc, 'comment').includes(' 手机号'));
  });

  it('reads PostgreSQL/T-SQL quoting and does not take constraints as columns', () => {
    const d = parseSource('a.sql', 'CREATE TABLE "Users" ("IdCard" text, [Phone] nvarchar(11), CONSTRAINT pk PRIMARY KEY ("IdCard"));').declarations[0];
    assert.equal(d.name, 'Users');
    assert.deepEqual(fieldSummary(d), ['IdCard', 'Phone']);
  });
});
