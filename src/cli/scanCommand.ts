// `ai-law-lens scan`: options → project config → workspace scan → report → exit code.
// Exit codes: 0 clean or below --fail-on, 1 findings at or above it, 2 usage or config error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { formatConfigProblem, loadProjectConfig } from '../core/config';
import { listRules } from '../core/engine';
import { loadChecklist, renderChecklistMarkdown, renderChecklistText } from '../core/checklist';
import type { Finding, Lang } from '../core/model';
import {
  FAIL_ON_VALUES,
  REPORT_FORMATS,
  findingsAtOrAbove,
  summaryLines,
  writeReport,
  catalogueCite,
  type FailOn,
  type ReportFormat,
  type ReportInput,
} from '../core/report';
import { toPosix } from '../core/workspace/paths';
import { buildStamp, openScanCache } from '../core/perf/cache';
import { scanWorkspace } from '../core/workspace';
import { scanHelp } from './help';
import { defaultLang, oneOf, UsageError, type CliIo } from './io';
import { renderObligationSummary } from './obligationSummary';
import { ProgressBar } from './progress';
import {
  applyGating,
  decorateJsonReport,
  decorateSarifReport,
  describeGating,
  findingsForHumanReport,
  gatingErrorMessage,
  gitlabSastReport,
  scopeOfPaths,
  type GatingResult,
} from './scanGating';
import { TOOL } from './toolInfo';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Report formats of the CLI: the core writers plus GitLab's SAST report. */
export type CliFormat = ReportFormat | 'gitlab-sast';
const CLI_FORMATS: readonly CliFormat[] = [...REPORT_FORMATS, 'gitlab-sast'];

export interface ScanCliOptions {
  paths: string[];
  format: CliFormat;
  /** Baseline file: only new findings fail the build. */
  baseline?: string;
  /** Git ref: report only findings on lines changed since it. */
  diffBase?: string;
  output?: string;
  failOn: FailOn;
  config?: string;
  root?: string;
  lang: Lang;
  checklist: boolean;
  maxFileSize?: number;
  gitignore: boolean;
  /** Cache folder (--cache-dir); undefined = the user cache dir. */
  cacheDir?: string;
  cache: boolean;
  color: boolean;
  quiet: boolean;
  help: boolean;
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
        baseline: { type: 'string' },
        'diff-base': { type: 'string' },
        root: { type: 'string' },
        lang: { type: 'string' },
        checklist: { type: 'boolean' },
        'max-file-size': { type: 'string' },
        'no-gitignore': { type: 'boolean' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
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
    format: oneOf(v.format, CLI_FORMATS, 'format', 'text'),
    baseline: v.baseline,
    diffBase: v['diff-base'],
    output: v.output,
    failOn: oneOf(v['fail-on'], FAIL_ON_VALUES, 'fail-on', 'error'),
    config: v.config,
    root: v.root,
    lang: oneOf(v.lang, ['zh', 'en'] as const, 'lang', defaultLang(env)),
    checklist: v.checklist ?? false,
    maxFileSize,
    gitignore: !v['no-gitignore'],
    cacheDir: v['cache-dir'],
    cache: !v['no-cache'],
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

/** The compliance checklist (decisions read from the project, never written), or a plain obligation summary if it fails. */
function renderChecklist(root: string, findings: readonly Finding[], lang: Lang, markdown: boolean): string {
  try {
    const model = loadChecklist(root, findings);
    return markdown ? renderChecklistMarkdown(model, lang) : renderChecklistText(model, lang);
  } catch {
    return renderObligationSummary(findings, lang, catalogueCite);
  }
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
    cache: openScanCache({
      root,
      version: `${TOOL.version}+${buildStamp(__filename)}`,
      rules: listRules(),
      config: loaded.config,
      dir: options.cacheDir === undefined ? undefined : path.resolve(io.cwd, options.cacheDir),
      disabled: !options.cache,
      env: io.env,
    }),
  });
  progress.clear();
  result.problems.unshift(...loaded.problems);

  // Baseline and diff mode (issue 9) decide which findings are reported and which fail the build.
  let gating: GatingResult | undefined;
  if (options.baseline !== undefined || options.diffBase !== undefined || options.format === 'gitlab-sast') {
    try {
      gating = await applyGating(result, {
        root,
        baselineFile: options.baseline === undefined ? undefined : path.resolve(io.cwd, options.baseline),
        diffBase: options.diffBase,
        failOn: options.failOn,
        inScope: scopeOfPaths(root, paths),
      });
    } catch (error) {
      const message = gatingErrorMessage(error);
      if (!message) {
        throw error;
      }
      io.stderr.write(`ai-law-lens: ${message[lang]}\n`);
      return EXIT_USAGE;
    }
  }

  const rules = listRules();
  const reported = gating ? (options.format === 'text' || options.format === 'markdown' ? findingsForHumanReport(gating) : gating.findings) : result.findings;
  const input: ReportInput = { result: { ...result, findings: reported }, rules, lang, tool: TOOL, cite: catalogueCite };
  const toFile = options.output !== undefined;
  const displayPath = (file: string) => toPosix(path.relative(io.cwd, path.join(root, file))) || '.';
  let report: string;
  if (options.format === 'gitlab-sast') {
    report = gitlabSastReport(gating as GatingResult, { toolVersion: TOOL.version, startTime: new Date(Date.now() - result.durationMs), lang, rules });
  } else {
    report = writeReport(options.format, input, { displayPath, color: options.color && !toFile && io.stdout.isTTY === true });
    if (gating && options.format === 'sarif') {
      report = decorateSarifReport(report, gating);
    } else if (gating && options.format === 'json') {
      report = decorateJsonReport(report, gating);
    }
  }
  const checklist = options.checklist ? renderChecklist(root, result.findings, lang, options.format === 'markdown') : '';
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
  if (gating && (gating.baseline || gating.changed)) {
    for (const note of gating.notes) {
      io.stderr.write(`${note[lang]}\n`);
    }
    io.stderr.write(`${describeGating(gating, lang)}\n`);
  }
  if (result.cancelled) {
    return 130;
  }
  if (gating) {
    return gating.exitCode;
  }
  return findingsAtOrAbove(result.findings, options.failOn).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
