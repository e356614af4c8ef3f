import type { Args } from '../args';
import type { BotSettings } from '../botSettings';
import type { CallbackQueries } from '../callbackQueries';
import type { ChatStore } from '../chatStore';
import type { FileStore } from '../fileStore';
import type { TgUser } from '../types';
import type { UpdateQueue } from '../updateQueue';
import type { WebhookDispatcher } from '../webhook';

/** Everything a method implementation can touch. */
export interface FakeState {
  token: string;
  bot: TgUser;
  /** Date.now()-like clock */
  now: () => number;
  /** cap for getUpdates timeout, seconds */
  longPollMaxSeconds: number;
  chats: ChatStore;
  files: FileStore;
  updates: UpdateQueue;
  webhook: WebhookDispatcher;
  settings: BotSettings;
  callbackQueries: CallbackQueries;
}

export interface MethodContext {
  args: Args;
  state: FakeState;
  /** aborted when the HTTP client goes away */
  signal: AbortSignal;
}

/** A successful result with a `description` (e.g. "Webhook was set"). */
export class Described {
  constructor(readonly result: unknown, readonly description: string) {}
}

export type MethodHandler = (ctx: MethodContext) => unknown;

/** Canonical method name → implementation. */
export type MethodTable = Record<string, MethodHandler>;

export function unixTime(state: FakeState): number {
  return Math.floor(state.now() / 1000);
}
