import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import {
  CHANNEL_DATA_KIND,
  CONTACT_ENTITY,
  GEO_ENTITY,
  type ButtonValue,
  type ContactEntity,
  type GeoEntity,
  type IncomingChannelData,
  type IncomingKind,
} from '../../turn/activityContract';
import type { TelegramCallbackQuery, TelegramMessage, TelegramUpdate } from './updateSchema';

export const TELEGRAM_CHANNEL = 'telegram';

/** Where a Telegram file can be fetched from (getFile); channel-specific, opaque to dialogs. */
export function telegramFileUrl(fileId: string): string {
  return `${FILE_SCHEME}${fileId}`;
}

const FILE_SCHEME = 'telegram-file:';

export function fileIdOf(fileUrl: string): string | undefined {
  return fileUrl.startsWith(FILE_SCHEME) ? fileUrl.slice(FILE_SCHEME.length) : undefined;
}

export interface TelegramActivityData extends IncomingChannelData {
  updateId: number;
  messageId?: number;
  callbackQueryId?: string;
  /** Text of the message whose button was pressed, to show the choice (pressedLabel) in it. */
  pressedMessageText?: string;
  /** The forum topic, in a supergroup with topics (the staff group). */
  threadId?: number;
}

/** The message kinds that other features may read one day but that the bot cannot use. */
const UNSUPPORTED_MESSAGE_FIELDS = ['sticker', 'video', 'video_note', 'animation', 'poll', 'dice', 'game', 'venue', 'story'];

/**
 * Pure mapping of a validated update to a Bot Framework activity (no I/O). Returns undefined for updates
 * the bot does not act on (edits, group service messages, updates from other bots).
 */
export function updateToActivity(update: TelegramUpdate, raw: unknown, botId: string): Partial<Activity> | undefined {
  if (update.callback_query) return callbackToActivity(update.update_id, update.callback_query, botId);
  if (update.message) return messageToActivity(update.update_id, update.message, raw, botId);
  return undefined;
}

function base(updateId: number, from: { id: number; first_name?: string; language_code?: string }, chatId: number, chatType: string, botId: string) {
  return {
    type: ActivityTypes.Message,
    id: String(updateId),
    channelId: TELEGRAM_CHANNEL,
    serviceUrl: TELEGRAM_CHANNEL,
    from: { id: String(from.id), name: from.first_name ?? '' },
    recipient: { id: botId, name: '' },
    conversation: { id: String(chatId), isGroup: chatType !== 'private', conversationType: chatType, name: '' },
    locale: from.language_code,
  } satisfies Partial<Activity>;
}

function callbackToActivity(updateId: number, query: TelegramCallbackQuery, botId: string): Partial<Activity> | undefined {
  if (query.from.is_bot) return undefined;
  const chat = query.message?.chat ?? { id: query.from.id, type: 'private' };
  const data = query.data ?? '';
  const channelData: TelegramActivityData = {
    [CHANNEL_DATA_KIND]: 'button',
    updateId,
    callbackQueryId: query.id,
    messageId: query.message?.message_id,
    pressedMessageRef: query.message ? `${chat.id}:${query.message.message_id}` : undefined,
    pressedMessageText: query.message?.text,
    pressedLabel: query.message?.reply_markup?.inline_keyboard.flat().find((button) => button.callback_data === data)?.text,
    threadId: query.message?.message_thread_id,
  };
  const value: ButtonValue = { button: data };
  return { ...base(updateId, query.from, chat.id, chat.type, botId), text: data, value, channelData };
}

function messageToActivity(updateId: number, message: TelegramMessage, raw: unknown, botId: string): Partial<Activity> | undefined {
  if (!message.from || message.from.is_bot) return undefined;
  const activity: Partial<Activity> = base(updateId, message.from, message.chat.id, message.chat.type, botId);
  activity.timestamp = new Date(message.date * 1000);
  const { kind, attachments, entities, unsupported } = contentOf(message, raw);
  activity.text = message.text ?? message.caption ?? '';
  if (attachments.length > 0) activity.attachments = attachments;
  if (entities.length > 0) activity.entities = entities;
  const channelData: TelegramActivityData = {
    [CHANNEL_DATA_KIND]: kind,
    updateId,
    messageId: message.message_id,
    threadId: message.message_thread_id,
    messageRef: `${message.chat.id}:${message.message_id}`,
  };
  const fileSize = fileSizeOf(message);
  if (fileSize !== undefined) channelData.fileSize = fileSize;
  if (unsupported) channelData.unsupported = unsupported;
  activity.channelData = channelData;
  return activity;
}

function fileSizeOf(message: TelegramMessage): number | undefined {
  return (message.photo?.[message.photo.length - 1] ?? message.document ?? message.voice ?? message.audio)?.file_size;
}

interface Content {
  kind: IncomingKind;
  attachments: Attachment[];
  entities: (GeoEntity | ContactEntity)[];
  unsupported?: string;
}

function contentOf(message: TelegramMessage, raw: unknown): Content {
  const none = { attachments: [], entities: [] };
  if (message.photo) {
    // Telegram sends several sizes, the largest last.
    const largest = message.photo[message.photo.length - 1]!;
    return { ...none, kind: 'photo', attachments: [{ contentType: 'image/jpeg', contentUrl: telegramFileUrl(largest.file_id), name: 'photo.jpg' }] };
  }
  if (message.document) {
    const { file_id, file_name, mime_type } = message.document;
    return { ...none, kind: 'document', attachments: [{ contentType: mime_type ?? 'application/octet-stream', contentUrl: telegramFileUrl(file_id), name: file_name ?? 'document' }] };
  }
  if (message.voice || message.audio) {
    const audio = (message.voice ?? message.audio)!;
    return { ...none, kind: 'voice', attachments: [{ contentType: audio.mime_type ?? 'audio/ogg', contentUrl: telegramFileUrl(audio.file_id), name: 'voice.ogg' }] };
  }
  if (message.location) {
    return { ...none, kind: 'location', entities: [{ type: GEO_ENTITY, latitude: message.location.latitude, longitude: message.location.longitude }] };
  }
  if (message.contact) {
    const own = message.contact.user_id !== undefined && message.contact.user_id === message.from?.id;
    return { ...none, kind: 'contact', entities: [{ type: CONTACT_ENTITY, phoneNumber: message.contact.phone_number, own }] };
  }
  if (message.text !== undefined) return { ...none, kind: 'text' };
  const rawMessage = ((raw as { message?: Record<string, unknown> }).message ?? {}) as Record<string, unknown>;
  const unsupported = UNSUPPORTED_MESSAGE_FIELDS.find((field) => field in rawMessage) ?? 'other';
  return { ...none, kind: 'unsupported', unsupported };
}
