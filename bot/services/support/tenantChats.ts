import type { Db } from '../../db/prismaClient';
import type { ConversationAddress } from '../../turn/conversationGateway';
import type { SupportChatPort } from '../../../dialogs/wellbeing/discreetPath';
import { addChatMessage, chatTimes, sealParty } from './chatRecords';
import { hourOf } from './coarseTime';

/** The tenant's side of the chats with partner operators: who they are stays sealed, so do their messages. */
export class TenantChats implements SupportChatPort {
  constructor(
    private readonly db: Db,
    private readonly key: Buffer,
    readonly idleMinutes: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async open(input: { address: ConversationAddress; language: string }): Promise<string> {
    const now = this.now();
    const chat = await this.db.supportChat.create({
      data: { sealed: sealParty(this.key, { ...input, openedAt: now.toISOString() }), status: 'waiting', createdAt: hourOf(now), ...chatTimes(now) },
      select: { id: true },
    });
    return chat.id;
  }

  say(chatId: string, text: string): Promise<boolean> {
    return addChatMessage(this.db, this.key, chatId, { fromOperator: false, text }, this.now());
  }

  async end(chatId: string): Promise<void> {
    await this.db.supportChat.deleteMany({ where: { id: chatId } });
  }
}
