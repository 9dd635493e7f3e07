// Per-document debounce with stale-result drop. Pure: timers come through a port so tests can drive time.
// Each key (document URI) has its own timer, so typing in one file never delays another.

export interface TimerPort {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: TimerPort = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class PerKeyDebouncer {
  private readonly pending = new Map<string, unknown>();

  constructor(
    private readonly timers: TimerPort,
    /** Delay for a key, read at schedule time (settings changes apply to the next edit). */
    private readonly delayMs: (key: string) => number,
  ) {}

  /** (Re)starts the key's timer; only the last call within the delay runs. A zero delay still yields once. */
  schedule(key: string, run: () => void): void {
    this.cancel(key);
    const handle = this.timers.set(() => {
      this.pending.delete(key);
      run();
    }, this.delayMs(key));
    this.pending.set(key, handle);
  }

  cancel(key: string): void {
    const handle = this.pending.get(key);
    if (handle !== undefined) {
      this.timers.clear(handle);
      this.pending.delete(key);
    }
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  dispose(): void {
    for (const handle of this.pending.values()) {
      this.timers.clear(handle);
    }
    this.pending.clear();
  }
}

/**
 * The delay before re-analysing a document: the user's debounce, stretched for documents whose last analysis was
 * slow (twice its cost, capped), so typing in a huge file never queues analyses back to back on the extension host.
 */
export function adaptiveDelay(settingMs: number, lastCostMs: number | undefined, capMs = 2000): number {
  return Math.max(settingMs, Math.min(capMs, Math.round(2 * (lastCostMs ?? 0))));
}

/**
 * Remembers the newest version requested per document, so a result computed for an older version
 * (the user typed again meanwhile) is dropped instead of overwriting fresher diagnostics.
 */
export class VersionGate {
  private readonly latest = new Map<string, number>();

  request(key: string, version: number): void {
    const known = this.latest.get(key);
    if (known === undefined || version > known) {
      this.latest.set(key, version);
    }
  }

  isCurrent(key: string, version: number): boolean {
    const known = this.latest.get(key);
    return known === undefined || version >= known;
  }

  forget(key: string): void {
    this.latest.delete(key);
  }
}
