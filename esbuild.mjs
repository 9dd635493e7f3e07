// Builds the three bundles: extension host (CJS), webview app (browser IIFE) and CLI (CJS with shebang).
// Flags: --watch rebuilds on change; --production minifies and drops source maps.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints lines in the format the `$esbuild-watch` problem matcher reads. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) {
          console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
      }
      console.log('[watch] build finished');
    });
  },
};

const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemMatcherPlugin],
};

// 'module' first: jsonc-parser's UMD main build hides its requires from the bundler.
const nodeShared = { ...shared, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'] };

/** Every bundle the product ships. Add new entry points here. */
export const bundles = [
  // recheck (3.5 MB, the ReDoS checker for custom patterns) is its own bundle, loaded on first use from beside the
  // others (src/core/config/patternSafety.ts): activation and scan workers do not compile it.
  { ...nodeShared, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', 'recheck'] },
  { ...nodeShared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', external: ['recheck'], banner: { js: '#!/usr/bin/env node' } },
  { ...nodeShared, entryPoints: ['src/core/perf/scanWorker.ts'], outfile: 'dist/scanWorker.js', external: ['recheck'], optional: true },
  { ...nodeShared, entryPoints: ['src/core/perf/statWorker.ts'], outfile: 'dist/statWorker.js', optional: true },
  { ...nodeShared, entryPoints: ['recheck'], outfile: 'dist/recheck.js' },
  {
    ...shared,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['src/webview/app/main.ts'],
    outfile: 'dist/webview.js',
  },
];

async function main() {
  const fs = await import('node:fs');
  const active = bundles
    .filter((b) => !b.optional || fs.existsSync(b.entryPoints[0]))
    .map(({ optional: _optional, ...options }) => options);
  const contexts = await Promise.all(active.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  let failed = false;
  for (const ctx of contexts) {
    try {
      await ctx.rebuild();
    } catch {
      failed = true;
    }
    await ctx.dispose();
  }
  if (fs.existsSync('dist/cli.js')) {
    fs.chmodSync('dist/cli.js', 0o755);
  }
  if (failed) {
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
