// Entry point of the language front ends: picks the family and returns a SourceDoc. Never throws:
// malformed input becomes a Problem and the tolerant lexical pass still yields tokens.
import { allowsJsx, baseName, detectFamily, extensionOf } from './detect';
import { parseC } from './cFamily';
import { parseDockerfile } from './dockerfileFamily';
import { parseGo } from './goFamily';
import { parseHtml } from './htmlFamily';
import { parseJava } from './javaFamily';
import { parseJson } from './jsonFamily';
import { parseNotebook } from './notebookFamily';
import { parseProperties } from './propertiesFamily';
import { parseTomlText } from './tomlFamily';
import { parseXml } from './xmlFamily';
import { parseYaml } from './yamlFamily';
import { recycleLexemes } from './lexeme';
import { LineIndex } from './lines';
import { parseManifest } from './manifests';
import { parseJs } from './jsFamily';
import { parsePython } from './pythonFamily';
import { Sink, type TokenPool } from './sink';
import { maskFreeText } from '../mask';
import { parseSql } from './sql';
import type { LanguageFamily, SourceDoc } from './types';

export { detectFamily } from './detect';
export { TokenPool } from './sink';
export type * from './types';

export interface ParseOptions {
  /**
   * Reuse token objects of the previous parse that was given the same pool. Only for a caller that is done with the
   * previous SourceDoc (the engine, which keeps spans and never tokens): it makes re-analysis while typing allocate
   * little enough that garbage collection stays out of the way.
   */
  tokenPool?: TokenPool;
}

export function parseSource(file: string, text: string, languageId?: string, options: ParseOptions = {}): SourceDoc {
  let family: LanguageFamily = 'text';
  let sink: Sink | undefined;
  try {
    family = detectFamily(file, languageId);
    recycleLexemes();
    sink = new Sink(file, LineIndex.of(text), undefined, undefined, options.tokenPool?.reset());
    if (text.indexOf('\u0000') >= 0) {
      sink.problem(0, 0, { zh: '文件包含空字节，视为二进制文件，已跳过。', en: 'The file contains NUL bytes; treated as binary and skipped.' }, 'skipped-binary');
      return { ...sink.toDoc(family, text), tokens: [] };
    }
    parseFamily(family, file, text, sink, languageId);
    parseManifest(baseName(file), text, sink);
    return sink.toDoc(family, text);
  } catch (error) {
    const reason = maskFreeText(error instanceof Error ? error.message : String(error));
    const doc = sink ? sink.toDoc(family, text) : { file, family, text, tokens: [], declarations: [], imports: [], calls: [], dependencies: [], problems: [] };
    doc.problems.push({
      kind: 'parse-error',
      file,
      message: { zh: `无法完整分析此文件：${reason}`, en: `Could not fully analyse this file: ${reason}` },
    });
    return doc;
  }
}

function parseFamily(family: LanguageFamily, file: string, text: string, sink: Sink, languageId?: string): void {
  switch (family) {
    case 'python':
      parsePython(text, sink);
      return;
    case 'javascript':
      parseJs(text, sink, allowsJsx(file, languageId));
      return;
    case 'sql':
      parseSql(text, sink);
      return;
    case 'java': {
      const ext = extensionOf(file);
      parseJava(text, sink, ext === 'kt' || ext === 'kts' || languageId === 'kotlin');
      return;
    }
    case 'go':
      parseGo(text, sink);
      return;
    case 'c':
      parseC(text, sink);
      return;
    case 'yaml':
      parseYaml(text, sink);
      return;
    case 'json':
      parseJson(file, text, sink);
      return;
    case 'toml':
      parseTomlText(file, text, sink);
      return;
    case 'properties':
      parseProperties(text, sink);
      return;
    case 'xml':
      parseXml(text, sink);
      return;
    case 'html':
      parseHtml(text, sink);
      return;
    case 'notebook':
      parseNotebook(text, sink);
      return;
    case 'dockerfile':
      parseDockerfile(text, sink);
      return;
    default:
      parseText(text, sink);
  }
}

/** Plain text: each non-blank line is a `string` token, so literal-value detectors (ID numbers, phones) still see it. */
function parseText(text: string, sink: Sink): void {
  const n = text.length;
  let s = 0;
  while (s < n) {
    let e = text.indexOf('\n', s);
    if (e < 0) {
      e = n;
    }
    let a = s;
    let b = e;
    while (a < b && text.charCodeAt(a) <= 32) {
      a++;
    }
    while (b > a && text.charCodeAt(b - 1) <= 32) {
      b--;
    }
    if (b > a) {
      sink.token('string', a, b, text.slice(a, b));
    }
    s = e + 1;
  }
}
