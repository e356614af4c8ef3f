import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { isRecordMissing } from '../../db/prismaErrors';
import type { ConversationAddress } from '../../turn/conversationGateway';
import { hourAfter, hourOf } from './coarseTime';
import { open, seal } from './sealing';

/** A chat is deleted a day after its last message, whoever wrote it. */
export const CHAT_TTL_MS = 24 * 60 * 60 * 1000;

const sealedChat = z.object({
  address: z.object({ channel: z.string(), conversationId: z.string(), userId: z.string() }),
  language: z.string(),
  /** When the chat was opened, exactly (ISO; the row's plain time is the hour). Chats sealed before it lack it. */
  openedAt: z.string().optional(),
});
type ChatParty = z.infer<typeof sealedChat>;

export function sealParty(key: Buffer, party: ChatParty): string {
  return seal(key, JSON.stringify(party));
}

export function openParty(key: Buffer, sealed: string): { address: ConversationAddress; language: string; openedAt?: string } {
  return sealedChat.parse(JSON.parse(open(key, sealed)));
}

/** A message's text with its exact time, sealed together. */
const sealedMessage = z.object({ text: z.string(), at: z.string() });

/** A message as the operator reads it; a message sealed before its time was (its text alone) takes the row's time. */
export function openMessage(key: Buffer, row: { sealed: string; createdAt: Date }): { text: string; at: Date } {
  const plain = open(key, row.sealed);
  try {
    const message = sealedMessage.parse(JSON.parse(plain));
    return { text: message.text, at: new Date(message.at) };
  } catch {
    return { text: plain, at: row.createdAt };
  }
}

/** The plain times of a chat whose last move was at `now`: to the hour, and its deletion a day later at least. */
export function chatTimes(now: Date): { lastActivityAt: Date; expiresAt: Date } {
  return { lastActivityAt: hourOf(now), expiresAt: hourAfter(now, CHAT_TTL_MS) };
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
        ...chatTimes(now),
        messages: { create: { fromOperator: message.fromOperator, sealed: seal(key, JSON.stringify({ text: message.text, at: now.toISOString() })), createdAt: hourOf(now) } },
      },
    });
    return true;
  } catch (error) {
    if (isRecordMissing(error)) return false;
    throw error;
  }
}
