// CLI entry point (bundled to dist/cli.js, bin `ai-law-lens`): dispatches subcommands and maps errors to exit codes.
import { runBaselineCommand } from './baselineCommand';
import { runChecklistCommand } from './checklistCommand';
import { mainHelp } from './help';
import { defaultLang, processIo, UsageError, type CliIo } from './io';
import { runObligationsCommand } from './obligationsCommand';
import { EXIT_USAGE, runScanCommand } from './scanCommand';
import { TOOL } from './toolInfo';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const lang = defaultLang(io.env);
  try {
    switch (command) {
      case 'scan':
        return await runScanCommand(rest, io);
      case 'baseline':
        return await runBaselineCommand(rest, io);
      case 'obligations':
        return await runObligationsCommand(rest);
      case 'checklist':
        return await runChecklistCommand(rest, io);
      case '--version':
      case '-v':
      case 'version':
        io.stdout.write(`${TOOL.version}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(mainHelp(rest.includes('--lang=zh') || (rest[0] === '--lang' && rest[1] === 'zh') ? 'zh' : lang));
        return 0;
      case undefined:
        io.stderr.write(mainHelp(lang));
        return EXIT_USAGE;
      default:
        throw new UsageError(`Unknown command "${command}"`, 'Run "ai-law-lens --help" for the commands.');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`ai-law-lens: ${error.message}\n${error.hint ?? `Run "ai-law-lens ${command ?? ''} --help" for usage.`}\n`);
      return EXIT_USAGE;
    }
    // Unexpected: a short message, never a stack trace full of paths, and never a PI value (none reaches here).
    io.stderr.write(`ai-law-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

function start(): void {
  const controller = new AbortController();
  // First Ctrl-C stops the scan and still prints what was found; a second one exits at once.
  process.once('SIGINT', () => {
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  runCli(process.argv.slice(2), processIo(controller.signal)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_USAGE;
    },
  );
}

if (require.main === module) {
  start();
}
