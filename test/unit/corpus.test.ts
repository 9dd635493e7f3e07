// Precision and recall per category on the labelled fixture corpus (test/fixtures/corpus).
// Labels: a marker on the line, `expect: <category>[, <category>]`, or a file-level `expect-none`;
// formats without comments (JSON) use a sidecar `<file>.expect` with lines `<1-based line>: <categories>` or `none`.
// A match is the same file, line and category. Suppressed findings do not count as predictions.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText } from '../../src/core/engine';
import { CATEGORIES, isCategory, type Category } from '../../src/core/model';
import { REPO_ROOT } from './repoRoot';

/** The repository root, whether this runs from sources (tsx) or compiled into out/. */
const ROOT = path.join(REPO_ROOT, 'test', 'fixtures', 'corpus');
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;
const MARKER = /expect:\s*([a-z-]+(?:\s*,\s*[a-z-]+)*)/;

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full, out);
    } else if (!entry.name.endsWith('.expect')) {
      out.push(full);
    }
  }
}

function expectedLabels(file: string, text: string): Set<string> {
  const labels = new Set<string>();
  const add = (line: number, cats: string): void => {
    for (const cat of cats.split(',').map((c) => c.trim())) {
      assert.ok(isCategory(cat), `${file}:${line + 1}: unknown category in marker: ${cat}`);
      labels.add(`${line}:${cat}`);
    }
  };
  const sidecar = `${file}.expect`;
  if (fs.existsSync(sidecar)) {
    for (const raw of fs.readFileSync(sidecar, 'utf8').split('\n')) {
      const m = /^(\d+):\s*(.+)$/.exec(raw.trim());
      if (m) {
        add(Number(m[1]) - 1, m[2]);
      }
    }
    return labels;
  }
  text.split(/\r?\n/).forEach((line, index) => {
    const m = MARKER.exec(line);
    if (m) {
      add(index, m[1]);
    }
  });
  return labels;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

describe('fixture corpus: precision and recall per category', function () {
  this.timeout(120000);
  const files: string[] = [];
  walk(ROOT, files);
  const tallies = new Map<Category, Tally>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: string[] = [];

  before(() => {
    for (const full of files) {
      const rel = path.relative(ROOT, full).split(path.sep).join('/');
      const text = fs.readFileSync(full, 'utf8');
      const expected = expectedLabels(full, text);
      const result = scanText(rel, text, { now: new Date('2026-11-27T00:00:00Z') });
      const predicted = new Map<string, string>();
      for (const f of result.findings) {
        if (!f.suppression) {
          predicted.set(`${f.span.start.line}:${f.category}`, `${f.ruleId} ${f.token}`);
        }
      }
      for (const [key, what] of predicted) {
        const cat = key.slice(key.indexOf(':') + 1) as Category;
        if (expected.has(key)) {
          tallies.get(cat)!.tp++;
        } else {
          tallies.get(cat)!.fp++;
          mistakes.push(`FP ${rel}:${Number(key.split(':')[0]) + 1} ${cat} (${what})`);
        }
      }
      for (const key of expected) {
        if (!predicted.has(key)) {
          const cat = key.slice(key.indexOf(':') + 1) as Category;
          tallies.get(cat)!.fn++;
          mistakes.push(`FN ${rel}:${Number(key.split(':')[0]) + 1} ${cat}`);
        }
      }
    }
    const rows = CATEGORIES.map((c) => {
      const t = tallies.get(c)!;
      const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
      const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
      return `| ${c.padEnd(18)} | ${String(t.tp).padStart(3)} | ${String(t.fp).padStart(3)} | ${String(t.fn).padStart(3)} | ${precision.toFixed(3)} | ${recall.toFixed(3)} |`;
    });
    console.log(`\n  corpus: ${files.length} files\n  | category           |  TP |  FP |  FN | precision | recall |\n  |---|---|---|---|---|---|\n  ${rows.join('\n  ')}`);
    if (mistakes.length > 0) {
      console.log(`  ${mistakes.join('\n  ')}`);
    }
  });

  it('is large and varied: at least 60 files and every category labelled at least 3 times', () => {
    assert.ok(files.length >= 60, `only ${files.length} corpus files`);
    for (const c of CATEGORIES) {
      const t = tallies.get(c)!;
      assert.ok(t.tp + t.fn >= 3, `category ${c} has only ${t.tp + t.fn} expected findings`);
    }
  });

  for (const category of CATEGORIES) {
    it(`${category}: precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}`, () => {
      const t = tallies.get(category)!;
      const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
      const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
      assert.ok(precision >= MIN_PRECISION, `${category} precision ${precision.toFixed(3)} (TP ${t.tp}, FP ${t.fp})`);
      assert.ok(recall >= MIN_RECALL, `${category} recall ${recall.toFixed(3)} (TP ${t.tp}, FN ${t.fn})`);
    });
  }
});
