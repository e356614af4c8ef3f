import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { isRecordMissing } from '../../db/prismaErrors';
import type { ConversationAddress } from '../../turn/conversationGateway';
import { open, seal } from './sealing';

/** A chat is deleted a day after its last message, whoever wrote it. */
export const CHAT_TTL_MS = 24 * 60 * 60 * 1000;

const sealedChat = z.object({
  address: z.object({ channel: z.string(), conversationId: z.string(), userId: z.string() }),
  language: z.string(),
});
type ChatParty = z.infer<typeof sealedChat>;

export function sealParty(key: Buffer, party: ChatParty): string {
  return seal(key, JSON.stringify(party));
}

export function openParty(key: Buffer, sealed: string): { address: ConversationAddress; language: string } {
  return sealedChat.parse(JSON.parse(open(key, sealed)));
}

/**
 * Adds a message, sealed, to a chat and pushes back its deletion a day; false when the chat is gone (one
 * statement: a chat deleted at the same moment cannot get an orphan message).
 */
export async function addChatMessage(db: Db, key: Buffer, chatId: string, message: { fromOperator: boolean; text: string }, now: Date): Promise<boolean> {
  try {
    await db.supportChat.update({
      where: { id: chatId },
      data: {
        lastActivityAt: now,
        expiresAt: new Date(now.getTime() + CHAT_TTL_MS),
        messages: { create: { fromOperator: message.fromOperator, sealed: seal(key, message.text), createdAt: now } },
      },
    });
    return true;
  } catch (error) {
    if (isRecordMissing(error)) return false;
    throw error;
  }
}
