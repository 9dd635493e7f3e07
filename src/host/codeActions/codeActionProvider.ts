// Quick fixes for AI Law Lens diagnostics: compliant stub, fix all in file, suppress (line/file), mark handled
// in the checklist, open guidance. Planning is pure (plan.ts, textEdits.ts); this adapter only maps to vscode.
import * as vscode from 'vscode';
import { listRules } from '../../core/engine';
import type { Finding, RuleMeta } from '../../core/model';
import { MARK_HANDLED_COMMAND } from '../checklist';
import { locate } from '../diagnostics/diagnosticsController';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/present';
import type { FolderContexts } from '../folderContext';
import type { FindingsStore } from '../findingsStore';
import { OPEN_GUIDANCE_COMMAND } from '../guidance';
import { t, uiLang } from '../i18n';
import type { ActionDescriptor } from './plan';
import { planActions } from './plan';
import { commentTokenFor } from '../../core/suppress';
import type { LineView } from './textEdits';
import { existingDirective, familyOf, stubEdit, stubEditsForFile } from './textEdits';

export const SUPPRESS_COMMAND = 'aiLawLens.suppress';

export interface SuppressArgs {
  uri: string;
  line: number;
  ruleId: string;
  scope: 'line' | 'file';
  /** Given by tests and scripted callers; otherwise the user is asked. */
  reason?: string;
  reviewer?: string;
  expires?: string;
}

export function isSuppressArgs(value: unknown): value is SuppressArgs {
  const v = value as Partial<SuppressArgs> | undefined;
  return (
    !!v &&
    typeof v.uri === 'string' &&
    typeof v.line === 'number' &&
    Number.isInteger(v.line) &&
    v.line >= 0 &&
    typeof v.ruleId === 'string' &&
    /^[A-Za-z0-9_.-]+$/.test(v.ruleId) &&
    (v.scope === 'line' || v.scope === 'file') &&
    (v.reason === undefined || typeof v.reason === 'string') &&
    (v.reviewer === undefined || typeof v.reviewer === 'string') &&
    (v.expires === undefined || typeof v.expires === 'string')
  );
}

export function lineView(document: vscode.TextDocument): LineView {
  return {
    lineCount: document.lineCount,
    lineAt: (line) => document.lineAt(line).text,
    eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
  };
}

function ruleIndex(): Map<string, RuleMeta> {
  return new Map(listRules().map((rule) => [rule.id, rule]));
}

export class FindingsCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private rules: Map<string, RuleMeta> | undefined;

  constructor(
    private readonly store: FindingsStore,
    private readonly contexts: FolderContexts,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Honour `context.only`: nothing for source actions or refactorings; sub-kinds of quickfix filter further.
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
      return [];
    }
    const only = context.only?.value;
    const entry = this.store.get(document.uri.toString());
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'object');
    if (!entry || ours.length === 0) {
      return [];
    }
    this.rules ??= ruleIndex();
    const { settings } = this.contexts.for(locate(document.uri).folder);
    const view = lineView(document);
    const actions: vscode.CodeAction[] = [];
    const titles = new Set<string>();
    for (const diagnostic of ours) {
      const ruleId = String((diagnostic.code as { value: string | number }).value);
      const finding = entry.result.findings.find(
        (f) => f.ruleId === ruleId && f.span.start.line === diagnostic.range.start.line && f.span.start.character === diagnostic.range.start.character,
      );
      if (!finding) {
        continue;
      }
      const rule = this.rules.get(ruleId);
      const fix = rule?.fix;
      const family = familyOf(document.languageId);
      const plan = planActions(
        {
          ruleId,
          obligations: finding.obligations,
          line: finding.span.start.line,
          fix,
          fixApplies: Boolean(fix && (fix.snippets[family] !== undefined || fix.snippets['*'] !== undefined)),
          sameRuleLines: entry.result.findings.filter((f) => f.ruleId === ruleId && !f.suppression).map((f) => f.span.start.line),
          canComment: commentTokenFor(document.languageId) !== undefined,
          reuseLine: existingDirective(view, { scope: 'line', line: finding.span.start.line }) !== undefined,
          reuseFile: existingDirective(view, { scope: 'file', line: 0 }) !== undefined,
          toggles: settings.codeActions,
          only,
          fixTitle: fix?.title[uiLang()],
        },
        t,
      );
      for (const descriptor of plan) {
        const key = `${descriptor.title}|${descriptor.type === 'insertStub' ? diagnostic.range.start.line : ''}`;
        if (titles.has(key)) {
          continue;
        }
        const action = this.toAction(descriptor, document, view, diagnostic, finding, entry.result.findings);
        if (action) {
          titles.add(key);
          actions.push(action);
        }
      }
    }
    return actions;
  }

  private toAction(
    descriptor: ActionDescriptor,
    document: vscode.TextDocument,
    view: LineView,
    diagnostic: vscode.Diagnostic,
    finding: Finding,
    all: readonly Finding[],
  ): vscode.CodeAction | undefined {
    const action = new vscode.CodeAction(descriptor.title, vscode.CodeActionKind.QuickFix.append(descriptor.kind.split('.').slice(1).join('.')));
    action.diagnostics = [diagnostic];
    action.isPreferred = descriptor.preferred;
    const fix = this.rules?.get(finding.ruleId)?.fix;
    switch (descriptor.type) {
      case 'insertStub': {
        const edit = fix && stubEdit(view, fix, descriptor.line, document.languageId, finding.token);
        if (!edit) {
          return undefined;
        }
        action.edit = new vscode.WorkspaceEdit();
        action.edit.insert(document.uri, new vscode.Position(edit.span.start.line, 0), edit.newText);
        return action;
      }
      case 'fixAll': {
        if (!fix) {
          return undefined;
        }
        const tokenAt = (line: number): string => all.find((f) => f.ruleId === finding.ruleId && f.span.start.line === line)?.token ?? finding.token;
        const edits = stubEditsForFile(view, fix, descriptor.lines, document.languageId, tokenAt);
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of edits) {
          action.edit.insert(document.uri, new vscode.Position(edit.span.start.line, 0), edit.newText);
        }
        return action;
      }
      case 'suppress': {
        const args: SuppressArgs = { uri: document.uri.toString(), line: finding.span.start.line, ruleId: finding.ruleId, scope: descriptor.scope };
        action.command = { command: SUPPRESS_COMMAND, title: descriptor.title, arguments: [args] };
        return action;
      }
      case 'markHandled':
        action.command = {
          command: MARK_HANDLED_COMMAND,
          title: descriptor.title,
          arguments: [{ obligations: descriptor.obligations, ruleId: finding.ruleId, file: finding.file, line: finding.span.start.line }],
        };
        return action;
      case 'openGuidance':
        action.command = { command: OPEN_GUIDANCE_COMMAND, title: descriptor.title, arguments: descriptor.obligation ? [descriptor.obligation] : [] };
        return action;
    }
  }
}
