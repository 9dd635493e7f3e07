// Runs the engine on one open document or one file on disk, with the same caps and config handling as the
// workspace scan (core/workspace). Never throws: a failure becomes a Problem on that file.
import { applyProjectConfig } from '../../core/config';
import { scanText } from '../../core/engine';
import type { FileScanResult, ProjectConfig } from '../../core/model';
import { analyseFile as analyseWorkspaceFile, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_LINE_LENGTH } from '../../core/workspace';

function limitsOf(config: ProjectConfig): { maxFileSize: number; maxLineLength: number } {
  return { maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, maxLineLength: DEFAULT_MAX_LINE_LENGTH };
}

/** Analyses text already in memory (an open editor buffer, possibly unsaved). */
export function analyseText(file: string, text: string, config: ProjectConfig, languageId: string | undefined): FileScanResult {
  const { maxFileSize } = limitsOf(config);
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxFileSize) {
    return {
      file,
      findings: [],
      problems: [
        {
          kind: 'skipped-size',
          file,
          message: {
            zh: `文件大小 ${size} 字节超过上限 ${maxFileSize} 字节，未分析（可调整 aiLawLens.maxFileSize）`,
            en: `File size ${size} bytes exceeds the ${maxFileSize}-byte limit; not analysed (see aiLawLens.maxFileSize)`,
          },
        },
      ],
    };
  }
  try {
    const result = scanText(file, text, { config, languageId });
    return { ...result, findings: applyProjectConfig(result.findings, config) };
  } catch (error) {
    // The engine promises not to throw; if it ever does, the file says so instead of the editor failing.
    const name = error instanceof Error ? error.name : 'Error';
    return {
      file,
      findings: [],
      problems: [
        {
          kind: 'parse-error',
          file,
          message: { zh: `分析此文件时出现内部错误（${name}），暂无结果`, en: `Internal error while analysing this file (${name}); no results` },
        },
      ],
    };
  }
}

/** Analyses a closed file from disk; undefined when it is binary (nothing to show). */
export async function analyseFileOnDisk(abs: string, rel: string, config: ProjectConfig): Promise<FileScanResult | undefined> {
  const outcome = await analyseWorkspaceFile({ abs, rel, size: 0 }, limitsOf(config), { config });
  if (outcome.status === 'binary' || outcome.status === 'unchanged') {
    return undefined; // 'unchanged' only happens when a known hash is passed, which this path never does
  }
  return outcome.status === 'scanned' ? { ...outcome.result, findings: applyProjectConfig(outcome.result.findings, config) } : outcome.result;
}
