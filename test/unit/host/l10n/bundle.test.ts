import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { displayMatches, formatMessage, loadBundle, placeholdersOf, resolveLang, translate } from '../../../../src/host/l10n/bundle';

describe('host/l10n/bundle', () => {
  it('formats numbered placeholders and leaves unknown ones', () => {
    assert.equal(formatMessage('{0}: {1} of {2} files', ['demo', 3, 9]), 'demo: 3 of 9 files');
    assert.equal(formatMessage('{1}{0}{3}', ['a', 'b']), 'ba{3}');
    assert.deepEqual(placeholdersOf('{1} x {0} {1}'), ['{0}', '{1}']);
  });

  it('resolves the language override against the display language', () => {
    assert.equal(resolveLang('auto', 'zh-cn'), 'zh');
    assert.equal(resolveLang('auto', 'en-us'), 'en');
    assert.equal(resolveLang('zh-cn', 'en'), 'zh');
    assert.equal(resolveLang('en', 'zh-cn'), 'en');
    assert.equal(displayMatches('zh', 'zh-CN'), true);
    assert.equal(displayMatches('zh', 'en'), false);
  });

  it('loads bundles and survives missing or broken files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-l10n-'));
    try {
      fs.writeFileSync(path.join(dir, 'bundle.l10n.zh-cn.json'), JSON.stringify({ Guidance: '合规指南', 'Open {0}': { message: '打开 {0}', comment: ['c'] }, bad: 3 }));
      const zh = loadBundle(dir, 'zh');
      assert.equal(translate(zh, 'Guidance', []), '合规指南');
      assert.equal(translate(zh, 'Open {0}', ['PIPL-28']), '打开 PIPL-28');
      assert.equal(translate(zh, 'Untranslated', []), 'Untranslated');
      assert.equal('bad' in zh, false);
      assert.deepEqual(loadBundle(dir, 'en'), {}, 'missing file');
      fs.writeFileSync(path.join(dir, 'bundle.l10n.json'), '{ not json');
      assert.deepEqual(loadBundle(dir, 'en'), {}, 'broken file');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
