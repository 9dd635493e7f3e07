// Input generators for the fuzz suite: one file name per front end, token soups that reach deep into each
// detector, structured documents (JSON, YAML, TOML, notebooks, SQL DDL) that are then mutated, raw bytes with
// invalid UTF-8 and mixed encodings, and the pathological shapes (deep nesting, huge lines) used for linearity.
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { stringify as yamlStringify } from 'yaml';

// smol-toml's types are ESM-only while tests compile to CommonJS (see src/core/lang/tomlLib.ts): require it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const smolToml = require('smol-toml') as { stringify: (value: Record<string, unknown>) => string };
const tomlStringify = smolToml.stringify;

/** One file per front end (and the manifests, which add a second pass). */
export const FAMILY_FILES = [
  'app/user.py',
  'web/user.ts',
  'web/Form.tsx',
  'web/legacy.js',
  'src/User.java',
  'src/User.kt',
  'build.gradle',
  'svc/user.go',
  'native/user.cpp',
  'Models/Member.cs',
  'db/schema.sql',
  'deploy/app.yaml',
  'conf/app.json',
  'conf/app.jsonc',
  'conf/app.toml',
  'conf/app.properties',
  '.env',
  'pom.xml',
  'web/index.html',
  'web/Form.vue',
  'nb/train.ipynb',
  'Dockerfile',
  'package.json',
  'requirements.txt',
  'pyproject.toml',
  'go.mod',
  'notes.txt',
] as const;

/** Raw PI values in the generators' vocabulary: the scanner may report them, but only masked. */
export const PLANTED_PI = ['110101199003074578', '11010119900307457X', '13812345678', 'zhang.san@example.com', '6222020200112233445', '4111111111111111'];

/** VS Code language ids the editor may pass, including ones that disagree with the extension. */
export const LANGUAGE_IDS = [undefined, 'python', 'typescriptreact', 'java', 'kotlin', 'groovy', 'go', 'sql', 'yaml', 'jsonc', 'toml', 'dotenv', 'xml', 'vue', 'dockerfile', 'plaintext'] as const;

/** Fragments that steer random text into every lexer state and every detector's interesting branch. */
const SYNTAX = [
  '"', "'", '`', '"""', "'''", '/*', '*/', '//', '#', '--', '<!--', '-->', '${', '{{', '}}', '{', '}', '[', ']', '(', ')', '<', '>', '/>', '</',
  '=', ':', ';', ',', '.', '\\', '\\u8eab', '\\x00', '\n', '\r\n', '\r', '\t', ' ', '  ', '- ', '? ', '&a ', '*a', '!!str ', '|', '>-', '---', '...',
  '@', '@Column(name = "', '`json:"', '"', '<script>', '</script>', '<template>', '<input name="', '<label>', '<![CDATA[', ']]>', '<?xml ', '?>',
  '[tool.poetry]', '[[x]]', 'FROM python:3', 'RUN pip install ', 'ENV ', 'COMMENT ', "COMMENT '", 'CREATE TABLE t (', 'VARCHAR(18)', 'PRIMARY KEY', 'ALTER TABLE',
  'class ', 'def ', 'func ', 'type ', 'struct ', 'interface ', 'data class ', 'import ', 'from ', 'require(', 'package ', 'new ', 'return ', 'export ', 'const ', 'var ', 'let ', 'val ',
  '"cells": [', '"cell_type": "code"', '"source": [', '"dependencies": {',
];

const VOCAB = [
  'user', 'User', 'member', 'customer', 'patient', 'student', 'employee', 'driver', '用户', '会员', '客户', '患者', 'yonghu', 'kehu',
  'id_card', 'idCard', 'id_number', 'shenfenzheng', 'sfz', 'sfzh', 'sjh', 'lxdh', 'xm', 'phone', 'mobile', 'email', 'address', 'real_name', 'name', 'birthday',
  'bank_card', 'face', 'face_embedding', 'biometric', 'fingerprint', 'health', 'religion', 'location', 'gps', 'minor', 'age', 'child', 'under14', '未成年',
  '身份证号', '手机号', '姓名', '住址', '银行卡号', '人脸', '指纹', '病历', '行踪轨迹',
  'file_name', 'name_hash', 'encrypted_phone', 'masked_id', 'access_token', 'app_env', 'user_count', 'avatar_url', 'user_type',
  'logger.info', 'log.debug', 'console.log', 'print', 'logging.warning', 'fmt.Println', 'System.out.println', 'LOG.info', 'slog.Info',
  'openai', 'OpenAI', 'chat.completions.create', 'anthropic', 'transformers', 'Trainer', 'trainer.train', 'model.fit', 'torch', 'LoraConfig', 'peft', 'dashscope', 'qianfan', 'zhipuai',
  'insightface', 'face_recognition', 'deepface', 'cv2.CascadeClassifier', 'diffusers', 'StableDiffusionPipeline', 'voice_clone', 'faceswap', 'deepfake',
  'recommend', 'ranking', 'user_profile', 'collaborative_filtering', 'credit_score', 'risk_score', 'auto_reject', 'approve_loan',
  'requests.get', 'BeautifulSoup', 'scrapy', 'selenium', 'crawler', 'spider', 'puppeteer',
  'amazonaws.com', 's3.us-east-1.amazonaws.com', 'api.openai.com', 'storage.googleapis.com', 'oss-cn-hangzhou.aliyuncs.com', 'https://', 'us-west-2', 'eu-central-1',
  '110101199003074578', '11010119900307457X', '13812345678', '+86 138 1234 5678', 'zhang.san@example.com', '6222020200112233445', '4111111111111111',
  'ai-law-lens-disable-line', 'ai-law-lens-disable-next-line', 'ai-law-lens-disable-file', 'AILL-PI-001', 'reason:', 'expires=2020-01-01', 'reviewer=li',
];

export const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 4, arbitrary: fc.constantFrom(...VOCAB) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }, // lone surrogates too
);

/** Code-shaped text: a soup of syntax, PI vocabulary and noise. */
export const tokenSoup = (maxParts = 80): fc.Arbitrary<string> => fc.array(fragment, { maxLength: maxParts }).map((parts) => parts.join(''));

/** Any string, including astral code points, lone surrogates and control characters. */
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ maxLength: 300 }));

/** Cuts, duplicates or corrupts a valid document at a random point: the typical half-typed or merge-damaged file. */
export function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.nat(), fc.nat(), fc.constantFrom('truncate', 'insert', 'delete', 'duplicate', 'none'), fragment).map(([text, a, b, op, frag]) => {
    const i = text.length === 0 ? 0 : a % (text.length + 1);
    const j = text.length === 0 ? 0 : b % (text.length + 1);
    switch (op) {
      case 'truncate':
        return text.slice(0, i);
      case 'insert':
        return text.slice(0, i) + frag + text.slice(i);
      case 'delete':
        return text.slice(0, Math.min(i, j)) + text.slice(Math.max(i, j));
      case 'duplicate':
        return text.slice(0, i) + text.slice(Math.min(i, j), Math.max(i, j)) + text.slice(i);
      default:
        return text;
    }
  });
}

/** Keys, table and column names; now and then a PI value, as in fixtures keyed by phone number. */
const keyName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...VOCAB.slice(0, 60)) },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('13812345678', 'zhang.san@example.com', 't_110101199003074578') },
);
const jsonLeaf = fc.oneof(fc.constantFrom(...VOCAB), fc.string({ maxLength: 20 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const { tree: jsonTree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    jsonLeaf,
    fc.array(tie('tree'), { maxLength: 5 }),
    fc.dictionary(keyName, tie('tree'), { maxKeys: 6 }),
  ),
}));
const objectTree = fc.dictionary(keyName, jsonTree, { maxKeys: 8 });

export const jsonDoc = mutated(objectTree.map((o) => JSON.stringify(o, null, 2)));
export const yamlDoc = mutated(objectTree.map((o) => yamlStringify(o)));
export const tomlDoc = mutated(
  objectTree.map((o) => {
    try {
      return tomlStringify(JSON.parse(JSON.stringify(o, (_k, v: unknown) => (v === null ? 'null' : v))) as Record<string, unknown>);
    } catch {
      return 'a = 1\n'; // TOML cannot hold every JSON shape (mixed arrays in old specs); the mutation still applies
    }
  }),
);
export const packageJsonDoc = mutated(
  fc
    .record({ name: fc.string(), dependencies: fc.dictionary(fc.constantFrom('openai', 'face-api.js', 'puppeteer', '@tensorflow/tfjs', 'x'), fc.string({ maxLength: 8 })), scripts: fc.dictionary(fc.string(), fc.string()) })
    .map((o) => JSON.stringify(o, null, 2)),
);

const cell = fc.record({
  cell_type: fc.constantFrom('code', 'markdown', 'raw', 42 as unknown as string),
  source: fc.oneof(fc.array(tokenSoup(12).map((s) => `${s}\n`), { maxLength: 6 }), tokenSoup(20), fc.constant(null as unknown as string)),
  metadata: fc.constant({}),
  outputs: fc.array(fc.record({ output_type: fc.constant('stream'), text: fc.array(tokenSoup(6)) }), { maxLength: 2 }),
});
export const notebookDoc = mutated(
  fc.record({ cells: fc.array(cell, { maxLength: 5 }), metadata: fc.record({ kernelspec: fc.record({ language: fc.constantFrom('python', 'r', '') }) }), nbformat: fc.constant(4) }).map((nb) => JSON.stringify(nb, null, 1)),
);

const sqlType = fc.constantFrom('VARCHAR(18)', 'CHAR(11)', 'INT', 'BIGINT', 'TEXT', 'DATETIME', 'DECIMAL(10,2)', 'varchar(255) NOT NULL', 'JSON', 'BLOB');
const column = fc.tuple(keyName, sqlType, fc.option(fc.oneof(fc.constantFrom('身份证号', '手机号', '人脸特征', '用户姓名', "it''s"), fc.string({ maxLength: 10 })))).map(
  ([name, type, comment]) => `  \`${name}\` ${type}${comment === null ? '' : ` COMMENT '${comment}'`}`,
);
export const sqlDoc = mutated(
  fc
    .array(fc.tuple(keyName, fc.array(column, { minLength: 1, maxLength: 8 }), fc.option(fc.string({ maxLength: 10 }))), { maxLength: 4 })
    .map((tables) =>
      tables
        .map(([name, cols, comment]) => `CREATE TABLE IF NOT EXISTS ${name} (\n${cols.join(',\n')}\n)${comment === null ? '' : ` COMMENT='${comment}'`};\nINSERT INTO ${name} VALUES ('110101199003074578', "x");`)
        .join('\n-- next\n'),
    ),
);

/** Raw file bytes: random, invalid UTF-8 sequences, overlong forms, BOMs, NULs, and UTF-8 + GBK mixed in one file. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.array(fc.oneof(fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xe0, 0xed, 0xa0, 0xf0, 0xf4, 0xf5, 0xff, 0xfe, 0xef, 0xbb, 0x00), fc.integer({ min: 0x20, max: 0x7e })), { maxLength: 300 }).map((a) => Uint8Array.from(a)),
  fc
    .tuple(tokenSoup(20), tokenSoup(20), fc.constantFrom('gbk', 'gb18030', 'big5', 'shift_jis', 'utf16le', 'latin1'))
    .map(([utf8Part, otherPart, enc]) => Uint8Array.from(Buffer.concat([Buffer.from(utf8Part, 'utf8'), iconv.encode(otherPart, enc)]))),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), tokenSoup(30)).map(([bom, s]) => Uint8Array.from([...bom, ...Buffer.from(s, 'utf8')])),
  tokenSoup(40).map((s) => Uint8Array.from(iconv.encode(s, 'gbk'))),
);

/** Baseline for linearity: ordinary, realistic code of each family, repeated to the wanted size. */
const ORDINARY: Record<string, string> = {
  py: 'class User(Base):\n    id_card = Column(String(18))  # 身份证号\n    phone = Column(String(11))\n\ndef save(user):\n    logger.info("saved %s", user.id)\n    return requests.post(URL, json={"name": user.name})\n\n',
  ts: 'export interface Member {\n  mobile: string; // 手机号\n  email?: string;\n}\nexport async function load(id: string): Promise<Member> {\n  const res = await fetch(`/api/members/${id}`);\n  console.log("loaded", id);\n  return (await res.json()) as Member;\n}\n\n',
  java: 'public class Customer {\n  @Column(name = "id_card") private String idCard; // 身份证\n  private String phone;\n  public void save() { LOG.info("saved {}", id); repo.save(this); }\n}\n\n',
  go: 'type Patient struct {\n\tName  string `json:"name"`\n\tPhone string `json:"phone"` // 手机号\n}\n\nfunc Save(p Patient) error {\n\tlog.Printf("saved %d", p.ID)\n\treturn db.Save(&p).Error\n}\n\n',
  cpp: 'struct Member {\n    std::string mobile;  // 手机号\n    int level = 0;\n};\n\nvoid save(const Member& m) {\n    spdlog::info("saved {}", m.level);\n    repo.save(m);\n}\n\n',
  cs: 'public class Member {\n    public string Mobile { get; set; } // 手机号\n    public int Level { get; set; }\n    public void Save() { _logger.LogInformation("saved {Level}", Level); _repo.Save(this); }\n}\n\n',
  sql: "CREATE TABLE member (\n  id BIGINT PRIMARY KEY,\n  mobile CHAR(11) COMMENT '手机号',\n  id_card VARCHAR(18) COMMENT '身份证号'\n) COMMENT='会员';\n\n",
  yaml: 'service:\n  name: member-api\n  replicas: 3\n  env:\n    - name: DB_HOST\n      value: db.internal\nlogging:\n  level: info\n',
  json: '{"name": "member-api", "version": "1.0.0", "fields": ["mobile", "email"], "limits": {"rate": 10, "burst": 20}}\n',
  toml: '[service]\nname = "member-api"\nreplicas = 3\n[logging]\nlevel = "info"\n\n',
  properties: 'spring.datasource.url=jdbc:mysql://db/member\nspring.datasource.username=app\nlogging.level.root=INFO\n',
  xml: '<dependency>\n  <groupId>org.example</groupId>\n  <artifactId>member-core</artifactId>\n  <version>1.0</version>\n</dependency>\n',
  html: '<form id="register">\n  <label for="m">手机号</label><input id="m" name="mobile" type="tel">\n  <button type="submit">Register</button>\n</form>\n',
  dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir fastapi uvicorn\nCOPY . /app\nENV APP_ENV=prod\n',
  txt: 'Release notes: the member service now stores the mobile number with consent. See the privacy policy.\n',
};

export function ordinaryText(file: string, size: number): string {
  const ext = file.endsWith('Dockerfile') ? 'dockerfile' : file.endsWith('.env') ? 'properties' : (file.split('.').pop() ?? 'txt');
  const key = ({ tsx: 'ts', js: 'ts', kt: 'java', gradle: 'java', jsonc: 'json', vue: 'html', mod: 'go', ipynb: 'py' } as Record<string, string>)[ext] ?? (ext in ORDINARY ? ext : 'txt');
  const unit = ORDINARY[key];
  if (ext === 'json' || ext === 'jsonc') {
    const items: string[] = [];
    let length = 2;
    while (length < size) {
      items.push(unit.trim());
      length += unit.length + 1;
    }
    return `[${items.join(',\n')}]\n`;
  }
  if (ext === 'ipynb') {
    const lines = unit.split('\n').map((l) => `${l}\n`);
    const source: string[] = [];
    let length = 0;
    while (length < size) {
      source.push(...lines);
      length += unit.length * 1.3;
    }
    return JSON.stringify({ cells: [{ cell_type: 'code', source, metadata: {}, outputs: [] }], metadata: {}, nbformat: 4 });
  }
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Shapes that break naive lexers and parsers: deep nesting, unterminated constructs, one huge line, long runs. */
export function pathologicalInputs(size: number): Array<{ name: string; text: string }> {
  const n = size;
  const half = Math.floor(n / 2);
  return [
    { name: 'open parens', text: '('.repeat(n) },
    { name: 'balanced parens', text: '('.repeat(half) + ')'.repeat(half) },
    { name: 'open braces', text: '{'.repeat(n) },
    { name: 'open brackets', text: '['.repeat(n) },
    { name: 'json nesting', text: '{"a":'.repeat(Math.floor(n / 5)) },
    { name: 'yaml flow nesting', text: 'a: ' + '[{b: '.repeat(Math.floor(n / 5)) },
    { name: 'yaml indentation', text: Array.from({ length: Math.floor(Math.sqrt(n)) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') },
    { name: 'yaml compact sequences', text: '- '.repeat(half) },
    { name: 'yaml explicit keys', text: '? '.repeat(half) },
    { name: 'quotes', text: '"'.repeat(n) },
    { name: 'unterminated strings', text: '"a\\'.repeat(Math.floor(n / 3)) },
    { name: 'single quotes', text: "'a".repeat(half) },
    { name: 'backticks', text: '`${'.repeat(Math.floor(n / 3)) },
    { name: 'comment openers', text: '/*'.repeat(half) },
    { name: 'html comment openers', text: '<!--'.repeat(Math.floor(n / 4)) },
    { name: 'angle brackets', text: '<a '.repeat(Math.floor(n / 3)) },
    { name: 'unclosed tags', text: '<div>'.repeat(Math.floor(n / 5)) },
    { name: 'long identifier', text: 'a'.repeat(n) },
    { name: 'long camel identifier', text: 'idCardPhone'.repeat(Math.floor(n / 11)) },
    { name: 'long snake identifier', text: 'id_card_'.repeat(Math.floor(n / 8)) },
    { name: 'long digit run', text: '1'.repeat(n) },
    { name: 'digits and dashes', text: '138-'.repeat(Math.floor(n / 4)) },
    { name: 'at signs', text: 'a@'.repeat(half) },
    { name: 'dotted chain', text: 'a.'.repeat(half) },
    { name: 'call chain', text: 'f('.repeat(half) },
    { name: 'logger calls unclosed', text: 'logger.info(phone, '.repeat(Math.floor(n / 19)) },
    { name: 'backslashes', text: '\\'.repeat(n) },
    { name: 'hashes', text: '#'.repeat(n) },
    { name: 'colons', text: ':'.repeat(n) },
    { name: 'equals', text: '='.repeat(n) },
    { name: 'spaces then word', text: ' '.repeat(n - 5) + 'phone' },
    { name: 'newlines', text: '\n'.repeat(n) },
    { name: 'crlf', text: '\r\n'.repeat(half) },
    { name: 'lone CRs', text: '\r'.repeat(n) },
    { name: 'CJK run', text: '身份证号码手机'.repeat(Math.floor(n / 7)) },
    { name: 'PI words', text: 'sfz sjh phone email 身份证 '.repeat(Math.floor(n / 24)) },
    { name: 'directive spam', text: '// ai-law-lens-disable-next-line AILL-PI-001 reason\n'.repeat(Math.floor(n / 52)) },
    { name: 'emails', text: 'a.b@c.d '.repeat(Math.floor(n / 8)) },
    { name: 'urls', text: 'https://a.amazonaws.com/'.repeat(Math.floor(n / 24)) },
    { name: 'annotation spam', text: '@Column(name="'.repeat(Math.floor(n / 14)) },
    { name: 'SQL columns', text: 'CREATE TABLE t (' + "c VARCHAR(1) COMMENT '身份证', ".repeat(Math.floor(n / 30)) },
    { name: 'SQL comment quotes', text: "COMMENT '".repeat(Math.floor(n / 9)) },
    { name: 'class headers', text: 'class A { '.repeat(Math.floor(n / 10)) },
    { name: 'lone surrogates', text: '\ud800'.repeat(n) },
  ];
}

/** Deep nesting, 10,000 levels and more, per family. */
export function deepNesting(depth: number): Array<{ file: string; text: string }> {
  return [
    { file: 'deep.json', text: '['.repeat(depth) + ']'.repeat(depth) },
    { file: 'deep-obj.json', text: '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) },
    { file: 'package.json', text: '{"dependencies":' + '{"a":'.repeat(depth) + '1' + '}'.repeat(depth + 1) },
    { file: 'deep.yaml', text: 'a: ' + '['.repeat(depth) + ']'.repeat(depth) },
    { file: 'deep-map.yaml', text: 'a: ' + '{b: '.repeat(depth) + '1' + '}'.repeat(depth) },
    { file: 'deep-seq.yaml', text: '- '.repeat(depth) + 'phone' },
    { file: 'deep-key.yaml', text: '? '.repeat(depth) + 'x' },
    { file: 'deep.toml', text: 'a = ' + '['.repeat(depth) + ']'.repeat(depth) },
    { file: 'deep-inline.toml', text: 'a = ' + '{b = '.repeat(depth) + '1' + '}'.repeat(depth) },
    { file: 'deep.ipynb', text: '{"cells":[{"cell_type":"code","source":' + '['.repeat(depth) + ']'.repeat(depth) + '}]}' },
    { file: 'deep.py', text: 'x = ' + '('.repeat(depth) + ')'.repeat(depth) },
    { file: 'deep.ts', text: 'const x = ' + '{a: '.repeat(depth) + '1' + '}'.repeat(depth) },
    { file: 'deep.tsx', text: 'const x = ' + '<div>'.repeat(depth) + '</div>'.repeat(depth) },
    { file: 'deep-template.ts', text: 'const x = ' + '`${'.repeat(depth) + '1' + '}`'.repeat(depth) },
    { file: 'Deep.java', text: 'class A { ' + '{'.repeat(depth) + '}'.repeat(depth) + ' }' },
    { file: 'deep.go', text: 'func f() { ' + 'if x { '.repeat(depth) + '}'.repeat(depth) + ' }' },
    { file: 'deep.sql', text: 'CREATE TABLE t (' + '('.repeat(depth) + ')'.repeat(depth) + ')' },
    { file: 'deep.html', text: '<div>'.repeat(depth) + '</div>'.repeat(depth) },
    { file: 'deep.vue', text: '<template>' + '<div>'.repeat(depth) + '</template>' },
    { file: 'pom.xml', text: '<project>' + '<a>'.repeat(depth) + '</a>'.repeat(depth) + '</project>' },
    { file: 'deep.properties', text: 'a=' + '${'.repeat(depth) },
    { file: 'Dockerfile', text: 'RUN ' + '$('.repeat(depth) },
  ];
}

/** How many runs a property gets: `FUZZ_RUNS=N` multiplies (N ≤ 100) or sets (N > 100) the default. */
export function runs(defaultRuns: number): number {
  const raw = Number(process.env.FUZZ_RUNS);
  if (!Number.isFinite(raw) || raw <= 0) {
    return defaultRuns;
  }
  return raw <= 100 ? Math.round(defaultRuns * raw) : Math.round(raw);
}

/** Iteration counts, printed at the end of the suite and used for SECURITY.md. */
export const tally = new Map<string, number>();

export function count(name: string, by = 1): void {
  tally.set(name, (tally.get(name) ?? 0) + by);
}

export function printTally(title: string, names?: readonly string[]): void {
  const rows = [...tally.entries()].filter(([k]) => !names || names.includes(k));
  if (rows.length === 0) {
    return;
  }
  const total = rows.reduce((s, [, v]) => s + v, 0);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`      ${title}: ${total} inputs`);
  for (const [k, v] of rows) {
    console.log(`        ${k.padEnd(width)}  ${v}`);
  }
}
