import type { Logger } from '../../config/logger';
import { DESK_EVENT, type ConversationGateway } from '../../turn/conversationGateway';
import type { DeskEventValue } from '../../../dialogs/person/handoverDesk';

export interface RequestAddress {
  id: number;
  channel: string;
  conversationId: string;
  tenant: { channelUserId: string };
}

export function addressOf(request: RequestAddress) {
  return { channel: request.channel, conversationId: request.conversationId, userId: request.tenant.channelUserId };
}

/** Tells the tenant's dialogs about a desk change (claimed, closed…): they answer in the tenant's language. */
export class TenantNotifier {
  constructor(
    private readonly gateway: ConversationGateway,
    private readonly log: Logger,
  ) {}

  async notify(request: RequestAddress, value: DeskEventValue): Promise<void> {
    await this.gateway.runEvent(addressOf(request), DESK_EVENT, value).catch((error: Error) =>
      this.log.warn({ requestId: request.id, change: value.change, err: error.message }, 'could not tell the tenant about a desk change'),
    );
  }
}
