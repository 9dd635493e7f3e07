// Holds the catalogue to the verified legal reference (../shared/reference/legal-catalogue.md beside the repo).
import * as assert from 'node:assert/strict';
import { OBLIGATIONS, UNVERIFIED_ARTICLES } from '../../../../src/core/law';
import { articleNumbers, parseReference, readReference, referencePath } from './referenceCatalogue';
import type { ReferenceRow } from './referenceCatalogue';

describe('law catalogue vs the verified reference', () => {
  let rows: ReferenceRow[] | undefined;

  before(() => {
    rows = readReference();
  });

  function requireReference(ctx: Mocha.Context): ReferenceRow[] {
    if (rows) {
      return rows;
    }
    console.warn(`  (reference not found at ${referencePath()}: comparison skipped)`);
    ctx.skip();
  }

  it('the vendored UNVERIFIED list equals the reference', function () {
    const reference = requireReference(this);
    const fromReference = reference
      .filter((r) => r.status === 'UNVERIFIED')
      .map((r) => `${r.instrument} ${r.article}`)
      .sort();
    const vendored = UNVERIFIED_ARTICLES.map((u) => `${u.instrument} ${u.article}`).sort();
    assert.deepEqual(vendored, fromReference);
  });

  it('every cited article is in the reference: yes ⇒ verified, SEC ⇒ secondary, never UNVERIFIED', function () {
    const reference = requireReference(this);
    for (const o of OBLIGATIONS) {
      for (const [i, article] of o.articles.entries()) {
        const matches = reference.filter((r) => r.instrument === o.instrument && r.article === article);
        assert.ok(matches.length > 0, `${o.id}: ${o.instrument} Art. ${article} is not in the reference`);
        assert.ok(!matches.some((r) => r.status === 'UNVERIFIED'), `${o.id} cites an UNVERIFIED article`);
        const status = matches[0].status;
        assert.equal(o.verification, status === 'yes' ? 'verified' : status === 'SEC' ? 'secondary' : 'invalid', o.id);
        if (o.instrument === 'CSL') {
          assert.equal(o.formerArticles[i], matches[0].former, `${o.id}: former number differs from the reference`);
        }
      }
    }
  });
});

describe('reference parser', () => {
  // The parser guards the catalogue, so it must itself be able to fail.
  const sample = [
    '## 3. Cybersecurity Law (CSL) as amended 2025',
    '',
    '| new art. (old) | requirement | triggers | verified |',
    '|---|---|---|---|',
    '| 23 (21) | logs | x | yes |',
    '| 20 (new) | AI | x | yes |',
    '',
    '### 9a. Provisions on Promoting and Regulating Cross-Border Data Flows',
    '',
    '| art. | requirement | triggers | verified |',
    '|---|---|---|---|',
    '| 3–5 | exempt | x | content SEC; split across Arts. 3/4/5 UNVERIFIED |',
    '| 7 | assessment | x | SEC (quoted) |',
    '',
    '## 1. Personal Information Protection Law (PIPL)',
    '',
    '| art. | what | triggers | verified |',
    '|---|---|---|---|',
    '| 52 | officer | x | yes; threshold UNVERIFIED |',
    '| 21, 59 | processors | x | yes |',
  ].join('\n');

  it('reads sections, statuses, ranges and former numbers', () => {
    const parsed = parseReference(sample).map((r) => `${r.instrument} ${r.article}${r.former ? `(${r.former})` : ''} ${r.status}`);
    assert.deepEqual(parsed, [
      'CSL 23(21) yes',
      'CSL 20 yes',
      'CBDF 3 UNVERIFIED',
      'CBDF 4 UNVERIFIED',
      'CBDF 5 UNVERIFIED',
      'CBDF 7 SEC',
      'PIPL 52 yes',
      'PIPL 21 yes',
      'PIPL 59 yes',
    ]);
  });

  it('expands article specs', () => {
    assert.deepEqual(articleNumbers('44–50'), ['44', '45', '46', '47', '48', '49', '50']);
    assert.deepEqual(articleNumbers('6 + Annex III'), ['6']);
    assert.deepEqual(articleNumbers('?'), []);
  });
});
