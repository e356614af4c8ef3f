import fs from 'node:fs';

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * Samples a process's resident memory (VmRSS of /proc/<pid>/status) every `intervalMs`: peak and last, in bytes;
 * and reads the CPU time it used, which, unlike wall-clock rates, holds still when other work shares the machine.
 */
export class ProcessSampler {
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

  /** User and system CPU time the process used so far, in ms; 0 when it is gone. */
  cpuMs(): number {
    try {
      // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    } catch {
      return 0;
    }
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
