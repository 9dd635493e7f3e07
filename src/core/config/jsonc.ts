// jsonc-parser's "main" is a UMD build whose inner requires esbuild cannot follow (the bundle needs
// `mainFields: ['module', 'main']`). Loading it lazily means a bundle that gets this wrong only breaks JSON config
// parsing, never the start of every command.
import type * as Jsonc from 'jsonc-parser';

let cached: typeof Jsonc | undefined;

export function jsonc(): typeof Jsonc {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cached ??= require('jsonc-parser') as typeof Jsonc;
  return cached;
}
