// Pure Markdown for the hover on a flagged span: per finding, its obligations with a one-line explanation,
// a status badge (in force / draft / proposal), a note for secondary citations, and links to guidance and official text.
import type { Lang } from '../../core/model';
import type { LawPort } from '../law/catalogue';
import type { Translate } from '../codeActions/plan';

export interface HoverFinding {
  ruleId: string;
  message: string;
  obligations: readonly string[];
}

export interface HoverLinks {
  /** A (command) URI that opens the bundled guidance page for an obligation. */
  guidance(obligationId: string): string;
}

/** Escapes Markdown so a message or title renders as text (defence against odd identifiers in messages). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

function badge(label: string): string {
  return `\`${label}\``;
}

export function buildHoverMarkdown(findings: readonly HoverFinding[], lang: Lang, law: LawPort, links: HoverLinks, t: Translate): string {
  const blocks: string[] = [];
  for (const finding of findings) {
    const lines: string[] = [`**AI Law Lens** · \`${finding.ruleId}\` — ${escapeMarkdown(finding.message)}`, ''];
    for (const id of finding.obligations) {
      const view = law.obligation(id);
      const cite = law.cite([id], lang) || id;
      const guidance = `[${t('Guidance')}](${links.guidance(id)})`;
      if (!view) {
        lines.push(`- **${escapeMarkdown(cite)}** · ${guidance}`);
        continue;
      }
      const parts = [`- **${escapeMarkdown(cite)}** ${badge(law.statusLabel(view.status, lang))} — ${escapeMarkdown(view.title[lang])}`];
      const summary = view.summary[lang].split(/(?<=[。.!?！？])\s*/)[0];
      if (summary) {
        parts.push(`  ${escapeMarkdown(summary)}`);
      }
      const linkParts = [guidance];
      if (view.officialUrl && /^https:\/\//.test(view.officialUrl)) {
        linkParts.push(`[${t('Official text')}](${view.officialUrl})`);
      }
      parts.push(`  ${linkParts.join(' · ')}`);
      if (view.verification === 'secondary') {
        parts.push(`  _${escapeMarkdown(law.verificationNote(lang))}_`);
      }
      if (view.formerArticles.length > 0) {
        parts.push(`  _${escapeMarkdown(t('Former numbering: Art. {0}', view.formerArticles.join(', ')))}_`);
      }
      lines.push(parts.join('\n'));
    }
    if (finding.obligations.some((id) => law.obligation(id)?.status === 'proposal')) {
      lines.push('', `_${escapeMarkdown(t('AI Law items are a legislative proposal, not law in force.'))}_`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n---\n\n');
}
