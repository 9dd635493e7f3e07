// Every regex of the engine passes a catastrophic-backtracking check (recheck, pure-JS backend), and the exported list
// really is complete: each regex literal found in the engine's sources must be in it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSync } from 'recheck';
import { ALL_PATTERNS as DETECT_PATTERNS } from '../../../src/core/detect/patterns';
import { PREFILTER_PATTERNS } from '../../../src/core/perf/prefilter';
import { REPO_ROOT } from '../repoRoot';

// The prefilter builds its automaton from the detector tables, so its own few regexes are listed beside them here.
const ALL_PATTERNS: readonly RegExp[] = [...DETECT_PATTERNS, ...PREFILTER_PATTERNS];

// recheck reads the backend at call time; the pure-JS backend needs no Java or native binary.
process.env.RECHECK_BACKEND = process.env.RECHECK_BACKEND ?? 'pure';

/** The repository root, whether this runs from sources (tsx) or compiled into out/. */
const ROOT = REPO_ROOT;
const SOURCES = ['src/core/engine', 'src/core/detect', 'src/core/rules', 'src/core/suppress', 'src/core/mask.ts', 'src/core/fingerprint.ts', 'src/core/perf/prefilter.ts'];
/** A regex literal: after `(`, `,`, `=`, `:`, `[`, `!`, `&`, `|`, `?`, `{`, `;` or `return`. */
const LITERAL = /(?:[(,=:[!&|?{;]|return)\s*\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuy]*)/g;

function sourceFiles(): string[] {
  const out: string[] = [];
  const visit = (p: string): void => {
    const full = path.join(ROOT, p);
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full)) {
        visit(path.join(p, name));
      }
    } else if (p.endsWith('.ts')) {
      out.push(full);
    }
  };
  SOURCES.forEach(visit);
  return out;
}

describe('ReDoS check of every engine regex (recheck)', function () {
  this.timeout(900000);

  it('the exported list covers every regex literal in the engine sources', () => {
    const exported = new Set(ALL_PATTERNS.map((r) => `${r.source}/${r.flags}`));
    const missing: string[] = [];
    for (const file of sourceFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      for (const line of text.split('\n')) {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) {
          continue;
        }
        LITERAL.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = LITERAL.exec(line)) !== null) {
          let re: RegExp;
          try {
            re = new RegExp(m[1], m[2]);
          } catch {
            continue; // not a regex (e.g. a division), nothing to check
          }
          if (!exported.has(`${re.source}/${re.flags}`)) {
            missing.push(`${path.relative(ROOT, file)}: /${m[1]}/${m[2]}`);
          }
        }
      }
    }
    assert.deepEqual(missing, [], `regex literals missing from ALL_PATTERNS:\n${missing.join('\n')}`);
  });

  it('has no pattern with exponential or polynomial backtracking', () => {
    const unsafe: string[] = [];
    const seen = new Set<string>();
    for (const re of ALL_PATTERNS) {
      const key = `${re.source}/${re.flags}`;
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
      const result = checkSync(re.source, re.flags, { timeout: 10000 });
      if (result.status !== 'safe') {
        unsafe.push(`/${re.source}/${re.flags}: ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type})` : ''}`);
      }
    }
    assert.ok(seen.size >= 40, `only ${seen.size} patterns collected`);
    assert.deepEqual(unsafe, []);
  });
});
