// Calls and config keys: training calls (Trainer, model.fit, optimizer.step with backward, LoRA), dataset loading,
// training configuration keys and LLM SDK clients that default to a foreign endpoint.
import { LIBRARY_SIGNALS, ML_IMPORTS, MODEL_RECEIVER_WORDS, TRAINING_CALLS, TRAINING_KEYS, WEAK_TRAINING_KEYS } from '../rules/libraries';
import type { CallRef } from '../lang/types';
import type { RelatedLocation } from '../model';
import { splitWords } from './words';
import { moduleMatches, normModule, type DetectContext } from './types';

const NORMALISED = new Map<readonly string[], string[]>();
function normalisedList(names: readonly string[]): string[] {
  let list = NORMALISED.get(names);
  if (!list) {
    list = names.map(normModule);
    NORMALISED.set(names, list);
  }
  return list;
}

function importsAny(ctx: DetectContext, names: readonly string[]): boolean {
  if (ctx.imports.size === 0) {
    return false;
  }
  const wanted = normalisedList(names);
  for (const imported of ctx.imports) {
    if (wanted.some((w) => moduleMatches(imported, w))) {
      return true;
    }
  }
  return false;
}

function relatedImport(ctx: DetectContext, names: readonly string[]): RelatedLocation[] {
  const wanted = normalisedList(names);
  const ref = ctx.doc.imports.find((i) => wanted.some((w) => moduleMatches(normModule(i.module), w)));
  return ref
    ? [{ file: ctx.file, span: ref.span, message: { zh: `依赖：${ref.module}`, en: `Dependency: ${ref.module}` } }]
    : [];
}

function lastSegment(callee: string): string {
  const stripped = callee.startsWith('new ') ? callee.slice(4) : callee;
  const dot = stripped.lastIndexOf('.');
  return dot >= 0 ? stripped.slice(dot + 1) : stripped;
}

function receiverOf(callee: string): string {
  const stripped = callee.startsWith('new ') ? callee.slice(4) : callee;
  const dot = stripped.lastIndexOf('.');
  return dot >= 0 ? stripped.slice(0, dot) : '';
}

export const SDK_CLIENTS = new Set(['OpenAI', 'AsyncOpenAI', 'Anthropic', 'AsyncAnthropic', 'ChatOpenAI', 'ChatAnthropic', 'OpenAIEmbeddings']);
const SDK_MODULES = ['openai', 'anthropic', '@anthropic-ai/sdk', 'langchain_openai', '@langchain/openai', 'langchain_anthropic', '@langchain/anthropic'];
const BASE_URL_HINTS = ['base_url', 'baseurl', 'api_base', 'base_path', 'basepath', 'openai_api_base', 'azure_endpoint', 'endpoint', 'apibase'];

/** Generative-AI SDK modules (the same list the library rule reports as imports). */
const GENAI_MODULES: readonly string[] = LIBRARY_SIGNALS.filter((s) => s.ruleId === 'AILL-GENAI-SDK').flatMap((s) => s.names);
/**
 * Calls that send a prompt to a model, by the end of the callee. The import says an SDK is present; the call is where
 * user input leaves for the model, which is what a reviewer needs to see. Only counted when a generative-AI SDK is imported.
 */
const GENAI_CALL_SUFFIXES: readonly string[] = [
  'chat.completions.create', 'ChatCompletion.create', 'Completion.create', 'completions.create', 'responses.create', 'messages.create',
  'Generation.call', 'MultiModalConversation.call', 'ImageSynthesis.call', 'ImageSynthesis.async_call',
];
/** The suffixes with their leading dot, built once rather than for every call of every file. */
const DOTTED_GENAI_SUFFIXES = GENAI_CALL_SUFFIXES.map((s) => [s, `.${s}`] as const);
function genAiCall(callee: string): string | undefined {
  const stripped = callee.startsWith('new ') ? callee.slice(4) : callee;
  return DOTTED_GENAI_SUFFIXES.find(([s, dotted]) => stripped === s || stripped.endsWith(dotted))?.[0];
}

/** Training calls by name (the first entry of a name wins, as a linear find would). */
const TRAINING_BY_NAME = new Map<string, (typeof TRAINING_CALLS)[number]>();
for (const t of TRAINING_CALLS) {
  if (!TRAINING_BY_NAME.has(t.name)) {
    TRAINING_BY_NAME.set(t.name, t);
  }
}

export function detectCalls(ctx: DetectContext): void {
  const seen = new Set<string>();
  // Span and related import are worked out only for a call that is reported, not for repeats of the same finding.
  const emit = (ruleId: string, token: string, call: CallRef, related?: () => RelatedLocation[]): void => {
    const key = `${ruleId}\u0000${token}`;
    if (!seen.has(key)) {
      seen.add(key);
      ctx.hits.push({ ruleId, token, span: call.span, related: related?.() });
    }
  };
  const mlImported = importsAny(ctx, ML_IMPORTS);
  const hfDatasets = importsAny(ctx, ['datasets', 'modelscope']);
  const sdkImported = importsAny(ctx, SDK_MODULES);
  const genAiImported = importsAny(ctx, GENAI_MODULES);
  // Whole-text searches only when a call needs their answer (most files have neither a step() nor an SDK client).
  let hasBackward: boolean | undefined;
  let hasBaseUrl: boolean | undefined;

  for (const call of ctx.doc.calls) {
    const last = lastSegment(call.callee);
    const receiver = receiverOf(call.callee);
    const training = TRAINING_BY_NAME.get(last);
    if (training && (!training.needsImport || importsAny(ctx, training.needsImport))) {
      const needs = training.needsImport;
      emit('AILL-TRAIN-LOOP', last, call, needs ? () => relatedImport(ctx, needs) : undefined);
      continue;
    }
    if (last === 'fit' && mlImported && receiver) {
      const words = splitWords(receiver);
      if (words.some((w) => MODEL_RECEIVER_WORDS.has(w))) {
        emit('AILL-TRAIN-LOOP', `${receiver}.fit`, call, () => relatedImport(ctx, ML_IMPORTS));
      }
      continue;
    }
    if (last === 'step' && (hasBackward ??= ctx.mentions('.backward(')) && /(^|\.)(optimizer|optim|opt|optimiser)$/i.test(receiver)) {
      emit('AILL-TRAIN-LOOP', 'optimizer.step', call);
      continue;
    }
    const trainerTrain = last === 'train' && /(^|\.)trainer$/i.test(receiver) && !ctx.hits.some((h) => h.ruleId === 'AILL-TRAIN-LOOP');
    if (call.callee === 'deepspeed.initialize' || trainerTrain) {
      emit('AILL-TRAIN-LOOP', call.callee, call);
      continue;
    }
    if ((last === 'load_dataset' && hfDatasets) || call.callee === 'MsDataset.load') {
      const firstArg = /^\s*["']([^"'\n]{1,120})["']/.exec(call.args);
      emit('AILL-TRAIN-DATASET', firstArg ? `${last}(${firstArg[1]})` : last, call, () => relatedImport(ctx, ['datasets', 'modelscope']));
      continue;
    }
    const genAi = genAiImported ? genAiCall(call.callee) : undefined;
    if (genAi) {
      emit('AILL-GENAI-SDK', genAi, call, () => relatedImport(ctx, GENAI_MODULES));
      continue;
    }
    if (SDK_CLIENTS.has(last) && sdkImported && !(hasBaseUrl ??= BASE_URL_HINTS.some((h) => ctx.mentions(h))) && !/\*\*|\.\.\./.test(call.args)) {
      emit('AILL-XB-SDK-DEFAULT-HOST', last, call, () => relatedImport(ctx, SDK_MODULES));
    }
  }
}

/** Training hyper-parameters and data paths in configuration files (YAML/JSON/TOML/properties). */
export function detectTrainingKeys(ctx: DetectContext): void {
  const family = ctx.doc.family;
  if (family !== 'yaml' && family !== 'json' && family !== 'toml' && family !== 'properties') {
    return;
  }
  const found: Array<{ token: string; span: RelatedLocation['span']; weak: boolean }> = [];
  let hasLearningRate = false;
  for (const token of ctx.doc.tokens) {
    if (token.kind !== 'key') {
      continue;
    }
    const key = token.text.toLowerCase();
    if (key === 'learning_rate' || key === 'lr') {
      hasLearningRate = true;
    }
    if (TRAINING_KEYS.has(key)) {
      found.push({ token: token.text, span: token.span, weak: WEAK_TRAINING_KEYS.has(key) });
    }
  }
  // One finding per file, on the first decisive key: a strong key, or weak keys that corroborate each other.
  const strong = found.find((f) => !f.weak);
  const pick = strong ?? (found.length > 1 || (found.length === 1 && hasLearningRate) ? found[0] : undefined);
  if (pick) {
    ctx.hits.push({ ruleId: 'AILL-TRAIN-CONFIG', token: pick.token, span: pick.span });
  }
}

export const CALL_PATTERNS: readonly RegExp[] = [/^\s*["']([^"'\n]{1,120})["']/, /\*\*|\.\.\./, /(^|\.)(optimizer|optim|opt|optimiser)$/i, /(^|\.)trainer$/i];
