// Identifier word combinations (user tags, auto-approve, face login, voice clone, minor mode…), phrases in strings
// and comments, age comparisons (`age < 14`) and `ROBOTSTXT_OBEY = False`. First use of each token per file.
import { LIBRARY_IDENTIFIERS, PERSONAL_ARGUMENT_WORDS, PHRASES, RECOMMEND_WORDS, REC_VETO_WORDS, WORD_COMBOS, type WordCombo } from '../rules/keywords';
import { hasCjk } from './identifiers';
import { splitWords } from './words';
import { offsetOf, type DetectContext } from './types';
import { detached } from '../strings';

const LATIN_PHRASES = PHRASES.map((e) => ({ ruleId: e.ruleId, phrases: e.phrases.filter((p) => !hasCjk(p)) })).filter((e) => e.phrases.length > 0);

/** Word → indexes of combos that mention it, so each identifier checks only relevant combos. */
const COMBOS_BY_WORD = new Map<string, number[]>();
WORD_COMBOS.forEach((combo, index) => {
  for (const group of combo.all) {
    for (const word of group) {
      const list = COMBOS_BY_WORD.get(word) ?? [];
      if (!list.includes(index)) {
        list.push(index);
      }
      COMBOS_BY_WORD.set(word, list);
    }
  }
});

/** Per-text result of the word-combination search (file-independent combos only), memoised and bounded. */
interface ComboEntry {
  words: string[];
  /** `words` joined with `_`, the token a combo finding reports. */
  name: string;
  candidates: number[];
  library: boolean;
}

const COMBO_CACHE = new Map<string, ComboEntry>();

function comboCandidates(text: string): ComboEntry {
  let entry = COMBO_CACHE.get(text);
  if (!entry) {
    const words = splitWords(text);
    const set = new Set<number>();
    for (const word of words) {
      for (const index of COMBOS_BY_WORD.get(word) ?? []) {
        set.add(index);
      }
    }
    entry = { words, name: words.join('_'), candidates: [...set].sort((a, b) => a - b), library: LIBRARY_IDENTIFIERS.has(text.toLowerCase()) };
    if (COMBO_CACHE.size >= 50000) {
      COMBO_CACHE.clear();
    }
    COMBO_CACHE.set(detached(text), entry);
  }
  return entry;
}

function anyIn(words: readonly string[], group: readonly string[]): boolean {
  for (const word of words) {
    if (group.includes(word)) {
      return true;
    }
  }
  return false;
}

function anyInSet(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const word of words) {
    if (set.has(word)) {
      return true;
    }
  }
  return false;
}

// Plain loops, not `some`/`every` callbacks: this runs for every identifier of every keystroke's re-analysis, and
// the closures were a large share of what that allocates.
function comboMatches(combo: WordCombo, words: readonly string[], ctx: DetectContext): boolean {
  if (combo.not && anyIn(words, combo.not)) {
    return false;
  }
  for (const group of combo.all) {
    if (!anyIn(words, group)) {
      return false;
    }
  }
  if (!combo.fileAlso) {
    return true;
  }
  for (const word of combo.fileAlso) {
    if (ctx.mentions(word)) {
      return true;
    }
  }
  return false;
}

const EXPRESSION_CHAIN = /^[A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){1,4}$/;
export const AGE_COMPARISON = /^(?:\(\))?[ \t]*(?:<=?|>=?)[ \t]*(1[3468])\b/;
const KEY_FALSE = /^[ \t]*(?:[:=][ \t]*)?false/i;
const ROBOTS_FALSE = /^\s*[:=]\s*(?:false|False|FALSE|0|"false"|'false')\b/;
const ARGUMENT_IDENTIFIER = /[A-Za-z_$][\w$]{0,60}/g;

/** Lines covered by import statements: an imported class name is reported where it is defined or used, not at its import. */
function importLines(ctx: DetectContext): Set<number> {
  const lines = new Set<number>();
  for (const ref of ctx.doc.imports) {
    for (let line = ref.span.start.line; line <= ref.span.end.line && line - ref.span.start.line < 50; line++) {
      lines.add(line);
    }
  }
  return lines;
}

function onImport(lines: Set<number> | undefined, token: DetectContext['doc']['tokens'][number]): boolean {
  return lines?.has(token.span.start.line) === true;
}

/**
 * True when the identifier is immediately called or declared with a user among its arguments: `recommend(userId)`,
 * `def get_recommendations(data, user_id)`. A recommendation computed for one user is personalised whatever its name.
 */
function takesUserArgument(ctx: DetectContext, span: DetectContext['hits'][number]['span']): boolean {
  let i = offsetOf(ctx, span.end.line, span.end.character);
  const n = Math.min(ctx.text.length, i + 300);
  while (i < n && (ctx.text[i] === ' ' || ctx.text[i] === '\t')) {
    i++;
  }
  if (ctx.text[i] !== '(') {
    return false;
  }
  const close = ctx.text.indexOf(')', i);
  const args = ctx.text.slice(i + 1, close > i && close < n ? close : n);
  for (const m of args.matchAll(ARGUMENT_IDENTIFIER)) {
    if (splitWords(m[0]).some((w) => PERSONAL_ARGUMENT_WORDS.has(w))) {
      return true;
    }
  }
  return false;
}

export function detectKeywords(ctx: DetectContext): void {
  const seen = new Set<string>();
  const emit = (ruleId: string, token: string, span: DetectContext['hits'][number]['span'], confidence?: 'high' | 'medium' | 'low'): void => {
    const key = `${ruleId}\u0000${token.toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      ctx.hits.push({ ruleId, token, span, confidence });
    }
  };
  const phrasesSeen = new Set<string>();
  // Phrases in comments describe code; they are reported only when the code itself gave no finding of that rule.
  const commentPhrases: DetectContext['hits'] = [];
  const onImportLine = ctx.doc.imports.length > 0 ? importLines(ctx) : undefined;
  // Prose files (README, notes) describe features rather than implement them: phrases count only in code and config.
  const phrasesApply = ctx.doc.family !== 'text';
  const markup = ctx.doc.family === 'html';
  for (const token of ctx.doc.tokens) {
    // In templates, bound attribute values are code: `v-model="form.guardianConsent"` names an identifier.
    const boundExpression = markup && token.kind === 'value' && EXPRESSION_CHAIN.test(token.text);
    if (token.kind === 'identifier' || token.kind === 'key' || boundExpression) {
      const text = boundExpression ? token.text.slice(token.text.lastIndexOf('.') + 1) : token.text;
      if (text.length < 3 || text.length > 80) {
        continue;
      }
      if (text === 'ROBOTSTXT_OBEY') {
        const after = ctx.text.slice(offsetOf(ctx, token.span.end.line, token.span.end.character), offsetOf(ctx, token.span.end.line, token.span.end.character) + 20);
        if (ROBOTS_FALSE.test(after) || (token.kind === 'key' && KEY_FALSE.test(after))) {
          emit('AILL-SCRAPE-ROBOTS-IGNORED', 'ROBOTSTXT_OBEY = False', token.span);
        }
        continue;
      }
      // One memoised look-up per distinct identifier: its words, candidate combos and whether it names a library.
      const { words, name, candidates, library } = comboCandidates(text);
      if (library) {
        continue;
      }
      if (words[words.length - 1] === 'age' && token.kind === 'identifier') {
        const start = offsetOf(ctx, token.span.end.line, token.span.end.character);
        const m = AGE_COMPARISON.exec(ctx.text.slice(start, start + 16));
        if (m) {
          emit('AILL-MINORS-AGE-GATE', `${text} ${m[0].trim()}`, token.span);
          continue;
        }
      }
      let matched = false;
      for (const index of candidates) {
        const combo = WORD_COMBOS[index];
        // An imported recommendation name is a library module (the library rule reports it) or the project's own entity,
        // reported where it is defined or used. Imported face or synthesis classes (`CompareFaceRequest`) are the SDK call itself.
        // `onImport` is asked only when something matched: reading `token.span` computes the token's position.
        if (comboMatches(combo, words, ctx) && !(combo.ruleId.startsWith('AILL-REC-') && onImport(onImportLine, token))) {
          emit(combo.ruleId, name, token.span);
          matched = true;
          break;
        }
      }
      // A fallback: once the file has a personalised-recommendation finding, `model.recommend(user_id)` adds nothing.
      if (
        !matched &&
        token.kind === 'identifier' &&
        anyInSet(words, RECOMMEND_WORDS) &&
        !anyInSet(words, REC_VETO_WORDS) &&
        !ctx.hits.some((h) => h.ruleId === 'AILL-REC-PERSONALISED') &&
        !onImport(onImportLine, token) &&
        takesUserArgument(ctx, token.span)
      ) {
        emit('AILL-REC-PERSONALISED', name, token.span);
      }
    } else if (phrasesApply && (token.kind === 'string' || token.kind === 'comment' || token.kind === 'value')) {
      const text = token.text.length > 2000 ? token.text.slice(0, 2000) : token.text;
      // Most phrases are Chinese: strings without CJK characters only need the few Latin ones.
      const table = hasCjk(text) ? PHRASES : LATIN_PHRASES;
      if (table.length === 0) {
        continue;
      }
      const lower = text.toLowerCase();
      for (const entry of table) {
        for (const phrase of entry.phrases) {
          if (lower.includes(phrase) && !phrasesSeen.has(phrase)) {
            phrasesSeen.add(phrase);
            if (token.kind === 'comment') {
              commentPhrases.push({ ruleId: entry.ruleId, token: phrase, span: token.span, confidence: 'medium' });
            } else {
              emit(entry.ruleId, phrase, token.span, 'medium');
            }
          }
        }
      }
    }
  }
  if (commentPhrases.length > 0) {
    const fromCode = new Set(ctx.hits.map((h) => h.ruleId));
    for (const hit of commentPhrases) {
      if (!fromCode.has(hit.ruleId)) {
        emit(hit.ruleId, hit.token, hit.span, hit.confidence);
      }
    }
  }
}

export const KEYWORD_PATTERNS: readonly RegExp[] = [EXPRESSION_CHAIN, AGE_COMPARISON, ROBOTS_FALSE, KEY_FALSE, ARGUMENT_IDENTIFIER];
