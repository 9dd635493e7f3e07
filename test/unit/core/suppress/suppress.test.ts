import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { appendIdToDirective, commentTokenFor, findDirectiveOnLine, formatDirective, parseDirectives } from '../../../../src/core/suppress';

const NOW = new Date('2026-11-27T12:00:00Z');
const isRuleId = (id: string): boolean => id.startsWith('AILL-');

describe('suppression directives', () => {
  it('parses ids, reason, reviewer and expiry', () => {
    const { directives, problems } = parseDirectives('# ai-law-lens-disable-next-line AILL-SPI-ID-NUMBER, personal-data -- KYC required by law reviewer=li.na expires=2027-06-30\n', { isRuleId, now: NOW });
    assert.equal(problems.length, 0);
    assert.equal(directives.length, 1);
    const d = directives[0];
    assert.equal(d.scope, 'next-line');
    assert.deepEqual(d.ids, ['AILL-SPI-ID-NUMBER', 'personal-data']);
    assert.equal(d.reason, 'KYC required by law');
    assert.equal(d.reviewer, 'li.na');
    assert.equal(d.expires, '2027-06-30');
    assert.ok(d.active);
  });

  it('a directive without a reason does not suppress and is reported with its span', () => {
    const text = 'x = 1\nid_card = input()  # ai-law-lens-disable-line AILL-SPI-ID-NUMBER\n';
    const result = scanText('a.py', text, { now: NOW });
    const finding = result.findings.find((f) => f.ruleId === 'AILL-SPI-ID-NUMBER');
    assert.ok(finding, 'finding expected');
    assert.equal(finding.suppression, undefined);
    const problem = result.problems.find((p) => p.kind === 'invalid-suppression');
    assert.ok(problem, 'problem expected');
    assert.equal(problem.span?.start.line, 1);
    assert.match(problem.message.en, /no reason/);
    assert.match(problem.message.zh, /缺少理由/);
  });

  it('an expired directive stops suppressing and is reported', () => {
    const text = '# ai-law-lens-disable-next-line sensitive-pi -- legacy import expires=2026-01-31\nid_card = input()\n';
    const result = scanText('a.py', text, { now: NOW });
    assert.equal(result.findings[0].suppression, undefined);
    assert.ok(result.problems.some((p) => p.kind === 'invalid-suppression' && /expired/.test(p.message.en)));
    const still = scanText('a.py', text, { now: new Date('2026-01-31T23:00:00Z') });
    assert.ok(still.findings[0].suppression, 'valid through the expiry day');
  });

  it('next-line, line and file scopes; rule ids and category names', () => {
    const text = [
      '# ai-law-lens-disable-next-line AILL-SPI-ID-NUMBER -- collected for real-name checks, separate consent on screen 3',
      'id_card = input()',
      'passport = input()  # ai-law-lens-disable-line sensitive-pi -- needed for visa bookings',
      'bank_card = input()',
    ].join('\n');
    const result = scanText('a.py', text, { now: NOW });
    const byLine = new Map(result.findings.map((f) => [f.span.start.line, f]));
    assert.equal(byLine.get(1)?.suppression?.scope, 'next-line');
    assert.equal(byLine.get(1)?.suppression?.justification, 'collected for real-name checks, separate consent on screen 3');
    assert.equal(byLine.get(2)?.suppression?.scope, 'line');
    assert.equal(byLine.get(3)?.suppression, undefined);
    const whole = scanText('b.py', `// ai-law-lens-disable-file sensitive-pi -- fixture generator\n${text}`.replace(/^\/\//, '#'), { now: NOW });
    assert.ok(whole.findings.filter((f) => f.category === 'sensitive-pi').every((f) => f.suppression));
  });

  it('does not suppress other rules or categories, and reports unknown ids', () => {
    const text = '# ai-law-lens-disable-next-line training, AILL-NOPE -- not relevant\nid_card = input()\n';
    const result = scanText('a.py', text, { now: NOW });
    assert.equal(result.findings[0].suppression, undefined);
    assert.ok(result.problems.some((p) => /AILL-NOPE/.test(p.message.en)));
  });

  it('ignores the marker inside a string', () => {
    assert.equal(findDirectiveOnLine('msg = "ai-law-lens-disable-line AILL-PI-CONTACT -- x"'), undefined);
    assert.ok(findDirectiveOnLine('  // ai-law-lens-disable-line AILL-PI-CONTACT -- x'));
    assert.ok(findDirectiveOnLine('<!-- ai-law-lens-disable-next-line AILL-PI-CONTACT -- x -->'));
  });

  it('reports misspelt directives', () => {
    const { problems } = parseDirectives('// ai-law-lens-disable-nextline AILL-PI-CONTACT -- x', { isRuleId, now: NOW });
    assert.equal(problems.length, 1);
  });

  it('formats directives with the language comment token and appends ids to existing ones', () => {
    assert.equal(
      formatDirective('next-line', ['AILL-PI-CONTACT'], 'needed for delivery\nnotices', { reviewer: 'Li Na', expires: '2027-01-01' }, commentTokenFor('python')),
      '# ai-law-lens-disable-next-line AILL-PI-CONTACT -- needed for delivery notices reviewer=Li-Na expires=2027-01-01',
    );
    assert.equal(formatDirective('file', ['training'], 'r', {}, commentTokenFor('page.html')), '<!-- ai-law-lens-disable-file training -- r -->');
    assert.deepEqual(commentTokenFor('schema.sql'), { start: '--' });
    assert.deepEqual(commentTokenFor('src/app.ts'), { start: '//' });
    assert.deepEqual(commentTokenFor('Dockerfile'), { start: '#' });
    assert.equal(commentTokenFor('package.json'), undefined);
    const line = '    x = 1  # ai-law-lens-disable-line AILL-PI-CONTACT -- reason';
    assert.equal(appendIdToDirective(line, 'AILL-SPI-HEALTH'), '    x = 1  # ai-law-lens-disable-line AILL-PI-CONTACT, AILL-SPI-HEALTH -- reason');
    assert.equal(appendIdToDirective(line, 'AILL-PI-CONTACT'), undefined);
    const round = parseDirectives(formatDirective('line', ['AILL-PI-CONTACT'], 'ok', {}, { start: '//' }), { isRuleId, now: NOW });
    assert.equal(round.problems.length, 0);
    assert.equal(round.directives[0].reason, 'ok');
  });
});
