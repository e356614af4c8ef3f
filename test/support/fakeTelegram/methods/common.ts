import { badRequest } from '../apiError';
import { isRecord, type Args } from '../args';
import type { ChatState, StoredMessage } from '../chatStore';
import { clone } from '../chatStore';
import { formatText, type FormattedText } from '../formatting';
import { threadFields } from '../topicMessages';
import type { TgLinkPreviewOptions, TgMessage } from '../types';
import { unixTime, type FakeState } from './context';

export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/** message_id-like argument: "message identifier is not specified" when missing. */
export function requireMessageId(args: Args, name = 'message_id'): number {
  const id = args.int(name, `invalid ${name} specified`);
  if (id === undefined) throw badRequest('message identifier is not specified');
  return id;
}

/** Message text: parse_mode/entities applied; empty → 400; > 4096 UTF-16 units → 400. */
export function readMessageText(args: Args): FormattedText {
  const raw = args.str('text');
  if (raw === undefined) throw badRequest('message text is empty');
  const formatted = formatText(raw, args.str('parse_mode'), args.json('entities', "can't parse entities JSON object"));
  if (formatted.text === '') throw badRequest('message text is empty');
  return formatted;
}

export function checkTextLength(formatted: FormattedText): void {
  // Telegram counts UTF-16 code units; JS string length is exactly that.
  if (formatted.text.length > TEXT_LIMIT) throw badRequest('message is too long');
}

/** Optional caption (≤ 1024 UTF-16 units after parsing). */
export function readCaption(args: Args): FormattedText | undefined {
  const raw = args.str('caption');
  if (raw === undefined) return undefined;
  const formatted = formatText(raw, args.str('parse_mode'), args.json('caption_entities', "can't parse entities JSON object"));
  if (formatted.text.length > CAPTION_LIMIT) throw badRequest('message caption is too long');
  return formatted.text === '' ? undefined : formatted;
}

export function readLinkPreviewOptions(args: Args): TgLinkPreviewOptions | undefined {
  const value = args.json('link_preview_options', "can't parse link preview options JSON object");
  if (value === undefined) {
    return args.bool('disable_web_page_preview') ? { is_disabled: true } : undefined;
  }
  if (!isRecord(value)) throw badRequest("can't parse link preview options JSON object");
  const options: TgLinkPreviewOptions = {};
  for (const key of ['is_disabled', 'prefer_small_media', 'prefer_large_media', 'show_above_text'] as const) {
    if (value[key] !== undefined) {
      if (typeof value[key] !== 'boolean') throw badRequest(`field "${key}" must be of type Boolean`);
      options[key] = value[key] as boolean;
    }
  }
  if (value.url !== undefined) {
    if (typeof value.url !== 'string') throw badRequest('field "url" must be of type String');
    options.url = value.url;
  }
  return options;
}

/**
 * reply_parameters (or the legacy reply_to_message_id / allow_sending_without_reply).
 * Returns the message replied to, or undefined.
 */
export function readReplyTarget(args: Args, state: FakeState, chat: ChatState): StoredMessage | undefined {
  let messageId: number | undefined;
  let allowWithoutReply = args.bool('allow_sending_without_reply');
  const parameters = args.json('reply_parameters', "can't parse reply parameters JSON object");
  if (parameters !== undefined) {
    if (!isRecord(parameters)) throw badRequest("can't parse reply parameters JSON object");
    const id = parameters.message_id;
    if (typeof id !== 'number' || !Number.isInteger(id)) throw badRequest('message identifier is not specified');
    messageId = id;
    allowWithoutReply = parameters.allow_sending_without_reply === true;
    if (parameters.chat_id !== undefined && String(parameters.chat_id) !== String(chat.chat.id)) {
      throw badRequest('message to be replied not found');
    }
  } else {
    messageId = args.int('reply_to_message_id');
  }
  if (messageId === undefined || messageId === 0) return undefined;
  const target = state.chats.find(chat, messageId);
  if (target === undefined || target.deleted) {
    if (allowWithoutReply) return undefined;
    throw badRequest('message to be replied not found');
  }
  return target;
}

/** The common part of every message the bot sends (threadId: the forum topic it goes to). */
export function botMessageBase(
  state: FakeState,
  chat: ChatState,
  messageId: number,
  replyTo: StoredMessage | undefined,
  threadId?: number,
): TgMessage {
  return {
    message_id: messageId,
    from: clone(state.bot),
    chat: clone(chat.chat),
    date: unixTime(state),
    ...threadFields(chat, threadId, replyTo),
  };
}

export function entitiesEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}
