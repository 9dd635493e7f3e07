// `scan --checklist` fallback: the obligations the findings trigger, each with its citation and where it comes
// from. Used until the checklist module offers a renderer of its own.
import type { Finding, Lang } from '../core/model';
import type { CiteFn } from '../core/report';
import { oneLine } from '../core/report';

const MAX_PLACES = 3;

export function renderObligationSummary(findings: readonly Finding[], lang: Lang, cite?: CiteFn): string {
  const zh = lang === 'zh';
  const byId = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.suppression) {
      continue;
    }
    for (const id of f.obligations) {
      byId.set(id, [...(byId.get(id) ?? []), f]);
    }
  }
  const ids = [...byId.keys()].sort();
  const out: string[] = [zh ? '合规清单（由发现触发的法律义务）：' : 'Compliance checklist (obligations triggered by the findings):'];
  if (ids.length === 0) {
    out.push(zh ? '  没有发现触发任何义务。' : '  No obligation is triggered by the findings.');
  }
  for (const id of ids) {
    const hits = byId.get(id) ?? [];
    const title = cite?.([id], lang)[0] ?? id;
    const places = [...new Set(hits.map((f) => `${f.file}:${f.span.start.line + 1}`))];
    const shown = places.slice(0, MAX_PLACES).map(oneLine).join(', ');
    const more = places.length > MAX_PLACES ? (zh ? ` 等 ${places.length} 处` : ` and ${places.length - MAX_PLACES} more`) : '';
    out.push(`  [ ] ${oneLine(title)}`);
    out.push(`      ${zh ? `${hits.length} 项发现` : `${hits.length} finding(s)`}: ${shown}${more}`);
  }
  return `${out.join('\n')}\n`;
}
