// CLI entry point: dispatches subcommands. PLACEHOLDER scan until the CLI issue lands.
import * as path from 'node:path';
import { scanWorkspace } from '../core/workspace/scan';
import { runChecklistCommand } from './checklistCommand';
import { runObligationsCommand } from './obligationsCommand';

async function runScan(argv: string[]): Promise<number> {
  const root = path.resolve(argv.find((a) => !a.startsWith('-')) ?? '.');
  const result = await scanWorkspace({ root });
  for (const f of result.findings) {
    console.log(`${path.join(root, f.file)}:${f.span.start.line + 1}:${f.span.start.character + 1}: ${f.severity} ${f.ruleId} ${f.message.en}`);
  }
  console.log(`${result.findings.length} finding(s) in ${result.filesScanned} file(s).`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return runScan(rest);
    case 'obligations':
      return runObligationsCommand(rest);
    case 'checklist':
      return runChecklistCommand(rest);
    default:
      console.error('usage: ai-law-lens <scan|obligations|checklist> [options]');
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
