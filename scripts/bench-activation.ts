// Activation cost of the bundled extension, outside VS Code: loads dist/extension.js against a stand-in `vscode`
// module (every API a no-op; no workspace folder, so nothing scans) and times
//   (1) require() of the bundle — what VS Code pays before calling activate(), and
//   (2) activate() from its start to its return — the figure issue 7 sets a 20 ms target for.
//   npm run build && npx tsx scripts/bench-activation.ts [--runs 5]
// Each run is a fresh child process (a cold module cache). Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, child: { type: 'boolean', default: false } } });
const repo = path.resolve(__dirname, '..');
const bundle = path.join(repo, 'dist', 'extension.js');

/** A do-nothing stand-in for any VS Code API object: callable, constructible, every property another stand-in. */
function standIn(name: string): unknown {
  const target = function () {
    /* stand-in */
  };
  const assigned = new Map<string | symbol, unknown>();
  return new Proxy(target, {
    set(_t, prop, value) {
      assigned.set(prop, value);
      return true;
    },
    get(_t, prop) {
      if (assigned.has(prop)) {
        return assigned.get(prop);
      }
      if (prop === 'then') {
        return undefined; // not a promise
      }
      if (prop === Symbol.iterator) {
        return function* () {
          /* empty */
        };
      }
      if (prop === Symbol.toPrimitive || prop === 'toString') {
        return () => name;
      }
      if (prop === 'dispose') {
        return () => undefined;
      }
      return standIn(`${name}.${String(prop)}`);
    },
    apply: () => standIn(`${name}()`),
    construct: () => standIn(`new ${name}`) as object,
  });
}

function fakeVscode(storage: string): unknown {
  const config = { get: (_key: string, fallback?: unknown) => fallback, has: () => false, inspect: () => undefined, update: () => Promise.resolve() };
  const workspace = new Proxy(standIn('vscode.workspace') as object, {
    get(t, prop) {
      if (prop === 'workspaceFolders') {
        return undefined;
      }
      if (prop === 'getConfiguration') {
        return () => config;
      }
      if (prop === 'isTrusted') {
        return true;
      }
      if (prop === 'textDocuments') {
        return [];
      }
      return (t as Record<string | symbol, unknown>)[prop];
    },
  });
  const window = new Proxy(standIn('vscode.window') as object, {
    get(t, prop) {
      if (prop === 'visibleTextEditors') {
        return [];
      }
      if (prop === 'activeTextEditor') {
        return undefined;
      }
      return (t as Record<string | symbol, unknown>)[prop];
    },
  });
  const uri = (p: string): unknown => ({ fsPath: p, path: p, scheme: 'file', toString: () => `file://${p}`, with: () => uri(p) });
  const special: Record<string, unknown> = {
    workspace,
    window,
    Uri: { file: (p: string) => uri(p), joinPath: (u: { fsPath: string }, ...parts: string[]) => uri(path.join(u.fsPath, ...parts)), parse: (s: string) => uri(s) },
    env: { language: 'en', uiKind: 1, appName: 'bench', machineId: 'bench', remoteName: undefined },
    l10n: { t: (s: string | { message: string }) => (typeof s === 'string' ? s : s.message), bundle: undefined, uri: undefined },
    version: '1.100.0',
  };
  // esbuild copies the module's own keys (__toESM), so the stand-in lists every API name the bundle reads.
  const used = new Set<string>();
  for (const m of fs.readFileSync(bundle, 'utf8').matchAll(/\bvscode\d*\.([A-Za-z_$][\w$]*)/g)) {
    used.add(m[1]);
  }
  const vscodeModule: Record<string, unknown> = {};
  for (const name of used) {
    vscodeModule[name] = name in special ? special[name] : standIn(`vscode.${name}`);
  }
  Object.assign(vscodeModule, special);
  void storage;
  return vscodeModule;
}

function child(): void {
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-activation-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = Module._load;
  const vscode = fakeVscode(storage);
  Module._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };
  const uri = { fsPath: storage, path: storage, scheme: 'file', toString: () => `file://${storage}` };
  const context = {
    subscriptions: [] as Array<{ dispose(): unknown }>,
    globalStorageUri: uri,
    storageUri: uri,
    logUri: uri,
    extensionUri: { fsPath: repo, path: repo, scheme: 'file', toString: () => `file://${repo}` },
    extensionPath: repo,
    extensionMode: 1,
    globalState: { get: (_k: string, f?: unknown) => f, update: () => Promise.resolve(), keys: () => [], setKeysForSync: () => undefined },
    workspaceState: { get: (_k: string, f?: unknown) => f, update: () => Promise.resolve(), keys: () => [] },
    secrets: standIn('secrets'),
    environmentVariableCollection: standIn('env'),
    asAbsolutePath: (p: string) => path.join(repo, p),
    extension: { id: 'ai-law-lens.ai-law-lens', packageJSON: JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as unknown },
  };
  const t0 = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ext = require(bundle) as { activate(ctx: unknown): unknown };
  const t1 = process.hrtime.bigint();
  ext.activate(context);
  const t2 = process.hrtime.bigint();
  console.log(JSON.stringify({ requireMs: Number(t1 - t0) / 1e6, activateMs: Number(t2 - t1) / 1e6, subscriptions: context.subscriptions.length }));
  for (const d of context.subscriptions) {
    try {
      d.dispose();
    } catch {
      // a stand-in disposable
    }
  }
  fs.rmSync(storage, { recursive: true, force: true });
  process.exit(0);
}

function main(): void {
  if (!fs.existsSync(bundle)) {
    console.error('dist/extension.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  // The child runs as plain JavaScript under plain node: a TypeScript loader hooked into require() would inflate the figure.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-activation-bench-'));
  const script = path.join(tmp, 'child.js');
  buildSync({ entryPoints: [__filename], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: script, logLevel: 'silent', define: { __filename: JSON.stringify(__filename), __dirname: JSON.stringify(__dirname) } });
  const runs: Array<{ requireMs: number; activateMs: number; subscriptions: number }> = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const r = spawnSync(process.execPath, [script, '--child'], { encoding: 'utf8' });
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    if (!line) {
      console.error(`activation run failed:\n${r.stderr}`);
      process.exit(1);
    }
    runs.push(JSON.parse(line) as (typeof runs)[number]);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`Activation (${runs.length} fresh processes, ${fs.statSync(bundle).size >> 10} KiB bundle, ${runs[0].subscriptions} disposables registered)`);
  console.log(`  require(dist/extension.js)  median ${median(runs.map((r) => r.requireMs)).toFixed(1)} ms  (${runs.map((r) => r.requireMs.toFixed(1)).join(', ')})`);
  console.log(`  activate() start → return   median ${median(runs.map((r) => r.activateMs)).toFixed(1)} ms  (${runs.map((r) => r.activateMs.toFixed(1)).join(', ')})`);
}

if (values.child) {
  child();
} else {
  main();
}
