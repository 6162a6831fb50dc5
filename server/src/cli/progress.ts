/** A one-line progress bar on stderr, only when stderr is a terminal and there are many files. */
export class Progress {
  private i = 0;
  private readonly enabled: boolean;
  private last = 0;
  constructor(private readonly total: number) {
    this.enabled = Boolean(process.stderr.isTTY) && total >= 20 && !process.env.CI;
  }
  tick(label: string): void {
    this.i++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 80 && this.i < this.total) return;
    this.last = now;
    const width = 24;
    const filled = Math.round((this.i / this.total) * width);
    const cols = process.stderr.columns ?? 80;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.i}/${this.total} ${label}`;
    process.stderr.write('\r' + line.slice(0, cols - 1).padEnd(cols - 1));
  }
  done(): void {
    if (this.enabled) process.stderr.write('\r' + ' '.repeat((process.stderr.columns ?? 80) - 1) + '\r');
  }
}
