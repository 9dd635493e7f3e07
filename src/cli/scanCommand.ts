// `ai-law-lens scan`: options → project config → workspace scan → report → exit code.
// Exit codes: 0 clean or below --fail-on, 1 findings at or above it, 2 usage or config error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { formatConfigProblem, loadProjectConfig } from '../core/config';
import { listRules } from '../core/engine';
import type { Lang } from '../core/model';
import {
  FAIL_ON_VALUES,
  REPORT_FORMATS,
  findingsAtOrAbove,
  summaryLines,
  writeReport,
  type CiteFn,
  type FailOn,
  type ReportFormat,
  type ReportInput,
} from '../core/report';
import { toPosix } from '../core/workspace/paths';
import { scanWorkspace } from '../core/workspace';
import { scanHelp } from './help';
import { defaultLang, UsageError, type CliIo } from './io';
import { renderObligationSummary } from './obligationSummary';
import { ProgressBar } from './progress';
import { TOOL } from './toolInfo';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface ScanCliOptions {
  paths: string[];
  format: ReportFormat;
  output?: string;
  failOn: FailOn;
  config?: string;
  root?: string;
  lang: Lang;
  checklist: boolean;
  maxFileSize?: number;
  gitignore: boolean;
  color: boolean;
  quiet: boolean;
  help: boolean;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) {
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

export function parseScanArgs(argv: string[], env: CliIo['env']): ScanCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        root: { type: 'string' },
        lang: { type: 'string' },
        checklist: { type: 'boolean' },
        'max-file-size': { type: 'string' },
        'no-gitignore': { type: 'boolean' },
        'no-color': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  let maxFileSize: number | undefined;
  if (v['max-file-size'] !== undefined) {
    maxFileSize = Number(v['max-file-size']);
    if (!Number.isInteger(maxFileSize) || maxFileSize < 1) {
      throw new UsageError(`--max-file-size must be a positive whole number of bytes (got "${v['max-file-size']}")`);
    }
  }
  return {
    paths: parsed.positionals,
    format: oneOf(v.format, REPORT_FORMATS, 'format', 'text'),
    output: v.output,
    failOn: oneOf(v['fail-on'], FAIL_ON_VALUES, 'fail-on', 'error'),
    config: v.config,
    root: v.root,
    lang: oneOf(v.lang, ['zh', 'en'] as const, 'lang', defaultLang(env)),
    checklist: v.checklist ?? false,
    maxFileSize,
    gitignore: !v['no-gitignore'],
    color: !v['no-color'] && !env.NO_COLOR,
    quiet: v.quiet ?? false,
    help: v.help ?? false,
  };
}

/** One directory ⇒ it is the project root. Otherwise the root is --root or the cwd and the paths restrict the scan. */
export function resolveRoot(options: Pick<ScanCliOptions, 'paths' | 'root'>, cwd: string): { root: string; paths?: string[] } {
  const absolute = options.paths.map((p) => path.resolve(cwd, p));
  for (const [i, p] of absolute.entries()) {
    if (!fs.existsSync(p)) {
      throw new UsageError(`No such file or directory: ${options.paths[i]}`);
    }
  }
  if (options.root !== undefined) {
    const root = path.resolve(cwd, options.root);
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
      throw new UsageError(`--root is not a directory: ${options.root}`);
    }
    return { root, paths: absolute.length > 0 ? absolute : undefined };
  }
  if (absolute.length === 0) {
    return { root: cwd };
  }
  if (absolute.length === 1 && fs.statSync(absolute[0]).isDirectory()) {
    return { root: absolute[0] };
  }
  return { root: cwd, paths: absolute };
}

/** Obligation citations from the catalogue, when it provides them. */
function catalogueCite(): CiteFn | undefined {
  return undefined;
}

export async function runScanCommand(argv: string[], io: CliIo): Promise<number> {
  const options = parseScanArgs(argv, io.env);
  const lang = options.lang;
  if (options.help) {
    io.stdout.write(scanHelp(lang));
    return EXIT_OK;
  }
  const { root, paths } = resolveRoot(options, io.cwd);

  const knownRuleIds = listRules().map((r) => r.id);
  const loaded = loadProjectConfig(root, options.config === undefined ? undefined : path.resolve(io.cwd, options.config), { knownRuleIds });
  for (const problem of loaded.problems) {
    io.stderr.write(`${formatConfigProblem(problem, lang)}\n`);
  }
  if (loaded.fatal) {
    io.stderr.write(lang === 'zh' ? '配置无效，扫描未进行（退出码 2）。\n' : 'Invalid configuration; nothing was scanned (exit code 2).\n');
    return EXIT_USAGE;
  }

  const progress = new ProgressBar(io.stderr, !options.quiet);
  const result = await scanWorkspace({
    root,
    paths,
    config: loaded.config,
    signal: io.signal,
    maxFileSize: options.maxFileSize,
    useGitignore: options.gitignore,
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.clear();
  result.problems.unshift(...loaded.problems);

  const input: ReportInput = { result, rules: listRules(), lang, tool: TOOL, cite: catalogueCite() };
  const toFile = options.output !== undefined;
  const displayPath = (file: string) => toPosix(path.relative(io.cwd, path.join(root, file))) || '.';
  let report = writeReport(options.format, input, {
    displayPath,
    color: options.color && !toFile && io.stdout.isTTY === true,
  });
  const checklist = options.checklist ? renderObligationSummary(result.findings, lang, input.cite) : '';
  // Machine formats stay parseable: the checklist then goes to stderr.
  const checklistInReport = options.format === 'text' || options.format === 'markdown';
  if (checklist && checklistInReport) {
    report += `\n${checklist}`;
  }
  if (toFile) {
    const target = path.resolve(io.cwd, options.output ?? '');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, report);
  } else {
    io.stdout.write(report);
  }
  if (checklist && !checklistInReport) {
    io.stderr.write(checklist);
  }
  if (!options.quiet && (toFile || options.format !== 'text')) {
    for (const line of summaryLines(input)) {
      io.stderr.write(`${line}\n`);
    }
    if (toFile) {
      io.stderr.write(lang === 'zh' ? `报告已写入 ${options.output}\n` : `Report written to ${options.output}\n`);
    }
  }
  if (result.cancelled) {
    return 130;
  }
  return findingsAtOrAbove(result.findings, options.failOn).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
