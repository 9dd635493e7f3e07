// `ai-law-lens baseline create [dir] [--output .ailawlens/baseline.json] [--config FILE] [--lang zh|en]`
// Records today's findings so that `scan --baseline` fails only on new ones.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BASELINE_PATH, createBaseline, writeBaseline } from '../core/baseline';
import { formatConfigProblem, loadProjectConfig } from '../core/config';
import type { Lang } from '../core/model';
import { scanWorkspace } from '../core/workspace/scan';

const USAGE = {
  en: 'usage: ai-law-lens baseline create [dir] [--output FILE] [--config FILE] [--lang zh|en]\n  --output  where to write the baseline (default: <dir>/.ailawlens/baseline.json)',
  zh: '用法：ai-law-lens baseline create [目录] [--output 文件] [--config 文件] [--lang zh|en]\n  --output  基线文件路径（默认：<目录>/.ailawlens/baseline.json）',
};

/** `--lang`, else the locale from the environment. */
export function cliLang(explicit: string | undefined, env: Record<string, string | undefined> = process.env): Lang {
  if (explicit === 'zh' || explicit === 'zh-cn' || explicit === 'zh-CN') {
    return 'zh';
  }
  if (explicit === 'en') {
    return 'en';
  }
  const locale = env.AI_LAW_LENS_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** The subset of the CLI's injectable IO this command needs (see cli/io.ts). */
export interface BaselineCommandIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd?: string;
  env?: Record<string, string | undefined>;
}

const processIO: BaselineCommandIO = { stdout: process.stdout, stderr: process.stderr };

export async function runBaselineCommand(argv: string[], cliIo: BaselineCommandIO = processIO): Promise<number> {
  const io = { out: (line: string) => cliIo.stdout.write(`${line}\n`), err: (line: string) => cliIo.stderr.write(`${line}\n`) };
  const cwd = cliIo.cwd ?? process.cwd();
  const env = cliIo.env ?? process.env;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        config: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const lang = cliLang(undefined, env);
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE[lang]}`);
    return 2;
  }
  const lang = cliLang(parsed.values.lang, env);
  const [action, dir, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    io.out(USAGE[lang]);
    return 0;
  }
  if (action !== 'create' || extra.length > 0) {
    io.err(USAGE[lang]);
    return 2;
  }

  const root = path.resolve(cwd, dir ?? '.');
  const output = parsed.values.output !== undefined ? path.resolve(cwd, parsed.values.output) : path.join(root, DEFAULT_BASELINE_PATH);
  const loaded = loadProjectConfig(root, parsed.values.config === undefined ? undefined : path.resolve(cwd, parsed.values.config));
  for (const problem of loaded.problems) {
    io.err(formatConfigProblem(problem, lang));
  }
  if (loaded.fatal) {
    return 2;
  }

  let result;
  try {
    result = await scanWorkspace({ root, config: loaded.config });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.err(lang === 'zh' ? `无法扫描 ${root}：${detail}` : `Cannot scan ${root}: ${detail}`);
    return 2;
  }
  // A baseline written inside the scanned tree must not baseline itself.
  const outputRel = path.relative(root, output).split(path.sep).join('/');
  const findings = result.findings.filter((f) => f.file !== outputRel);
  const baseline = createBaseline(findings);
  try {
    writeBaseline(output, baseline);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    io.err(lang === 'zh' ? `无法写入基线文件 ${output}：${code}` : `Cannot write baseline file ${output}: ${code}`);
    return 2;
  }
  const files = new Set(baseline.entries.map((e) => e.file)).size;
  const suppressed = findings.length - baseline.entries.length;
  const shown = path.relative(cwd, output) || output;
  io.out(
    lang === 'zh'
      ? `已写入基线 ${shown}：${baseline.entries.length} 条发现，涉及 ${files} 个文件${suppressed > 0 ? `（另有 ${suppressed} 条已在源码中抑制，未计入）` : ''}。请提交该文件，之后用 \`ai-law-lens scan --baseline ${shown}\` 只对新增发现报错。`
      : `Baseline written to ${shown}: ${baseline.entries.length} finding(s) in ${files} file(s)${suppressed > 0 ? ` (${suppressed} suppressed in source, not included)` : ''}. Commit it, then run \`ai-law-lens scan --baseline ${shown}\` to fail only on new findings.`,
  );
  return 0;
}
