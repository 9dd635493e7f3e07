#!/usr/bin/env node
// The step logic of the AI Law Lens GitHub Action (action.yml). Kept in a plain Node script, with no
// dependencies, so it can run locally against any folder with fake GITHUB_* variables (see test/unit/ci).
//
// 1. runs `ai-law-lens scan --format sarif` (with --baseline / --diff-base / --fail-on from the inputs);
// 2. writes a copy of the SARIF for code scanning without `absent` results (code scanning tracks fixes itself);
// 3. prints PR annotations (`::error` / `::warning` / `::notice`) for new, unsuppressed findings;
// 4. runs `ai-law-lens checklist --format json` and appends a Markdown job summary: counts, the checklist delta
//    (obligations the new findings trigger and their checklist status) and the new findings by obligation;
// 5. sets the outputs `exit-code`, `new-findings`, `sarif-file`, `upload-sarif-file`.
// It exits 0 when the scan ran, whatever it found, so that the SARIF upload still happens; the action's last
// step fails the job from `exit-code`. Exit 2 means the scan itself could not run (bad input), with a message.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
const input = (name, fallback = '') => {
  const value = env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
};

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const actionPath = env.GITHUB_ACTION_PATH || path.resolve(scriptDir, '..', '..');
const cli = env.AI_LAW_LENS_CLI_JS || path.join(actionPath, 'dist', 'cli.js');
const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
const lang = /^zh/i.test(input('language', 'en')) ? 'zh' : 'en';

const T = {
  title: { en: 'AI Law Lens', zh: 'AI Law Lens 合规扫描' },
  counts: {
    en: (c) => `**${c.new}** new · ${c.unchanged} unchanged (baseline) · ${c.absent} no longer detected · ${c.suppressed} suppressed in source`,
    zh: (c) => `新增 **${c.new}** 条 · 基线内 ${c.unchanged} 条 · 已消失 ${c.absent} 条 · 源码中已抑制 ${c.suppressed} 条`,
  },
  countsNoBaseline: {
    en: (c) => `**${c.new}** finding(s) · ${c.suppressed} suppressed in source`,
    zh: (c) => `共 **${c.new}** 条发现 · 源码中已抑制 ${c.suppressed} 条`,
  },
  diff: { en: (ref) => `Diff mode: only lines changed since \`${ref}\`.`, zh: (ref) => `差异模式：只看相对 \`${ref}\` 改动的行。` },
  verdictFail: { en: (n, level) => `❌ ${n} new finding(s) at or above \`${level}\`.`, zh: (n, level) => `❌ 有 ${n} 条新增发现达到 \`${level}\` 级别。` },
  verdictPass: { en: '✅ No new findings at or above the threshold.', zh: '✅ 没有达到阈值的新增发现。' },
  checklistDelta: { en: 'Checklist delta', zh: '合规清单变化' },
  newlyTriggered: { en: 'Obligations newly triggered by this change', zh: '本次改动新触发的义务' },
  alsoTouched: { en: 'Obligations touched again (already triggered before)', zh: '再次涉及的义务（此前已触发）' },
  none: { en: 'None.', zh: '无。' },
  progress: { en: (p) => `Checklist: ${p.done} of ${p.applicable} applicable items done, ${p.open} open.`, zh: (p) => `清单进度：适用的 ${p.applicable} 项中已完成 ${p.done} 项，待处理 ${p.open} 项。` },
  checklistUnavailable: { en: 'Checklist not available', zh: '清单不可用' },
  byObligation: { en: 'New findings by obligation', zh: '按义务列出的新增发现' },
  byObligationHeader: { en: '| Obligation | New findings | Checklist status | Where |', zh: '| 义务 | 新增发现 | 清单状态 | 位置 |' },
  allNew: { en: (n) => `All new findings (${n})`, zh: (n) => `全部新增发现（${n} 条）` },
  noObligation: { en: '(no obligation)', zh: '（无对应义务）' },
  table: { en: '| Obligation | Checklist status | Title |', zh: '| 义务 | 清单状态 | 名称 |' },
  more: { en: (n) => `…and ${n} more.`, zh: (n) => `……另有 ${n} 条。` },
  annotationsCapped: { en: (n) => `Annotations were capped at ${n}; see the SARIF / code scanning for the rest.`, zh: (n) => `注释最多显示 ${n} 条，其余请查看 SARIF 或代码扫描。` },
  scanFailed: { en: 'The scan could not run', zh: '扫描无法运行' },
  status: { open: { en: 'open', zh: '待处理' }, done: { en: 'done', zh: '已完成' }, waived: { en: 'waived', zh: '已豁免' }, 'not-applicable': { en: 'not applicable', zh: '不适用' } },
  notOnChecklist: { en: '—', zh: '—' },
};

const MAX_ANNOTATIONS = 50;
const MAX_LIST = 100;

/** Workflow-command escaping (GitHub's toolkit rules): data escapes %, CR, LF; properties also : and ,. */
const escapeData = (s) => String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** Workspace text in the summary must not inject Markdown or HTML. */
const md = (s) => String(s).replace(/\r?\n|\r/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);

function appendFileSafe(file, text) {
  if (file) {
    fs.appendFileSync(file, text);
  }
}

function setOutput(name, value) {
  appendFileSafe(env.GITHUB_OUTPUT, `${name}=${String(value).replace(/\r?\n/g, ' ')}\n`);
}

function runCli(args) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: workspace, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

/** `auto` picks the pull request's base branch (needs `fetch-depth: 0` or a fetched base). */
function resolveDiffBase() {
  const value = input('diff-base');
  if (value === 'auto') {
    return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : '';
  }
  return value;
}

function readResults(sarif) {
  const run = sarif.runs?.[0] ?? {};
  const rules = run.tool?.driver?.rules ?? [];
  return (run.results ?? []).map((r) => {
    const rule = (typeof r.ruleIndex === 'number' ? rules[r.ruleIndex] : undefined) ?? rules.find((x) => x.id === r.ruleId) ?? {};
    const loc = r.locations?.[0]?.physicalLocation ?? {};
    let uri = loc.artifactLocation?.uri ?? '';
    try {
      uri = decodeURIComponent(uri);
    } catch {
      // keep as is
    }
    const obligations = r.properties?.obligations ?? rule.properties?.obligations ?? [];
    return {
      ruleId: r.ruleId ?? rule.id ?? '?',
      level: r.level ?? rule.defaultConfiguration?.level ?? 'warning',
      message: r.message?.text ?? '',
      uri,
      line: loc.region?.startLine ?? 1,
      column: loc.region?.startColumn ?? 1,
      state: r.baselineState,
      suppressed: Array.isArray(r.suppressions) && r.suppressions.length > 0,
      obligations: Array.isArray(obligations) ? obligations.map(String) : [],
    };
  });
}

function levelRank(level) {
  return { note: 1, warning: 2, error: 3 }[level] ?? 0;
}

function main() {
  const scanPath = input('path', '.');
  const failOn = input('fail-on', 'error');
  const baseline = input('baseline');
  const config = input('config');
  const diffBase = resolveDiffBase();
  const sarifFile = path.resolve(workspace, input('sarif-file', 'ai-law-lens.sarif'));
  const uploadFile = sarifFile.replace(/(\.sarif)?$/, '.upload.sarif');

  if (!fs.existsSync(cli)) {
    process.stdout.write(`::error title=AI Law Lens::${escapeData(`CLI not found at ${cli}; run npm ci in the action directory.`)}\n`);
    setOutput('exit-code', 2);
    return 2;
  }

  const args = ['scan', scanPath, '--format', 'sarif', '--output', sarifFile, '--fail-on', failOn];
  if (baseline) {
    args.push('--baseline', baseline);
  }
  if (diffBase) {
    args.push('--diff-base', diffBase);
  }
  if (config) {
    args.push('--config', config);
  }
  const scan = runCli(args);
  process.stderr.write(scan.stderr ?? '');
  if (scan.status === null || scan.status >= 2 || !fs.existsSync(sarifFile)) {
    const detail = (scan.stderr || scan.error?.message || `exit ${scan.status}`).trim();
    process.stdout.write(`::error title=AI Law Lens::${escapeData(detail)}\n`);
    appendFileSafe(env.GITHUB_STEP_SUMMARY, `## ${T.title[lang]}\n\n**${T.scanFailed[lang]}**\n\n\`\`\`\n${detail.replace(/`/g, "'")}\n\`\`\`\n`);
    setOutput('exit-code', 2);
    return 2;
  }

  const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
  const results = readResults(sarif);
  const hasBaseline = Boolean(baseline);
  const isNew = (r) => !r.suppressed && r.state !== 'unchanged' && r.state !== 'absent';
  const fresh = results.filter(isNew);
  const counts = {
    new: fresh.length,
    unchanged: results.filter((r) => r.state === 'unchanged').length,
    absent: results.filter((r) => r.state === 'absent').length,
    suppressed: results.filter((r) => r.suppressed).length,
  };
  const threshold = { note: 1, warning: 2, error: 3, none: Infinity }[failOn] ?? 3;
  const failing = fresh.filter((r) => levelRank(r.level) >= threshold);

  // Code scanning keeps its own history of fixed alerts; an `absent` result would show up as an open alert.
  const upload = structuredClone(sarif);
  for (const run of upload.runs ?? []) {
    run.results = (run.results ?? []).filter((r) => r.baselineState !== 'absent');
  }
  fs.writeFileSync(uploadFile, JSON.stringify(upload));

  // Annotations: paths relative to the repository root, where GitHub shows them on the PR diff.
  const scanRoot = path.resolve(workspace, scanPath);
  if (input('annotations', 'true') !== 'false') {
    for (const r of fresh.slice(0, MAX_ANNOTATIONS)) {
      const file = path.relative(workspace, path.join(scanRoot, r.uri)).split(path.sep).join('/');
      const command = r.level === 'error' ? 'error' : r.level === 'warning' ? 'warning' : 'notice';
      const title = `AI Law Lens ${r.ruleId}${r.obligations.length ? ` (${r.obligations.join(', ')})` : ''}`;
      process.stdout.write(`::${command} file=${escapeProperty(file)},line=${r.line},col=${r.column},title=${escapeProperty(title)}::${escapeData(r.message)}\n`);
    }
  }

  // Checklist (best effort: the summary still works without it).
  let checklist;
  const checklistArgs = ['checklist', scanPath, '--format', 'json', '--lang', lang];
  const checklistRun = input('checklist', 'true') === 'false' ? undefined : runCli(checklistArgs);
  if (checklistRun && checklistRun.status !== null && checklistRun.status < 2) {
    try {
      checklist = JSON.parse(checklistRun.stdout);
    } catch {
      checklist = undefined;
    }
  }
  const itemById = new Map((checklist?.items ?? []).map((item) => [item.id, item]));

  const summary = [`## ${T.title[lang]}`, ''];
  summary.push(scan.status === 1 ? T.verdictFail[lang](failing.length, failOn) : T.verdictPass[lang], '');
  summary.push(hasBaseline ? T.counts[lang](counts) : T.countsNoBaseline[lang](counts));
  if (diffBase) {
    summary.push('', T.diff[lang](diffBase));
  }
  summary.push('');

  const byId = (a, b) => a.localeCompare(b, "en", { numeric: true });
  const newObligations = [...new Set(fresh.flatMap((r) => r.obligations))].sort(byId);
  const before = new Set(results.filter((r) => r.state === 'unchanged' || (r.suppressed && r.state !== 'absent')).flatMap((r) => r.obligations));
  const newlyTriggered = newObligations.filter((id) => !before.has(id));
  const touchedAgain = newObligations.filter((id) => before.has(id));
  summary.push(`### ${T.checklistDelta[lang]}`, '');
  if (checklist?.progress) {
    summary.push(T.progress[lang](checklist.progress), '');
  } else if (input('checklist', 'true') !== 'false') {
    summary.push(`_${T.checklistUnavailable[lang]}_`, '');
  }
  const obligationTable = (ids) => {
    if (ids.length === 0) {
      return [T.none[lang], ''];
    }
    const rows = ids.map((id) => {
      const item = itemById.get(id);
      const status = item ? (T.status[item.status]?.[lang] ?? item.status) : T.notOnChecklist[lang];
      return `| ${md(id)} | ${status} | ${item ? md(item.title) : ''} |`;
    });
    return [T.table[lang], '|---|---|---|', ...rows, ''];
  };
  summary.push(`**${T.newlyTriggered[lang]}**`, '', ...obligationTable(newlyTriggered));
  if (hasBaseline || diffBase) {
    summary.push(`**${T.alsoTouched[lang]}**`, '', ...obligationTable(touchedAgain));
  }

  // New findings by obligation: one compact table, then every new finding once, folded.
  summary.push(`### ${T.byObligation[lang]}`, '');
  const groups = new Map();
  for (const r of fresh) {
    for (const id of r.obligations.length ? r.obligations : [T.noObligation[lang]]) {
      groups.set(id, [...(groups.get(id) ?? []), r]);
    }
  }
  const repoPath = (r) => path.relative(workspace, path.join(scanRoot, r.uri)).split(path.sep).join('/');
  if (groups.size === 0) {
    summary.push(T.none[lang], '');
  } else {
    summary.push(T.byObligationHeader[lang], '|---|---:|---|---|');
    for (const id of [...groups.keys()].sort(byId)) {
      const list = groups.get(id);
      const files = [...new Set(list.map(repoPath))];
      const item = itemById.get(id);
      const status = item ? (T.status[item.status]?.[lang] ?? item.status) : T.notOnChecklist[lang];
      summary.push(`| ${md(id)} | ${list.length} | ${status} | ${files.slice(0, 3).map(md).join(', ')}${files.length > 3 ? ` +${files.length - 3}` : ''} |`);
    }
    summary.push('', `<details><summary>${T.allNew[lang](fresh.length)}</summary>`, '');
    for (const r of fresh.slice(0, MAX_LIST)) {
      summary.push(`- \`${r.level}\` ${md(repoPath(r))}:${r.line} — ${md(r.ruleId)}: ${md(r.message)}`);
    }
    if (fresh.length > MAX_LIST) {
      summary.push(`- ${T.more[lang](fresh.length - MAX_LIST)}`);
    }
    summary.push('', '</details>', '');
  }
  if (fresh.length > MAX_ANNOTATIONS && input('annotations', 'true') !== 'false') {
    summary.push(`_${T.annotationsCapped[lang](MAX_ANNOTATIONS)}_`, '');
  }
  appendFileSafe(env.GITHUB_STEP_SUMMARY, `${summary.join('\n')}\n`);

  setOutput('sarif-file', sarifFile);
  setOutput('upload-sarif-file', uploadFile);
  setOutput('new-findings', counts.new);
  // The CLI's exit code is the authority (it applies --fail-on to new findings only when a baseline is given).
  setOutput('exit-code', scan.status);
  process.stdout.write(`AI Law Lens: ${counts.new} new, ${counts.unchanged} unchanged, ${counts.absent} absent, ${failing.length} failing (--fail-on ${failOn}).\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stdout.write(`::error title=AI Law Lens::${escapeData(error instanceof Error ? error.message : String(error))}\n`);
  setOutput('exit-code', 2);
  process.exitCode = 2;
}
