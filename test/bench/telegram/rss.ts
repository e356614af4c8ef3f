import fs from 'node:fs';

/** Samples a process's resident memory (VmRSS of /proc/<pid>/status) every `intervalMs`: peak and last, in bytes. */
export class RssSampler {
  private peakBytes = 0;
  private lastBytes = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number, intervalMs = 100) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  /** Reads VmRSS now; 0 when the process is gone. */
  sample(): number {
    let bytes = 0;
    try {
      const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${this.pid}/status`, 'utf8'))?.[1];
      bytes = kb === undefined ? 0 : Number(kb) * 1024;
    } catch {
      bytes = 0;
    }
    if (bytes > 0) {
      this.lastBytes = bytes;
      this.peakBytes = Math.max(this.peakBytes, bytes);
    }
    return bytes;
  }

  /** Starts a new window: the peak from now on. */
  resetPeak(): void {
    this.peakBytes = this.sample();
  }

  get peak(): number {
    return this.peakBytes;
  }

  get last(): number {
    return this.lastBytes;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
