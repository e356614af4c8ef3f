import { badRequest } from '../apiError';
import type { Args } from '../args';
import { clone, isServiceMessage, type ChatState, type StoredMessage } from '../chatStore';
import type { FormattedText } from '../formatting';
import { isInlineKeyboard, readReplyMarkup } from '../replyMarkup';
import type { TgInlineKeyboardMarkup, TgMessage } from '../types';
import {
  botMessageBase,
  checkTextLength,
  entitiesEqual,
  readCaption,
  readLinkPreviewOptions,
  readMessageText,
  requireMessageId,
} from './common';
import { unixTime, type FakeState, type MethodContext, type MethodTable } from './context';
import { readPlacement } from './threads';

function sendMessage({ args, state }: MethodContext): TgMessage {
  const formatted = readMessageText(args);
  const markup = readReplyMarkup(args);
  const linkPreview = readLinkPreviewOptions(args);
  const chat = state.chats.resolveForSending(args.str('chat_id'));
  checkTextLength(formatted);
  const { replyTo, threadId } = readPlacement(args, state, chat);
  const stored = state.chats.addMessage(
    chat,
    'bot',
    (messageId) => {
      const message = botMessageBase(state, chat, messageId, replyTo, threadId);
      message.text = formatted.text;
      if (formatted.entities.length > 0) message.entities = formatted.entities;
      if (linkPreview !== undefined) message.link_preview_options = linkPreview;
      return message;
    },
    markup,
  );
  return clone(stored.message);
}

/** Locates the message an edit method targets (chat_id + message_id; inline messages are not simulated). */
function findMessageToEdit(args: Args, state: FakeState): { chat: ChatState; stored: StoredMessage } {
  if (args.has('inline_message_id')) throw badRequest('message to edit not found');
  const chat = state.chats.resolve(args.str('chat_id'));
  const messageId = requireMessageId(args);
  const stored = state.chats.find(chat, messageId);
  if (stored === undefined || stored.deleted) throw badRequest('message to edit not found');
  if (stored.from !== 'bot' || isServiceMessage(stored.message)) throw badRequest("message can't be edited");
  return { chat, stored };
}

/** reply_markup of edit methods: only an inline keyboard (or nothing, which removes the keyboard). */
function readEditMarkup(args: Args): TgInlineKeyboardMarkup | undefined {
  const markup = readReplyMarkup(args);
  if (markup !== undefined && !isInlineKeyboard(markup)) throw badRequest('REPLY_MARKUP_INVALID');
  return markup;
}

function applyEdit(state: FakeState, stored: StoredMessage, markup: TgInlineKeyboardMarkup | undefined): TgMessage {
  if (markup === undefined) {
    delete stored.message.reply_markup;
    delete stored.replyMarkup;
  } else {
    stored.message.reply_markup = clone(markup);
    stored.replyMarkup = clone(markup);
  }
  stored.message.edit_date = unixTime(state);
  stored.editedAt = state.now();
  return clone(stored.message);
}

function sameMarkup(stored: StoredMessage, markup: TgInlineKeyboardMarkup | undefined): boolean {
  return JSON.stringify(stored.message.reply_markup ?? null) === JSON.stringify(markup ?? null);
}

function notModified(): never {
  throw badRequest(
    'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
  );
}

function editMessageText({ args, state }: MethodContext): TgMessage {
  const formatted = readMessageText(args);
  const markup = readEditMarkup(args);
  const linkPreview = readLinkPreviewOptions(args);
  const { stored } = findMessageToEdit(args, state);
  checkTextLength(formatted);
  const message = stored.message;
  if (message.text === undefined) throw badRequest('there is no text in the message to edit');
  if (message.text === formatted.text && entitiesEqual(message.entities, formatted.entities) && sameMarkup(stored, markup)) {
    notModified();
  }
  message.text = formatted.text;
  if (formatted.entities.length > 0) message.entities = formatted.entities;
  else delete message.entities;
  if (linkPreview !== undefined) message.link_preview_options = linkPreview;
  return applyEdit(state, stored, markup);
}

function editMessageCaption({ args, state }: MethodContext): TgMessage {
  const caption: FormattedText | undefined = readCaption(args);
  const markup = readEditMarkup(args);
  const { stored } = findMessageToEdit(args, state);
  const message = stored.message;
  if (message.text !== undefined) throw badRequest('there is no caption in the message to edit');
  const newText = caption?.text;
  const newEntities = caption?.entities ?? [];
  if (message.caption === newText && entitiesEqual(message.caption_entities, newEntities) && sameMarkup(stored, markup)) {
    notModified();
  }
  if (newText === undefined) delete message.caption;
  else message.caption = newText;
  if (newEntities.length > 0) message.caption_entities = newEntities;
  else delete message.caption_entities;
  if (args.has('show_caption_above_media')) message.show_caption_above_media = args.bool('show_caption_above_media');
  return applyEdit(state, stored, markup);
}

function editMessageReplyMarkup({ args, state }: MethodContext): TgMessage {
  const markup = readEditMarkup(args);
  const { stored } = findMessageToEdit(args, state);
  if (sameMarkup(stored, markup)) notModified();
  return applyEdit(state, stored, markup);
}

/**
 * In private chats the bot deletes its own and the user's messages. In a supergroup: its own
 * messages, others' only with can_delete_messages; topic-creation messages never.
 */
function canDelete(chat: ChatState, stored: StoredMessage): boolean {
  if (chat.forum === undefined) return true;
  if (stored.message.forum_topic_created !== undefined) return false;
  return stored.from === 'bot' || chat.forum.rights.canDeleteMessages;
}

function deleteMessage({ args, state }: MethodContext): true {
  const chat = state.chats.resolve(args.str('chat_id'));
  const messageId = requireMessageId(args);
  const stored = state.chats.find(chat, messageId);
  if (stored === undefined || stored.deleted) throw badRequest('message to delete not found');
  if (!canDelete(chat, stored)) throw badRequest("message can't be deleted");
  stored.deleted = true;
  return true;
}

/** Spec: "If some of the specified messages can't be found, they are skipped." */
function deleteMessages({ args, state }: MethodContext): true {
  const chat = state.chats.resolve(args.str('chat_id'));
  const ids = args.json('message_ids', "can't parse message identifiers JSON object");
  if (ids === undefined) throw badRequest('parameter "message_ids" is required');
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'number' || !Number.isInteger(id))) {
    throw badRequest('message_ids must be an Array of Integer');
  }
  if (ids.length === 0 || ids.length > 100) throw badRequest('message_ids must contain 1-100 identifiers');
  const found = (ids as number[]).flatMap((id) => {
    const stored = state.chats.find(chat, id);
    return stored === undefined || stored.deleted ? [] : [stored];
  });
  if (found.some((stored) => !canDelete(chat, stored))) throw badRequest("message can't be deleted");
  for (const stored of found) stored.deleted = true;
  return true;
}

export const messageMethods: MethodTable = {
  sendMessage,
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  deleteMessage,
  deleteMessages,
};
