import type { Call } from './types';

export type CallPredicate = (call: Call) => boolean;

/** Waits for the first call to `method` matching `predicate` at index >= from. */
export interface CallCursor {
  /** index of the next call this cursor will look at */
  readonly position: number;
  /** resolves with the next matching call after the previous match, and moves past it */
  next(method: string, predicate?: CallPredicate, timeoutMs?: number): Promise<Call>;
}

interface Waiter {
  from: number;
  method: string;
  predicate: CallPredicate | undefined;
  resolve: (call: Call) => void;
}

function matches(call: Call, method: string, predicate: CallPredicate | undefined): boolean {
  return call.method.toLowerCase() === method.toLowerCase() && (predicate === undefined || predicate(call));
}

/** Every API call made to the fake, plus waiting helpers. */
export class CallLog {
  readonly calls: Call[] = [];
  private readonly waiters = new Set<Waiter>();

  record(call: Omit<Call, 'index'>): Call {
    const full: Call = { ...call, index: this.calls.length };
    this.calls.push(full);
    for (const waiter of [...this.waiters]) {
      if (full.index >= waiter.from && matches(full, waiter.method, waiter.predicate)) {
        this.waiters.delete(waiter);
        waiter.resolve(full);
      }
    }
    return full;
  }

  find(from: number, method: string, predicate?: CallPredicate): Call | undefined {
    for (let i = Math.max(0, from); i < this.calls.length; i++) {
      const call = this.calls[i];
      if (call !== undefined && matches(call, method, predicate)) return call;
    }
    return undefined;
  }

  waitSince(from: number, method: string, predicate: CallPredicate | undefined, timeoutMs: number): Promise<Call> {
    const existing = this.find(from, method, predicate);
    if (existing !== undefined) return Promise.resolve(existing);
    return new Promise<Call>((resolve, reject) => {
      const waiter: Waiter = {
        from,
        method,
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.calls.slice(from).map((c) => `${c.method}(${c.httpStatus})`).join(', ') || 'none';
        reject(new Error(`fakeTelegram: no ${method} call${predicate === undefined ? '' : ' matching the predicate'} within ${timeoutMs} ms; calls since #${from}: ${seen}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  cursor(from: number): CallCursor {
    let position = from;
    const log = this;
    return {
      get position() {
        return position;
      },
      async next(method: string, predicate?: CallPredicate, timeoutMs = 5000): Promise<Call> {
        const call = await log.waitSince(position, method, predicate, timeoutMs);
        position = call.index + 1;
        return call;
      },
    };
  }
}
