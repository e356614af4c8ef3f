import type { Activity, ConversationReference } from 'botbuilder';

/** Where a tenant is reached outside their own turns. */
export interface ConversationAddress {
  channel: string;
  conversationId: string;
  userId: string;
}

/** The Bot Framework reference of a tenant's one-to-one conversation, for a turn the bot starts itself. */
export function referenceOf(address: ConversationAddress, botId: string, conversationType: string): Partial<ConversationReference> {
  return {
    channelId: address.channel,
    serviceUrl: address.channel,
    conversation: { id: address.conversationId, isGroup: false, conversationType, name: '' },
    user: { id: address.userId, name: '' },
    bot: { id: botId, name: '' },
  };
}

/** The name and value of the event activity a desk change arrives as (see dialogs/person). */
export const DESK_EVENT = 'casa.desk';

/** A message a channel could not deliver: permanent when retrying cannot help (the tenant blocked the bot). */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    readonly permanent: boolean,
    reason: string,
  ) {
    super(reason);
  }
}

/** What a channel offers for messages that no tenant message started. */
export interface ChannelConnector {
  /** Sends activities as they are, in the chat's order; rejects with a DeliveryError. */
  send(address: ConversationAddress, activities: Partial<Activity>[]): Promise<void>;
  /** Runs a bot turn for an event, in the chat's order, so dialogs can react in the tenant's language. */
  runEvent(address: ConversationAddress, name: string, value: unknown): Promise<void>;
}

/** Routes messages and events to the channel a tenant uses. */
export class ConversationGateway {
  private readonly connectors = new Map<string, ChannelConnector>();

  register(channel: string, connector: ChannelConnector): void {
    this.connectors.set(channel, connector);
  }

  send(address: ConversationAddress, activities: Partial<Activity>[]): Promise<void> {
    return this.connectorOf(address).send(address, activities);
  }

  runEvent(address: ConversationAddress, name: string, value: unknown): Promise<void> {
    return this.connectorOf(address).runEvent(address, name, value);
  }

  private connectorOf(address: ConversationAddress): ChannelConnector {
    const connector = this.connectors.get(address.channel);
    if (!connector) throw new DeliveryError(false, `channel ${address.channel} is not running`);
    return connector;
  }
}
