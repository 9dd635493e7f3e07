// Property-based fuzzing of every language front end and every detector, called DIRECTLY (the engine would turn an
// exception into a Problem and hide it). Each generated file goes through its front end and then through all ten
// detectors, so every detector sees every input. Invariants: nothing throws, no front end reports an internal
// failure, and every span lies inside the file. (Masking is checked where it is promised: on the engine's findings,
// in scan.test.ts.)
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectCalls, detectTrainingKeys } from '../../../src/core/detect/calls';
import { detectCrossBorder } from '../../../src/core/detect/crossBorder';
import { detectKeywords } from '../../../src/core/detect/keywords';
import { detectLibraries, importSet } from '../../../src/core/detect/libraries';
import { detectPiLogging } from '../../../src/core/detect/logging';
import { detectDeclarations, detectLiterals, detectSensitiveIdentifiers, detectXmlMappings } from '../../../src/core/detect/personalData';
import { mentionsIn, type DetectContext } from '../../../src/core/detect/types';
import { parseSource } from '../../../src/core/lang';
import { LineIndex } from '../../../src/core/lang/lines';
import type { SourceDoc } from '../../../src/core/lang/types';
import type { Span } from '../../../src/core/model';
import { anyText, count, FAMILY_FILES, jsonDoc, LANGUAGE_IDS, notebookDoc, packageJsonDoc, printTally, runs, sqlDoc, tokenSoup, tomlDoc, yamlDoc } from './inputs';

const NOW = new Date('2026-06-01T00:00:00Z');

const DETECTORS: Array<[string, (ctx: DetectContext, reported: Set<string>) => void]> = [
  ['declarations', (ctx, reported) => detectDeclarations(ctx, reported)],
  ['XML mappings', (ctx, reported) => detectXmlMappings(ctx, reported)],
  ['sensitive identifiers', (ctx, reported) => detectSensitiveIdentifiers(ctx, reported)],
  ['literal values', (ctx) => detectLiterals(ctx, NOW)],
  ['libraries', (ctx) => detectLibraries(ctx)],
  ['calls', (ctx) => detectCalls(ctx)],
  ['training keys', (ctx) => detectTrainingKeys(ctx)],
  ['keywords', (ctx) => detectKeywords(ctx)],
  ['cross-border', (ctx) => detectCrossBorder(ctx)],
  ['PI in logs', (ctx) => detectPiLogging(ctx)],
];

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function assertSpan(lengths: readonly number[], span: Span, what: string): void {
  for (const p of [span.start, span.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lengths.length, `${what}: line ${p.line} outside the file`);
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lengths[p.line], `${what}: character ${p.character} outside line ${p.line}`);
  }
  assert.ok(span.start.line < span.end.line || (span.start.line === span.end.line && span.start.character <= span.end.character), `${what}: inverted span`);
}

function assertDocSound(doc: SourceDoc, lengths: readonly number[]): void {
  const internal = doc.problems.filter((p) => p.message.en.startsWith('Could not fully analyse'));
  assert.deepEqual(internal.map((p) => p.message.en), [], `front end failed internally on ${doc.file}`);
  doc.tokens.forEach((t) => assertSpan(lengths, t.span, `token ${t.kind}`));
  doc.calls.forEach((c) => assertSpan(lengths, c.span, `call ${c.callee}`));
  doc.imports.forEach((i) => assertSpan(lengths, i.span, `import ${i.module}`));
  doc.dependencies.forEach((d) => assertSpan(lengths, d.span, `dependency ${d.name}`));
  doc.declarations.forEach((d) => d.fields.forEach((f) => assertSpan(lengths, f.span, `field ${f.name}`)));
}

/** Front end, then each detector on its own, exactly as the engine composes them. */
function fuzzOne(file: string, text: string, languageId?: string): void {
  const family = `front end: ${parseSource(file, '', languageId).family}`;
  const doc = parseSource(file, text, languageId);
  count(family);
  const lengths = lineLengths(text);
  assertDocSound(doc, lengths);
  const ctx: DetectContext = { doc, file, text, mentions: mentionsIn(text), lines: new LineIndex(text), imports: importSet({ doc }), hits: [] };
  const reported = new Set<string>();
  for (const [name, detect] of DETECTORS) {
    const before = ctx.hits.length;
    detect(ctx, reported);
    count(`detector: ${name}`);
    for (const hit of ctx.hits.slice(before)) {
      assertSpan(lengths, hit.span, `${name} hit ${hit.ruleId}`);
      assert.ok(hit.ruleId.length > 0, `${name}: hit without a rule id`);
    }
  }
}

const fileAndLanguage = fc.tuple(fc.constantFrom(...FAMILY_FILES), fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...LANGUAGE_IDS) }));

describe('fuzz: front ends and detectors (fast-check)', function () {
  this.timeout(600_000);

  after(() => printTally('front ends and detectors', [...new Set([...FAMILY_FILES.map((f) => `front end: ${parseSource(f, '').family}`), ...DETECTORS.map(([n]) => `detector: ${n}`)])]));

  it('code-shaped token soup in every family', () => {
    fc.assert(
      fc.property(fileAndLanguage, tokenSoup(120), ([file, languageId], text) => fuzzOne(file, text, languageId)),
      { numRuns: runs(5000), seed: 20260801 },
    );
  });

  it('arbitrary strings (astral, lone surrogates, controls) in every family', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FAMILY_FILES), anyText, (file, text) => fuzzOne(file, text)),
      { numRuns: runs(2000), seed: 20260802 },
    );
  });

  it('valid then mutated JSON, package.json, YAML, TOML, notebooks and SQL DDL', () => {
    const structured = fc.oneof(
      jsonDoc.map((t) => ['conf/app.json', t] as const),
      packageJsonDoc.map((t) => ['package.json', t] as const),
      yamlDoc.map((t) => ['deploy/app.yaml', t] as const),
      tomlDoc.map((t) => ['pyproject.toml', t] as const),
      notebookDoc.map((t) => ['nb/train.ipynb', t] as const),
      sqlDoc.map((t) => ['db/schema.sql', t] as const),
    );
    fc.assert(
      fc.property(structured, ([file, text]) => fuzzOne(file, text)),
      { numRuns: runs(3000), seed: 20260803 },
    );
  });

  it('can fail: a span outside the file is caught', () => {
    assert.throws(() => assertSpan([3], { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, 'probe'), /outside line 0/);
    assert.throws(() => assertSpan([3], { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, 'probe'), /outside the file/);
  });
});
