// The tool's own privacy. Real-looking PI is planted in a temp workspace (a checksum-valid resident ID number, a
// mobile number, an e-mail address, a Luhn-valid bank card) in code, config, logs, notebooks, a broken YAML file, a
// suppression reason, an invalid custom pattern and a checklist note. Every output must carry them masked or not at
// all: text/JSON/SARIF/Markdown/GitLab reports, report files, the checklist (CLI and decisions file), the baseline,
// the scan cache, error messages, and everything written to stdout/stderr/console. A second test proves a full
// scan + reports + checklist opens no network connection.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as dgramTypes from 'node:dgram';
import type * as dnsTypes from 'node:dns';
import type * as httpTypes from 'node:http';
import type * as httpsTypes from 'node:https';
import type * as netTypes from 'node:net';
import type * as tlsTypes from 'node:tls';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';
import { DecisionStore, decisionsPathFor } from '../../../src/core/checklist';
import { isValidIdNumber, luhnValid } from '../../../src/core/detect/literals';
import { ScanCache } from '../../../src/core/perf/cache';
import { scanWorkspace } from '../../../src/core/workspace';
import { assertClean, BANK_CARD, EMAIL, ID_NUMBER, MOBILE, plantWorkspace } from './plant';

interface Captured {
  io: CliIo;
  out: () => string;
}

function capture(cwd: string): Captured {
  let text = '';
  const stream = { write: (chunk: string) => ((text += String(chunk)), true), isTTY: false, columns: 120 };
  return { io: { stdout: stream, stderr: stream, cwd, env: { LANG: 'zh_CN.UTF-8', AILAWLENS_NO_CACHE: '1' } }, out: () => text };
}

/** Everything written to the real process streams and the console while `fn` runs. */
async function captureProcess<T>(fn: () => Promise<T>): Promise<{ value: T; text: string }> {
  let text = '';
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the originals are put back as they were
  const saved = { out: process.stdout.write, err: process.stderr.write, log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug };
  const sink = (chunk: unknown): boolean => {
    text += typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    return true;
  };
  process.stdout.write = sink;
  process.stderr.write = sink;
  const toConsole = (...args: unknown[]): void => void sink(`${args.map(String).join(' ')}\n`);
  Object.assign(console, { log: toConsole, warn: toConsole, error: toConsole, info: toConsole, debug: toConsole });
  try {
    const value = await fn();
    return { value, text };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    Object.assign(console, { log: saved.log, warn: saved.warn, error: saved.error, info: saved.info, debug: saved.debug });
  }
}

function readTree(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...readTree(full));
    } else {
      out.push([full, fs.readFileSync(full, 'utf8')]);
    }
  }
  return out;
}

describe('privacy: no planted PI value leaves the tool unmasked', function () {
  this.timeout(300_000);
  let root: string;
  let outDir: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-privacy-'));
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-privacy-out-'));
    plantWorkspace(root);
  });

  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('plants real-looking values: a checksum-valid ID number, a Luhn-valid card', () => {
    assert.ok(isValidIdNumber(ID_NUMBER), 'the planted ID number must pass the checksum');
    assert.ok(luhnValid(BANK_CARD), 'the planted card must pass Luhn');
    assert.throws(() => assertClean(`see ${MOBILE.slice(0, 3)} ${MOBILE.slice(3, 7)} ${MOBILE.slice(7)}`, 'probe'), /reformatted/);
  });

  it('the engine still FINDS the planted values (so the masking is tested on real findings)', async () => {
    const result = await scanWorkspace({ root });
    const literal = result.findings.filter((f) => /\*{3,}/.test(f.token) || /\*{3,}/.test(f.message.en));
    assert.ok(literal.length >= 3, `expected masked literal findings, got ${literal.length}`);
    assertClean(JSON.stringify(result), 'the scan result');
  });

  for (const format of ['text', 'json', 'sarif', 'markdown', 'gitlab-sast'] as const) {
    it(`scan --format ${format} --checklist: stdout, stderr, the console and the report file`, async () => {
      const streams = capture(root);
      const target = path.join(outDir, `report-${format}`);
      const { value: code, text } = await captureProcess(async () => {
        const first = await runCli(['scan', root, '--format', format, '--checklist', '--fail-on', 'none'], streams.io);
        await runCli(['scan', root, '--format', format, '--output', target, '--lang', 'en'], streams.io);
        return first;
      });
      assert.ok(code === 0 || code === 1, `unexpected exit code ${code}:\n${streams.out()}`);
      assert.ok(streams.out().length > 100, 'the CLI printed nothing');
      assertClean(streams.out(), `scan ${format} output`);
      assertClean(text, `scan ${format} process/console output`);
      assertClean(fs.readFileSync(target, 'utf8'), `scan ${format} report file`);
    });
  }

  it('names the invalid custom pattern by id without echoing its PI-bearing source', async () => {
    const streams = capture(root);
    await runCli(['scan', root, '--format', 'json', '--fail-on', 'none', '--lang', 'en'], streams.io);
    assert.match(streams.out(), /team-phone/, 'the rejected pattern must be named');
    assertClean(streams.out(), 'the config error');
  });

  it('checklist command (markdown, json, text) and baseline create', async () => {
    const streams = capture(root);
    const { text } = await captureProcess(async () => {
      for (const format of ['markdown', 'json', 'text']) {
        await runCli(['checklist', root, '--format', format], streams.io);
      }
      await runCli(['baseline', 'create', root, '--output', path.join(outDir, 'baseline.json')], streams.io);
    });
    assert.ok(text.length + streams.out().length > 100, 'nothing was printed');
    assertClean(streams.out() + text, 'checklist/baseline output');
    assertClean(fs.readFileSync(path.join(outDir, 'baseline.json'), 'utf8'), 'the baseline file');
  });

  it('the decisions file masks PI typed into notes, reasons and reviewers', () => {
    const store = new DecisionStore({ file: decisionsPathFor(root), today: () => '2026-11-27' });
    store.reload();
    store.setDecision('PIPL-28', { status: 'done', note: `consent for ${ID_NUMBER}, call ${MOBILE}`, reviewer: EMAIL });
    store.setDecision('PIPL-13', { status: 'waived', reason: `card ${BANK_CARD} test data` });
    const text = fs.readFileSync(decisionsPathFor(root), 'utf8');
    assert.match(text, /PIPL-28/);
    assertClean(text, 'the decisions file');
  });

  it('the scan cache on disk holds no raw PI', async () => {
    const cacheDir = path.join(outDir, 'cache');
    const cache = new ScanCache(cacheDir, root, { version: 'test', rules: 'r', config: 'c' });
    const result = await scanWorkspace({ root, onFile: (file) => cache.set(file.file, 'h', file) });
    assert.ok(result.findings.length > 0);
    assert.ok(cache.save(), 'the cache could not be written');
    const files = readTree(cacheDir);
    assert.ok(files.length > 0, 'no cache file written');
    for (const [file, text] of files) {
      assertClean(text, `cache file ${path.basename(file)}`);
    }
  });

  it('error messages: unreadable files, bad arguments and a broken config name no PI', async () => {
    const streams = capture(root);
    await runCli(['scan', path.join(root, `missing-${MOBILE}`)], streams.io);
    await runCli(['scan', root, '--format', `x${ID_NUMBER}`], streams.io);
    const broken = path.join(outDir, 'broken.ailawlens.yaml');
    fs.writeFileSync(broken, `exclude: [\n  "${ID_NUMBER}" {{\n`);
    const code = await runCli(['scan', root, '--config', broken], streams.io);
    assert.equal(code, 2);
    // The first two echo what the user typed on the command line (their own input); only the config error is checked.
    const configError = streams.out().split('\n').filter((l) => l.includes('broken.ailawlens.yaml')).join('\n');
    assert.ok(configError.length > 0, 'the config error names the file');
    assertClean(configError, 'the config error');
  });
});

// The CommonJS module objects themselves (an `import * as` namespace only has getters), so the spies replace the
// functions every caller reaches.
/* eslint-disable @typescript-eslint/no-require-imports */
const net = require('node:net') as typeof netTypes;
const tls = require('node:tls') as typeof tlsTypes;
const http = require('node:http') as typeof httpTypes;
const https = require('node:https') as typeof httpsTypes;
const dns = require('node:dns') as typeof dnsTypes;
const dgram = require('node:dgram') as typeof dgramTypes;
/* eslint-enable @typescript-eslint/no-require-imports */

describe('privacy: a full scan, reports and checklist open no network connection', function () {
  this.timeout(300_000);

  it('counts zero calls to net, tls, http(s), dns, dgram and fetch', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-offline-'));
    plantWorkspace(root);
    fs.writeFileSync(path.join(root, 'app/cloud.py'), 'import boto3\nimport requests\nrequests.post("https://api.openai.com/v1/chat", json=user)\ns3 = boto3.client("s3", region_name="us-east-1")\n');
    const calls: string[] = [];
    const restore: Array<() => void> = [];
    const spy = <T extends object>(owner: T, key: keyof T & string, label: string): void => {
      const original = owner[key] as unknown as (...args: unknown[]) => unknown;
      (owner as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
        calls.push(label);
        return original.apply(this, args);
      };
      restore.push(() => ((owner as Record<string, unknown>)[key] = original));
    };
    spy(net.Socket.prototype, 'connect', 'net.Socket.connect');
    spy(net, 'connect', 'net.connect');
    spy(net, 'createConnection', 'net.createConnection');
    spy(tls, 'connect', 'tls.connect');
    spy(http, 'request', 'http.request');
    spy(http, 'get', 'http.get');
    spy(https, 'request', 'https.request');
    spy(https, 'get', 'https.get');
    spy(dns, 'lookup', 'dns.lookup');
    spy(dns, 'resolve', 'dns.resolve');
    spy(dns.promises, 'lookup', 'dns.promises.lookup');
    spy(dgram, 'createSocket', 'dgram.createSocket');
    if (typeof globalThis.fetch === 'function') {
      spy(globalThis, 'fetch', 'fetch');
    }
    try {
      // Prove the spies work before trusting a zero.
      await new Promise<void>((resolve) => dns.lookup('localhost', () => resolve()));
      assert.deepEqual(calls, ['dns.lookup'], 'the network spies are not active');
      calls.length = 0;

      const streams = capture(root);
      await captureProcess(async () => {
        for (const format of ['text', 'json', 'sarif', 'markdown', 'gitlab-sast']) {
          await runCli(['scan', root, '--format', format, '--checklist', '--fail-on', 'none'], streams.io);
        }
        await runCli(['checklist', root, '--format', 'json'], streams.io);
        await runCli(['baseline', 'create', root], streams.io);
        await runCli(['obligations', '--format', 'json'], streams.io);
      });
      const store = new DecisionStore({ file: decisionsPathFor(root) });
      store.reload();
      store.setDecision('PIPL-28', { status: 'done', note: 'offline' });
      assert.ok(streams.out().length > 1000, 'the runs produced no output');
      assert.deepEqual(calls, [], `network calls during the scan: ${calls.join(', ')}`);
    } finally {
      restore.forEach((undo) => undo());
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
