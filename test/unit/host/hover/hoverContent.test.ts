import * as assert from 'node:assert/strict';
import { buildHoverMarkdown, escapeMarkdown } from '../../../../src/host/hover/hoverContent';
import { formatMessage } from '../../../../src/host/l10n/bundle';
import { fakeLaw } from '../fakes';

const t = (m: string, ...a: Array<string | number>): string => formatMessage(m, a);
const links = { guidance: (id: string) => `command:aiLawLens.openGuidance?${encodeURIComponent(JSON.stringify([id]))}` };

describe('host/hover/hoverContent', () => {
  it('lists each obligation with badge, one-line explanation and links', () => {
    const md = buildHoverMarkdown([{ ruleId: 'AILL-SPI-001', message: 'Collects ID numbers', obligations: ['PIPL-28'] }], 'en', fakeLaw, links, t);
    assert.match(md, /\*\*AI Law Lens\*\* · `AILL-SPI-001`/);
    assert.match(md, /\*\*PIPL Art\\\. 28\*\* `In force` — Conditions for processing sensitive PI/);
    assert.match(md, /Only for a specific purpose and when necessary\\\./);
    assert.doesNotMatch(md, /Strict protection applies/, 'only the first sentence of the summary');
    assert.match(md, /\[Guidance\]\(command:aiLawLens\.openGuidance\?%5B%22PIPL-28%22%5D\)/);
    assert.match(md, /\[Official text\]\(https:\/\/flk\.npc\.gov\.cn\/detail\?id=pipl\)/);
  });

  it('notes secondary citations, former numbering and proposals in Chinese', () => {
    const md = buildHoverMarkdown(
      [{ ruleId: 'AILL-FACE-001', message: '人脸识别', obligations: ['FRT-6', 'CSL-23', 'AIL-RISK-TIER'] }],
      'zh',
      fakeLaw,
      links,
      (m, ...a) => formatMessage({ 'Former numbering: Art. {0}': '修正前条文序号：第 {0} 条' }[m] ?? m, a),
    );
    assert.match(md, /_待与官方文本核对_/);
    assert.match(md, /修正前条文序号：第 21 条/);
    assert.match(md, /`立法建议`/);
    assert.match(md, /AI Law items are a legislative proposal/);
  });

  it('separates several findings and escapes Markdown in messages', () => {
    const md = buildHoverMarkdown(
      [
        { ruleId: 'A', message: 'uses [link](javascript:x) *bold*', obligations: [] },
        { ruleId: 'B', message: 'second', obligations: [] },
      ],
      'en',
      fakeLaw,
      links,
      t,
    );
    assert.equal(md.split('\n\n---\n\n').length, 2);
    assert.doesNotMatch(md, /\]\(javascript:/);
    assert.equal(escapeMarkdown('a_b*c'), 'a\\_b\\*c');
  });

  it('does not link an official text that is not https', () => {
    const law = { ...fakeLaw, obligation: (id: string) => ({ ...fakeLaw.obligation(id)!, officialUrl: 'javascript:alert(1)' }) };
    const md = buildHoverMarkdown([{ ruleId: 'X', message: 'm', obligations: ['PIPL-28'] }], 'en', law, links, t);
    assert.doesNotMatch(md, /javascript:/);
  });
});
