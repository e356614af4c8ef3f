import type { Activity, TurnContext } from 'botbuilder';
import type { ChatQueue } from '../../turn/chatQueue';
import { referenceOf, type ChannelConnector, type ConversationAddress } from '../../turn/conversationGateway';
import { SANDBOX_BOT_ID, type SandboxAdapter, type SandboxOperation } from './sandboxAdapter';
import type { SandboxMailbox } from './sandboxMailbox';

/** The sandbox as a ChannelConnector: what happens outside the page's own turns waits in the mailbox. */
export function sandboxConnector(
  adapter: SandboxAdapter,
  mailbox: SandboxMailbox,
  chatQueue: ChatQueue,
  logic: (context: TurnContext) => Promise<void>,
): ChannelConnector {
  return {
    async send(address: ConversationAddress, activities: Partial<Activity>[]) {
      const operations: SandboxOperation[] = [];
      adapter.render(activities, operations);
      mailbox.put(address.conversationId, operations);
    },
    async runEvent(address: ConversationAddress, name: string, value: unknown) {
      const reference = referenceOf(address, SANDBOX_BOT_ID, 'personal');
      const operations = await chatQueue.run(`sandbox:${address.conversationId}`, () => adapter.runEvent(reference, name, value, logic));
      mailbox.put(address.conversationId, operations);
    },
  };
}
