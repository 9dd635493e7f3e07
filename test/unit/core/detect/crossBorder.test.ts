import * as assert from 'node:assert/strict';
import { foreignHostOf, isForeignRegion } from '../../../../src/core/detect/crossBorder';
import { scanText } from '../../../../src/core/engine';

function crossBorder(file: string, text: string): Array<[number, string, string]> {
  return scanText(file, text, {})
    .findings.filter((f) => f.category === 'cross-border')
    .map((f) => [f.span.start.line + 1, f.ruleId, f.token]);
}

describe('cross-border', () => {
  it('matches foreign hosts label-aligned', () => {
    assert.equal(foreignHostOf('api.openai.com'), 'api.openai.com');
    assert.equal(foreignHostOf('o450123.ingest.sentry.io'), 'sentry.io');
    assert.equal(foreignHostOf('s3.us-east-1.amazonaws.com'), 'amazonaws.com');
    assert.equal(foreignHostOf('www.googletagmanager.com'), 'googletagmanager.com');
  });

  it('never matches mainland endpoints, lookalikes or local hosts', () => {
    for (const host of ['dashscope.aliyuncs.com', 'iai.tencentcloudapi.com', 'aip.baidubce.com', 's3.cn-north-1.amazonaws.com.cn', 'localhost',
      '127.0.0.1', 'myapi.openai.com.cn', 'notsentry.io.example.cn', 'api.moonshot.cn']) {
      assert.equal(foreignHostOf(host), undefined, host);
    }
  });

  it('treats the domain of an e-mail address as a contact, not an endpoint; a DSN stays an endpoint', () => {
    const pkg = '{\n  "contributors": ["Codecov <hello-codecov@sentry.io> (https://codecov.io)"],\n  "bugs": "mailto:privacy@openai.com"\n}\n';
    assert.deepEqual(crossBorder('package.json', pkg), []);
    assert.deepEqual(crossBorder('app.py', 'SUPPORT = "support@api.openai.com"\n'), []);
    assert.deepEqual(crossBorder('app.py', 'sentry_sdk.init(dsn="https://abc123@o450123.ingest.sentry.io/42")\n'), [[1, 'AILL-XB-FOREIGN-HOST', 'o450123.ingest.sentry.io']]);
    assert.deepEqual(crossBorder('app.js', 'fetch("https://api.openai.com/v1/chat/completions")\n'), [[1, 'AILL-XB-FOREIGN-HOST', 'api.openai.com']]);
  });

  it('ignores the contact and home-page fields of package manifests, not their configuration', () => {
    const pkg = JSON.stringify({
      name: 'x',
      homepage: 'https://sentry.io',
      sponsors: ['Sentry (https://sentry.io) (https://github.com/getsentry)'],
      funding: { url: 'https://opencollective.com/x', type: 'sentry.io' },
      config: { endpoint: 'https://api.openai.com/v1' },
    }, null, 2);
    assert.deepEqual(crossBorder('package.json', pkg), [[12, 'AILL-XB-FOREIGN-HOST', 'api.openai.com']]);
    assert.deepEqual(crossBorder('pyproject.toml', '[project]\nname = "x"\n[project.urls]\nHomepage = "https://sentry.io"\n'), []);
    // the same field in an ordinary config file is not metadata
    assert.deepEqual(crossBorder('settings.json', '{ "homepage": "https://o1.ingest.sentry.io" }\n'), [[1, 'AILL-XB-FOREIGN-HOST', 'o1.ingest.sentry.io']]);
  });

  it('folds a table of foreign hosts or regions into one finding with the others as related locations', () => {
    const regions = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1',
      'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2', 'sa-east-1', 'ca-central-1'];
    const table = `SUFFIXES = [\n${regions.map((r) => `    "execute-api.${r}.amazonaws.com",`).join('\n')}\n]\n`;
    const findings = scanText('suffixes.py', table, {}).findings.filter((f) => f.category === 'cross-border');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].token, 'execute-api.us-east-1.amazonaws.com');
    assert.equal(findings[0].confidence, 'medium');
    assert.equal(findings[0].related.length, regions.length - 1);
    assert.deepEqual(findings[0].related.map((r) => r.span.start.line + 1), regions.slice(1).map((_, i) => i + 3));
    assert.match(findings[0].related[0].message.en, /execute-api\.us-east-2\.amazonaws\.com/);
    // a few endpoints are each their own finding
    const few = 'A = "https://api.openai.com/v1"\nB = "https://api.anthropic.com"\nC = "o1.ingest.sentry.io"\n';
    assert.equal(scanText('few.py', few, {}).findings.filter((f) => f.category === 'cross-border').length, 3);
  });

  it('recognises regions outside mainland China only', () => {
    for (const r of ['us-east-1', 'eu-west-1', 'ap-southeast-1', 'ap-east-1', 'cn-hongkong', 'westus2', 'europe-west4', 'ap-singapore']) {
      assert.ok(isForeignRegion(r), r);
    }
    for (const r of ['cn-north-1', 'cn-northwest-1', 'cn-hangzhou', 'ap-beijing', 'ap-guangzhou', 'cn-north-4', 'us', 'eastern']) {
      assert.ok(!isForeignRegion(r), r);
    }
  });

  it('reports Google Cloud, Twilio and Stripe SDKs, whose endpoints are all abroad', () => {
    assert.deepEqual(crossBorder('gcs.py', 'from google.cloud import storage\nstorage.Client()\n'), [[1, 'AILL-XB-SAAS-SDK', 'google.cloud']]);
    assert.deepEqual(crossBorder('sms.js', "const twilio = require('twilio');\n"), [[1, 'AILL-XB-SAAS-SDK', 'twilio']]);
    assert.deepEqual(crossBorder('pay.py', 'import stripe\n'), [[1, 'AILL-XB-SAAS-SDK', 'stripe']]);
    // a mainland object store is not a transfer
    assert.deepEqual(crossBorder('oss.py', "import oss2\nbucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'b')\n"), []);
  });

  it('reports page-global analytics once per file, and only as a fallback', () => {
    assert.deepEqual(crossBorder('ga.js', "function gtag() { dataLayer.push(arguments); }\ngtag('js', new Date());\ngtag('config', 'G-TEST000001');\n"), [
      [3, 'AILL-XB-SAAS-SDK', 'gtag'],
    ]);
    assert.deepEqual(crossBorder('mp.js', 'mixpanel.identify(user.id);\nmixpanel.people.set({ plan: 1 });\nmixpanel.track("Login");\n'), [
      [1, 'AILL-XB-SAAS-SDK', 'mixpanel'],
    ]);
    // the import is already the finding: the calls add nothing
    assert.deepEqual(crossBorder('mp2.js', "import mixpanel from 'mixpanel-browser';\nmixpanel.track('x');\n"), [[1, 'AILL-XB-SAAS-SDK', 'mixpanel-browser']]);
    // gtag without a config call, a wave's amplitude, and the same calls in Python are silent
    assert.deepEqual(crossBorder('stub.js', "gtag('js', new Date());\nconst amplitude = 3;\namplitude.toFixed(2);\n"), []);
    assert.deepEqual(crossBorder('mp.py', 'mixpanel.track("Login")\n'), []);
  });
});
