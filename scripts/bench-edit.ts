// Per-edit re-analysis benchmark for the editor: after each simulated keystroke, the time to re-analyse the whole
// document and map its findings to diagnostics (analyseText + presentFinding, exactly what one debounced edit runs).
// Prints p50/p95/p99 for 500-, 2,000- and 10,000-line Python and TypeScript files. Target: p95 ≤ 5 ms at 2,000 lines.
// Usage: npx tsx scripts/bench-edit.ts [--runs N] [--lines 500,2000,10000] [--json]
import { performance } from 'node:perf_hooks';
import { CATEGORIES, DEFAULT_CONFIG } from '../src/core/model';
import type { Category } from '../src/core/model';
import { analyseText } from '../src/host/diagnostics/fileAnalysis';
import { presentFinding } from '../src/host/diagnostics/present';
import { createLawPort } from '../src/host/law/coreLaw';

/** mulberry32: a seeded generator, so every run measures the same documents. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Blocks of realistic code: mostly ordinary logic, some personal data, logging, recommendation and AI calls. */
const PY_BLOCKS = [
  (i: number) => `def order_total_${i}(items, discount=0.0):\n    """Sum the item prices and apply a discount."""\n    subtotal = sum(item.price * item.quantity for item in items)\n    return round(subtotal * (1 - discount), 2)\n`,
  (i: number) => `def shipping_fee_${i}(weight_kg, distance_km):\n    base = 8.0\n    if weight_kg > 5:\n        base += (weight_kg - 5) * 1.5\n    return base + distance_km * 0.02\n`,
  (i: number) => `@dataclass\nclass Customer${i}:\n    customer_id: int\n    name: str\n    phone: str  # 手机号\n    id_card: str  # 身份证号\n    address: str\n`,
  (i: number) => `def notify_${i}(customer):\n    logger.info("notify customer %s", customer.phone)\n    return send_sms(customer.customer_id, "order shipped")\n`,
  (i: number) => `def rank_feed_${i}(user_id, candidates):\n    tags = load_user_tags(user_id)\n    scores = [ctr_model.predict(tags, c) for c in candidates]\n    return [c for _, c in sorted(zip(scores, candidates), reverse=True)]\n`,
  (i: number) => `def summarise_${i}(text):\n    client = OpenAI()\n    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])\n`,
];

const TS_BLOCKS = [
  (i: number) => `export function orderTotal${i}(items: Item[], discount = 0): number {\n  const subtotal = items.reduce((sum, item) => sum + item.price * item.quantity, 0);\n  return Math.round(subtotal * (1 - discount) * 100) / 100;\n}\n`,
  (i: number) => `export interface Member${i} {\n  memberId: number;\n  realName: string;\n  mobile: string;\n  idCardNo: string; // 身份证号\n}\n`,
  (i: number) => `export async function track${i}(user: Member, event: string): Promise<void> {\n  console.log('event', event, user.mobile);\n  await analytics.track({ userId: user.memberId, event });\n}\n`,
  (i: number) => `export function paginate${i}<T>(rows: T[], page: number, size = 20): T[] {\n  const start = Math.max(0, (page - 1) * size);\n  return rows.slice(start, start + size);\n}\n`,
];

function generate(blocks: Array<(i: number) => string>, header: string, lines: number, seed: number): string {
  const r = rng(seed);
  const out: string[] = header.split('\n');
  let i = 0;
  while (out.length < lines) {
    // Two thirds ordinary code, as in real repositories.
    const block = r() < 0.66 ? blocks[i % 2 === 0 ? 0 : blocks.length > 4 ? 1 : 3] : blocks[Math.floor(r() * blocks.length)];
    out.push(...block(i++).split('\n'));
  }
  return out.slice(0, lines).join('\n');
}

const WARM_UP = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

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

/**
 * Milliseconds for a fixed character loop over 1 MB of text: a gauge of how fast this machine runs right now. On a
 * shared VM it moves by 2× within minutes, and every figure below moves with it.
 */
function machineGauge(): number {
  const text = 'const id_card = user.phone; // 身份证号\n'.repeat(25_000);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    let words = 0;
    for (let i = 0, inWord = false; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    best = Math.min(best, performance.now() - t0 + (words < 0 ? 1 : 0));
  }
  return best;
}

function main(): void {
  const { runs, sizes, json } = args();
  const gauge = machineGauge();
  const law = createLawPort();
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;
  const settings = { severity: {}, categories, frameworks: { inForce: true, drafts: true, aiLawProposal: true } };
  const config = { ...DEFAULT_CONFIG, maxFileSize: 64 * 1024 * 1024 };
  const rows: Array<Record<string, string | number>> = [];
  for (const [language, blocks, header, file] of [
    ['python', PY_BLOCKS, 'import logging\nfrom dataclasses import dataclass\nfrom openai import OpenAI\nlogger = logging.getLogger(__name__)\n', 'app/service.py'],
    ['typescript', TS_BLOCKS, "import { analytics } from './analytics';\n", 'src/service.ts'],
  ] as const) {
    for (const lines of sizes) {
      const base = generate([...blocks], header, lines, lines);
      const docLines = base.split('\n');
      const iterations = lines >= 10000 ? Math.max(20, Math.floor(runs / 4)) : runs;
      const samples: number[] = [];
      let findings = 0;
      // Warm-up: the first analyses pay for JIT tiers and lazily built tables, which the editor pays in the first
      // seconds of a session; what is measured is the steady state while typing. 30 analyses reach it for these sizes.
      for (let w = 0; w < WARM_UP; w++) {
        analyseText(file, base, config, language);
      }
      for (let k = 0; k < iterations; k++) {
        // One keystroke somewhere in the file: append a character to a line, as typing does.
        const at = (k * 7919) % docLines.length;
        const edited = docLines.slice();
        edited[at] = `${edited[at]}${k % 2 === 0 ? ' ' : ''}`;
        const text = edited.join('\n');
        const t0 = performance.now();
        const result = analyseText(file, text, config, language);
        let shown = 0;
        for (const f of result.findings) {
          if (presentFinding(f, { lang: 'zh', law, settings })) {
            shown++;
          }
        }
        samples.push(performance.now() - t0);
        findings = shown;
      }
      samples.sort((a, b) => a - b);
      rows.push({
        language,
        lines,
        kib: Math.round(Buffer.byteLength(base) / 1024),
        findings,
        runs: iterations,
        p50: Number(percentile(samples, 50).toFixed(2)),
        p95: Number(percentile(samples, 95).toFixed(2)),
        p99: Number(percentile(samples, 99).toFixed(2)),
      });
    }
  }
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log(`Machine gauge: ${gauge.toFixed(2)} ms for a fixed 1 MB character loop (lower is faster; compare runs by it)`);
  console.log('Per-edit re-analysis (analyseText + presentFinding), milliseconds');
  console.log('language    lines    KiB  findings  runs     p50     p95     p99');
  for (const r of rows) {
    console.log(
      `${String(r.language).padEnd(10)} ${String(r.lines).padStart(6)} ${String(r.kib).padStart(6)} ${String(r.findings).padStart(9)} ${String(r.runs).padStart(5)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(7)} ${String(r.p99).padStart(7)}`,
    );
  }
  const target = rows.filter((r) => r.lines === 2000);
  if (target.length > 0) {
    const worst = Math.max(...target.map((r) => Number(r.p95)));
    console.log(`target p95 ≤ 5 ms at 2,000 lines: ${worst <= 5 ? 'met' : 'NOT met'} (worst p95 ${worst} ms)`);
  }
}

main();
