// Loads the project configuration: `.ailawlens.json` / `.ailawlens.yaml` / `.ailawlens.yml` at the root, or an
// explicit file. Every failure becomes a `config-error` Problem naming the file, line and column:
//   - syntax errors (jsonc-parser offsets, yaml linePos) and schema errors are FATAL: the config is unusable;
//   - an invalid or unsafe custom pattern (catastrophic backtracking, checked with recheck) is dropped on its own,
//     and the rest of the config still loads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { LineCounter, parseDocument, type Document } from 'yaml';
import schema from '../../../schemas/ailawlens.schema.json';
import { CATEGORIES, DEFAULT_CONFIG, type CustomPattern, type Localized, type ProjectConfig, type Problem, type Span } from '../model';
import { displayPath, locateInJson, locateInYaml, parseInstancePath, spanOf, yamlErrorSpan, type PathSegment } from './locate';
import { jsonc } from './jsonc';
import { bracketDepth } from '../lang/configTree';
import { yamlNestingDepth } from '../lang/yamlFamily';
import { checkPatternSafety } from './patternSafety';

/** A real config is a few levels deep; anything far deeper is hostile or broken. */
const MAX_CONFIG_NESTING = 64;

export const CONFIG_FILE_NAMES: readonly string[] = ['.ailawlens.json', '.ailawlens.yaml', '.ailawlens.yml'];

export interface LoadedConfig {
  config: ProjectConfig;
  problems: Problem[];
  /** Absolute path of the config file read, if any. */
  file?: string;
  /** True when the file could not be used at all (syntax or schema error, unreadable): callers exit with code 2. */
  fatal: boolean;
}

export interface LoadOptions {
  /** Skip the (slow-starting) backtracking check, e.g. in untrusted workspaces where custom patterns are ignored anyway. */
  checkPatterns?: boolean;
  /** Known rule ids: unknown keys in `severity`/`disable` are then reported (not fatal). */
  knownRuleIds?: readonly string[];
}

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(schema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

interface ParsedFile {
  data: unknown;
  locate(segments: PathSegment[], key?: string): Span;
}

class ConfigReport {
  readonly problems: Problem[] = [];
  constructor(private readonly fileLabel: string) {}

  add(span: Span | undefined, message: Localized): void {
    this.problems.push({ kind: 'config-error', file: this.fileLabel, span, message });
  }
}

const JSON_ERRORS_ZH: Record<string, string> = {
  InvalidSymbol: '无效字符',
  InvalidNumberFormat: '数字格式错误',
  PropertyNameExpected: '此处应为属性名',
  ValueExpected: '此处应为值',
  ColonExpected: '此处应为冒号',
  CommaExpected: '此处应为逗号',
  CloseBraceExpected: '缺少右花括号 }',
  CloseBracketExpected: '缺少右方括号 ]',
  EndOfFileExpected: '此处应为文件结尾',
  InvalidCommentToken: '注释格式错误',
  UnexpectedEndOfComment: '注释未结束',
  UnexpectedEndOfString: '字符串未结束',
  UnexpectedEndOfNumber: '数字未结束',
  InvalidUnicode: '无效的 Unicode 转义',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '无效字符',
};

function parseJson(text: string, report: ConfigReport): ParsedFile | undefined {
  const errors: ParseError[] = [];
  const tree: JsonNode | undefined = jsonc().parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    // Only the first error: jsonc-parser recovers and the later errors are mostly echoes of the first.
    const e = errors[0];
    const code = jsonc().printParseErrorCode(e.error);
    const en = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    report.add(spanOf(text, e.offset, e.offset + e.length), {
      zh: `JSON 语法错误：${JSON_ERRORS_ZH[code] ?? en}`,
      en: `JSON syntax error: ${en}`,
    });
    return undefined;
  }
  const data: unknown = tree ? jsonValue(tree) : {};
  return { data, locate: (segments, key) => locateInJson(text, tree, segments, key) };
}

function jsonValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) {
          out[String(k.value)] = jsonValue(v);
        }
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(jsonValue);
    default:
      return node.value;
  }
}

function parseYaml(text: string, report: ConfigReport): ParsedFile | undefined {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors.slice(0, 5)) {
      // The first line of yaml's message is the description; the rest is a code excerpt we do not need.
      const firstLine = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      report.add(yamlErrorSpan(e.linePos, text, e.pos[0]), {
        zh: `YAML 语法错误：${firstLine}`,
        en: `YAML syntax error: ${firstLine}`,
      });
    }
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // toJS throws on what parsing accepts: an alias before its anchor (`*a`), an alias bomb over maxAliasCount.
    const reason = error instanceof Error ? error.message : String(error);
    report.add(spanOf(text, 0), { zh: `YAML 内容无效：${reason}`, en: `Invalid YAML content: ${reason}` });
    return undefined;
  }
  return { data, locate: (segments, key) => locateInYaml(text, doc, segments, key) };
}

function schemaMessage(error: ErrorObject): Localized {
  const where = displayPath(parseInstancePath(error.instancePath));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      const inWhere = where === '(root)' ? '' : `（位于 ${where}）`;
      const inWhereEn = where === '(root)' ? '' : ` in ${where}`;
      return { zh: `未知配置项 "${prop}"${inWhere}`, en: `Unknown setting "${prop}"${inWhereEn}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { zh: `${where} 的取值必须是以下之一：${allowed}`, en: `${where} must be one of: ${allowed}` };
    }
    case 'type':
      return { zh: `${where} 的类型应为 ${String(params.type)}`, en: `${where} must be of type ${String(params.type)}` };
    case 'required':
      return { zh: `${where} 缺少必填项 "${String(params.missingProperty)}"`, en: `${where} is missing required "${String(params.missingProperty)}"` };
    case 'uniqueItems':
      return { zh: `${where} 含有重复项`, en: `${where} contains duplicate items` };
    case 'pattern':
      return { zh: `${where} 的格式不正确（应匹配 ${String(params.pattern)}）`, en: `${where} has the wrong format (must match ${String(params.pattern)})` };
    default:
      return { zh: `${where}：${error.message ?? error.keyword}`, en: `${where}: ${error.message ?? error.keyword}` };
  }
}

function toProjectConfig(data: Record<string, unknown>): ProjectConfig {
  const checklist = (data.checklist as { block?: string[] } | undefined) ?? {};
  return {
    exclude: (data.exclude as string[] | undefined) ?? [...DEFAULT_CONFIG.exclude],
    severity: (data.severity as ProjectConfig['severity'] | undefined) ?? {},
    disable: (data.disable as string[] | undefined) ?? [],
    customPatterns: (data.customPatterns as CustomPattern[] | undefined) ?? [],
    checklist: { block: checklist.block ?? [] },
    ...(typeof data.maxFileSize === 'number' ? { maxFileSize: data.maxFileSize } : {}),
  };
}

function checkCustomPatterns(config: ProjectConfig, parsed: ParsedFile, report: ConfigReport, checkSafety: boolean): ProjectConfig {
  const kept: CustomPattern[] = [];
  const seen = new Set<string>();
  config.customPatterns.forEach((pattern, index) => {
    const at = (key: string) => parsed.locate(['customPatterns', index, key]);
    if (seen.has(pattern.id)) {
      report.add(at('id'), {
        zh: `自定义规则 "${pattern.id}" 重复定义，已忽略后一个`,
        en: `Custom pattern "${pattern.id}" is defined twice; the later one is ignored`,
      });
      return;
    }
    seen.add(pattern.id);
    const verdict = checkPatternSafety(pattern.pattern, checkSafety);
    if (!verdict.safe) {
      report.add(at('pattern'), {
        zh: `已拒绝自定义规则 "${pattern.id}" 的正则表达式：${verdict.reason.zh}。其余配置照常生效`,
        en: `Rejected the regular expression of custom pattern "${pattern.id}": ${verdict.reason.en}. The rest of the config still applies`,
      });
      return;
    }
    kept.push(pattern);
  });
  return { ...config, customPatterns: kept };
}

function checkKnownIds(config: ProjectConfig, parsed: ParsedFile, report: ConfigReport, knownRuleIds: readonly string[]): void {
  const known = new Set<string>([...knownRuleIds, ...CATEGORIES, ...config.customPatterns.map((p) => p.id)]);
  for (const key of Object.keys(config.severity)) {
    if (!known.has(key)) {
      report.add(parsed.locate(['severity'], key), {
        zh: `severity 中的 "${key}" 既不是规则 id，也不是类别 id，不起作用`,
        en: `"${key}" in severity is neither a rule id nor a category id; it has no effect`,
      });
    }
  }
  config.disable.forEach((id, index) => {
    if (!known.has(id)) {
      report.add(parsed.locate(['disable', index]), {
        zh: `disable 中的 "${id}" 既不是规则 id，也不是类别 id，不起作用`,
        en: `"${id}" in disable is neither a rule id nor a category id; it has no effect`,
      });
    }
  });
}

function labelFor(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** The config files present at a project root, in priority order (empty: the defaults apply). */
export function findConfigFile(root: string): string[] {
  return CONFIG_FILE_NAMES.map((name) => path.join(root, name)).filter((file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

/** Parses and validates config text. Pure apart from the backtracking check; used by the loader and the editor. */
export function parseProjectConfig(text: string, fileLabel: string, options: LoadOptions = {}): Omit<LoadedConfig, 'file'> {
  const report = new ConfigReport(fileLabel);
  const isJson = fileLabel.toLowerCase().endsWith('.json');
  // Checked before parsing: the parsers and the tree walk recurse per level, so a hostile file would overflow the stack.
  const nesting = isJson ? bracketDepth(text) : yamlNestingDepth(text);
  if (nesting.depth > MAX_CONFIG_NESTING) {
    report.add(spanOf(text, nesting.at), {
      zh: `配置嵌套过深（超过 ${MAX_CONFIG_NESTING} 层），无法使用`,
      en: `The config is nested too deeply (over ${MAX_CONFIG_NESTING} levels) to be used`,
    });
    return { config: { ...DEFAULT_CONFIG }, problems: report.problems, fatal: true };
  }
  const parsed = isJson ? parseJson(text, report) : parseYaml(text, report);
  if (!parsed) {
    return { config: { ...DEFAULT_CONFIG }, problems: report.problems, fatal: true };
  }
  const errors = validate(parsed.data);
  if (errors.length > 0) {
    for (const error of errors) {
      const key = error.keyword === 'additionalProperties' ? String((error.params as Record<string, unknown>).additionalProperty) : undefined;
      report.add(parsed.locate(parseInstancePath(error.instancePath), key), schemaMessage(error));
    }
    return { config: { ...DEFAULT_CONFIG }, problems: report.problems, fatal: true };
  }
  let config = toProjectConfig(parsed.data as Record<string, unknown>);
  config = checkCustomPatterns(config, parsed, report, options.checkPatterns !== false);
  if (options.knownRuleIds) {
    checkKnownIds(config, parsed, report, options.knownRuleIds);
  }
  return { config, problems: report.problems, fatal: false };
}

/**
 * Loads the project config of `root`, or `explicitPath` (absolute or relative to the working directory).
 * Never throws: an unreadable or malformed file gives `fatal: true` and a Problem naming file, line and column.
 */
export function loadProjectConfig(root: string, explicitPath?: string, options: LoadOptions = {}): LoadedConfig {
  let file: string | undefined;
  const notes: Problem[] = [];
  if (explicitPath !== undefined) {
    file = path.resolve(explicitPath);
  } else {
    const found = findConfigFile(root);
    if (found.length === 0) {
      return { config: { ...DEFAULT_CONFIG }, problems: [], fatal: false };
    }
    file = found[0];
    if (found.length > 1) {
      notes.push({
        kind: 'config-error',
        file: labelFor(root, found[1]),
        message: {
          zh: `存在多个配置文件，只使用 ${path.basename(found[0])}，忽略 ${found.slice(1).map((f) => path.basename(f)).join('、')}`,
          en: `Several config files found; only ${path.basename(found[0])} is used, ${found.slice(1).map((f) => path.basename(f)).join(', ')} ignored`,
        },
      });
    }
  }
  const label = labelFor(root, file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
    return {
      config: { ...DEFAULT_CONFIG },
      file,
      fatal: true,
      problems: [
        {
          kind: 'config-error',
          file: label,
          message: { zh: `无法读取配置文件（${code}）`, en: `Cannot read the config file (${code})` },
        },
      ],
    };
  }
  const result = parseProjectConfig(text, label, options);
  return { ...result, problems: [...notes, ...result.problems], file };
}

/** `FILE:LINE:COL: message`, the form terminals and editors make clickable. */
export function formatConfigProblem(problem: Problem, lang: keyof Localized): string {
  const where = problem.span ? `:${problem.span.start.line + 1}:${problem.span.start.character + 1}` : '';
  return `${problem.file ?? ''}${where}: ${problem.message[lang]}`;
}
