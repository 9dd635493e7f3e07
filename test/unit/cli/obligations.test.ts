import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runObligationsCommand } from '../../../src/cli/obligationsCommand';
import type { CommandIo } from '../../../src/cli/obligationsCommand';
import { findRepoRoot } from '../core/law/referenceCatalogue';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
  };
  const code = await runObligationsCommand(argv, io);
  return { code, out, err };
}

function isLocalized(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { zh?: unknown }).zh === 'string' &&
    typeof (value as { en?: unknown }).en === 'string'
  );
}

describe('cli: obligations', () => {
  it('--format json prints the documented shape', async () => {
    const { code, out, err } = await run(['--format', 'json']);
    assert.equal(code, 0, err);
    const json = JSON.parse(out);
    assert.deepEqual(Object.keys(json), ['instruments', 'obligations']);
    assert.ok(json.instruments.length >= 13);
    for (const i of json.instruments) {
      for (const key of ['id', 'issuer', 'adopted', 'effective', 'status', 'url']) {
        assert.ok(key in i, `instrument ${i.id} lacks ${key}`);
      }
      assert.ok(isLocalized(i.name), `instrument ${i.id}.name`);
      assert.ok(['in-force', 'draft', 'proposal'].includes(i.status));
    }
    for (const o of json.obligations) {
      for (const key of ['id', 'instrument', 'verification']) {
        assert.equal(typeof o[key], 'string', `${o.id}.${key}`);
      }
      for (const key of ['articles', 'formerArticles', 'appliesWhen']) {
        assert.ok(Array.isArray(o[key]), `${o.id}.${key}`);
      }
      for (const key of ['title', 'summary', 'goodPractice']) {
        assert.ok(isLocalized(o[key]), `${o.id}.${key}`);
      }
      assert.ok(json.instruments.some((i: { id: string }) => i.id === o.instrument), o.id);
    }
    const csl = json.obligations.find((o: { id: string }) => o.id === 'CSL-23');
    assert.deepEqual([csl.articles, csl.formerArticles], [['23'], ['21']]);
    const cbdf8 = json.obligations.find((o: { id: string }) => o.id === 'CBDF-8');
    assert.equal(cbdf8.verification, 'secondary');
    assert.equal(json.instruments.find((i: { id: string }) => i.id === 'AIL').status, 'proposal');
  });

  it('defaults to JSON and accepts --format=json', async () => {
    const a = await run([]);
    const b = await run(['--format=json']);
    assert.equal(a.code, 0);
    assert.equal(a.out, b.out);
    assert.doesNotThrow(() => JSON.parse(a.out));
  });

  it('--format markdown prints a reviewer table in the chosen language', async () => {
    const en = await run(['--format', 'markdown']);
    assert.equal(en.code, 0);
    assert.match(en.out, /^\| id \| citation \| obligation \|/m);
    assert.match(en.out, /\| CSL-23 \| CSL Art\. 23 \(formerly Art\. 21\) \|/);
    const zh = await run(['--format', 'markdown', '--lang', 'zh']);
    assert.equal(zh.code, 0);
    assert.match(zh.out, /\| CSL-23 \| 网络安全法第23条（原第21条） \|/);
    assert.match(zh.out, /待与官方文本核对/);
  });

  it('rejects an unknown format with a clear message and exit 2', async () => {
    const { code, out, err } = await run(['--format', 'yaml']);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /unknown format "yaml"/);
    assert.match(err, /json or --format markdown/);
  });

  it('rejects a missing format value, an unknown language and unknown arguments', async () => {
    assert.equal((await run(['--format'])).code, 2);
    const lang = await run(['--format', 'markdown', '--lang', 'fr']);
    assert.equal(lang.code, 2);
    assert.match(lang.err, /unknown language "fr"/);
    const extra = await run(['--bogus']);
    assert.equal(extra.code, 2);
    assert.match(extra.err, /unknown argument "--bogus"/);
  });

  it('--help prints usage and exits 0', async () => {
    const { code, out } = await run(['--help']);
    assert.equal(code, 0);
    assert.match(out, /usage: ai-law-lens obligations/);
  });

  it('--output writes the file, and a bad path fails cleanly', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ail-obligations-'));
    try {
      const file = path.join(dir, 'catalogue.json');
      const ok = await run(['--format', 'json', '--output', file]);
      assert.equal(ok.code, 0, ok.err);
      assert.equal(ok.out, '');
      assert.deepEqual(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8'))), ['instruments', 'obligations']);
      const bad = await run(['--format', 'json', '--output', path.join(dir, 'no', 'such', 'dir', 'x.json')]);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /cannot write .*ENOENT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the built CLI bundle answers `obligations --format json` (when dist/ exists)', function () {
    const cli = path.join(findRepoRoot(), 'dist', 'cli.js');
    if (!fs.existsSync(cli)) {
      console.warn('  (dist/cli.js not built: bundle check skipped)');
      this.skip();
    }
    const result = spawnSync(process.execPath, [cli, 'obligations', '--format', 'json'], { encoding: 'utf8', timeout: 30000 });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(Object.keys(JSON.parse(result.stdout)), ['instruments', 'obligations']);
    const bad = spawnSync(process.execPath, [cli, 'obligations', '--format', 'yaml'], { encoding: 'utf8', timeout: 30000 });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown format/);
  });
});
