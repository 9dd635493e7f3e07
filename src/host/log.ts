// The "AI Law Lens" LogOutputChannel. Every line goes through redact(): the tool must never log a PI value.
import * as vscode from 'vscode';
import { redact } from './redact';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  debug(message: string): void;
}

export interface OutputLogger extends Logger, vscode.Disposable {
  show(): void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createOutputLogger(): OutputLogger {
  const channel = vscode.window.createOutputChannel('AI Law Lens', { log: true });
  return {
    info: (message) => channel.info(redact(message)),
    warn: (message) => channel.warn(redact(message)),
    error: (message, error) => channel.error(redact(error === undefined ? message : `${message}: ${describe(error)}`)),
    debug: (message) => channel.debug(redact(message)),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
