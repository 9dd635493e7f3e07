// Plain-text writer: one `path:line:col: severity ruleId message [obligations]` line per finding (terminals and
// editors make these clickable), then the problems and a summary.
import type { Finding, Lang, Problem } from '../model';
import { oneLine } from './escape';
import { CATEGORY_LABELS, SARIF_LEVEL } from './labels';
import { summarise } from './summary';
import type { ReportInput } from './types';

export interface TextOptions {
  /** Maps a root-relative path to what is printed (e.g. relative to the working directory). */
  displayPath?: (file: string) => string;
  /** ANSI colours (only for a TTY; the CLI honours NO_COLOR). */
  color?: boolean;
}

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

function paint(on: boolean | undefined, code: string, text: string): string {
  return on ? `${code}${text}${ANSI.reset}` : text;
}

const PROBLEM_LABELS: Record<Problem['kind'], { zh: string; en: string }> = {
  'parse-error': { zh: '解析错误', en: 'parse error' },
  'decode-error': { zh: '编码无法识别', en: 'unknown encoding' },
  'skipped-binary': { zh: '二进制文件', en: 'binary' },
  'skipped-size': { zh: '文件过大', en: 'too large' },
  'skipped-line-length': { zh: '行过长', en: 'line too long' },
  'skipped-timeout': { zh: '超时', en: 'timed out' },
  'io-error': { zh: '读取失败', en: 'I/O error' },
  'config-error': { zh: '配置问题', en: 'config' },
  'invalid-suppression': { zh: '无效的抑制注释', en: 'invalid suppression' },
};

function position(file: string, line: number, character: number, display: (f: string) => string): string {
  return `${oneLine(display(file))}:${line + 1}:${character + 1}`;
}

export function findingLine(f: Finding, lang: Lang, options: TextOptions = {}): string {
  const display = options.displayPath ?? ((x: string) => x);
  const level = SARIF_LEVEL[f.severity];
  const levelText = paint(options.color, f.severity === 'error' ? ANSI.red : f.severity === 'warning' ? ANSI.yellow : ANSI.cyan, level);
  const obligations = f.obligations.length > 0 ? ` [${f.obligations.join(', ')}]` : '';
  return `${position(f.file, f.span.start.line, f.span.start.character, display)}: ${levelText} ${f.ruleId} ${oneLine(f.message[lang])}${obligations}`;
}

export function problemLine(p: Problem, lang: Lang, options: TextOptions = {}): string {
  const display = options.displayPath ?? ((x: string) => x);
  const where = p.file === undefined ? '' : p.span ? `${position(p.file, p.span.start.line, p.span.start.character, display)}: ` : `${oneLine(display(p.file))}: `;
  return `${where}${PROBLEM_LABELS[p.kind][lang]}${lang === 'zh' ? '：' : ': '}${oneLine(p.message[lang])}`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) {
    return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  }
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
}

const SKIP_LABELS: Record<string, { zh: string; en: string }> = {
  binary: { zh: '二进制', en: 'binary' },
  ignored: { zh: '被忽略', en: 'ignored' },
  symlink: { zh: '未跟随的链接', en: 'links not followed' },
  ...PROBLEM_LABELS,
};

export function summaryLines(input: ReportInput, options: TextOptions = {}): string[] {
  const { result, lang } = input;
  const s = summarise(result.findings);
  const zh = lang === 'zh';
  const seconds = (result.durationMs / 1000).toFixed(2);
  const lines: string[] = [];
  const head = zh
    ? `${s.active} 项发现（错误 ${s.bySeverity.error}，警告 ${s.bySeverity.warning}，提示 ${s.bySeverity.info}）${s.suppressed ? `，另有 ${s.suppressed} 项已抑制` : ''}；扫描 ${result.totals.filesScanned} 个文件（${formatBytes(result.totals.bytesScanned)}），用时 ${seconds} 秒`
    : `${s.active} finding(s) (${s.bySeverity.error} error, ${s.bySeverity.warning} warning, ${s.bySeverity.info} note)${s.suppressed ? `, ${s.suppressed} suppressed` : ''}; ${result.totals.filesScanned} file(s) scanned (${formatBytes(result.totals.bytesScanned)}) in ${seconds}s`;
  lines.push(paint(options.color, ANSI.bold, head));
  const categories = Object.entries(s.byCategory).map(([c, n]) => `${CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS][lang]} ${n}`);
  if (categories.length > 0) {
    lines.push(`${zh ? '按类别：' : 'By category: '}${categories.join(zh ? '，' : ', ')}`);
  }
  const obligations = Object.entries(s.byObligation).map(([id, n]) => `${id} ×${n}`);
  if (obligations.length > 0) {
    lines.push(`${zh ? '涉及义务：' : 'Obligations: '}${obligations.join(', ')}`);
  }
  const skipped = Object.entries(result.totals.skipped)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([k, n]) => `${SKIP_LABELS[k]?.[lang] ?? k} ${n}`);
  if (skipped.length > 0) {
    lines.push(`${zh ? '未扫描：' : 'Not scanned: '}${skipped.join(zh ? '，' : ', ')}`);
  }
  if (result.cancelled) {
    lines.push(zh ? '扫描已取消，结果不完整。' : 'Scan cancelled; results are incomplete.');
  }
  return lines;
}

export function writeText(input: ReportInput, options: TextOptions = {}): string {
  const { result, lang } = input;
  const out: string[] = [];
  for (const f of result.findings) {
    if (!f.suppression) {
      out.push(findingLine(f, lang, options));
    }
  }
  if (result.problems.length > 0) {
    out.push('', paint(options.color, ANSI.dim, lang === 'zh' ? '问题与跳过的文件：' : 'Problems and skipped files:'));
    for (const p of result.problems) {
      out.push(`  ${problemLine(p, lang, options)}`);
    }
  }
  out.push('', ...summaryLines(input, options));
  return `${out.join('\n')}\n`;
}
