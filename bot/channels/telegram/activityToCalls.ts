import { ActivityTypes, type Activity, type CardAction, type HeroCard } from 'botbuilder';
import type { OutgoingChannelData } from '../../turn/activityContract';
import { splitText } from './splitText';
import type { MessageId } from './messageRefs';

export type TelegramMethod =
  | 'sendMessage'
  | 'sendPhoto'
  | 'sendDocument'
  | 'sendVoice'
  | 'sendLocation'
  | 'createForumTopic'
  | 'closeForumTopic'
  | 'sendChatAction'
  | 'editMessageText'
  | 'editMessageReplyMarkup'
  | 'deleteMessage'
  | 'answerCallbackQuery'
  | 'setMyCommands'
  | 'setChatMenuButton';

export interface TelegramCall {
  method: TelegramMethod;
  params: Record<string, unknown>;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}
export type InlineKeyboard = { inline_keyboard: InlineButton[][] };

export const CALLBACK_DATA_LIMIT = 64;
const CAPTION_LIMIT = 1024;
const HERO_CARD = 'application/vnd.microsoft.card.hero';

export class OutgoingActivityError extends Error {
  override readonly name = 'OutgoingActivityError';
}

/** Pure mapping of an outgoing activity to the Bot API calls that show it in a chat (no I/O). */
export function activityToCalls(activity: Partial<Activity>, chatId: string): TelegramCall[] {
  if (activity.type === ActivityTypes.Typing) return [{ method: 'sendChatAction', params: { chat_id: chatId, action: 'typing' } }];
  if (activity.type !== undefined && activity.type !== ActivityTypes.Message) return [];

  const cards = (activity.attachments ?? []).filter((attachment) => attachment.contentType === HERO_CARD);
  const files = (activity.attachments ?? []).filter((attachment) => attachment.contentType !== HERO_CARD && attachment.contentUrl);
  const texts = [activity.text ?? '', ...cards.map((card) => heroCardText(card.content as HeroCard))].filter((text) => text.trim() !== '');
  const actions = [...(activity.suggestedActions?.actions ?? []), ...cards.flatMap((card) => (card.content as HeroCard).buttons ?? [])];
  const hints = (activity.channelData ?? {}) as OutgoingChannelData;
  const markup = keyboardOf(actions, hints.columns ?? 1);
  const delivery = { ...(hints.protectContent ? { protect_content: true } : {}), ...(hints.silent ? { disable_notification: true } : {}) };

  const calls: TelegramCall[] = [];
  const pieces = texts.length > 0 ? splitText(texts.join('\n\n')) : [];
  pieces.forEach((piece, index) => {
    const params: Record<string, unknown> = { chat_id: chatId, text: piece, ...delivery };
    if (markup && index === pieces.length - 1 && files.length === 0) params.reply_markup = markup;
    calls.push({ method: 'sendMessage', params });
  });
  files.forEach((file, index) => {
    const isImage = file.contentType.startsWith('image/');
    const params: Record<string, unknown> = { chat_id: chatId, [isImage ? 'photo' : 'document']: inputFile(file.contentUrl!, file.name), ...delivery };
    if (file.name && !isImage) params.caption = file.name.slice(0, CAPTION_LIMIT);
    if (markup && index === files.length - 1) params.reply_markup = markup;
    calls.push({ method: isImage ? 'sendPhoto' : 'sendDocument', params });
  });
  if (calls.length === 0 && markup) throw new OutgoingActivityError('Buttons need a text to stand under');
  return calls;
}

/** The edit that replaces a sent message's text and buttons. */
export function activityToEdit(activity: Partial<Activity>, chatId: string, messageId: MessageId): TelegramCall {
  const markup = keyboardOf(activity.suggestedActions?.actions ?? [], (activity.channelData as OutgoingChannelData | undefined)?.columns ?? 1);
  const text = activity.text ?? '';
  if (text.trim() === '') {
    return { method: 'editMessageReplyMarkup', params: { chat_id: chatId, message_id: messageId, reply_markup: markup ?? { inline_keyboard: [] } } };
  }
  const params: Record<string, unknown> = { chat_id: chatId, message_id: messageId, text: splitText(text)[0] };
  if (markup) params.reply_markup = markup;
  return { method: 'editMessageText', params };
}

export function keyboardOf(actions: CardAction[], columns: number): InlineKeyboard | undefined {
  if (actions.length === 0) return undefined;
  const buttons = actions.map(buttonOf);
  const rows: InlineButton[][] = [];
  const perRow = Math.max(1, Math.min(columns, 8));
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return { inline_keyboard: rows };
}

function buttonOf(action: CardAction): InlineButton {
  const text = action.title || String(action.value ?? '');
  if (action.type === 'openUrl') return { text, url: String(action.value) };
  const data = typeof action.value === 'string' ? action.value : JSON.stringify(action.value ?? action.title);
  if (Buffer.byteLength(data, 'utf8') > CALLBACK_DATA_LIMIT || data.length === 0) {
    throw new OutgoingActivityError(`Button data must be 1 to ${CALLBACK_DATA_LIMIT} bytes (got ${Buffer.byteLength(data, 'utf8')})`);
  }
  return { text, callback_data: data };
}

function heroCardText(card: HeroCard): string {
  return [card.title, card.subtitle, card.text].filter((part) => part && part.trim() !== '').join('\n');
}

/** A data: URL becomes an upload; anything else (an http URL or a Telegram file_id) is passed as is. */
function inputFile(contentUrl: string, name: string | undefined): unknown {
  const match = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(contentUrl);
  if (!match) return contentUrl;
  const body = match[2] ? Buffer.from(match[3]!, 'base64') : Buffer.from(decodeURIComponent(match[3]!), 'utf8');
  return { source: body, filename: name ?? 'file' };
}
