import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

describe('engine (placeholder)', () => {
  it('flags an id card field', () => {
    const result = scanText('a.py', 'x = 1\nid_card = input()\n');
    assert.equal(result.findings.length, 1);
    assert.equal(result.findings[0].span.start.line, 1);
  });
});
