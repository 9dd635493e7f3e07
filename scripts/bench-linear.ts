// Linearity benchmark (not a test): scans the same realistic mix of files at 1×, 4× and 16× size and prints MB/s.
// Linear scanning shows roughly constant MB/s across the three sizes.
// Usage (repo root): npx tsx scripts/bench-linear.ts [--repeat N]
//   faster, without the tsx loader: npx esbuild scripts/bench-linear.ts --bundle --platform=node --outfile=/tmp/bench-linear.js && node /tmp/bench-linear.js
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText } from '../src/core/engine';

// Run from the repository root (also works when bundled elsewhere).
const CORPUS = [path.resolve(__dirname, '..', 'test', 'fixtures', 'corpus'), path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'corpus'), path.resolve('test', 'fixtures', 'corpus')].find((p) => fs.existsSync(p))!;
const repeatArg = process.argv.indexOf('--repeat');
const REPEAT = repeatArg > 0 ? Number(process.argv[repeatArg + 1]) : 5;

function corpusFiles(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(full);
      } else if (!entry.name.endsWith('.expect') && !entry.name.endsWith('.ipynb') && !entry.name.endsWith('.json')) {
        out.push({ name: path.relative(CORPUS, full), text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  visit(CORPUS);
  return out;
}

/** Grows a file by repeating its body; structured formats that cannot be concatenated stay as one copy per "file". */
function grow(text: string, factor: number): string {
  return Array.from({ length: factor }, () => text).join('\n');
}

function measure(files: Array<{ name: string; text: string }>, factor: number): { mb: number; ms: number } {
  const inputs = files.map((f) => ({ name: f.name, text: grow(f.text, factor) }));
  const bytes = inputs.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  for (const f of inputs) {
    scanText(f.name, f.text); // warm-up
  }
  let best = Infinity;
  for (let r = 0; r < REPEAT; r++) {
    const start = process.hrtime.bigint();
    for (const f of inputs) {
      scanText(f.name, f.text);
    }
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { mb: bytes / 1e6, ms: best };
}

function main(): void {
  const files = corpusFiles();
  console.log(`files: ${files.length} from test/fixtures/corpus (best of ${REPEAT} runs, single thread)`);
  console.log('| size | MB | ms | MB/s |');
  console.log('|---|---|---|---|');
  for (const factor of [1, 4, 16]) {
    const { mb, ms } = measure(files, factor);
    console.log(`| ${factor}× | ${mb.toFixed(2)} | ${ms.toFixed(1)} | ${(mb / (ms / 1000)).toFixed(1)} |`);
  }
}

main();
