import { ApiError } from './apiError';
import { Args } from './args';
import type { CallLog } from './callLog';
import type { FaultInjector } from './faults';
import { Described, METHODS, type FakeState } from './methods';
import type { ApiResponse, Call, Params } from './types';

export interface DispatchOptions {
  signal: AbortSignal;
  viaWebhookReply: boolean;
  /** Date.now() when the request arrived */
  at: number;
}

export interface DispatchResult {
  status: number;
  body: ApiResponse;
  call: Call;
}

/** chat_id as the server understands it, for Call.chatId. */
export function chatIdOf(params: Params): number | string | undefined {
  const value = params.chat_id;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

/** Runs one Bot API method (with fault injection) and records it in the call log. */
export class Dispatcher {
  constructor(
    private readonly state: FakeState,
    private readonly log: CallLog,
    private readonly faults: FaultInjector,
  ) {}

  record(method: string, params: Params, options: DispatchOptions, status: number, body: ApiResponse): Call {
    const chatId = chatIdOf(params);
    return this.log.record({
      method,
      params,
      ...(chatId !== undefined && { chatId }),
      at: options.at,
      respondedAt: this.state.now(),
      httpStatus: status,
      response: body,
      viaWebhookReply: options.viaWebhookReply,
    });
  }

  async dispatch(requestedMethod: string, params: Params, options: DispatchOptions): Promise<DispatchResult> {
    const entry = METHODS.get(requestedMethod.toLowerCase());
    const method = entry?.name ?? requestedMethod;
    let status: number;
    let body: ApiResponse;
    try {
      if (entry === undefined) throw new ApiError(404, 'Not Found');
      const injected = this.faults.take(entry.name);
      if (injected !== undefined) throw injected;
      const outcome: unknown = await entry.handler({ args: new Args(params), state: this.state, signal: options.signal });
      status = 200;
      body = outcome instanceof Described
        ? { ok: true, result: outcome.result, description: outcome.description }
        : { ok: true, result: outcome };
    } catch (error) {
      if (error instanceof ApiError) {
        status = error.errorCode >= 400 && error.errorCode < 600 ? error.errorCode : 400;
        body = error.toResponse();
      } else {
        const message = error instanceof Error ? error.stack ?? error.message : String(error);
        status = 500;
        body = { ok: false, error_code: 500, description: `Internal Server Error: fake Bot API bug: ${message}` };
      }
    }
    const call = this.record(method, params, options, status, body);
    return { status, body, call };
  }
}
