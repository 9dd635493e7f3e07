// A recogniser for the plainest YAML: block mappings and sequences of plain ASCII scalars, indented with spaces, with
// comments. YAML files are parsed even when no detector has a keyword in them, only so that syntax errors are
// reported, and the `yaml` library costs ~50 µs for even a ten-line file. A text this recogniser accepts is certain
// to parse without errors, so a keyword-free one can skip the library. Anything it is unsure about (quotes, flow
// collections, anchors, tags, block scalars, tabs, non-ASCII, document markers, odd indentation, duplicate keys)
// returns false, and the library decides as before. It never says "valid" for text the library would reject: a
// property test checks that against the library on thousands of generated texts.

/** Starts with a letter: a key like `1`, `01` or `0x1` is a number, and two of them can be the same key. */
const KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
/** Keys the core schema reads as null or booleans (`null` and `Null` are the same key). */
const NON_STRING_KEYS = new Set(['null', 'true', 'false']);
/** A plain scalar: no indicator at the start (`@`, `,` and the like are reserved there), no `: ` or ` #` inside (those change the meaning), nothing special. */
const SCALAR = /^[A-Za-z0-9_./+=;()~$^][A-Za-z0-9_./+=,;()~$^@ -]*$/;
const NEGATIVE_NUMBER = /^-[0-9][0-9._]*$/;
const LONGEST_KEY = 200;
/** Far below the front end's own nesting guard, which reports deeper files. */
const DEEPEST = 64;

interface Block {
  indent: number;
  kind: 'map' | 'seq';
  keys: Set<string>;
}

/** True only when `text` is plain block YAML that certainly parses without an error. */
export function isSimpleYaml(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || (c < 32 && c !== 10 && c !== 13) || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      return false; // tabs, control characters, a CR outside CRLF, non-ASCII: the library's business
    }
  }
  const stack: Block[] = [];
  /** Indent of the last `key:` with no value on its line: the next line may open a block below it. */
  let opener: number | undefined;
  for (const raw of text.split('\n')) {
    const line = stripComment(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
    if (line === undefined) {
      return false;
    }
    if (line.trim() === '') {
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const body = line.slice(indent).trimEnd();
    if (indent === 0 && (body.startsWith('---') || body.startsWith('...') || body.startsWith('%'))) {
      return false;
    }
    const item = body.startsWith('- ');
    const content = item ? body.slice(2).trimStart() : body;
    if (item && !isScalar(content)) {
      return false; // `- key: value` and nested items need the library's indentation rules
    }
    let key: string | undefined;
    let value = '';
    if (!item) {
      const colon = content.indexOf(':');
      if (colon <= 0 || (colon + 1 < content.length && content[colon + 1] !== ' ')) {
        return false;
      }
      key = content.slice(0, colon);
      value = content.slice(colon + 1).trim();
      if (key.length > LONGEST_KEY || !KEY.test(key) || NON_STRING_KEYS.has(key.toLowerCase()) || (value !== '' && !isScalar(value))) {
        return false;
      }
    }
    const kind = item ? 'seq' : 'map';
    const top = stack[stack.length - 1];
    if (opener !== undefined && indent > opener) {
      if (stack.length >= DEEPEST) {
        return false;
      }
      stack.push({ indent, kind, keys: new Set() }); // the block under the last `key:`
    } else if (!top) {
      if (indent !== 0) {
        return false;
      }
      stack.push({ indent, kind, keys: new Set() });
    } else {
      while (stack.length > 0 && stack[stack.length - 1].indent > indent) {
        stack.pop();
      }
      const block = stack[stack.length - 1];
      if (!block || block.indent !== indent || block.kind !== kind) {
        return false; // indentation that matches no open block, or a list item among keys
      }
    }
    const block = stack[stack.length - 1];
    if (key !== undefined) {
      if (block.keys.has(key)) {
        return false; // duplicate keys are an error in the library
      }
      block.keys.add(key);
    }
    opener = key !== undefined && value === '' ? indent : undefined;
  }
  return true;
}

function isScalar(value: string): boolean {
  return (SCALAR.test(value) || NEGATIVE_NUMBER.test(value)) && !value.endsWith(' ');
}

/** The line without a trailing ` # comment`; undefined when a `#` sits where it could mean something else. */
function stripComment(line: string): string | undefined {
  const hash = line.indexOf('#');
  if (hash < 0) {
    return line;
  }
  if (hash === 0 || line.slice(0, hash).trim() === '' || line[hash - 1] === ' ') {
    return line.slice(0, hash);
  }
  return undefined;
}
