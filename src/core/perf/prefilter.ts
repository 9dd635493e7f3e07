// Keyword prefilter: one cheap pass over a file decides whether the front end and the detectors can find anything
// at all. The vocabulary is DERIVED from the detector and rule tables (never a hand list that could drift), and the
// test suite proves the engine's findings are identical with and without it.
//
// Matching is "squashed": lower-cased letters, digits and every non-ASCII character are kept, other ASCII characters
// are dropped, and a line break ends any match in progress. Detectors split identifiers into words at separators and case changes and match whole word
// sequences (`id_card`, `IdCard`, `shouji_hao` → pinyin `shoujihao`), so a sequence a detector can match is always a
// substring of the squashed text. Three kinds of keyword:
//   strong  — one is enough (`idcard`, `openai`, `人脸识别`, `sentryio`);
//   context — counts only together with a person word (`age`, `name`, initials such as `sfz`: detectors accept them
//             only inside a user/customer/patient… context);
//   person  — the person words themselves.
// Plus, in the same pass: a run of ≥ 11 digits (ID, mobile and bank-card literals), and trigger words checked against
// the raw text that follows them (`age` then `< 14`).
import { SDK_CLIENTS } from '../detect/calls';
import { PERSON_PROCESS_WORDS } from '../detect/identifiers';
import { AGE_COMPARISON } from '../detect/keywords';
import { LABELLED_PLACEHOLDER, PERSON_DUMP, REQUEST_BODY, SERIALISE_PERSON } from '../detect/logging';
import { NAME_QUALIFIERS, PERSON_WORDS, PERSON_ZH, PI_ELEMENTS } from '../detect/piVocabulary';
import { AWS_STYLE_REGION, FOREIGN_HOSTS, FOREIGN_REGION_NAMES, GCP_STYLE_REGION } from '../rules/hosts';
import { PHRASES, WORD_COMBOS } from '../rules/keywords';
import { LIBRARY_SIGNALS, TRAINING_CALLS, TRAINING_KEYS } from '../rules/libraries';

/**
 * `strong` words are enough on their own. Each clause is a conjunction: the file needs a word from EVERY group of
 * one clause (a word combination such as {user…} + {tags…}, or a context-only PI word together with a person word).
 */
export interface Vocabulary {
  strong: string[];
  clauses: string[][][];
  /** Words that count only when the raw text right after them matches `after` (anchored with `^`). */
  triggers: Array<{ word: string; after: RegExp }>;
}

/** Shortest digit run a literal detector reports (an 11-digit mobile number; ID numbers and bank cards are longer). */
export const MIN_LITERAL_DIGITS = 11;

/** Lower-cases ASCII letters and drops ASCII non-alphanumerics except line breaks, the way the matcher reads the text. */
export function squash(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127 || c === 10 || c === 13) {
      out += text[i];
    } else if (c >= 65 && c <= 90) {
      out += String.fromCharCode(c + 32);
    }
  }
  return out;
}

/**
 * Literal alternatives of the `index`-th top-level group of a regex made of plain alternatives, e.g. `(?:east|west)`.
 * Optional separators (`_?`) are dropped, an optional last character (`号码?`) is cut, a trailing `\s*\(` is ignored.
 * Returns undefined when an alternative is not plain text, so the caller can refuse to prefilter rather than guess.
 */
export function groupAlternatives(regex: RegExp, index: number): string[] | undefined {
  const src = regex.source;
  let depth = 0;
  let found = -1;
  let start = -1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') {
      if (depth === 0) {
        found++;
        if (found === index) {
          start = i + 1;
          if (src.startsWith('?:', start)) {
            start += 2;
          }
        }
      }
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && found === index) {
        return plainAlternatives(src.slice(start, i));
      }
    }
  }
  return undefined;
}

function plainAlternatives(body: string): string[] | undefined {
  const out: string[] = [];
  for (let alt of body.split('|')) {
    alt = alt.replace(/\\s\*\\\($/, '').replace(/\\\(\\\)$/, '').replace(/\\\($/, '').replace(/[_-]\?/g, '').replace(/\\\./g, '.');
    if (alt.endsWith('?')) {
      alt = alt.slice(0, -2);
    }
    if (alt === '' || /[\\[\](){}*+?^$|]/.test(alt)) {
      return undefined;
    }
    out.push(alt);
  }
  return out;
}

/** Builds the vocabulary from the detector and rule tables; undefined when a table could not be read soundly. */
export function buildVocabulary(): Vocabulary | undefined {
  const strong = new Set<string>();
  const words = (list: Iterable<string>): string[] => [...new Set([...list].map(squash).filter((w) => w.length > 0))].sort();
  const addStrong = (list: Iterable<string>): void => {
    for (const w of list) {
      const s = squash(w);
      if (s.length > 0) {
        strong.add(s);
      }
    }
  };
  // Personal-information elements: strong sequences and pinyin anywhere; weak sequences, initials and `name` alone
  // only in a person context (a person word in a declaration, label or log chain).
  const contextual: string[] = ['name'];
  for (const element of PI_ELEMENTS) {
    addStrong(element.strong.map((seq) => seq.join('')));
    contextual.push(...(element.weak ?? []).map((seq) => seq.join('')), ...(element.initials ?? []));
    addStrong(element.pinyin ?? []);
    addStrong(element.zh ?? []);
  }
  addStrong([...NAME_QUALIFIERS].map((q) => `${q}name`));
  const person = words([...PERSON_WORDS, ...PERSON_PROCESS_WORDS, ...PERSON_ZH]);
  const clauses: string[][][] = [[words(contextual), person]];
  // Word combinations (every group must match), phrases, libraries, training calls and keys, SDK clients.
  for (const combo of WORD_COMBOS) {
    if (combo.all.length === 1) {
      addStrong(combo.all[0]);
    } else {
      clauses.push(combo.all.map((group) => words(group)));
    }
  }
  PHRASES.forEach((e) => addStrong(e.phrases));
  addStrong(['ROBOTSTXT_OBEY']);
  LIBRARY_SIGNALS.forEach((s) => addStrong(s.names));
  addStrong(TRAINING_CALLS.map((c) => c.name));
  addStrong(TRAINING_KEYS);
  addStrong(SDK_CLIENTS);
  // detectCalls: model.fit, optimizer.step with .backward(, trainer.train, deepspeed.initialize, load_dataset, MsDataset.load.
  addStrong(['fit', 'backward', 'trainer', 'deepspeed', 'load_dataset', 'MsDataset']);
  // Cross-border: hosts, exact regions, and the direction words every pattern-shaped region contains.
  addStrong(FOREIGN_HOSTS);
  addStrong(FOREIGN_REGION_NAMES);
  const aws = groupAlternatives(AWS_STYLE_REGION, 2);
  const gcp = groupAlternatives(GCP_STYLE_REGION, 1);
  // PI in logs: labelled placeholders (`"手机号:{}"`) anywhere; serialised person records need a person word.
  const labels = groupAlternatives(LABELLED_PLACEHOLDER, 0);
  const serialise = groupAlternatives(SERIALISE_PERSON, 0);
  const dumps = groupAlternatives(PERSON_DUMP, 1);
  if (!aws || !gcp || !labels || !serialise || !dumps) {
    return undefined;
  }
  // Logged request bodies: `req.body`, `request.json`… squash to one word each.
  const receivers = groupAlternatives(REQUEST_BODY, 0);
  const members = groupAlternatives(REQUEST_BODY, 1);
  if (!receivers || !members) {
    return undefined;
  }
  addStrong([...aws, ...gcp, ...labels]);
  addStrong(receivers.flatMap((r) => members.map((m) => `${r}${m}`)));
  clauses.push([words([...serialise, ...dumps]), person]);
  // An identifier ending in `age` followed by a comparison with 13/14/16/18 (`user.age < 14`): checked where `age` ends.
  return { strong: [...strong].sort(), clauses, triggers: [{ word: 'age', after: AGE_COMPARISON }] };
}

// ---------------------------------------------------------------------------------------------------------------
// Two interchangeable matchers over the squashed text; scripts/bench-prefilter.ts measures both.

export interface KeywordMatcher {
  /** True when the text may hold a finding: a strong keyword, or a context keyword together with a person word. */
  matches(text: string): boolean;
}

/** Output bits of a state: a strong keyword ends here; a trigger word ends here. Clause words are listed per state. */
const STRONG = 1;
const TRIGGER = 2;
/** Some clause word ends here: one flag test per character instead of a second table lookup. */
const CLAUSE = 4;
/** Characters after a trigger word handed to its check (the detector reads no further). */
const TRIGGER_WINDOW = 16;
const ENCODER = new TextEncoder();
/** Encoding buffer for `matches`, reused so that re-analysing a document on each edit allocates none. */
let scratch = new Uint8Array(1 << 16);
const MAX_SCRATCH = 4 << 20;
/** Squashed text has 36 ASCII symbols: a-z (A-Z folded in) are columns 0-25, digits 26-35; -1 drops the character. */
const WIDTH = 36;
const FIRST_DIGIT = 26;
const COLUMN = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) {
  COLUMN[97 + c] = c;
  COLUMN[65 + c] = c;
}
for (let d = 0; d < 10; d++) {
  COLUMN[48 + d] = FIRST_DIGIT + d;
}

/**
 * Aho-Corasick automaton over squashed text, read as UTF-8 bytes. ASCII transitions are a dense 36-column DFA table
 * (failure links folded in); the bytes of non-ASCII characters (Chinese keywords) use per-state maps and follow
 * failure links at run time. The same pass counts digit runs for the literal detectors.
 */
export class AhoCorasick implements KeywordMatcher {
  private readonly ascii: Int32Array;
  private readonly wide: Array<Map<number, number> | undefined>;
  private readonly fail: Int32Array;
  private readonly flags: Uint8Array;
  /** Per state: flattened (clause, group bit) pairs of every clause word ending here (through failure links). */
  private readonly clauseOut: Array<Int32Array | undefined>;
  /** Per clause: the mask of all its groups. */
  private readonly full: Int32Array;
  /** Per state: the follow-up checks of trigger words ending here. */
  private readonly triggerOut: Array<RegExp[] | undefined>;

  constructor(vocabulary: Vocabulary) {
    const next: Array<Map<number, number>> = [new Map<number, number>()];
    const own: Array<number[] | undefined> = [undefined];
    const ownFlags: number[] = [0];
    const ownTriggers: Array<RegExp[] | undefined> = [undefined];
    const insert = (word: string): number => {
      let s = 0;
      const codes = Buffer.from(word, 'utf8');
      for (let i = 0; i < codes.length; i++) {
        const c = codes[i];
        let t = next[s].get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map<number, number>());
          own.push(undefined);
          ownFlags.push(0);
          ownTriggers.push(undefined);
          next[s].set(c, t);
        }
        s = t;
      }
      return s;
    };
    vocabulary.strong.forEach((w) => (ownFlags[insert(w)] |= STRONG));
    for (const trigger of vocabulary.triggers) {
      const s = insert(squash(trigger.word));
      ownFlags[s] |= TRIGGER;
      (ownTriggers[s] ??= []).push(trigger.after);
    }
    this.full = new Int32Array(vocabulary.clauses.length);
    vocabulary.clauses.forEach((groups, clause) => {
      this.full[clause] = (1 << groups.length) - 1;
      groups.forEach((group, g) => {
        for (const w of group) {
          const s = insert(w);
          (own[s] ??= []).push(clause, 1 << g);
        }
      });
    });
    const n = next.length;
    const fail = new Int32Array(n);
    const ascii = new Int32Array(n * WIDTH);
    const flags = new Uint8Array(n);
    const clauseOut: Array<Int32Array | undefined> = new Array<Int32Array | undefined>(n);
    const triggerOut: Array<RegExp[] | undefined> = new Array<RegExp[] | undefined>(n);
    const wide: Array<Map<number, number> | undefined> = new Array<Map<number, number> | undefined>(n);
    // Breadth-first: a state's failure target (and its table row) is settled before its children's.
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const f = fail[s];
      flags[s] = ownFlags[s] | (s === 0 ? 0 : flags[f]);
      const inherited = s === 0 ? undefined : clauseOut[f];
      const mine = own[s];
      clauseOut[s] = mine ? Int32Array.from(inherited ? [...mine, ...inherited] : mine) : inherited;
      if (clauseOut[s] !== undefined) {
        flags[s] |= CLAUSE;
      }
      const inheritedTriggers = s === 0 ? undefined : triggerOut[f];
      const myTriggers = ownTriggers[s];
      triggerOut[s] = myTriggers ? [...myTriggers, ...(inheritedTriggers ?? [])] : inheritedTriggers;
      if (s !== 0) {
        ascii.copyWithin(s * WIDTH, f * WIDTH, f * WIDTH + WIDTH); // missing transitions behave like the failure state's
      }
      for (const [c, t] of next[s]) {
        if (c < 128) {
          const col = COLUMN[c];
          fail[t] = s === 0 ? 0 : ascii[f * WIDTH + col];
          ascii[s * WIDTH + col] = t;
          queue.push(t);
          continue;
        }
        let target = 0;
        if (s !== 0) {
          for (let g = f; ; g = fail[g]) {
            const hit = next[g].get(c);
            if (hit !== undefined) {
              target = hit;
              break;
            }
            if (g === 0) {
              break;
            }
          }
        }
        fail[t] = target;
        (wide[s] ??= new Map()).set(c, t);
        queue.push(t);
      }
    }
    this.ascii = ascii;
    this.wide = wide;
    this.fail = fail;
    this.flags = flags;
    this.clauseOut = clauseOut;
    this.triggerOut = triggerOut;
  }

  /** The text is encoded into a reused buffer and read as bytes: one automaton and one loop serve text and files. */
  matches(text: string): boolean {
    const need = text.length * 3; // the most UTF-8 bytes a UTF-16 string can take
    if (need > MAX_SCRATCH) {
      return this.matchesBytes(Buffer.from(text, 'utf8'));
    }
    if (scratch.length < need) {
      scratch = new Uint8Array(need);
    }
    const { written } = ENCODER.encodeInto(text, scratch);
    return this.matchesBytes(scratch.subarray(0, written));
  }

  /**
   * The automaton runs over UTF-8 bytes, so a file can be checked before it is decoded. UTF-8 is self-synchronising:
   * a keyword's bytes occur exactly where its characters would, so the verdict is the one the text would get.
   */
  matchesBytes(bytes: Uint8Array): boolean {
    const ascii = this.ascii;
    const flags = this.flags;
    const clauseOut = this.clauseOut;
    const full = this.full;
    const column = COLUMN;
    let got: Int32Array | undefined;
    let s = 0;
    let digits = 0;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i];
      if (c < 128) {
        const col = column[c];
        if (col < 0) {
          digits = 0;
          if (c === 10 || c === 13) {
            s = 0;
          }
          continue;
        }
        if (col >= FIRST_DIGIT) {
          if (++digits >= MIN_LITERAL_DIGITS) {
            return true;
          }
        } else {
          digits = 0;
        }
        s = ascii[s * WIDTH + col];
      } else {
        digits = 0;
        s = this.wideStep(s, c);
      }
      const flag = flags[s];
      if (flag === 0) {
        continue;
      }
      if ((flag & STRONG) !== 0) {
        return true;
      }
      // The window of TRIGGER_WINDOW characters is at most 4 bytes each.
      if ((flag & TRIGGER) !== 0 && this.triggered(s, Buffer.from(bytes.buffer, bytes.byteOffset + i + 1, Math.min(bytes.length - i - 1, 4 * TRIGGER_WINDOW)).toString('utf8'), 0)) {
        return true;
      }
      if ((flag & CLAUSE) !== 0) {
        const out = clauseOut[s]!;
        got ??= new Int32Array(full.length);
        for (let k = 0; k < out.length; k += 2) {
          const clause = out[k];
          got[clause] |= out[k + 1];
          if (got[clause] === full[clause]) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private triggered(state: number, text: string, after: number): boolean {
    const checks = this.triggerOut[state];
    if (!checks) {
      return false;
    }
    const window = text.slice(after, after + TRIGGER_WINDOW);
    return checks.some((re) => re.test(window));
  }

  private wideStep(state: number, c: number): number {
    let s = state;
    for (;;) {
      const t = this.wide[s]?.get(c);
      if (t !== undefined) {
        return t;
      }
      if (s === 0) {
        return 0;
      }
      s = this.fail[s];
    }
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Combined regular expressions over the squashed text: one alternation for the strong words, one per clause group. */
export class CombinedRegex implements KeywordMatcher {
  private readonly strong: RegExp;
  private readonly clauses: RegExp[][];
  private readonly triggers: RegExp[];

  constructor(vocabulary: Vocabulary) {
    const alt = (words: string[]): RegExp => new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|'));
    this.strong = alt(vocabulary.strong);
    this.clauses = vocabulary.clauses.map((groups) => groups.map(alt));
    // A trigger word, possibly written with separators (`a_g_e`), then its anchored follow-up pattern.
    this.triggers = vocabulary.triggers.map(
      (t) => new RegExp(`${[...squash(t.word)].map(escapeRegex).join('[^A-Za-z0-9\\n\\r\\u0080-\\uffff]*')}${t.after.source.replace(/^\^/, '')}`, 'i'),
    );
  }

  matches(text: string): boolean {
    if (hasLongDigitRun(text)) {
      return true;
    }
    const s = squash(text);
    return this.strong.test(s) || this.clauses.some((groups) => groups.every((g) => g.test(s))) || this.triggers.some((re) => re.test(text));
  }
}

// ---------------------------------------------------------------------------------------------------------------

export function hasLongDigitRun(text: string, min = MIN_LITERAL_DIGITS): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run >= min) {
        return true;
      }
    } else {
      run = 0;
    }
  }
  return false;
}

/** Families whose front end decodes escapes or entities: the decoded text may hold words the raw bytes spell differently. */
const DECODING_FAMILIES = new Set(['json', 'yaml', 'toml', 'notebook', 'properties', 'xml', 'html']);

export interface PrefilterVerdict {
  /** False when nothing in the file can produce a finding: the front end and detectors may be skipped. */
  analyse: boolean;
}

export class Prefilter {
  private built: AhoCorasick | undefined;

  /** The automaton is built on first use (20–45 ms): nothing pays for it before a file is checked. */
  constructor(private readonly makeMatcher: () => AhoCorasick) {}

  private get matcher(): AhoCorasick {
    this.built ??= this.makeMatcher();
    return this.built;
  }

  /** `family` is the language family the front end would use. */
  needsAnalysis(text: string, family: string): boolean {
    if (DECODING_FAMILIES.has(family) && (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0)) {
      return true;
    }
    return this.matcher.matches(text);
  }

  /**
   * `needsAnalysis` of a file's text, decided on its bytes, which must be valid UTF-8: lets the reader skip decoding
   * the files that need no analysis (most of a workspace).
   */
  needsAnalysisOfBytes(bytes: Uint8Array, family: string): boolean {
    if (DECODING_FAMILIES.has(family) && (bytes.indexOf(0x5c) >= 0 || bytes.indexOf(0x26) >= 0)) {
      return true;
    }
    return this.matcher.matchesBytes(bytes);
  }
}

let shared: Prefilter | null | undefined;

/** The engine's prefilter (Aho-Corasick, measured faster: see scripts/bench-prefilter.ts), or null when the vocabulary could not be derived. */
export function defaultPrefilter(): Prefilter | null {
  if (shared === undefined) {
    const vocabulary = buildVocabulary();
    shared = vocabulary ? new Prefilter(() => new AhoCorasick(vocabulary)) : null;
  }
  return shared;
}

export const PREFILTER_PATTERNS: readonly RegExp[] = [/^\^/, /\\\(\\\)$/, /\\s\*\\\($/, /\\\($/, /[_-]\?/g, /\\\./g, /[\\[\](){}*+?^$|]/, /[.*+?^${}()|[\]\\]/g];
