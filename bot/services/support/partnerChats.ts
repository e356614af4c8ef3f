import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { can, requirePermission, type StaffIdentity } from '../staff/permissions';
import { parseOrThrow } from '../validation';
import { addChatMessage, openMessage, openParty } from './chatRecords';
import type { ChatChange, ChatNotifier } from './chatNotifier';

const PARTNER_REPLY_LIMIT = 2000;
/** What the operator is told when the person is no longer in the chat. */
const LEFT = 'the person has left the chat';

const reply = z.object({ text: z.string().trim().min(1, 'write something').max(PARTNER_REPLY_LIMIT) });

interface ChatRow {
  id: string;
  sealed: string;
  status: string;
  operatorId: string | null;
}

/**
 * The partner operators' side of the chats from the discreet path (the role partner_support only): the
 * waiting chats, taking one, reading and answering it, ending it. Who the person is never leaves the seal.
 */
export class PartnerChats {
  constructor(
    private readonly db: Db,
    private readonly key: Buffer,
    private readonly notifier: ChatNotifier,
    /** Shown to the operator: after this many minutes without a message the chat ends on its own. */
    readonly idleMinutes: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(staff: StaffIdentity) {
    this.allow(staff);
    const rows = await this.db.supportChat.findMany({ include: { messages: { select: { sealed: true, createdAt: true } } } });
    const operatorIds = [...new Set(rows.flatMap((row) => (row.operatorId ? [row.operatorId] : [])))];
    const names = new Map((await this.db.staffAccount.findMany({ where: { id: { in: operatorIds } }, select: { id: true, name: true } })).map((account) => [account.id, account.name]));
    const chats = rows.map((row) => {
      // The rows' plain times are hours: the exact ones are sealed in the chat and its messages.
      const party = openParty(this.key, row.sealed);
      const createdAt = party.openedAt ? new Date(party.openedAt) : row.createdAt;
      const times = row.messages.map((message) => openMessage(this.key, message).at.getTime());
      return {
        id: row.id,
        status: row.status,
        language: party.language,
        createdAt,
        lastActivityAt: new Date(Math.max(createdAt.getTime(), ...times)),
        messages: row.messages.length,
        mine: row.operatorId === staff.id,
        operatorName: row.operatorId ? (names.get(row.operatorId) ?? null) : null,
      };
    });
    return { idleMinutes: this.idleMinutes, chats: chats.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()) };
  }

  /** A waiting chat, or one the operator took: its messages, oldest first. */
  async read(staff: StaffIdentity, chatId: string) {
    this.allow(staff);
    const chat = await this.db.supportChat.findUnique({ where: { id: chatId }, include: { messages: true } });
    if (!chat) throw new NotFoundError(LEFT);
    if (chat.status !== 'waiting' && chat.operatorId !== staff.id) throw new ForbiddenError('another operator has this chat');
    return {
      id: chat.id,
      status: chat.status,
      language: openParty(this.key, chat.sealed).language,
      mine: chat.operatorId === staff.id,
      messages: chat.messages
        .map((message) => ({ id: message.id, fromOperator: message.fromOperator, ...openMessage(this.key, message) }))
        .sort((a, b) => a.at.getTime() - b.at.getTime()),
    };
  }

  /** Atomic: of two operators taking a chat at once, one gets it. The person is told someone is there. */
  async take(staff: StaffIdentity, chatId: string): Promise<void> {
    this.allow(staff);
    const won = await this.db.supportChat.updateMany({ where: { id: chatId, status: 'waiting' }, data: { status: 'open', operatorId: staff.id } });
    if (won.count === 0) {
      if (await this.db.supportChat.count({ where: { id: chatId } })) throw new ConflictError('another operator has taken this chat', { reason: 'taken' });
      throw new ConflictError(LEFT, { reason: 'left' });
    }
    await this.tellOrClose(await this.chat(chatId), { chatId, change: 'taken' });
  }

  /** The reply reaches the person's chat first, then is kept (sealed) for the operator's view of the chat. */
  async reply(staff: StaffIdentity, chatId: string, input: unknown): Promise<void> {
    this.allow(staff);
    const { text } = parseOrThrow(reply, input);
    const chat = await this.chat(chatId);
    if (chat.status !== 'open' || chat.operatorId !== staff.id) throw new ConflictError('take the chat before writing', { reason: 'notTaken' });
    await this.tellOrClose(chat, { chatId, change: 'reply', text });
    await addChatMessage(this.db, this.key, chatId, { fromOperator: true, text }, this.now());
  }

  /** Ends a waiting chat or one's own: deleted at once; the person is told and is back at the path's menu. */
  async end(staff: StaffIdentity, chatId: string): Promise<void> {
    this.allow(staff);
    const chat = await this.chat(chatId);
    if (chat.status !== 'waiting' && chat.operatorId !== staff.id) throw new ForbiddenError('another operator has this chat');
    await this.db.supportChat.deleteMany({ where: { id: chatId } });
    // Ended all the same when the channel is down: the person learns it at their next message.
    await this.notifier.tell(openParty(this.key, chat.sealed).address, { chatId, change: 'ended' }).catch(() => false);
  }

  /** Deletes the chats a day after their last message. */
  async sweep(): Promise<number> {
    return (await this.db.supportChat.deleteMany({ where: { expiresAt: { lte: this.now() } } })).count;
  }

  private allow(staff: StaffIdentity): void {
    requirePermission(can.supportChats(staff), 'support chats');
  }

  private async chat(chatId: string): Promise<ChatRow> {
    const chat = await this.db.supportChat.findUnique({ where: { id: chatId }, select: { id: true, sealed: true, status: true, operatorId: true } });
    if (!chat) throw new ConflictError(LEFT, { reason: 'left' });
    return chat;
  }

  /** The person has gone when their chat no longer shows the change: the chat is deleted and the operator told so. */
  private async tellOrClose(chat: ChatRow, change: ChatChange): Promise<void> {
    if (await this.notifier.tell(openParty(this.key, chat.sealed).address, change)) return;
    await this.db.supportChat.deleteMany({ where: { id: chat.id } });
    throw new ConflictError(LEFT, { reason: 'left' });
  }
}
