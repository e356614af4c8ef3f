/** A token bucket: `capacity` calls at once, refilled at `perSecond`. Time comes from the given clock. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Takes a token and returns 0, or returns how many milliseconds to wait before one is free. */
  take(): number {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }

  /** True when the bucket is full again, so it can be forgotten. */
  isIdle(): boolean {
    return this.tokens + ((this.now() - this.last) / 1000) * this.perSecond >= this.capacity;
  }
}
