import type { Logger } from '../../config/logger';
import { DeliveryError, type ConversationAddress, type ConversationGateway } from '../../turn/conversationGateway';
import { SUPPORT_CHAT_EVENT, type SupportChatEventValue } from '../../../dialogs/wellbeing/discreetPath';
import { ConflictError } from '../errors';

export type ChatChange = Omit<SupportChatEventValue, 'receipt'>;

/**
 * Tells the tenant's chat about the operator's side (an event turn in their chat, so the dialog answers in
 * their language, with the quick exit, inside the path's trail). Nothing of it is logged but the failure.
 */
export class ChatNotifier {
  constructor(
    private readonly gateway: ConversationGateway,
    private readonly log: Logger,
  ) {}

  /**
   * True when the tenant's dialog showed the change; false when the person has left the chat (out of the
   * path, or their channel refused the message). A channel that is not running is a ConflictError: try again.
   */
  async tell(address: ConversationAddress, change: ChatChange): Promise<boolean> {
    const value: SupportChatEventValue = { ...change, receipt: { shown: false } };
    try {
      await this.gateway.runEvent(address, SUPPORT_CHAT_EVENT, value);
    } catch (error) {
      if (error instanceof DeliveryError && !error.permanent) throw new ConflictError('not delivered: try again in a while', { reason: 'undelivered' });
      this.log.warn({ change: change.change, err: (error as Error).message }, 'could not reach a person in a support chat');
      return false;
    }
    return value.receipt.shown;
  }
}
