import type { Activity, TurnContext } from 'botbuilder';
import type { ChatQueue } from '../../turn/chatQueue';
import { DeliveryError, referenceOf, type ChannelConnector, type ConversationAddress } from '../../turn/conversationGateway';
import { TelegramCallError } from './outbox';
import type { TelegramAdapter } from './telegramAdapter';

/** Bot API answers after which sending again cannot help: blocked by the user (403), chat gone or bad request (400). */
const PERMANENT_CODES = new Set([400, 403]);

/** Telegram as a ChannelConnector: messages and events for a tenant outside their own turns, in the chat's order. */
export function telegramConnector(
  adapter: () => TelegramAdapter | undefined,
  chatQueue: ChatQueue,
  logic: (context: TurnContext) => Promise<void>,
): ChannelConnector {
  const running = (): TelegramAdapter => {
    const current = adapter();
    if (!current) throw new DeliveryError(false, 'the Telegram channel is not running');
    return current;
  };
  return {
    async send(address: ConversationAddress, activities: Partial<Activity>[]) {
      try {
        await running().deliver(address.conversationId, activities);
      } catch (error) {
        if (error instanceof TelegramCallError) {
          throw new DeliveryError(error.code !== undefined && PERMANENT_CODES.has(error.code), `${error.code ?? 'network'}: ${error.description}`);
        }
        throw error;
      }
    },
    async runEvent(address: ConversationAddress, name: string, value: unknown) {
      const current = running();
      const reference = referenceOf(address, current.botId, 'private');
      await chatQueue.run(`telegram:${address.conversationId}`, () => current.runEvent(reference, name, value, logic));
    },
  };
}
