import * as assert from 'node:assert/strict';
import { detectFamily, parseSource } from '../../../../src/core/lang';
import { decl, fieldOf, texts } from './helpers';

describe('lang: C / C++ / C#', () => {
  it('is chosen by extension and by VS Code language id (not for .m, which MATLAB shares)', () => {
    for (const file of ['a.c', 'a.h', 'a.cc', 'a.cpp', 'a.cxx', 'a.hpp', 'a.cu', 'a.cs']) {
      assert.equal(detectFamily(file), 'c', file);
    }
    assert.equal(detectFamily('x', 'cpp'), 'c');
    assert.equal(detectFamily('x', 'csharp'), 'c');
    assert.equal(detectFamily('model.m'), 'text');
  });

  describe('C++', () => {
    const src = [
      '#include <string>', // 0
      '#include <dlib/image_processing/frontal_face_detector.h>', // 1
      '#include "openai/client.hpp"', // 2
      'struct UserProfile : public Base {', // 3
      '    std::string id_card;   // 身份证号', // 4
      '    std::string mobile, email;', // 5
      '    int scores[16];', // 6
      '    int level = compute(1, 2);', // 7
      'public:', // 8
      '    std::string name() const { return n_; }', // 9
      '};', // 10
      'struct Config;', // 11
      'int main() { printf("%s", u.id_card.c_str()); return 0; }', // 12
      'void audit() { spdlog::info("{}", user.mobile); }', // 13
      'void trace() { LOG(INFO) << "user " << u.id_card; std::cout << u.name << std::endl; int x = 1 << 4; out.cout << 1; }', // 14
    ].join('\n');
    const doc = parseSource('src/user.hpp', src);

    it('reads #include lines as imports, without the header extension', () => {
      assert.deepEqual(
        doc.imports.map((i) => [i.module, i.span.start.line]),
        [
          ['string', 0],
          ['dlib/image_processing/frontal_face_detector', 1],
          ['openai/client', 2],
        ],
      );
    });

    it('reads struct fields with their comment labels, but not methods or forward declarations', () => {
      const d = decl(doc, 'UserProfile', 'struct');
      assert.deepEqual(
        d.fields.map((f) => f.name),
        ['id_card', 'mobile', 'email', 'scores', 'level'],
      );
      assert.equal(fieldOf(d, 'id_card').label, '身份证号');
      assert.equal(doc.declarations.filter((x) => x.name === 'Config').length, 0);
    });

    it('reads calls, not the definition of main, and keeps keywords out of identifiers', () => {
      assert.ok(doc.calls.some((c) => c.callee === 'printf' && c.span.start.line === 12));
      assert.ok(!doc.calls.some((c) => c.callee === 'main'));
      assert.ok(doc.calls.some((c) => c.callee === 'spdlog.info' && c.span.start.line === 13), 'ns::fn( reads as ns.fn');
    });

    it('records stream logging (LOG(INFO) << …, std::cout << …) as calls whose arguments are the operands', () => {
      const streams = doc.calls.filter((c) => c.span.start.line === 14).map((c) => [c.callee, c.args.trim()]);
      assert.deepEqual(streams, [
        ['LOG', 'INFO'], // the macro call itself, as extractCalls reads it
        ['LOG', '"user " << u.id_card'],
        ['std.cout', 'u.name << std::endl'],
      ]);
      const ids = texts(doc, 'identifier');
      assert.ok(ids.includes('id_card'));
      assert.ok(!ids.includes('struct') && !ids.includes('include') && !ids.includes('return'));
    });
  });

  it('reads an anonymous typedef struct under the name that follows its body', () => {
    const doc = parseSource('profile.h', 'typedef struct {\n    char email[256];\n    char phone[32];\n} UserProfile;\n');
    assert.deepEqual(
      decl(doc, 'UserProfile', 'struct').fields.map((f) => f.name),
      ['email', 'phone'],
    );
  });

  describe('C#', () => {
    const src = [
      'using System.Net.Http;', // 0
      'using Chat = OpenAI.Chat;', // 1
      'namespace Shop {', // 2
      '  public class Member {', // 3
      '    public string IdCardNo { get; set; } // 身份证号', // 4
      '    public string Phone { get; init; }', // 5
      '    private readonly ILogger _logger;', // 6
      '    public void Log() { using (var s = Open()) { _logger.LogInformation("{Phone}", Phone); } }', // 7
      '  }', // 8
      '}', // 9
    ].join('\n');
    const doc = parseSource('Models/Member.cs', src);

    it('reads using directives as imports (aliases too), not using statements', () => {
      assert.deepEqual(
        doc.imports.map((i) => i.module),
        ['System.Net.Http', 'OpenAI.Chat'],
      );
    });

    it('reads properties and fields as the class members', () => {
      const d = decl(doc, 'Member', 'class');
      assert.deepEqual(
        d.fields.map((f) => f.name),
        ['IdCardNo', 'Phone', '_logger'],
      );
      assert.equal(fieldOf(d, 'IdCardNo').label, '身份证号');
    });

    it('reads the logger call', () => {
      assert.ok(doc.calls.some((c) => c.callee === '_logger.LogInformation' && c.span.start.line === 7));
    });
  });
});
