// Links to the bundled guidance pages (guidance/<en|zh-cn>/<ID>.md inside the extension): the diagnostic code
// target (a file URI, which opens offline in desktop VS Code and code-server alike) and the open-guidance command.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { guidanceTargetPath } from './diagnostics/present';
import { t, uiLang } from './i18n';
import type { LawPort } from './law/catalogue';

export const OPEN_GUIDANCE_COMMAND = 'aiLawLens.openGuidance';

export interface GuidanceLinks {
  /** Code link target of a diagnostic: the first obligation's page, else the index. */
  codeTarget(obligations: readonly string[]): vscode.Uri;
  /** A trusted command link for hovers. */
  commandLink(obligationId: string): string;
}

export class Guidance implements GuidanceLinks {
  private readonly existing = new Map<string, boolean>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly law: LawPort,
  ) {}

  private exists = (relPath: string): boolean => {
    let known = this.existing.get(relPath);
    if (known === undefined) {
      known = this.extensionUri.scheme === 'file' && fs.existsSync(vscode.Uri.joinPath(this.extensionUri, relPath).fsPath);
      this.existing.set(relPath, known);
    }
    return known;
  };

  codeTarget(obligations: readonly string[]): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, guidanceTargetPath(obligations, uiLang(), this.law, this.exists));
  }

  commandLink(obligationId: string): string {
    return `command:${OPEN_GUIDANCE_COMMAND}?${encodeURIComponent(JSON.stringify([obligationId]))}`;
  }

  /** Opens the page as a Markdown preview (falls back to the text editor); the index when no id is given. */
  async open(obligationId?: unknown): Promise<void> {
    const id = typeof obligationId === 'string' && /^[A-Za-z0-9-]+$/.test(obligationId) ? obligationId : undefined;
    const target = this.codeTarget(id ? [id] : []);
    if (target.scheme === 'file' && !fs.existsSync(target.fsPath)) {
      void vscode.window.showInformationMessage(t('No bundled guidance page was found for {0}.', id ?? 'index'));
      return;
    }
    try {
      await vscode.commands.executeCommand('markdown.showPreview', target);
    } catch {
      await vscode.window.showTextDocument(target, { preview: true });
    }
  }
}
