// A one-line progress bar on stderr, only for interactive terminals and scans big enough to need one.
export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export const PROGRESS_MIN_FILES = 200;
const FRAME_MS = 100;

export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly enabled: boolean,
  ) {}

  update(done: number, total: number): void {
    if (!this.enabled || !this.sink.isTTY || total < PROGRESS_MIN_FILES) {
      return;
    }
    const now = Date.now();
    if (done < total && now - this.lastDraw < FRAME_MS) {
      return;
    }
    this.lastDraw = now;
    const width = Math.max(10, Math.min(40, (this.sink.columns ?? 80) - 30));
    const filled = Math.round((done / total) * width);
    this.sink.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) {
      this.sink.write('\r\u001b[2K');
      this.drawn = false;
    }
  }
}
