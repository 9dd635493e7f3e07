// Help texts. Exit codes are part of the contract: keep them in sync with docs/cli.md.
import type { Lang } from '../core/model';

const EN_MAIN = `ai-law-lens — find the PRC AI and data-protection obligations your code triggers

Usage:
  ai-law-lens scan [paths...] [options]    scan a project and report findings
  ai-law-lens baseline create [dir]        record today's findings (scan --baseline then fails on new ones only)
  ai-law-lens obligations [options]        browse the obligations catalogue
  ai-law-lens checklist [options]          the compliance checklist
  ai-law-lens --help | --version

Run "ai-law-lens scan --help" for the scan options.

Exit codes:
  0  clean, or no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage error or invalid configuration
`;

const ZH_MAIN = `ai-law-lens —— 找出代码触发的中国人工智能与数据保护法律义务

用法：
  ai-law-lens scan [路径...] [选项]        扫描项目并报告发现
  ai-law-lens baseline create [目录]       记录当前发现作为基线（之后 scan --baseline 只对新增发现失败）
  ai-law-lens obligations [选项]           浏览法律义务目录
  ai-law-lens checklist [选项]             合规清单
  ai-law-lens --help | --version

运行 "ai-law-lens scan --help" 查看扫描选项。

退出码：
  0  无发现，或没有达到 --fail-on 级别的发现
  1  存在达到 --fail-on 级别的发现
  2  用法错误或配置无效
`;

const EN_SCAN = `Usage: ai-law-lens scan [paths...] [options]

Scans a project. With one directory, that directory is the project root (its .ailawlens.json/.yaml and
.gitignore apply, and result paths are relative to it). With several paths, or files, the root is the
current directory (or --root) and only those paths are scanned.

Options:
  -f, --format <fmt>       text (default), sarif, json, markdown or gitlab-sast
  -o, --output <file>      write the report to a file instead of stdout
      --fail-on <level>    error (default), warning, note or none: exit 1 when an unsuppressed
                           finding is at or above this level
  -c, --config <file>      project config file (default: .ailawlens.json/.yaml/.yml at the root)
      --baseline <file>    compare with a baseline (ai-law-lens baseline create): only new findings
                           count toward --fail-on; SARIF results carry baselineState
      --diff-base <ref>    report only findings on lines changed since this git ref
      --root <dir>         project root (default: see above)
      --lang <zh|en>       language of messages (default: from LANG)
      --checklist          after the findings, print the compliance checklist
      --max-file-size <n>  largest file analysed, in bytes (default 1048576; larger ones are reported)
      --no-gitignore       do not read .gitignore files
      --cache-dir DIR      where to keep the scan cache (default: $XDG_CACHE_HOME/ai-law-lens)
      --no-cache           analyse every file again (also: AILAWLENS_NO_CACHE=1)
      --no-color           no ANSI colours (also NO_COLOR=1)
  -q, --quiet              no progress bar and no summary on stderr
  -h, --help               this help

Exit codes:
  0  clean, or no finding at or above --fail-on (suppressed findings never count)
  1  findings at or above --fail-on
  2  usage error or invalid configuration (the message names the file, line and column)

Examples:
  ai-law-lens scan .
  ai-law-lens scan . --format sarif --output ai-law-lens.sarif --fail-on warning
  ai-law-lens scan src/ api/ --format markdown --lang zh
`;

const ZH_SCAN = `用法：ai-law-lens scan [路径...] [选项]

扫描一个项目。只给一个目录时，该目录就是项目根目录（读取其中的 .ailawlens.json/.yaml 与 .gitignore，
结果路径相对于它）。给出多个路径或文件时，根目录为当前目录（或 --root），只扫描这些路径。

选项：
  -f, --format <格式>      text（默认）、sarif、json、markdown 或 gitlab-sast
  -o, --output <文件>      把报告写入文件而不是标准输出
      --fail-on <级别>     error（默认）、warning、note 或 none：存在达到该级别且未被抑制的发现时退出码为 1
  -c, --config <文件>      项目配置文件（默认：根目录下的 .ailawlens.json/.yaml/.yml）
      --baseline <文件>    与基线比较（由 ai-law-lens baseline create 生成）：只有新增发现计入 --fail-on；
                           SARIF 结果带 baselineState
      --diff-base <引用>   只报告相对该 git 引用有改动的行上的发现
      --root <目录>        项目根目录（默认规则见上）
      --lang <zh|en>       消息语言（默认取自 LANG）
      --checklist          在发现之后打印合规清单
      --max-file-size <n>  分析的最大文件字节数（默认 1048576；更大的文件会被报告为跳过）
      --no-gitignore       不读取 .gitignore
      --cache-dir DIR      扫描缓存目录（默认 $XDG_CACHE_HOME/ai-law-lens）
      --no-cache           不使用缓存，重新分析所有文件（或设置 AILAWLENS_NO_CACHE=1）
      --no-color           不使用 ANSI 颜色（也可设 NO_COLOR=1）
  -q, --quiet              不显示进度条，也不在标准错误输出摘要
  -h, --help               显示本帮助

退出码：
  0  无发现，或没有达到 --fail-on 级别的发现（已抑制的发现不计入）
  1  存在达到 --fail-on 级别的发现
  2  用法错误或配置无效（消息会指出文件、行与列）

示例：
  ai-law-lens scan .
  ai-law-lens scan . --format sarif --output ai-law-lens.sarif --fail-on warning
  ai-law-lens scan src/ api/ --format markdown --lang zh
`;

export function mainHelp(lang: Lang): string {
  return lang === 'zh' ? ZH_MAIN : EN_MAIN;
}

export function scanHelp(lang: Lang): string {
  return lang === 'zh' ? ZH_SCAN : EN_SCAN;
}
