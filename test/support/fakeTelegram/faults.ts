import { ApiError } from './apiError';
import type { FailSpec } from './types';

/** failNext(): the next N calls to a method answer with an injected error. */
export class FaultInjector {
  private readonly planned = new Map<string, { error: ApiError; remaining: number }[]>();

  add(method: string, spec: FailSpec, times: number): void {
    const parameters: ApiError['parameters'] = {};
    if (spec.retryAfter !== undefined) parameters.retry_after = spec.retryAfter;
    if (spec.migrateToChatId !== undefined) parameters.migrate_to_chat_id = spec.migrateToChatId;
    const error = new ApiError(spec.errorCode, spec.description, Object.keys(parameters).length > 0 ? parameters : undefined);
    const key = method.toLowerCase();
    const list = this.planned.get(key) ?? [];
    list.push({ error, remaining: times });
    this.planned.set(key, list);
  }

  /** The injected error for this call, if any (consumes one). */
  take(method: string): ApiError | undefined {
    const list = this.planned.get(method.toLowerCase());
    const first = list?.[0];
    if (list === undefined || first === undefined) return undefined;
    first.remaining--;
    if (first.remaining <= 0) list.shift();
    return first.error;
  }

  clear(): void {
    this.planned.clear();
  }
}
