import type { StoredMessage } from './chatStore';
import { isInlineKeyboard } from './replyMarkup';
import type { BotMessage, InlineButton, MessageKind, TgMessage, TgReplyMarkup } from './types';

/** Fields that make a message a service message (these can't be copied, forwarded or edited). */
const SERVICE_FIELDS = [
  'forum_topic_created', 'forum_topic_edited', 'forum_topic_closed', 'forum_topic_reopened', 'new_chat_members',
  'left_chat_member', 'new_chat_title', 'new_chat_photo', 'delete_chat_photo', 'group_chat_created',
  'supergroup_chat_created', 'pinned_message', 'migrate_to_chat_id', 'migrate_from_chat_id',
] as const;

export function isServiceMessage(message: TgMessage): boolean {
  return SERVICE_FIELDS.some((field) => message[field] !== undefined);
}

export function messageKind(message: TgMessage): MessageKind {
  if (message.text !== undefined) return 'text';
  if (message.photo !== undefined) return 'photo';
  if (message.document !== undefined) return 'document';
  if (message.voice !== undefined) return 'voice';
  if (message.location !== undefined) return 'location';
  if (message.contact !== undefined) return 'contact';
  if (message.sticker !== undefined) return 'sticker';
  if (isServiceMessage(message)) return 'service';
  return 'other';
}

function buttonsOf(markup: TgReplyMarkup | undefined): InlineButton[][] {
  if (!isInlineKeyboard(markup)) return [];
  return markup.inline_keyboard.map((row) =>
    row.map((button) => ({
      text: button.text,
      ...(button.callback_data !== undefined && { callbackData: button.callback_data }),
      ...(button.url !== undefined && { url: button.url }),
    })),
  );
}

/** The test's view of a stored message (a deep copy). */
export function toBotMessage(stored: StoredMessage): BotMessage {
  const message = stored.message;
  const entities = message.entities ?? message.caption_entities;
  return {
    messageId: stored.messageId,
    from: stored.from,
    senderId: message.from?.id ?? 0,
    kind: messageKind(message),
    ...(stored.threadId !== undefined && { threadId: stored.threadId }),
    date: message.date,
    ...(message.text !== undefined && { text: message.text }),
    ...(message.caption !== undefined && { caption: message.caption }),
    ...(entities !== undefined && { entities: structuredClone(entities) }),
    ...(stored.replyMarkup !== undefined && { replyMarkup: structuredClone(stored.replyMarkup) }),
    buttons: buttonsOf(stored.replyMarkup),
    deleted: stored.deleted,
    ...(stored.editedAt !== undefined && { editedAt: stored.editedAt }),
    ...(stored.copyOf !== undefined && { copyOf: { ...stored.copyOf } }),
    ...(stored.forwardOf !== undefined && { forwardOf: { ...stored.forwardOf } }),
    raw: structuredClone(message),
  };
}
