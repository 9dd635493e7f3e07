import * as assert from 'node:assert/strict';
import { parseSource } from '../../../../src/core/lang';
import { at, decl, fieldOf, fieldSummary, slice } from './helpers';

describe('lang: Java / Kotlin', () => {
  const src = [
    'package a;', // 0
    'import com.x.Y;', // 1
    'import static org.Z.*;', // 2
    '@Data', // 3
    'public class User {', // 4
    '    /** 身份证号 */', // 5
    '    @TableField("id_card")', // 6
    '    private String sfzh;', // 7
    '    @ApiModelProperty(value = "手机号")', // 8
    '    private String phone;', // 9
    '    private String xm; // 姓名', // 10
    '    @Column(name = "addr", columnDefinition = "varchar(64) COMMENT \'地址\'")', // 11
    '    private String address;', // 12
    '    @Schema(description = "邮箱") private String email;', // 13
    '    private List<Map<String, Object>> tags = new ArrayList<>();', // 14
    '    public String getSfzh() { return sfzh; }', // 15
    '    public User(String a) { this.sfzh = a; log.info("user {}", a); }', // 16
    '}', // 17
    'record P(String idCard, @Schema(description="电话") String tel) {}', // 18
  ].join('\n');
  const doc = parseSource('src/main/java/a/User.java', src);

  it('reads imports', () => {
    assert.deepEqual(
      doc.imports.map((i) => [i.module, i.names]),
      [
        ['com.x.Y', ['Y']],
        ['org.Z.*', []],
      ],
    );
  });

  it('reads fields with Javadoc, annotation and trailing-comment labels, skipping methods', () => {
    const user = decl(doc, 'User', 'class');
    assert.deepEqual(fieldSummary(user), ['sfzh=身份证号', 'phone=手机号', 'xm=姓名', 'address=地址', 'email=邮箱', 'tags']);
    assert.deepEqual(fieldOf(user, 'sfzh').aliases, ['id_card']);
    assert.deepEqual(fieldOf(user, 'address').aliases, ['addr']);
    assert.equal(at(fieldOf(user, 'sfzh')), '7:19-7:23');
    assert.equal(slice(src, fieldOf(user, 'phone').labelSpan!), '手机号');
  });

  it('reads record components', () => {
    assert.deepEqual(fieldSummary(decl(doc, 'P')), ['idCard', 'tel=电话']);
  });

  it('reads calls but not method or constructor declarations', () => {
    const callees = doc.calls.map((c) => c.callee);
    assert.deepEqual([...callees].sort(), ['ArrayList', 'log.info']);
    assert.ok(!callees.includes('getSfzh') && !callees.includes('User'));
    assert.equal(doc.calls.find((c) => c.callee === 'ArrayList')?.isNew, true);
  });

  it('reads Kotlin data classes, primary constructor properties and body properties', () => {
    const kt = parseSource(
      'U.kt',
      ['import org.x.Y', '@Entity', 'data class User(@Comment("身份证") val idCard: String, var phone: String = "") {', '    val name: String = "" // 姓名', '    fun save() { repo.save(this) }', '}'].join('\n'),
    );
    assert.deepEqual(fieldSummary(decl(kt, 'User')), ['idCard=身份证', 'phone', 'name=姓名']);
    assert.deepEqual(
      kt.calls.map((c) => c.callee),
      ['repo.save'],
    );
  });
});

describe('lang: Go', () => {
  const src = [
    'package main', // 0
    'import (', // 1
    '  "fmt"', // 2
    '  oai "github.com/sashabaranov/go-openai"', // 3
    ')', // 4
    'type User struct {', // 5
    '  IDCard string `json:"id_card" gorm:"column:sfzh;comment:身份证号"`', // 6
    '  Phone, Tel string // 手机', // 7
    '  Base', // 8
    '  // 邮箱', // 9
    '  Email string', // 10
    '}', // 11
    'func (u *User) Save() error { fmt.Println(u.Phone); return nil }', // 12
    'func main() { c := oai.NewClient("k"); _ = c }', // 13
  ].join('\n');
  const doc = parseSource('main.go', src);

  it('reads grouped imports with aliases', () => {
    assert.deepEqual(
      doc.imports.map((i) => [i.module, i.names]),
      [
        ['fmt', []],
        ['github.com/sashabaranov/go-openai', ['oai']],
      ],
    );
    assert.equal(at(doc.imports[1]), '3:7-3:40');
  });

  it('reads struct fields with tag aliases and gorm comment labels, skipping embedded types', () => {
    const user = decl(doc, 'User', 'struct');
    assert.deepEqual(fieldSummary(user), ['IDCard=身份证号', 'Phone=手机', 'Tel=手机', 'Email=邮箱']);
    assert.deepEqual(fieldOf(user, 'IDCard').aliases, ['id_card', 'sfzh']);
    assert.equal(at(fieldOf(user, 'IDCard')), '6:2-6:8');
  });

  it('reads calls but not func or method declarations', () => {
    assert.deepEqual(
      doc.calls.map((c) => c.callee),
      ['fmt.Println', 'oai.NewClient'],
    );
  });
});
