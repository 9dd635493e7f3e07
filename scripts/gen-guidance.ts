// Writes the bundled guidance pages (guidance/en, guidance/zh-cn) and docs/obligations*.md from the catalogue.
// Usage: npx tsx scripts/gen-guidance.ts          (write)
//        npx tsx scripts/gen-guidance.ts --check  (exit 1 if any committed file is stale or an extra page exists)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderAllGuidance } from '../src/core/law/guidance';

const root = path.resolve(__dirname, '..');
const check = process.argv.includes('--check');
const files = renderAllGuidance();

const stale: string[] = [];
for (const [rel, content] of files) {
  const abs = path.join(root, rel);
  const current = fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : undefined;
  if (current === content) {
    continue;
  }
  stale.push(rel);
  if (!check) {
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content, 'utf8');
  }
}

// Pages of obligations that no longer exist would ship stale advice: remove them (or report them).
const orphans: string[] = [];
for (const dir of ['guidance/en', 'guidance/zh-cn']) {
  const absDir = path.join(root, dir);
  for (const name of fs.existsSync(absDir) ? fs.readdirSync(absDir) : []) {
    const rel = `${dir}/${name}`;
    if (name.endsWith('.md') && !files.has(rel)) {
      orphans.push(rel);
      if (!check) {
        fs.unlinkSync(path.join(root, rel));
      }
    }
  }
}

if (check) {
  if (stale.length || orphans.length) {
    for (const rel of stale) {
      console.error(`stale: ${rel}`);
    }
    for (const rel of orphans) {
      console.error(`orphan: ${rel}`);
    }
    console.error('Run: npx tsx scripts/gen-guidance.ts');
    process.exit(1);
  }
  console.log(`${files.size} guidance files up to date.`);
} else {
  console.log(`${files.size} files checked; ${stale.length} written, ${orphans.length} orphan(s) removed.`);
}
