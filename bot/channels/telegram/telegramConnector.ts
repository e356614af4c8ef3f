import type { Activity, TurnContext } from 'botbuilder';
import { DeliveryError, referenceOf, type ChannelConnector, type ConversationAddress } from '../../turn/conversationGateway';
import type { TelegramChannel } from './telegramChannel';

/**
 * Telegram as a ChannelConnector: messages and events for a tenant outside their own turns, written to the chat's
 * outbox in order with its turns, and awaited until Telegram has them (a refusal comes back as a DeliveryError).
 */
export function telegramConnector(channel: TelegramChannel, logic: (context: TurnContext) => Promise<void>): ChannelConnector {
  const running = (): TelegramChannel => {
    if (!channel.runningAdapter) throw new DeliveryError(false, 'the Telegram channel is not running');
    return channel;
  };
  return {
    async send(address: ConversationAddress, activities: Partial<Activity>[]) {
      await running().deliver(address.conversationId, activities);
    },
    async runEvent(address: ConversationAddress, name: string, value: unknown) {
      await running().runEvent(address.conversationId, (adapter) => adapter.runEvent(referenceOf(address, adapter.botId, 'private'), name, value, logic));
    },
  };
}
