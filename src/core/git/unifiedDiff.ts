// Parses `git diff -U0` output into the added/changed line ranges of each file (the "new" side).

/** 1-based, inclusive. */
export interface LineRange {
  start: number;
  end: number;
}

const C_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', '"': '"', '\\': '\\' };

/**
 * git C-quotes a path that contains control characters, quotes or backslashes ("a\tb", octal UTF-8 bytes when
 * core.quotePath is on). Returns the path as it is on disk.
 */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2) {
    return raw;
  }
  const body = raw.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      const octal = body.slice(i + 1, i + 4);
      bytes.push(parseInt(octal, 8));
      i += octal.length;
    } else {
      bytes.push(...Buffer.from(C_ESCAPES[next] ?? next, 'utf8'));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function newSidePath(line: string): string | undefined {
  const raw = line.slice(4).replace(/\t$/, '');
  if (raw === '/dev/null') {
    return undefined;
  }
  const unquoted = unquoteGitPath(raw);
  return unquoted.startsWith('b/') ? unquoted.slice(2) : unquoted;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** File (as git prints it, relative) → ranges of lines that exist in the new version and were added or changed. */
export function parseUnifiedDiff(text: string): Map<string, LineRange[]> {
  const files = new Map<string, LineRange[]>();
  let current: LineRange[] | undefined;
  // Only header lines name files: an added line whose text starts with "++ " also begins with "+++ ".
  let inHeader = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      inHeader = true;
    } else if (inHeader && line.startsWith('+++ ')) {
      const file = newSidePath(line);
      current = undefined;
      if (file !== undefined) {
        current = [];
        files.set(file, current);
      }
    } else if (line.startsWith('@@')) {
      inHeader = false;
      const match = HUNK.exec(line);
      if (match && current) {
        const start = Number(match[1]);
        const count = match[2] === undefined ? 1 : Number(match[2]);
        if (count > 0) {
          current.push({ start, end: start + count - 1 });
        }
      }
    }
  }
  return files;
}
