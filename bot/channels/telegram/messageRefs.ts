/**
 * How the adapter names a message it sent. Inside a turn the message is only an outbox row, so its reference is
 * "<chat>:q<row>"; the sender swaps the row for Telegram's message_id when the edit or deletion goes out.
 * Messages the tenant sent keep Telegram's own "<chat>:<message_id>".
 */
export interface OutboxRef {
  outboxRef: number;
}

export type MessageId = number | OutboxRef;

export function outboxMessageRef(chatId: string, outboxId: number): string {
  return `${chatId}:q${outboxId}`;
}

export function parseMessageRef(id: string | undefined, fallbackChatId: string): { chatId: string; messageId: MessageId } {
  const [chatPart, messagePart] = (id ?? '').includes(':') ? id!.split(':') : [fallbackChatId, id];
  const chatId = chatPart ?? fallbackChatId;
  const queued = /^q(\d+)$/.exec(messagePart ?? '');
  if (queued) return { chatId, messageId: { outboxRef: Number(queued[1]) } };
  const messageId = Number(messagePart);
  if (!Number.isInteger(messageId)) throw new Error(`Not a Telegram message reference: "${id}"`);
  return { chatId, messageId };
}

export function isOutboxRef(value: unknown): value is OutboxRef {
  return typeof value === 'object' && value !== null && typeof (value as OutboxRef).outboxRef === 'number';
}
