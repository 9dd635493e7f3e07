// Decides whether a workspace-relative path is excluded: project config and settings globs, `files.exclude`,
// and the root `.gitignore`, all in gitignore syntax through the `ignore` package. Pure: callers pass the texts.
import ignore from 'ignore';

export interface ExclusionInput {
  /** Globs from the merged config (project exclude + files.exclude + settings). */
  globs: readonly string[];
  /** Contents of the root .gitignore, when there is one. */
  gitignore?: string;
}

export type ExclusionTest = (relPath: string) => boolean;

const ALWAYS = ['.git/', 'node_modules/'];

export function createExclusion(input: ExclusionInput): ExclusionTest {
  const matcher = ignore({ allowRelativePaths: true }).add(ALWAYS);
  for (const glob of input.globs) {
    try {
      matcher.add(glob);
    } catch {
      // A malformed glob must not disable every other exclusion; it is simply skipped.
    }
  }
  if (input.gitignore) {
    matcher.add(input.gitignore);
  }
  return (relPath: string) => {
    const clean = relPath.replace(/\\/g, '/').replace(/^\.\/+/, '');
    if (!clean || clean.startsWith('../') || /^[A-Za-z]:\//.test(clean) || clean.startsWith('/')) {
      return false;
    }
    try {
      return matcher.ignores(clean);
    } catch {
      return false;
    }
  };
}
