// Per-edit re-analysis benchmark for the editor: after each simulated keystroke, the time to re-analyse the whole
// document and map its findings to diagnostics (analyseText + presentFinding, exactly what one debounced edit runs).
// Prints p50/p95/p99 for 500-, 2,000- and 10,000-line Python and TypeScript files. Target: p95 ≤ 5 ms at 2,000 lines.
// Usage: npx tsx scripts/bench-edit.ts [--runs N] [--lines 500,2000,10000] [--json]
import { measureEditLatency, printEditLatency } from './bench/editLatency';

function args(): { runs: number; sizes: number[]; json: boolean } {
  const argv = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return {
    runs: Number(value('--runs') ?? 200),
    sizes: (value('--lines') ?? '500,2000,10000').split(',').map(Number),
    json: argv.includes('--json'),
  };
}

function main(): void {
  const { runs, sizes, json } = args();
  const report = measureEditLatency(runs, sizes);
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  printEditLatency(report);
}

main();
