import * as assert from 'node:assert/strict';
import { formatDirective } from '../../../../src/core/suppress';
import { existingDirective, fileDirectiveLine, readDirective, stubEdit, stubEditsForFile, suppressionEdit } from '../../../../src/host/codeActions/textEdits';
import type { FixTemplate } from '../../../../src/core/model';
import { apply, lines } from '../fakes';

const base = { ruleId: 'AILL-SPI-001', reason: 'test fixture only', languageId: 'python' } as const;

describe('host/codeActions/textEdits suppression', () => {
  it('inserts a next-line directive with the line indentation and the language comment token', () => {
    const text = 'def f():\n    id_card = req.id_card\n';
    const edit = suppressionEdit(lines(text), { ...base, scope: 'line', line: 1 });
    assert.ok(edit);
    assert.equal(apply(text, [edit]), 'def f():\n    # ai-law-lens-disable-next-line AILL-SPI-001 -- test fixture only\n    id_card = req.id_card\n');
  });

  it('uses // for TypeScript and adds reviewer and expiry', () => {
    const text = 'const idCard = body.idCard;';
    const edit = suppressionEdit(lines(text), { ...base, languageId: 'typescript', scope: 'line', line: 0, reviewer: 'wang li', expires: '2027-06-30' });
    assert.equal(apply(text, [edit!]), '// ai-law-lens-disable-next-line AILL-SPI-001 -- test fixture only reviewer=wang-li expires=2027-06-30\nconst idCard = body.idCard;');
  });

  it('reuses the directive above instead of stacking another', () => {
    const text = '  # ai-law-lens-disable-next-line AILL-LOG-001 -- old reason\n  log(id_card)';
    const view = lines(text);
    assert.ok(existingDirective(view, { scope: 'line', line: 1 }));
    const edit = suppressionEdit(view, { ...base, scope: 'line', line: 1, reason: 'both reviewed' });
    const out = apply(text, [edit!]);
    assert.equal(out, '  # ai-law-lens-disable-next-line AILL-LOG-001, AILL-SPI-001 -- both reviewed\n  log(id_card)');
    assert.equal(out.split('\n').length, 2);
  });

  it('keeps the closing marker of a block-comment directive it extends', () => {
    const text = '<!-- ai-law-lens-disable-file AILL-PI-002 -- placeholders -->\n<p>{{ user.phone }}</p>';
    const edit = suppressionEdit(lines(text), { ...base, languageId: 'html', scope: 'file', line: 1 });
    assert.equal(apply(text, [edit!]).split('\n')[0], '<!-- ai-law-lens-disable-file AILL-PI-002, AILL-SPI-001 -- test fixture only -->');
  });

  it('puts a new file directive after a shebang and an encoding line', () => {
    const text = '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nimport os';
    assert.equal(fileDirectiveLine(lines(text)), 2);
    const out = apply(text, [suppressionEdit(lines(text), { ...base, scope: 'file', line: 2 })!]);
    assert.equal(out.split('\n')[2], '# ai-law-lens-disable-file AILL-SPI-001 -- test fixture only');
  });

  it('wraps the directive in a block comment where the language has no line comment', () => {
    const text = '<input name="sfz">';
    const out = apply(text, [suppressionEdit(lines(text), { ...base, languageId: 'html', scope: 'line', line: 0 })!]);
    assert.equal(out.split('\n')[0], '<!-- ai-law-lens-disable-next-line AILL-SPI-001 -- test fixture only -->');
  });

  it('refuses languages without comments', () => {
    assert.equal(suppressionEdit(lines('{"id_card": 1}'), { ...base, languageId: 'json', scope: 'line', line: 0 }), undefined);
  });

  it('writes with the document end-of-line sequence', () => {
    const edit = suppressionEdit(lines('a\r\nb', '\r\n'), { ...base, scope: 'line', line: 1 });
    assert.ok(edit?.newText.endsWith('\r\n'));
  });

  it('reads back what core formats', () => {
    const text = formatDirective('next-line', ['A-1', 'personal-data'], ' multi\nline  reason ', { reviewer: 'zhang', expires: '2027-01-01' }, { start: '#' });
    const found = readDirective(`    ${text}`);
    assert.deepEqual(
      { scope: found?.scope, ids: found?.ids, reason: found?.reason, reviewer: found?.reviewer, expires: found?.expires, at: found?.commentStart },
      { scope: 'next-line', ids: ['A-1', 'personal-data'], reason: 'multi line reason', reviewer: 'zhang', expires: '2027-01-01', at: 4 },
    );
    assert.equal(readDirective('# ai-law-lens-disable-nextline X -- typo'), undefined, 'misspelt directives are not reused');
  });

  it('rewrites a trailing same-line directive and keeps the code before it', () => {
    const text = 'x = id_card  # ai-law-lens-disable-line AILL-LOG-001 -- old';
    const edit = suppressionEdit(lines(text), { ...base, scope: 'line', line: 0 });
    assert.equal(apply(text, [edit!]), 'x = id_card  # ai-law-lens-disable-line AILL-LOG-001, AILL-SPI-001 -- test fixture only');
  });
});

describe('host/codeActions/textEdits stubs', () => {
  const fix: FixTemplate = {
    title: { zh: '插入同意检查', en: 'Insert a consent check' },
    snippets: { python: '{indent}require_separate_consent(user, "{token}")', '*': '// TODO: separate consent before using {token}' },
  };

  it('inserts the family snippet above the finding with its indentation', () => {
    const text = 'def save(user):\n    user.id_card = form.id_card';
    const edit = stubEdit(lines(text), fix, 1, 'python', 'id_card');
    assert.equal(apply(text, [edit!]).split('\n')[1], '    require_separate_consent(user, "id_card")');
  });

  it('falls back to the * snippet and indents it', () => {
    const text = 'function f() {\n  save(idCard);\n}';
    const edit = stubEdit(lines(text), fix, 1, 'typescriptreact', 'idCard');
    assert.equal(apply(text, [edit!]).split('\n')[1], '  // TODO: separate consent before using idCard');
  });

  it('returns nothing when no snippet fits', () => {
    assert.equal(stubEdit(lines('x'), { title: fix.title, snippets: { go: 'x' } }, 0, 'python', 't'), undefined);
  });

  it('fixes all lines of a rule once each', () => {
    const text = 'a = id_card\nb = id_card\n';
    const edits = stubEditsForFile(lines(text), fix, [1, 0, 1], 'python', () => 'id_card');
    assert.equal(edits.length, 2);
    assert.equal(apply(text, edits), 'require_separate_consent(user, "id_card")\na = id_card\nrequire_separate_consent(user, "id_card")\nb = id_card\n');
  });
});
