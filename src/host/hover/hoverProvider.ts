// Hover on flagged spans: renders hoverContent's Markdown for the findings under the cursor.
import * as vscode from 'vscode';
import type { FolderContexts } from '../folderContext';
import type { FindingsStore } from '../findingsStore';
import type { GuidanceLinks } from '../guidance';
import { OPEN_GUIDANCE_COMMAND } from '../guidance';
import { t, uiLang } from '../i18n';
import type { LawPort } from '../law/catalogue';
import { locate, toRange } from '../diagnostics/diagnosticsController';
import { presentFinding } from '../diagnostics/present';
import { buildHoverMarkdown } from './hoverContent';
import type { HoverFinding } from './hoverContent';

export class FindingsHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: FindingsStore,
    private readonly contexts: FolderContexts,
    private readonly law: LawPort,
    private readonly links: GuidanceLinks,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.store.get(document.uri.toString());
    if (!entry) {
      return undefined;
    }
    const lang = uiLang();
    const { settings } = this.contexts.for(locate(document.uri).folder);
    const hits: HoverFinding[] = [];
    let range: vscode.Range | undefined;
    for (const finding of entry.result.findings) {
      const findingRange = toRange(finding.span);
      if (!findingRange.contains(position)) {
        continue;
      }
      const spec = presentFinding(finding, { lang, law: this.law, settings });
      if (spec) {
        hits.push({ ruleId: spec.ruleId, message: spec.message, obligations: spec.obligations });
        range = range ? range.union(findingRange) : findingRange;
      }
    }
    if (hits.length === 0) {
      return undefined;
    }
    const markdown = new vscode.MarkdownString(
      buildHoverMarkdown(hits, lang, this.law, { guidance: (id) => this.links.commandLink(id) }, t),
    );
    markdown.isTrusted = { enabledCommands: [OPEN_GUIDANCE_COMMAND] };
    return new vscode.Hover(markdown, range);
  }
}
