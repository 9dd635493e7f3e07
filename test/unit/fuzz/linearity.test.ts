// Time stays linear: every pathological shape (deep nesting, unterminated constructs, one huge line, long runs) in
// every front end is measured against ORDINARY code of the same size in the same run. A shape passes when it costs
// at most 8× the baseline; a shape above that must prove it is only a constant factor (at most 32×) by not growing
// when the size doubles: a quadratic cost doubles its ratio, a linear one keeps it. CPU time (process.cpuUsage), not
// wall time, so a loaded machine does not fake a failure, and a case over the bound is measured again (best of 3,
// baseline too) before it counts. No absolute time is ever asserted.
import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { count, deepNesting, ordinaryText, pathologicalInputs, printTally } from './inputs';

const SIZE = 24_000;
const BOUND = 8;
const NOW = new Date('2026-06-01T00:00:00Z');

/** One file per front end, plus the manifests that add a second pass over the text. */
const FILES = ['app/user.py', 'web/Form.tsx', 'src/User.kt', 'build.gradle', 'svc/user.go', 'native/user.cpp', 'Models/Member.cs', 'db/schema.sql', 'deploy/app.yaml', 'conf/app.jsonc', 'package.json', 'conf/app.toml', 'conf/app.properties', 'pom.xml', 'web/Form.vue', 'nb/train.ipynb', 'Dockerfile', 'requirements.txt', 'go.mod', 'notes.txt'];
/** The floor of every baseline: ordinary JavaScript, so cheap front ends (plain text, go.mod) are not held to a near-zero cost. */
const REFERENCE = 'web/legacy.js';

function cpuMs(file: string, text: string): number {
  const start = process.cpuUsage();
  scanText(file, text, { now: NOW });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function best(file: string, text: string, times: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    min = Math.min(min, cpuMs(file, text));
  }
  return min;
}

function baseline(file: string, size: number, times: number): number {
  return Math.max(best(file, ordinaryText(file, size), times), best(REFERENCE, ordinaryText(REFERENCE, size), times), 0.5);
}

/** A notebook's cells are lexed as Python: the pathological text also goes INSIDE a code cell. */
function asInput(file: string, text: string): string {
  return file.endsWith('.ipynb') ? JSON.stringify({ cells: [{ cell_type: 'code', source: text.split(/(?<=\n)/), metadata: {}, outputs: [] }], metadata: {}, nbformat: 4 }) : text;
}

interface Verdict {
  ratio: number;
  ms: number;
  baseMs: number;
  /** Ratio at twice the size divided by the ratio at the size; only measured above the bound. */
  growth?: number;
  ok: boolean;
}

const CONSTANT_FACTOR_LIMIT = 32;
const GROWTH_LIMIT = 1.5;

/** `cost(size, times)`: best CPU ms of `times` runs of the input at that size. */
type Cost = (size: number, times: number) => number;

function judge(cost: Cost, base: Cost, size: number, quickBase = base(size, 2)): Verdict {
  const ms = cost(size, 1);
  if (ms <= BOUND * quickBase) {
    return { ratio: ms / quickBase, ms, baseMs: quickBase, ok: true };
  }
  // Over the bound once: could be a GC pause or a busy core. Measure both sides again before judging.
  const again = cost(size, 3);
  const baseMs = base(size, 3);
  const ratio = again / baseMs;
  if (ratio <= BOUND) {
    return { ratio, ms: again, baseMs, ok: true };
  }
  const growth = cost(size * 2, 2) / base(size * 2, 2) / ratio;
  return { ratio, ms: again, baseMs, growth, ok: ratio <= CONSTANT_FACTOR_LIMIT && growth <= GROWTH_LIMIT };
}

function describeVerdict(name: string, v: Verdict): string {
  const growth = v.growth === undefined ? '' : `, ratio ×${v.growth.toFixed(2)} when the size doubles`;
  return `${name}: ${v.ratio.toFixed(1)}× (${v.ms.toFixed(0)} ms vs ${v.baseMs.toFixed(0)} ms${growth})`;
}

describe('fuzz: time stays linear on pathological input (ratio to ordinary code, CPU time)', function () {
  this.timeout(600_000);
  const worst: Array<[string, Verdict & { input: string }]> = [];

  after(() => {
    printTally('linearity', ['linearity: pathological inputs', 'linearity: deep nesting inputs']);
    worst.sort((a, b) => b[1].ratio - a[1].ratio);
    console.log(`      worst ratios to ordinary code of the same size (bound ${BOUND}×):`);
    for (const [file, v] of worst.slice(0, 5)) {
      console.log(`        ${v.ratio.toFixed(2)}×  ${file}: ${v.input} (${v.ms.toFixed(1)} ms vs ${v.baseMs.toFixed(1)} ms)`);
    }
  });

  before(() => {
    // Warm up every front end and the JIT so the first family measured is not penalised.
    for (const file of [...FILES, REFERENCE]) {
      best(file, ordinaryText(file, SIZE), 2);
    }
  });

  for (const file of FILES) {
    it(`${file}: ${pathologicalInputs(SIZE).length} pathological shapes of ${SIZE / 1000}k characters`, () => {
      const base: Cost = (size, times) => baseline(file, size, times);
      const quickBase = base(SIZE, 2);
      const failures: string[] = [];
      for (const { name } of pathologicalInputs(SIZE)) {
        const cost: Cost = (size, times) => best(file, asInput(file, pathologicalInputs(size).find((p) => p.name === name)!.text), times);
        const verdict = judge(cost, base, SIZE, quickBase);
        count('linearity: pathological inputs');
        worst.push([file, { ...verdict, input: name }]);
        if (!verdict.ok) {
          failures.push(describeVerdict(name, verdict));
        }
      }
      assert.deepEqual(failures, [], `${file} is not linear on:\n${failures.join('\n')}`);
    });
  }

  it('10,000-deep nesting in every family: no stack overflow, no internal failure, linear time', () => {
    const failures: string[] = [];
    for (const { file, text } of deepNesting(10_000)) {
      const result = scanText(file, text, { now: NOW });
      count('linearity: deep nesting inputs');
      const internal = result.problems.filter((p) => /failed|Could not fully|stack/i.test(p.message.en));
      if (internal.length > 0) {
        failures.push(`${file}: ${internal.map((p) => p.message.en).join('; ')}`);
        continue;
      }
      // Sizes here are depths: 10,000 levels, then 20,000 for the growth check.
      const input = (depth: number): string => deepNesting(depth).find((d) => d.file === file)!.text;
      const cost: Cost = (depth, times) => best(file, input(depth), times);
      const base: Cost = (depth, times) => baseline(file, input(depth).length, times);
      const verdict = judge(cost, base, 10_000);
      worst.push([file, { ...verdict, input: 'deep nesting' }]);
      if (!verdict.ok) {
        failures.push(describeVerdict(file, verdict));
      }
    }
    assert.deepEqual(failures, []);
  });

  it('can fail: a quadratic routine is caught by the same judge, a linear one with a large constant is not', () => {
    const text = 'x'.repeat(SIZE);
    // Scans to the end of the text from every position, in plain JavaScript: n²/2 steps.
    const quadratic: Cost = (size, times) => {
      let min = Number.POSITIVE_INFINITY;
      for (let t = 0; t < times; t++) {
        const start = process.cpuUsage();
        let sum = 0;
        for (let i = 0; i < size; i++) {
          for (let j = i; j < size; j++) {
            sum += text.charCodeAt(j) & 1;
          }
        }
        const used = process.cpuUsage(start);
        min = Math.min(min, sum < 0 ? 0 : (used.user + used.system) / 1000);
      }
      return min;
    };
    const base: Cost = (size, times) => baseline('app/user.py', size, times);
    const q = judge(quadratic, base, SIZE / 2);
    assert.equal(q.ok, false, `a quadratic routine passed: ${describeVerdict('quadratic', q)}`);
    // The judge's rule on exact costs: a linear cost 20× the baseline passes, a quadratic one of the same size fails.
    const unit: Cost = (size) => size / 1000;
    const linear20 = judge((size) => (20 * size) / 1000, unit, SIZE);
    assert.equal(linear20.ok, true, describeVerdict('linear', linear20));
    assert.equal(linear20.growth, 1);
    const quadratic20 = judge((size) => (20 * size * size) / (1000 * SIZE), unit, SIZE);
    assert.equal(quadratic20.ok, false, describeVerdict('quadratic', quadratic20));
    assert.equal(judge((size) => (40 * size) / 1000, unit, SIZE).ok, false, 'over 32× fails even when linear');
  });
});
