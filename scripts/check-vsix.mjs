// `npm run package:check`: lists the .vsix and fails if it holds anything outside the allow-list, misses a file the
// extension needs at run time, or ships source maps. A .vsix is a zip; we read its central directory directly.
// usage: node scripts/check-vsix.mjs [file.vsix]     (default: ai-law-lens-<version>.vsix in the repo root)
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/** vsce's own files at the zip root. */
const VSCE_FILES = new Set(['[Content_Types].xml', 'extension.vsixmanifest']);

/** Allowed paths inside `extension/`. vsce lower-cases readme/changelog and renames LICENSE to LICENSE.txt. */
const ALLOWED = [
  /^(dist|media|syntaxes|l10n|guidance)\/[^/].*$/,
  /^package\.json$/,
  /^package\.nls(\.[a-z]{2}(-[a-z]{2,4})?)?\.json$/i,
  /^(readme|changelog|license)(\.(md|txt))?$/i,
];

/** Allowed by folder, but a leak: source maps carry the source text and local paths. */
const FORBIDDEN = [{ test: /\.map$/i, why: 'source map (the production build must not ship them)' }];

const MAX_EOCD_SEARCH = 22 + 0xffff;

/** Entries of a zip file: name and sizes, read from the central directory. Throws a readable Error on bad input. */
export function listZipEntries(buffer) {
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - MAX_EOCD_SEARCH); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    throw new Error('not a zip file (no end-of-central-directory record)');
  }
  const count = buffer.readUInt16LE(eocd + 10);
  const cdOffset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new Error('zip64 archives are not expected for a .vsix');
  }
  const entries = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== 0x02014b50) {
      throw new Error(`corrupt zip: central directory entry ${n + 1} of ${count} is damaged`);
    }
    const method = buffer.readUInt16LE(p + 10);
    const compressedSize = buffer.readUInt32LE(p + 20);
    const size = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const localOffset = buffer.readUInt32LE(p + 42);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    entries.push({ name, size, compressedSize, method, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry (stored or deflated). */
export function readZipEntry(buffer, entry) {
  const local = entry.localOffset;
  if (buffer.readUInt32LE(local) !== 0x04034b50) {
    throw new Error(`corrupt zip: bad local header for ${entry.name}`);
  }
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    return data;
  }
  if (entry.method === 8) {
    return inflateRawSync(data);
  }
  throw new Error(`unsupported zip compression method ${entry.method} for ${entry.name}`);
}

/**
 * Checks the entry names against the allow-list and the run-time needs named by the packaged package.json.
 * Returns a list of human-readable problems (empty when the package is fine).
 */
export function checkEntries(names, manifest) {
  const problems = [];
  const inside = new Set();
  for (const name of names) {
    if (name.includes('\\') || name.split('/').includes('..') || name.startsWith('/')) {
      problems.push(`unsafe path: ${name}`);
      continue;
    }
    if (VSCE_FILES.has(name)) {
      continue;
    }
    if (!name.startsWith('extension/')) {
      problems.push(`not allowed (outside extension/): ${name}`);
      continue;
    }
    const rel = name.slice('extension/'.length);
    inside.add(rel);
    if (!ALLOWED.some((re) => re.test(rel))) {
      problems.push(`not allowed: ${rel}`);
      continue;
    }
    const bad = FORBIDDEN.find((f) => f.test.test(rel));
    if (bad) {
      problems.push(`not allowed: ${rel} — ${bad.why}`);
    }
  }
  for (const file of VSCE_FILES) {
    if (!names.includes(file)) {
      problems.push(`missing vsce file: ${file}`);
    }
  }
  if (!manifest) {
    problems.push('missing: package.json');
    return problems;
  }
  const normal = (p) => path.posix.normalize(String(p).replace(/^\.\//, ''));
  const required = [
    ['main', manifest.main ? normal(manifest.main).replace(/(\.js)?$/, '.js') : undefined],
    ['icon', manifest.icon ? normal(manifest.icon) : undefined],
    ['webview bundle', 'dist/webview.js'],
    ['scan worker', 'dist/scanWorker.js'],
    ['stat worker', 'dist/statWorker.js'],
  ];
  for (const [role, file] of required) {
    if (!file) {
      problems.push(`package.json names no ${role}`);
    } else if (!inside.has(file)) {
      problems.push(`missing ${role}: ${file}`);
    }
  }
  for (const [kind, re] of [['README', /^readme(\.md)?$/i], ['LICENSE', /^license(\.(md|txt))?$/i]]) {
    if (![...inside].some((rel) => re.test(rel))) {
      problems.push(`missing ${kind}`);
    }
  }
  return problems;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main(argv) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const file = path.resolve(argv[0] ?? path.join(root, `ai-law-lens-${version}.vsix`));
  if (!existsSync(file)) {
    console.error(`package:check: ${file} not found — run "npm run package" first`);
    return 1;
  }
  let entries;
  let manifest;
  try {
    const buffer = readFileSync(file);
    entries = listZipEntries(buffer);
    const pkg = entries.find((e) => e.name === 'extension/package.json');
    manifest = pkg ? JSON.parse(readZipEntry(buffer, pkg).toString('utf8')) : undefined;
  } catch (error) {
    console.error(`package:check: cannot read ${path.basename(file)}: ${error.message}`);
    return 1;
  }
  for (const e of entries) {
    console.log(`  ${kb(e.size).padStart(10)}  ${e.name}`);
  }
  const problems = checkEntries(
    entries.map((e) => e.name),
    manifest,
  );
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  console.log(`${path.basename(file)}: ${entries.length} entries, ${kb(statSync(file).size)} packed, ${kb(total)} unpacked`);
  if (problems.length > 0) {
    console.error(`package:check FAILED (${problems.length} problem(s)):`);
    problems.forEach((p) => console.error(`  - ${p}`));
    return 1;
  }
  console.log('package:check OK: only allow-listed files');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
