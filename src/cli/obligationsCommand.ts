// `ai-law-lens obligations --format json|markdown [--lang zh|en] [--output FILE]`: dumps the catalogue.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../core/model';
import { catalogueJson, catalogueMarkdown } from '../core/law';

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

let pipeGuarded = false;

/** `ai-law-lens obligations | head` closes the pipe early: that is a normal end, not a crash. */
function guardClosedPipe(): void {
  if (pipeGuarded) {
    return;
  }
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exit(0);
    }
    throw error;
  });
}

const processIo: CommandIo = {
  stdout: (text) => {
    guardClosedPipe();
    process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
};

const USAGE = `usage: ai-law-lens obligations [--format json|markdown] [--lang zh|en] [--output FILE]

Prints the obligations catalogue: every instrument and obligation the product can cite.
  --format json|markdown  output format (default: json)
  --lang zh|en            language of the Markdown table (default: en; JSON always holds both)
  --output FILE           write to FILE instead of standard output
`;

interface Options {
  format: 'json' | 'markdown';
  lang: Lang;
  output?: string;
}

type Parsed = { ok: true; options: Options } | { ok: false; message: string } | { ok: 'help' };

const LANGS: Record<string, Lang> = { zh: 'zh', 'zh-cn': 'zh', en: 'en' };

function parseArgs(argv: readonly string[]): Parsed {
  const options: Options = { format: 'json', lang: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      return { ok: 'help' };
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | undefined => (eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '--format': {
        const value = takeValue();
        if (value !== 'json' && value !== 'markdown') {
          return {
            ok: false,
            message: `obligations: unknown format ${JSON.stringify(value ?? '')}; use --format json or --format markdown`,
          };
        }
        options.format = value;
        break;
      }
      case '--lang': {
        const value = takeValue();
        const lang = value === undefined ? undefined : LANGS[value.toLowerCase()];
        if (!lang) {
          return { ok: false, message: `obligations: unknown language ${JSON.stringify(value ?? '')}; use --lang zh or --lang en` };
        }
        options.lang = lang;
        break;
      }
      case '--output': {
        const value = takeValue();
        if (!value) {
          return { ok: false, message: 'obligations: --output needs a file name' };
        }
        options.output = value;
        break;
      }
      default:
        return { ok: false, message: `obligations: unknown argument ${JSON.stringify(arg)}` };
    }
  }
  return { ok: true, options };
}

export function renderObligations(options: Pick<Options, 'format' | 'lang'>): string {
  return options.format === 'json' ? `${JSON.stringify(catalogueJson(), null, 2)}\n` : catalogueMarkdown(options.lang);
}

/** Exit codes: 0 done, 2 usage or output error. */
export function runObligationsCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.ok === 'help') {
    io.stdout(USAGE);
    return Promise.resolve(0);
  }
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n\n${USAGE}`);
    return Promise.resolve(2);
  }
  const text = renderObligations(parsed.options);
  if (!parsed.options.output) {
    io.stdout(text);
    return Promise.resolve(0);
  }
  const file = path.resolve(parsed.options.output);
  try {
    fs.writeFileSync(file, text, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    io.stderr(`obligations: cannot write ${file} (${reason})\n`);
    return Promise.resolve(2);
  }
  io.stderr(`obligations: wrote ${file}\n`);
  return Promise.resolve(0);
}
