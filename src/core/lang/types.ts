// What a language front end hands to the detectors: the identifiers, string literals and comments of a file,
// with exact positions, plus the structure the detectors need (declarations with fields, imports, calls).
import type { Problem, Span } from '../model';

export type LanguageFamily =
  | 'python'
  | 'javascript' // JS/TS/JSX/TSX/MJS/CJS
  | 'java' // Java and Kotlin
  | 'go'
  | 'c' // C, C++ and C#
  | 'sql'
  | 'yaml'
  | 'json' // JSON and JSONC
  | 'toml'
  | 'properties' // .properties and .env
  | 'xml' // XML, pom.xml
  | 'html' // HTML and Vue templates (script blocks are lexed as javascript)
  | 'notebook' // .ipynb: code cells lexed as python, positions mapped back to the notebook text
  | 'dockerfile'
  | 'text'; // anything else: only literal-value detection applies

export type TokenKind =
  | 'identifier'
  | 'string' // string literal contents (without quotes)
  | 'comment' // comment text (without comment markers)
  | 'key' // a key in a config file (YAML/JSON/TOML/properties/env) or an XML element/attribute name
  | 'value'; // a scalar value in a config file

export interface Token {
  kind: TokenKind;
  text: string;
  span: Span;
  /** For config keys and values: the dotted path, e.g. `training.lora.r`. */
  path?: string;
}

export interface FieldDecl {
  name: string;
  span: Span;
  /** A human label attached to the field: a DDL COMMENT, a doc/line comment, a Swagger description, a form label. */
  label?: string;
  labelSpan?: Span;
  /** Other names of the same field: a column name (`@Column(name=…)`, `Column("id_card")`), a JSON/ORM tag (`json:"id_card"`). */
  aliases?: string[];
}

/** A class, table, struct, DTO, interface, form or object literal that groups named fields. */
export interface Declaration {
  kind: 'class' | 'table' | 'struct' | 'interface' | 'form' | 'object' | 'type';
  name: string;
  span: Span;
  /** Label attached to the declaration itself (table COMMENT, class doc comment). */
  label?: string;
  fields: FieldDecl[];
}

export interface ImportRef {
  /** Module or package name as written, e.g. `transformers`, `@anthropic-ai/sdk`, `github.com/x/y`. */
  module: string;
  /** Imported names when known, e.g. `Trainer`. */
  names: string[];
  span: Span;
}

export interface CallRef {
  /** Callee as written with dots, e.g. `logger.info`, `trainer.train`, `openai.chat.completions.create`. */
  callee: string;
  span: Span;
  /** Raw argument text (may be truncated to a bounded length). */
  args: string;
  argsSpan?: Span;
  /** A constructor call written with `new` (`new OpenAI(...)`); `callee` is then the class name (`OpenAI`). */
  isNew?: boolean;
}

/** A dependency named in a manifest (package.json, requirements*.txt, pyproject.toml, pom.xml, build.gradle, go.mod). */
export interface DependencyRef {
  name: string;
  version?: string;
  span: Span;
}

export interface SourceDoc {
  file: string;
  family: LanguageFamily;
  /** Original text of the file (for notebooks: the notebook JSON). */
  text: string;
  tokens: Token[];
  declarations: Declaration[];
  imports: ImportRef[];
  calls: CallRef[];
  dependencies: DependencyRef[];
  /** Parse errors and similar; the front end never throws. */
  problems: Problem[];
}
