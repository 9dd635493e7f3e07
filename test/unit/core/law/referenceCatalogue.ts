// Reads the project's verified legal reference (shared/reference/legal-catalogue.md) into
// (instrument, article, status) rows, so tests can hold the catalogue to it.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type ReferenceStatus = 'yes' | 'SEC' | 'UNVERIFIED' | 'other';

export interface ReferenceRow {
  /** Catalogue instrument id where one exists, otherwise a descriptive key (e.g. EU-AI-ACT). */
  instrument: string;
  article: string;
  /** Pre-2026 number, for the amended Cybersecurity Law. */
  former?: string;
  status: ReferenceStatus;
}

/**
 * Walks up from `start` to the repository root. Compiled tests run from out/, which also holds a copy of
 * package.json, so the root is recognised by a TypeScript source file only the real tree has.
 */
export function findRepoRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src', 'core', 'law', 'obligations.ts'))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`repository root not found above ${start}`);
    }
    dir = parent;
  }
}

/** CI puts shared/ beside the clone, exactly as in the shared working tree. */
export function referencePath(repoRoot: string = findRepoRoot()): string {
  return path.resolve(repoRoot, '../shared/reference/legal-catalogue.md');
}

// Section headings → instrument keys. Order matters: more specific names first.
const SECTIONS: Array<[RegExp, string | null]> = [
  [/Trigger map|Open questions|How to read/i, null],
  [/Other instruments verified in passing/i, 'OTHER'],
  [/EU comparison/i, 'EU-AI-ACT'],
  [/planned Artificial Intelligence Law/i, 'AIL-STATUS'],
  [/Generative-AI security standards/i, 'TC260'],
  [/Compliance Audits/i, 'PI-AUDIT'],
  [/Protection of Minors Online/i, 'MINORS'],
  [/SPC Provisions/i, 'SPC-FR'],
  [/Application of Facial Recognition/i, 'FRT'],
  [/Standard Contract/i, 'STANDARD-CONTRACT'],
  [/Security Assessment of Outbound/i, 'OUTBOUND-ASSESSMENT'],
  [/Promoting and Regulating Cross-Border/i, 'CBDF'],
  [/Network Data Security/i, 'NDSMR'],
  [/GB 45438/i, 'GB45438'],
  [/Measures for Labeling/i, 'LABEL'],
  [/Generative AI Services/i, 'GAI'],
  [/Deep Synthesis Provisions/i, 'DSP'],
  [/Algorithmic Recommendation/i, 'ARP'],
  [/Cybersecurity Law/i, 'CSL'],
  [/Data Security Law/i, 'DSL'],
  [/Personal Information Protection Law/i, 'PIPL'],
];

// Instruments of the "verified in passing" table, by Chinese name.
const OTHER_NAMES: Array<[string, string]> = [
  ['电子商务法', 'ECL'],
  ['消费者权益保护法实施条例', 'CPLIR'],
  ['网络安全审查办法', 'CSRM'],
];

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

function statusOf(cell: string): ReferenceStatus {
  if (/^yes\b/i.test(cell)) {
    return 'yes';
  }
  if (/UNVERIFIED/.test(cell)) {
    return 'UNVERIFIED';
  }
  if (/\bSEC\b/.test(cell)) {
    return 'SEC';
  }
  return 'other';
}

/** "21, 59" → [21, 59]; "44–50" → 44..50; "6 + Annex III" → [6]; "?" → []. */
export function articleNumbers(spec: string): string[] {
  const out: string[] = [];
  for (const token of spec.split(/[,+]/)) {
    const range = /^\s*(\d+)\s*[–-]\s*(\d+)\s*$/.exec(token);
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) {
        out.push(String(n));
      }
      continue;
    }
    const single = /^\s*(\d+)\b/.exec(token);
    if (single) {
      out.push(single[1]);
    }
  }
  return out;
}

export function parseReference(markdown: string): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  let section: string | null = null;
  let header: string[] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^#{2,3}\s+(.*)$/.exec(line);
    if (heading) {
      const match = SECTIONS.find(([re]) => re.test(heading[1]));
      section = match ? match[1] : null;
      header = null;
      continue;
    }
    if (!line.trim().startsWith('|')) {
      header = null;
      continue;
    }
    const cells = splitRow(line);
    if (!header) {
      header = cells.map((c) => c.toLowerCase());
      continue;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c)) || !section) {
      continue;
    }
    if (section === 'OTHER') {
      if (!header[header.length - 1].startsWith('articles used')) {
        continue;
      }
      const instrument = OTHER_NAMES.find(([name]) => cells[0].includes(name))?.[1];
      if (!instrument) {
        continue;
      }
      for (const part of cells[cells.length - 1].split(';')) {
        const n = /^\s*(\d+)/.exec(part);
        if (n) {
          rows.push({ instrument, article: n[1], status: 'yes' });
        }
      }
      continue;
    }
    const first = header[0];
    if (header[header.length - 1] !== 'verified' || !/art\.|clause/.test(first)) {
      continue;
    }
    const status = statusOf(cells[cells.length - 1]);
    const spec = cells[0];
    if (section === 'CSL') {
      const csl = /^(\d+)\s*\((\d+|new)\)/.exec(spec);
      if (csl) {
        rows.push({ instrument: 'CSL', article: csl[1], former: csl[2] === 'new' ? undefined : csl[2], status });
        continue;
      }
    }
    for (const article of articleNumbers(spec)) {
      rows.push({ instrument: section, article, status });
    }
  }
  return rows;
}

export function readReference(file: string = referencePath()): ReferenceRow[] | undefined {
  return fs.existsSync(file) ? parseReference(fs.readFileSync(file, 'utf8')) : undefined;
}
