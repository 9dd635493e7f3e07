// CLI entry point. PLACEHOLDER until the CLI issue lands: scans a directory and prints text findings.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText } from '../core/engine';

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.git')) {
      continue;
    }
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full, out);
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
}

function main(argv: string[]): number {
  const [command, target = '.'] = argv;
  if (command !== 'scan') {
    console.error('usage: ai-law-lens scan [dir]');
    return 2;
  }
  const files: string[] = [];
  walk(target, files);
  let count = 0;
  for (const file of files) {
    const rel = path.relative(target, file).split(path.sep).join('/');
    const result = scanText(rel, fs.readFileSync(file, 'utf8'));
    for (const f of result.findings) {
      count++;
      console.log(`${path.join(target, rel)}:${f.span.start.line + 1}:${f.span.start.character + 1}: ${f.severity} ${f.ruleId} ${f.message.en}`);
    }
  }
  console.log(`${count} finding(s) in ${files.length} file(s).`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
