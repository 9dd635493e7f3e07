// Name, version and home of the tool, as reported by `--version` and in SARIF/JSON output.
import pkg from '../../package.json';
import type { ToolInfo } from '../core/report';

function infoUri(): string {
  const manifest = pkg as { homepage?: string; repository?: { url?: string } };
  const raw = manifest.homepage ?? manifest.repository?.url ?? 'https://example.invalid/ai-law-lens';
  return raw.replace(/^git\+/, '').replace(/\.git$/, '');
}

export const TOOL: ToolInfo & { packageName: string } = {
  name: 'AI Law Lens',
  packageName: pkg.name,
  version: pkg.version,
  informationUri: infoUri(),
};
