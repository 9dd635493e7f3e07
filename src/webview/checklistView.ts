// Host side of the checklist webview view: HTML shell, resource roots, and the message boundary.
// Every incoming message passes the protocol's type guard; anything else is ignored and logged.
import * as vscode from 'vscode';
import type { Lang } from '../core/model';
import { createNonce, renderChecklistHtml } from './html';
import { describeMessage, isViewToHost, type HostToView, type ViewToHost } from './protocol';

export interface ChecklistViewHandlers {
  onMessage(message: ViewToHost): void | Promise<void>;
  onInvalidMessage(description: string): void;
  /** The view was (re)created or became visible: send the model. */
  onNeedsModel(): void;
  lang(): Lang;
}

export class ChecklistViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'aiLawLens.checklist';

  private view: vscode.WebviewView | undefined;
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly handlers: ChecklistViewHandlers,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [dist, media] };
    view.webview.html = renderChecklistHtml({
      cspSource: view.webview.cspSource,
      nonce: createNonce(),
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'checklist.css')).toString(),
      lang: this.handlers.lang(),
    });
    this.disposables.push(
      view.webview.onDidReceiveMessage((message: unknown) => {
        if (!isViewToHost(message)) {
          this.handlers.onInvalidMessage(describeMessage(message));
          return;
        }
        if (message.t === 'ready') {
          this.ready = true;
          this.handlers.onNeedsModel();
          return;
        }
        void Promise.resolve(this.handlers.onMessage(message)).catch((error: unknown) =>
          this.handlers.onInvalidMessage(`handler failed for t=${message.t}: ${error instanceof Error ? error.message : String(error)}`),
        );
      }),
      view.onDidChangeVisibility(() => {
        if (view.visible && this.ready) {
          this.handlers.onNeedsModel();
        }
      }),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
      }),
    );
  }

  get isVisible(): boolean {
    return this.view?.visible ?? false;
  }

  /** Posts only after the view's `ready`; earlier models would be lost anyway and `ready` triggers a fresh one. */
  post(message: HostToView): void {
    if (this.view && this.ready) {
      void this.view.webview.postMessage(message);
    }
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
    this.disposables.length = 0;
  }
}
