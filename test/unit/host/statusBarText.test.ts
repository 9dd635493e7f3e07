import * as assert from 'node:assert/strict';
import { formatMessage } from '../../../src/host/l10n/bundle';
import { statusView } from '../../../src/host/statusBarText';

const t = (m: string, ...a: Array<string | number>): string => formatMessage(m, a);

describe('host/statusBarText', () => {
  it('shows the count, and the tier once known', () => {
    assert.equal(statusView(3, undefined, false, t).text, '$(law) 3');
    const view = statusView(12, 'high', false, t);
    assert.equal(view.text, '$(law) 12 · high risk');
    assert.match(view.tooltip, /AI Law Lens: 12 findings/);
    assert.match(view.tooltip, /proposal, not law in force/);
    assert.equal(statusView(1, undefined, true, t).text, '$(sync~spin) 1');
    assert.match(statusView(1, undefined, false, t).tooltip, /1 finding\b/);
  });
});
