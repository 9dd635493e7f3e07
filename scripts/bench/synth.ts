// Deterministic, seeded generator of synthetic workspaces for the benchmark: a mix of languages and categories,
// mostly ordinary code (as in real repositories), with compliance-relevant snippets sprinkled in.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** mulberry32: tiny, fast, good enough for reproducible test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Gen = (r: () => number, i: number) => string;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const neutralPy: Gen = (r, i) => {
  const fns: string[] = [];
  const n = 8 + Math.floor(r() * 30);
  for (let k = 0; k < n; k++) {
    fns.push(`def compute_${i}_${k}(values, factor=${k}):\n    """Aggregate the values with a weighting factor."""\n    total = 0\n    for index, value in enumerate(values):\n        total += (value * factor) % (index + 1)\n    return total / max(len(values), 1)\n`);
  }
  return `import math\nimport itertools\n\n${fns.join('\n')}`;
};

const neutralTs: Gen = (r, i) => {
  const parts: string[] = [`import { readFile } from 'node:fs/promises';\n`];
  const n = 8 + Math.floor(r() * 30);
  for (let k = 0; k < n; k++) {
    parts.push(`export async function load${i}_${k}(file: string): Promise<number> {\n  const text = await readFile(file, 'utf8');\n  // count non-empty lines\n  return text.split('\\n').filter((line) => line.trim().length > ${k % 5}).length;\n}\n`);
  }
  return parts.join('\n');
};

const neutralJava: Gen = (r, i) => {
  const methods: string[] = [];
  const n = 6 + Math.floor(r() * 20);
  for (let k = 0; k < n; k++) {
    methods.push(`    public int sum${k}(int[] values) {\n        int total = 0;\n        for (int v : values) { total += v * ${k}; }\n        return total;\n    }\n`);
  }
  return `package com.example.util;\n\nimport java.util.List;\n\npublic class MathUtil${i} {\n${methods.join('\n')}}\n`;
};

const userModelPy: Gen = (_r, i) => `from sqlalchemy import Column, String, Integer\nfrom .base import Base\n\n\nclass User${i}(Base):\n    __tablename__ = "users_${i}"\n    id = Column(Integer, primary_key=True)\n    xingming = Column(String(64))  # 姓名\n    shouji = Column(String(11))  # 手机号\n    id_card = Column(String(18))  # 身份证号\n    address = Column(String(255))\n`;

const ddl: Gen = (_r, i) => `CREATE TABLE member_${i} (\n  id BIGINT PRIMARY KEY,\n  sfzh VARCHAR(18) COMMENT '身份证号',\n  sjh VARCHAR(11) COMMENT '手机号',\n  bank_card VARCHAR(32) COMMENT '银行卡号',\n  created_at DATETIME\n) COMMENT='会员表';\n`;

const trainPy: Gen = (_r, i) => `from datasets import load_dataset\nfrom transformers import AutoModelForCausalLM, Trainer, TrainingArguments\n\ndataset = load_dataset("json", data_files="data/chat_${i}.jsonl")\nmodel = AutoModelForCausalLM.from_pretrained("base-model")\nargs = TrainingArguments(output_dir="out", num_train_epochs=3, learning_rate=2e-5)\ntrainer = Trainer(model=model, args=args, train_dataset=dataset["train"])\ntrainer.train()\n`;

const recoTs: Gen = (_r, i) => `export interface UserProfile${i} { userId: string; interestTags: string[]; }\n\nexport function rankFeed${i}(profile: UserProfile${i}, items: { id: string; ctr: number; tags: string[] }[]) {\n  return items\n    .map((item) => ({ ...item, score: item.ctr * (1 + item.tags.filter((t) => profile.interestTags.includes(t)).length) }))\n    .sort((a, b) => b.score - a.score);\n}\n`;

const openaiPy: Gen = (_r, i) => `from openai import OpenAI\n\nclient = OpenAI(base_url="https://api.openai.com/v1")\n\n\ndef summarise_${i}(text):\n    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])\n`;

const logJs: Gen = (_r, i) => `const logger = require('./logger');\n\nfunction register${i}(req, res) {\n  logger.info('register', req.body);\n  res.json({ ok: true });\n}\nmodule.exports = { register${i} };\n`;

const configYaml: Gen = (r, i) => `service:\n  name: svc-${i}\n  replicas: ${1 + Math.floor(r() * 5)}\n  region: ${pick(r, ['cn-north-1', 'cn-hangzhou', 'us-east-1'])}\nlogging:\n  level: info\n`;

const kinds: { ext: string; gen: Gen; weight: number }[] = [
  { ext: 'py', gen: neutralPy, weight: 30 },
  { ext: 'ts', gen: neutralTs, weight: 30 },
  { ext: 'java', gen: neutralJava, weight: 15 },
  { ext: 'py', gen: userModelPy, weight: 3 },
  { ext: 'sql', gen: ddl, weight: 2 },
  { ext: 'py', gen: trainPy, weight: 2 },
  { ext: 'ts', gen: recoTs, weight: 3 },
  { ext: 'py', gen: openaiPy, weight: 2 },
  { ext: 'js', gen: logJs, weight: 3 },
  { ext: 'yaml', gen: configYaml, weight: 10 },
];
const totalWeight = kinds.reduce((s, k) => s + k.weight, 0);

/** The files of a synthetic workspace, in memory: relative POSIX path and text. Same seed, same files. */
export function synthFiles(count: number, seed = 42): Array<{ path: string; text: string }> {
  const r = rng(seed);
  const files: Array<{ path: string; text: string }> = [];
  for (let i = 0; i < count; i++) {
    let x = r() * totalWeight;
    const kind = kinds.find((k) => (x -= k.weight) < 0) ?? kinds[0];
    files.push({ path: `pkg${Math.floor(i / 200)}/mod${Math.floor((i % 200) / 20)}/file${i}.${kind.ext}`, text: kind.gen(r, i) });
  }
  return files;
}

/** Writes `count` files under `dir` (removed first). Same seed, same bytes. Returns total bytes. */
export function generateWorkspace(dir: string, count: number, seed = 42): number {
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (const file of synthFiles(count, seed)) {
    const full = path.join(dir, file.path);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return bytes;
}

/** A short hand-picked keyword list, kept as a second ripgrep baseline (the main one is the prefilter's own vocabulary). */
export const RG_KEYWORDS = [
  'user', 'phone', 'mobile', 'id_card', 'idcard', 'shouji', 'sfz', '身份证', '手机', 'openai', 'anthropic', 'trainer',
  'load_dataset', 'fit', 'recommend', 'ctr', 'rank', 'feed', 'tags', 'face', 'logger', 'console.log', 'print', 'scrapy',
  'selenium', 'region', 'sentry', 'minor', 'age', 'bank', 'address', 'email', 'credit',
];
