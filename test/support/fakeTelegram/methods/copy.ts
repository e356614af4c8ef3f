import { badRequest } from '../apiError';
import type { Args } from '../args';
import { clone, isServiceMessage, type StoredMessage } from '../chatStore';
import { readReplyMarkup } from '../replyMarkup';
import type { MessageRef, TgMessage, TgMessageOriginUser } from '../types';
import { botMessageBase, readCaption, requireMessageId } from './common';
import type { FakeState, MethodContext, MethodTable } from './context';
import { readPlacement } from './threads';

/** Fields describing where/how a message was sent rather than what it contains. */
const ENVELOPE_FIELDS = new Set([
  'message_id', 'from', 'sender_chat', 'chat', 'date', 'edit_date', 'message_thread_id', 'is_topic_message',
  'forward_origin', 'forward_from', 'forward_from_chat', 'forward_from_message_id', 'forward_signature',
  'forward_sender_name', 'forward_date', 'is_automatic_forward', 'reply_to_message', 'external_reply', 'quote',
  'via_bot', 'author_signature', 'reply_markup', 'has_protected_content', 'media_group_id', 'sender_boost_count',
]);

/** Contents that can have a caption (copyMessage's caption replaces it). */
const CAPTIONED = ['photo', 'document', 'voice', 'video', 'audio', 'animation'] as const;

/** The content fields of a message (text, photo, document, voice, location, contact, ...). */
function contentOf(message: TgMessage): Partial<TgMessage> {
  const content: Partial<TgMessage> = {};
  for (const [key, value] of Object.entries(message)) {
    if (!ENVELOPE_FIELDS.has(key) && value !== undefined) content[key] = clone(value);
  }
  return content;
}

/** from_chat_id + message_id; a missing or deleted message → "message to copy/forward not found". */
function findSource(args: Args, state: FakeState, action: 'copy' | 'forward'): StoredMessage {
  const fromChat = state.chats.resolve(args.str('from_chat_id'));
  const stored = state.chats.find(fromChat, requireMessageId(args));
  if (stored === undefined || stored.deleted) throw badRequest(`message to ${action} not found`);
  if (isServiceMessage(stored.message)) throw badRequest(`message can't be ${action === 'copy' ? 'copied' : 'forwarded'}`);
  return stored;
}

function refOf(stored: StoredMessage): MessageRef {
  return { chatId: stored.chatId, messageId: stored.messageId };
}

/** copyMessage: the content without a link to the original; caption/reply_markup may be replaced. */
function copyMessage({ args, state }: MethodContext): { message_id: number } {
  const caption = readCaption(args);
  const markup = readReplyMarkup(args);
  const chat = state.chats.resolveForSending(args.str('chat_id'));
  const source = findSource(args, state, 'copy');
  const { replyTo, threadId } = readPlacement(args, state, chat);
  const content = contentOf(source.message);
  const hasCaption = CAPTIONED.some((field) => content[field] !== undefined);
  if (hasCaption && caption !== undefined) {
    content.caption = caption.text;
    if (caption.entities.length > 0) content.caption_entities = caption.entities;
    else delete content.caption_entities;
  }
  if (hasCaption && args.has('show_caption_above_media')) content.show_caption_above_media = args.bool('show_caption_above_media');
  const stored = state.chats.addMessage(
    chat,
    'bot',
    (messageId) => ({ ...botMessageBase(state, chat, messageId, replyTo, threadId), ...content }),
    markup,
    { copyOf: refOf(source) },
  );
  return { message_id: stored.messageId };
}

/** forwardMessage: the content with forward_origin (an earlier forward keeps its origin). */
function forwardMessage({ args, state }: MethodContext): TgMessage {
  const chat = state.chats.resolveForSending(args.str('chat_id'));
  const source = findSource(args, state, 'forward');
  const { threadId } = readPlacement(args, state, chat);
  const original = source.message;
  const origin: TgMessageOriginUser = original.forward_origin ?? {
    type: 'user',
    date: original.date,
    sender_user: clone(original.from ?? state.bot),
  };
  const stored = state.chats.addMessage(
    chat,
    'bot',
    (messageId) => ({
      ...botMessageBase(state, chat, messageId, undefined, threadId),
      forward_origin: clone(origin),
      forward_from: clone(origin.sender_user),
      forward_date: origin.date,
      ...contentOf(original),
    }),
    undefined,
    { forwardOf: refOf(source) },
  );
  return clone(stored.message);
}

export const copyMethods: MethodTable = { copyMessage, forwardMessage };
