// `ai-law-lens checklist [dir] --format markdown|json|text [--output FILE] [--lang zh|en] [--check]`
// Scans the project, reads the team's decisions file (`.ailawlens/checklist.json`, never written
// here) and prints the same checklist the editor exports. `--check` enforces the config policy
// `checklist.block`: exit 1 while a listed obligation that applies (or possibly applies) is open.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildChecklist, checkPolicy, DECISIONS_FILE, decisionsPathFor, DecisionStore, renderChecklistJson, renderChecklistMarkdown, renderChecklistText, type ChecklistModel } from '../core/checklist';
import { formatConfigProblem, loadProjectConfig } from '../core/config';
import type { Lang } from '../core/model';
import { scanWorkspace } from '../core/workspace/scan';
import { defaultLang, oneOf, processIo, UsageError, type CliIo } from './io';

export const CHECKLIST_FORMATS = ['markdown', 'json', 'text'] as const;
export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];

const EXIT_OK = 0;
const EXIT_BLOCKED = 1;
const EXIT_USAGE = 2;

export interface ChecklistCliOptions {
  dir?: string;
  format: ChecklistFormat;
  output?: string;
  lang: Lang;
  check: boolean;
  config?: string;
  gitignore: boolean;
  help: boolean;
}

const HELP: Record<Lang, string> = {
  en: `Usage: ai-law-lens checklist [dir] [options]

Scans the project and prints its compliance checklist: the obligations the code triggers, the
team's decisions from ${DECISIONS_FILE}, the applicability questions, the AI Law readiness
estimate (a proposal, not law in force) and the PI inventory. The editor's "Export Checklist"
writes the same content.

Options:
  -f, --format markdown|json|text   output format (default: text)
  -o, --output FILE                 write to FILE instead of standard output
      --lang zh|en                  language (default: from the locale)
      --check                       exit 1 while an applicable obligation listed in the config
                                    policy "checklist.block" is still open
  -c, --config FILE                 project config (default: .ailawlens.json/.yaml in dir)
      --no-gitignore                also scan files .gitignore excludes
  -h, --help                        this help

Exit codes:
  0  done; with --check: no blocked obligation is open
  1  with --check: a blocked obligation is open
  2  usage error, invalid configuration, or (with --check) an unreadable decisions file
`,
  zh: `用法：ai-law-lens checklist [目录] [选项]

扫描项目并输出合规清单：代码触发的义务、团队在 ${DECISIONS_FILE} 中的决定、适用性问题、
人工智能法准备度估算（立法建议，非现行法律）以及个人信息清单。编辑器中的“导出清单”写出相同内容。

选项：
  -f, --format markdown|json|text   输出格式（默认 text）
  -o, --output 文件                 写入文件而不是标准输出
      --lang zh|en                  语言（默认依据系统区域设置）
      --check                       配置策略 "checklist.block" 所列的适用义务仍待处理时，退出码为 1
  -c, --config 文件                 项目配置（默认为目录中的 .ailawlens.json/.yaml）
      --no-gitignore                同时扫描 .gitignore 排除的文件
  -h, --help                        显示本帮助

退出码：
  0  完成；使用 --check 时，没有被阻止的义务处于待处理状态
  1  使用 --check 时，有被阻止的义务仍待处理
  2  用法错误、配置无效，或（使用 --check 时）决定文件无法读取
`,
};

export function parseChecklistArgs(argv: string[], env: CliIo['env']): ChecklistCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        check: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'no-gitignore': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), 'Run "ai-law-lens checklist --help" for usage.');
  }
  const v = parsed.values;
  if (parsed.positionals.length > 1) {
    throw new UsageError(`checklist takes one project directory (got ${parsed.positionals.length} paths)`);
  }
  const usage = 'Run "ai-law-lens checklist --help" for usage.';
  const format = oneOf(v.format, CHECKLIST_FORMATS, 'format', 'text', usage);
  const lang = oneOf(v.lang, ['zh', 'en'] as const, 'lang', defaultLang(env), usage);
  return {
    dir: parsed.positionals[0],
    format,
    output: v.output,
    lang,
    check: v.check ?? false,
    config: v.config,
    gitignore: !v['no-gitignore'],
    help: v.help ?? false,
  };
}

export function renderChecklist(model: ChecklistModel, format: ChecklistFormat, lang: Lang): string {
  switch (format) {
    case 'markdown':
      return renderChecklistMarkdown(model, lang);
    case 'json':
      return renderChecklistJson(model, lang);
    case 'text':
      return renderChecklistText(model, lang);
  }
}

export async function runChecklistCommand(argv: string[], io: CliIo = processIo()): Promise<number> {
  const options = parseChecklistArgs(argv, io.env);
  const lang = options.lang;
  if (options.help) {
    io.stdout.write(HELP[lang]);
    return EXIT_OK;
  }
  const root = path.resolve(io.cwd, options.dir ?? '.');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new UsageError(`Not a directory: ${options.dir ?? '.'}`);
  }
  const loaded = loadProjectConfig(root, options.config === undefined ? undefined : path.resolve(io.cwd, options.config));
  for (const problem of loaded.problems) {
    io.stderr.write(`${formatConfigProblem(problem, lang)}\n`);
  }
  if (loaded.fatal) {
    io.stderr.write(lang === 'zh' ? '配置无效，未生成清单（退出码 2）。\n' : 'Invalid configuration; no checklist was produced (exit code 2).\n');
    return EXIT_USAGE;
  }

  const result = await scanWorkspace({ root, config: loaded.config, signal: io.signal, useGitignore: options.gitignore });
  if (result.cancelled) {
    return 130;
  }
  // Read-only: the CLI never writes the decisions file, so a broken one is reported, not touched.
  const store = new DecisionStore({ file: decisionsPathFor(root) });
  const fileState = store.reload();
  if (fileState.state === 'error') {
    io.stderr.write(`${DECISIONS_FILE}${fileState.line !== undefined ? `:${fileState.line}` : ''}: ${fileState.message[lang]}\n`);
  }
  const model = buildChecklist(result.findings, store.effective(), { decisionsPath: DECISIONS_FILE, fileState });

  const text = renderChecklist(model, options.format, lang);
  if (options.output !== undefined) {
    const target = path.resolve(io.cwd, options.output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    io.stderr.write(lang === 'zh' ? `清单已写入 ${options.output}\n` : `Checklist written to ${options.output}\n`);
  } else {
    io.stdout.write(text);
  }

  if (!options.check) {
    return EXIT_OK;
  }
  if (fileState.state === 'error') {
    io.stderr.write(lang === 'zh' ? '决定文件无法读取，无法检查清单策略（退出码 2）。\n' : 'The decisions file cannot be read, so the checklist policy cannot be checked (exit code 2).\n');
    return EXIT_USAGE;
  }
  const block = loaded.config.checklist.block;
  if (block.length === 0) {
    io.stderr.write(
      lang === 'zh'
        ? '配置中没有 checklist.block 策略，无需检查。\n'
        : 'No "checklist.block" policy in the config; nothing to check.\n',
    );
    return EXIT_OK;
  }
  const violations = checkPolicy(model, block);
  for (const { item } of violations) {
    const where = item.evidence[0] ? ` (${item.evidence[0].file}:${item.evidence[0].line + 1})` : '';
    const possibly = item.applicability === 'possibly' ? (lang === 'zh' ? '，可能适用' : ', possibly applies') : '';
    io.stderr.write(
      lang === 'zh'
        ? `阻止：${item.id} ${item.citation.zh} 仍待处理${possibly}：${item.title.zh}${where}\n`
        : `blocked: ${item.id} ${item.citation.en} is still open${possibly}: ${item.title.en}${where}\n`,
    );
  }
  if (violations.length > 0) {
    io.stderr.write(
      lang === 'zh'
        ? `${violations.length} 项被策略阻止的义务仍待处理。在清单中将其标记为已完成、不适用或豁免（附理由），并提交 ${DECISIONS_FILE}。\n`
        : `${violations.length} blocked obligation(s) still open. Mark them done, not applicable or waived (with a reason) in the checklist and commit ${DECISIONS_FILE}.\n`,
    );
    return EXIT_BLOCKED;
  }
  io.stderr.write(lang === 'zh' ? '清单策略检查通过。\n' : 'Checklist policy check passed.\n');
  return EXIT_OK;
}
