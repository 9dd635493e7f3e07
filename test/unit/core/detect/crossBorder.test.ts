import * as assert from 'node:assert/strict';
import { foreignHostOf, isForeignRegion } from '../../../../src/core/detect/crossBorder';

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

  it('recognises regions outside mainland China only', () => {
    for (const r of ['us-east-1', 'eu-west-1', 'ap-southeast-1', 'ap-east-1', 'cn-hongkong', 'westus2', 'europe-west4', 'ap-singapore']) {
      assert.ok(isForeignRegion(r), r);
    }
    for (const r of ['cn-north-1', 'cn-northwest-1', 'cn-hangzhou', 'ap-beijing', 'ap-guangzhou', 'cn-north-4', 'us', 'eastern']) {
      assert.ok(!isForeignRegion(r), r);
    }
  });
});
