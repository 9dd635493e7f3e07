// `npm run bench`: throughput, memory, cache-warm rescan, a ripgrep baseline and per-edit latency.
// Prints figures; asserts nothing (timings never belong in unit tests).
//   npm run bench                       synthetic workspaces of 1k, 10k and 50k files (seeded, deterministic)
//   npm run bench -- --sizes 1000,10000 choose sizes
//   npm run bench -- --dir PATH         scan any directory instead
//   npm run bench -- --threads 1        force single-threaded analysis
//   npm run bench -- --runs 5           fresh processes (and ripgrep runs) per size; medians reported (default 3)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ScanCache } from '../src/core/perf/cache';
import { buildVocabulary } from '../src/core/perf/prefilter';
import { scanWorkspace } from '../src/core/workspace/scan';
import { measureEditLatency, printEditLatency } from './bench/editLatency';
import { generateWorkspace, RG_KEYWORDS } from './bench/synth';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    dir: { type: 'string' },
    threads: { type: 'string' },
    child: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    'skip-edit': { type: 'boolean', default: false },
  },
});

/** The repository root, whether this runs from scripts/ under tsx or bundled into out/bench/. */
function findRepo(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'esbuild.mjs')) && fs.existsSync(path.join(dir, 'package.json'))) {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      return path.resolve(start, '..');
    }
  }
}

const repo = findRepo(__dirname);
const workerPath = path.join(repo, 'dist', 'scanWorker.js');
const mb = (bytes: number): number => bytes / (1024 * 1024);
const fmt = (n: number, digits = 1): string => n.toFixed(digits);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The prefilter's own vocabulary (strong words, clause words, trigger words: the words it looks for), one per line,
 * for `rg -F -f`. That is the comparable keyword set; the short hand-picked list is timed as well, for reference.
 */
function vocabularyFile(): string | undefined {
  const vocabulary = buildVocabulary();
  if (!vocabulary) {
    return undefined;
  }
  const words = new Set([...vocabulary.strong, ...vocabulary.clauses.flat(2), ...vocabulary.triggers.map((t) => t.word)]);
  const file = path.join(os.tmpdir(), `aill-bench-words-${process.pid}.txt`);
  fs.writeFileSync(file, [...words].join('\n'));
  return file;
}

/** Median wall time of `rg` over `dir` with the given pattern arguments, after one warm-up run. */
function ripgrepSeconds(dir: string, patternArgs: string[], runs: number): number | undefined {
  const probe = spawnSync('rg', ['--version']);
  if (probe.status !== 0) {
    return undefined;
  }
  const args = ['-i', '-c', '--no-messages', ...patternArgs, dir];
  spawnSync('rg', args, { stdio: 'ignore' }); // warm the page cache the same way our cold run sees it
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync('rg', args, { stdio: 'ignore', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return median(times);
}

interface RunFigures {
  cold: number;
  warm: number;
  hits: number;
  files: number;
  bytes: number;
  findings: number;
  threads: number;
  rssStart: number;
  rssPeak: number;
  /** CPU seconds of the cold scan, every thread of the process together. */
  coldCpu: number;
}

/**
 * Child mode: ONE cold scan (empty cache) then one warm rescan (loading the cache file included) of `dir`, printed
 * as a JSON line. Each measured run is a fresh process, so no run inherits another's JIT-compiled code.
 */
async function measureOnce(dir: string): Promise<void> {
  const threads = values.threads ? Number(values.threads) : undefined;
  const key = { version: 'bench', rules: 'bench', config: '' };
  const rssStart = process.memoryUsage().rss;
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-bench-cache-'));
  try {
    const cpuStart = process.cpuUsage();
    const cold = await scanWorkspace({ root: dir, cache: new ScanCache(cacheDir, dir, key).load(), threads, workerPath });
    const cpu = process.cpuUsage(cpuStart);
    const rssPeak = process.resourceUsage().maxRSS * 1024;
    const warmStart = process.hrtime.bigint();
    const warmCache = new ScanCache(cacheDir, dir, key).load();
    await scanWorkspace({ root: dir, cache: warmCache, threads, workerPath });
    const warm = Number(process.hrtime.bigint() - warmStart) / 1e9;
    const figures: RunFigures = {
      cold: cold.durationMs / 1000,
      warm,
      hits: warmCache.hits,
      files: cold.filesScanned,
      bytes: cold.bytesScanned,
      findings: cold.findings.length,
      threads: cold.totals.threads ?? 1,
      rssStart,
      rssPeak,
      coldCpu: (cpu.user + cpu.system) / 1e6,
    };
    console.log(JSON.stringify(figures));
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** `--runs` fresh child processes over `dir`, then ripgrep over the same files; prints medians and ratios. */
function measureDir(dir: string): void {
  const runs: RunFigures[] = [];
  for (let run = 0; run < Math.max(1, Number(values.runs)); run++) {
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', '--dir', dir, ...(values.threads ? ['--threads', values.threads] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const line = child.stdout.split('\n').find((l) => l.startsWith('{'));
    if (child.status !== 0 || !line) {
      console.log(`  run ${run + 1} failed (exit ${child.status})`);
      return;
    }
    runs.push(JSON.parse(line) as RunFigures);
  }
  const first = runs[0];
  const coldTimes = runs.map((r) => r.cold);
  const warmTimes = runs.map((r) => r.warm);
  const coldS = median(coldTimes);
  const warmS = median(warmTimes);
  const list = (xs: number[]): string => xs.map((x) => fmt(x, 2)).join(', ');
  console.log(`  files scanned        ${first.files} (${fmt(mb(first.bytes))} MB), findings ${first.findings}, threads ${first.threads}`);
  console.log(`  cold full scan       ${fmt(coldS, 2)} s, median of ${runs.length} fresh processes (${list(coldTimes)})  →  ${fmt(first.files / coldS, 0)} files/s, ${fmt(mb(first.bytes) / coldS)} MB/s, ${fmt(mb(first.bytes) / coldS / first.threads)} MB/s per thread`);
  const cpuS = median(runs.map((r) => r.coldCpu));
  console.log(`  cold scan CPU time   ${fmt(cpuS, 2)} s, all threads (median)  →  ${fmt(mb(first.bytes) / cpuS)} MB per CPU-second, ${fmt(cpuS / coldS, 2)} cores busy`);
  console.log(`  warm rescan (cache)  ${fmt(warmS, 2)} s, median (${list(warmTimes)}; cache file load included; hits ${first.hits}/${first.files})`);
  const words = vocabularyFile();
  try {
    const rgVocabulary = words ? ripgrepSeconds(dir, ['-F', '-f', words], runs.length) : undefined;
    const rgShort = ripgrepSeconds(dir, RG_KEYWORDS.flatMap((k) => ['-e', k]), runs.length);
    if (rgVocabulary !== undefined) {
      console.log(`  ripgrep, same files  ${fmt(rgVocabulary, 2)} s with the prefilter's vocabulary  →  cold ${fmt(coldS / rgVocabulary, 2)}×, warm ${fmt(warmS / rgVocabulary, 2)}× ripgrep`);
    }
    if (rgShort !== undefined) {
      console.log(`                       ${fmt(rgShort, 2)} s with ${RG_KEYWORDS.length} hand-picked words  →  cold ${fmt(coldS / rgShort, 2)}×, warm ${fmt(warmS / rgShort, 2)}×`);
    } else {
      console.log('  ripgrep              not installed (apt-get install ripgrep) — ratio not measured');
    }
  } finally {
    if (words) {
      fs.rmSync(words, { force: true });
    }
  }
  const peaks = runs.map((r) => r.rssPeak - r.rssStart);
  console.log(`  peak RSS             ${fmt(mb(first.rssPeak), 0)} MB (at start ${fmt(mb(first.rssStart), 0)} MB; extra ${fmt(mb(median(peaks)), 0)} MB median, ${fmt(mb(Math.max(...peaks)), 0)} MB highest)`);
}

async function main(): Promise<void> {
  if (!fs.existsSync(workerPath)) {
    console.error('dist/scanWorker.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  console.log(`AI Law Lens benchmark — node ${process.version}, ${os.cpus().length} CPU(s), ${os.cpus()[0]?.model ?? ''}`);
  if (values.child) {
    await measureOnce(path.resolve(values.dir ?? ''));
    return;
  }
  if (values.dir) {
    const dir = path.resolve(values.dir);
    console.log(`\nScanning ${dir}`);
    measureDir(dir);
    return;
  }
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aill-bench-ws-'));
  try {
    for (const size of values.sizes.split(',').map(Number)) {
      const dir = path.join(base, `synthetic-${size}`);
      const bytes = generateWorkspace(dir, size, 42);
      spawnSync('sync'); // flush the freshly written files first, so write-back I/O does not land inside the timed scans
      console.log(`\nSynthetic workspace: ${size} files, ${fmt(mb(bytes))} MB (seed 42)`);
      measureDir(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
  if (!values['skip-edit']) {
    console.log('');
    printEditLatency(measureEditLatency(200, [500, 2000, 10000]));
  }
  console.log('');
  // The activation bench loads the extension bundle against a stand-in vscode module; it runs under tsx.
  spawnSync(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts', 'bench-activation.ts')], { stdio: 'inherit', cwd: repo });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
