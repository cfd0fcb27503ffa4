import type { WriteStream } from 'node:tty';

/** Redraws at most this often. */
const FRAME_MS = 100;

/**
 * A one-line progress bar on a terminal: files done / total, pages per second, ETA, and the
 * failures so far. Lines logged through {@link ProgressBar.log} appear above it.
 */
export class ProgressBar {
  private done = 0;
  private failed = 0;
  private lastDraw = 0;
  private visible = false;

  constructor(
    private readonly stream: WriteStream,
    private readonly total: number,
    private readonly startedAt: number,
  ) {}

  /** Counts one finished input and redraws when a frame is due. */
  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    const now = performance.now();
    if (now - this.lastDraw >= FRAME_MS || this.done === this.total) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Prints a line above the bar. */
  log(line: string): void {
    this.clear();
    this.stream.write(`${line}\n`);
    if (this.done > 0) this.draw(performance.now());
  }

  /** Removes the bar. */
  finish(): void {
    this.clear();
  }

  private clear(): void {
    if (this.visible) this.stream.write('\r\x1b[K');
    this.visible = false;
  }

  private draw(now: number): void {
    const seconds = Math.max((now - this.startedAt) / 1000, 1e-3);
    const rate = this.done / seconds;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const status = ` ${this.done}/${this.total}  ${rate.toFixed(1)} pages/s  ETA ${formatDuration(eta)}${this.failed > 0 ? `  ${this.failed} failed` : ''}`;
    const width = Math.max(10, Math.min(40, (this.stream.columns || 80) - status.length - 3));
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    this.stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${status}`);
    this.visible = true;
  }
}

/** `m:ss`, or `h:mm:ss` past an hour. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
