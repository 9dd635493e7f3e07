// Which front end reads a file: special file names first, then the editor's language id, then the extension.
import type { LanguageFamily } from './types';

const BY_LANGUAGE_ID: Record<string, LanguageFamily> = {
  python: 'python',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'javascript',
  typescriptreact: 'javascript',
  java: 'java',
  kotlin: 'java',
  groovy: 'java',
  go: 'go',
  c: 'c',
  cpp: 'c',
  'cuda-cpp': 'c',
  csharp: 'c',
  sql: 'sql',
  yaml: 'yaml',
  dockercompose: 'yaml',
  json: 'json',
  jsonc: 'json',
  toml: 'toml',
  properties: 'properties',
  dotenv: 'properties',
  ini: 'properties',
  xml: 'xml',
  html: 'html',
  vue: 'html',
  dockerfile: 'dockerfile',
};

const BY_EXTENSION: Record<string, LanguageFamily> = {
  py: 'python',
  pyi: 'python',
  pyw: 'python',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'javascript',
  tsx: 'javascript',
  mts: 'javascript',
  cts: 'javascript',
  java: 'java',
  kt: 'java',
  kts: 'java',
  groovy: 'java',
  gradle: 'java',
  go: 'go',
  // C, C++, CUDA and C# (not .m: Objective-C shares it with MATLAB)
  c: 'c',
  h: 'c',
  cc: 'c',
  cpp: 'c',
  cxx: 'c',
  hh: 'c',
  hpp: 'c',
  hxx: 'c',
  cu: 'c',
  cuh: 'c',
  cs: 'c',
  sql: 'sql',
  ddl: 'sql',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  'code-workspace': 'json',
  toml: 'toml',
  properties: 'properties',
  env: 'properties',
  ini: 'properties',
  cfg: 'properties',
  xml: 'xml',
  pom: 'xml',
  xsd: 'xml',
  html: 'html',
  htm: 'html',
  vue: 'html',
  ipynb: 'notebook',
  dockerfile: 'dockerfile',
};

export function baseName(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return file.slice(slash + 1);
}

export function extensionOf(file: string): string {
  const base = baseName(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function detectFamily(file: string, languageId?: string): LanguageFamily {
  const base = baseName(file);
  const lower = base.toLowerCase();
  const ext = extensionOf(file);
  if (ext === 'ipynb') {
    return 'notebook';
  }
  if (lower === 'dockerfile' || lower === 'containerfile' || lower.startsWith('dockerfile.') || ext === 'dockerfile') {
    return 'dockerfile';
  }
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) {
    return 'properties';
  }
  if (lower === 'pipfile' || lower === 'poetry.lock' || lower === 'cargo.lock') {
    return 'toml';
  }
  if (lower === 'go.mod' || lower === 'go.sum' || /^requirements.*\.(txt|in)$/.test(lower)) {
    return 'text';
  }
  if (languageId) {
    const family = BY_LANGUAGE_ID[languageId];
    if (family) {
      return family;
    }
  }
  return BY_EXTENSION[ext] ?? 'text';
}

/** JSX is recognised in .js/.jsx/.tsx; TypeScript files use `<T>` for generics and casts. */
export function allowsJsx(file: string, languageId?: string): boolean {
  if (languageId === 'typescript') {
    return false;
  }
  if (languageId === 'javascriptreact' || languageId === 'typescriptreact') {
    return true;
  }
  const ext = extensionOf(file);
  return ext !== 'ts' && ext !== 'mts' && ext !== 'cts';
}
