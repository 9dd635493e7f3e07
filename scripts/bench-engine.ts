// Single-thread engine throughput (scanText on in-memory files), for profiling the front ends and detectors:
//   npx tsx scripts/bench-engine.ts [--files 2000] [--rounds 3] [--no-prefilter]
//   node --cpu-prof --import tsx scripts/bench-engine.ts     (then open the .cpuprofile in DevTools)
// Prints figures; asserts nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { scanText } from '../src/core/engine';
import { synthFiles } from './bench/synth';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    corpus: { type: 'boolean', default: false },
    'no-prefilter': { type: 'boolean', default: false },
  },
});

function corpusFiles(): Array<{ path: string; text: string }> {
  const root = path.resolve(process.cwd(), 'test/fixtures/corpus');
  const out: Array<{ path: string; text: string }> = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else {
        out.push({ path: path.relative(root, full), text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return out;
}

const files = values.corpus ? corpusFiles() : synthFiles(Number(values.files), 42);
const bytes = files.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
const prefilter = !values['no-prefilter'];
let findings = 0;
for (let round = 0; round < Number(values.rounds); round++) {
  findings = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const f of files) {
    findings += scanText(f.path, f.text, { prefilter }).findings.length;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  // CPU seconds of this thread's process: on a shared, loaded machine this is the fairer per-core figure.
  const cpu = process.cpuUsage(c0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const mb = bytes / 1048576;
  console.log(`round ${round + 1}: ${files.length} files, ${mb.toFixed(2)} MB in ${s.toFixed(2)} s wall (${(mb / s).toFixed(1)} MB/s), ${cpuS.toFixed(2)} s CPU (${(mb / cpuS).toFixed(1)} MB/s per core), ${findings} findings`);
}
