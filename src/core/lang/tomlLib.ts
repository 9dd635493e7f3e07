// smol-toml ships ESM types with a CommonJS build; this project compiles to CommonJS, so TypeScript refuses a
// static `import`. A plain require keeps esbuild bundling it (no runtime dependency) with a narrow local type.
interface SmolToml {
  parse(text: string): Record<string, unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const smolToml = require('smol-toml') as SmolToml;

export function parseToml(text: string): Record<string, unknown> {
  return smolToml.parse(text);
}
