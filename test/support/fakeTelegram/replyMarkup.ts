import { badRequest } from './apiError';
import { isRecord, type Args } from './args';
import { isValidButtonUrl } from './formatting/links';
import type {
  JsonValue,
  TgInlineKeyboardButton,
  TgInlineKeyboardMarkup,
  TgKeyboardButton,
  TgReplyMarkup,
} from './types';

const INLINE_ACTIONS = [
  'url', 'callback_data', 'web_app', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat', 'copy_text', 'callback_game', 'pay',
] as const;

const KEYBOARD_ACTIONS = ['request_users', 'request_chat', 'request_contact', 'request_location', 'request_poll', 'web_app'] as const;

function requireText(button: Record<string, unknown>, prefix: string): string {
  if (!('text' in button)) throw badRequest(`${prefix}Can't find field "text"`);
  if (typeof button.text !== 'string') throw badRequest(`${prefix}Field "text" must be of type String`);
  return button.text;
}

function objectField(value: unknown, name: string, prefix: string): Record<string, JsonValue> {
  if (!isRecord(value)) throw badRequest(`${prefix}Field "${name}" must be of type Object`);
  return value as Record<string, JsonValue>;
}

function parseInlineButton(raw: unknown): TgInlineKeyboardButton {
  const prefix = "can't parse inline keyboard button: ";
  if (!isRecord(raw)) throw badRequest(`${prefix}InlineKeyboardButton must be an Object`);
  const text = requireText(raw, prefix);
  // the real API ignores an empty callback_data/url (it then counts as absent)
  const present = INLINE_ACTIONS.filter((field) => raw[field] !== undefined && raw[field] !== null && raw[field] !== '');
  const action = present[0];
  if (action === undefined) throw badRequest(`${prefix}Text buttons are unallowed in the inline keyboard`);
  if (present.length > 1) {
    // The spec says "exactly one of the optional fields must be used"; the real server silently picks one.
    throw badRequest(`${prefix}exactly one of the optional fields must be used, found ${present.join(', ')}`);
  }
  if (text === '') throw badRequest('BUTTON_TEXT_INVALID');
  const value = raw[action];
  const button: TgInlineKeyboardButton = { text };
  switch (action) {
    case 'url':
      if (typeof value !== 'string') throw badRequest(`${prefix}Field "url" must be of type String`);
      if (!isValidButtonUrl(value)) throw badRequest('BUTTON_URL_INVALID');
      button.url = value;
      break;
    case 'callback_data':
      if (typeof value !== 'string') throw badRequest(`${prefix}Field "callback_data" must be of type String`);
      if (Buffer.byteLength(value, 'utf8') > 64) throw badRequest('BUTTON_DATA_INVALID');
      button.callback_data = value;
      break;
    case 'web_app': {
      const webApp = objectField(value, 'web_app', prefix);
      if (typeof webApp.url !== 'string' || !webApp.url.startsWith('https://')) throw badRequest('BUTTON_URL_INVALID');
      button.web_app = { url: webApp.url };
      break;
    }
    case 'login_url': {
      const login = objectField(value, 'login_url', prefix);
      if (typeof login.url !== 'string' || !isValidButtonUrl(login.url)) throw badRequest('BUTTON_URL_INVALID');
      button.login_url = { url: login.url };
      break;
    }
    case 'switch_inline_query':
    case 'switch_inline_query_current_chat':
      if (typeof value !== 'string') throw badRequest(`${prefix}Field "${action}" must be of type String`);
      button[action] = value;
      break;
    case 'switch_inline_query_chosen_chat':
      button.switch_inline_query_chosen_chat = objectField(value, action, prefix);
      break;
    case 'copy_text': {
      const copy = objectField(value, 'copy_text', prefix);
      if (typeof copy.text !== 'string') throw badRequest(`${prefix}Field "text" must be of type String`);
      button.copy_text = { text: copy.text };
      break;
    }
    case 'callback_game':
      button.callback_game = objectField(value, action, prefix);
      break;
    case 'pay':
      button.pay = true;
      break;
  }
  return button;
}

function parseKeyboardButton(raw: unknown): TgKeyboardButton {
  const prefix = "can't parse keyboard button: ";
  if (typeof raw === 'string') return { text: raw };
  if (!isRecord(raw)) throw badRequest(`${prefix}KeyboardButton must be a String or an Object`);
  const text = requireText(raw, prefix);
  const present = KEYBOARD_ACTIONS.filter((field) => raw[field] !== undefined && raw[field] !== null && raw[field] !== false);
  if (present.length > 1) throw badRequest(`${prefix}the fields ${present.join(', ')} are mutually exclusive`);
  const button: TgKeyboardButton = { text };
  for (const field of present) {
    const value = raw[field];
    if (field === 'request_contact' || field === 'request_location') {
      if (typeof value !== 'boolean') throw badRequest(`${prefix}Field "${field}" must be of type Boolean`);
      button[field] = value;
    } else if (field === 'web_app') {
      const webApp = objectField(value, field, prefix);
      if (typeof webApp.url !== 'string') throw badRequest(`${prefix}Field "url" must be of type String`);
      button.web_app = { url: webApp.url };
    } else {
      button[field] = objectField(value, field, prefix);
    }
  }
  return button;
}

function parseRows<T>(value: unknown, name: string, owner: string, parseButton: (raw: unknown) => T): T[][] {
  if (!Array.isArray(value)) throw badRequest(`field "${name}" of the ${owner} must be an Array`);
  return value.map((row: unknown) => {
    if (!Array.isArray(row)) throw badRequest(`field "${name}" of the ${owner} must be an Array of Arrays`);
    return row.map((button: unknown) => parseButton(button));
  });
}

function boolField(markup: Record<string, unknown>, name: string, owner: string): boolean | undefined {
  const value = markup[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`field "${name}" of the ${owner} must be of the type Boolean`);
  return value;
}

/**
 * Validates and normalizes a reply_markup object like the Bot API. Returns undefined
 * when the object describes no markup (e.g. `{"inline_keyboard": []}`), which the real
 * API treats as "no reply markup".
 */
export function parseReplyMarkupValue(value: unknown): TgReplyMarkup | undefined {
  if (!isRecord(value)) throw badRequest('object expected as reply markup');
  const keyboard = value.keyboard === undefined ? [] : parseRows(value.keyboard, 'keyboard', 'ReplyKeyboardMarkup', parseKeyboardButton);
  const inline = value.inline_keyboard === undefined
    ? []
    : parseRows(value.inline_keyboard, 'inline_keyboard', 'InlineKeyboardMarkup', parseInlineButton);
  const buttonCount = inline.reduce((sum, row) => sum + row.length, 0);
  if (buttonCount > 100) throw badRequest('reply markup is too long');
  const resize = boolField(value, 'resize_keyboard', 'ReplyKeyboardMarkup');
  const oneTime = boolField(value, 'one_time_keyboard', 'ReplyKeyboardMarkup');
  const persistent = boolField(value, 'is_persistent', 'ReplyKeyboardMarkup');
  const remove = boolField(value, 'remove_keyboard', 'ReplyKeyboardRemove');
  const selective = boolField(value, 'selective', 'reply markup');
  const forceReply = boolField(value, 'force_reply', 'reply markup');
  const placeholder = typeof value.input_field_placeholder === 'string' ? value.input_field_placeholder : undefined;

  const nonEmptyKeyboard = keyboard.filter((row) => row.length > 0);
  if (nonEmptyKeyboard.length > 0) {
    return {
      keyboard: nonEmptyKeyboard,
      ...(persistent !== undefined && { is_persistent: persistent }),
      ...(resize !== undefined && { resize_keyboard: resize }),
      ...(oneTime !== undefined && { one_time_keyboard: oneTime }),
      ...(placeholder !== undefined && { input_field_placeholder: placeholder }),
      ...(selective !== undefined && { selective }),
    };
  }
  const nonEmptyInline = inline.filter((row) => row.length > 0);
  if (nonEmptyInline.length > 0) return { inline_keyboard: nonEmptyInline };
  if (remove === true) return { remove_keyboard: true, ...(selective !== undefined && { selective }) };
  if (forceReply === true) {
    return {
      force_reply: true,
      ...(placeholder !== undefined && { input_field_placeholder: placeholder }),
      ...(selective !== undefined && { selective }),
    };
  }
  return undefined;
}

/** reply_markup request parameter (JSON object or JSON text). */
export function readReplyMarkup(args: Args): TgReplyMarkup | undefined {
  if (args.raw.reply_markup === null) throw badRequest('object expected as reply markup');
  const value = args.json('reply_markup', "can't parse reply keyboard markup JSON object");
  if (value === undefined) return undefined;
  return parseReplyMarkupValue(value);
}

export function isInlineKeyboard(markup: TgReplyMarkup | undefined): markup is TgInlineKeyboardMarkup {
  return markup !== undefined && 'inline_keyboard' in markup;
}
