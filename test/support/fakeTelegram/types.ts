/**
 * Telegram Bot API object shapes used by the fake (the subset it produces), plus
 * the fake's own public record types. Field names of Telegram objects follow
 * https://core.telegram.org/bots/api exactly (snake_case).
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A file part of a multipart/form-data request. */
export interface UploadedFile {
  kind: 'upload';
  /** multipart field name */
  field: string;
  fileName: string;
  /** as declared by the client (telegraf declares none, so often 'text/plain' or '') */
  declaredMimeType: string;
  size: number;
  bytes: Buffer;
}

export type ParamValue = JsonValue | UploadedFile;
/** Request parameters as received: JSON values for JSON bodies, strings for query/form fields, UploadedFile for file parts. */
export type Params = Record<string, ParamValue>;

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_premium?: true;
  can_join_groups?: boolean;
  can_read_all_group_messages?: boolean;
  supports_inline_queries?: boolean;
  can_connect_to_business?: boolean;
  has_main_web_app?: boolean;
}

export interface TgChat {
  id: number;
  type: 'private';
  first_name: string;
  last_name?: string;
  username?: string;
}

export interface TgMessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  user?: TgUser;
  language?: string;
  custom_emoji_id?: string;
}

export interface TgPhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

export interface TgDocument {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

export interface TgVoice {
  file_id: string;
  file_unique_id: string;
  duration: number;
  mime_type?: string;
  file_size?: number;
}

export interface TgSticker {
  file_id: string;
  file_unique_id: string;
  type: 'regular' | 'mask' | 'custom_emoji';
  width: number;
  height: number;
  is_animated: boolean;
  is_video: boolean;
  emoji?: string;
  set_name?: string;
  file_size?: number;
}

export interface TgLocation {
  latitude: number;
  longitude: number;
}

export interface TgContact {
  phone_number: string;
  first_name: string;
  last_name?: string;
  user_id?: number;
}

export interface TgInlineKeyboardButton {
  text: string;
  url?: string;
  callback_data?: string;
  web_app?: { url: string };
  login_url?: { url: string; forward_text?: string; bot_username?: string; request_write_access?: boolean };
  switch_inline_query?: string;
  switch_inline_query_current_chat?: string;
  switch_inline_query_chosen_chat?: Record<string, JsonValue>;
  copy_text?: { text: string };
  callback_game?: Record<string, JsonValue>;
  pay?: boolean;
}

export interface TgInlineKeyboardMarkup {
  inline_keyboard: TgInlineKeyboardButton[][];
}

export interface TgKeyboardButton {
  text: string;
  request_users?: Record<string, JsonValue>;
  request_chat?: Record<string, JsonValue>;
  request_contact?: boolean;
  request_location?: boolean;
  request_poll?: Record<string, JsonValue>;
  web_app?: { url: string };
}

export interface TgReplyKeyboardMarkup {
  keyboard: TgKeyboardButton[][];
  is_persistent?: boolean;
  resize_keyboard?: boolean;
  one_time_keyboard?: boolean;
  input_field_placeholder?: string;
  selective?: boolean;
}

export interface TgReplyKeyboardRemove {
  remove_keyboard: true;
  selective?: boolean;
}

export interface TgForceReply {
  force_reply: true;
  input_field_placeholder?: string;
  selective?: boolean;
}

export type TgReplyMarkup = TgInlineKeyboardMarkup | TgReplyKeyboardMarkup | TgReplyKeyboardRemove | TgForceReply;

export interface TgLinkPreviewOptions {
  is_disabled?: boolean;
  url?: string;
  prefer_small_media?: boolean;
  prefer_large_media?: boolean;
  show_above_text?: boolean;
}

export interface TgMessage {
  message_id: number;
  from?: TgUser;
  chat: TgChat;
  date: number;
  edit_date?: number;
  reply_to_message?: TgMessage;
  text?: string;
  entities?: TgMessageEntity[];
  link_preview_options?: TgLinkPreviewOptions;
  caption?: string;
  caption_entities?: TgMessageEntity[];
  show_caption_above_media?: boolean;
  has_media_spoiler?: boolean;
  photo?: TgPhotoSize[];
  document?: TgDocument;
  voice?: TgVoice;
  sticker?: TgSticker;
  location?: TgLocation;
  contact?: TgContact;
  reply_markup?: TgInlineKeyboardMarkup;
  /** anything else a test put into a user message (video, poll, ...) */
  [key: string]: unknown;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  message?: TgMessage;
  chat_instance: string;
  data?: string;
}

export interface TgChatMemberUpdated {
  chat: TgChat;
  from: TgUser;
  date: number;
  old_chat_member: { status: string; user: TgUser; until_date?: number };
  new_chat_member: { status: string; user: TgUser; until_date?: number };
}

/** An update as queued/delivered. Known fields are typed; raw updates may contain anything. */
export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  callback_query?: TgCallbackQuery;
  my_chat_member?: TgChatMemberUpdated;
  [key: string]: unknown;
}

export interface TgFile {
  file_id: string;
  file_unique_id: string;
  file_size?: number;
  file_path?: string;
}

export interface TgBotCommand {
  command: string;
  description: string;
}

export interface ApiSuccess {
  ok: true;
  result: unknown;
  description?: string;
}

export interface ApiFailure {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export type ApiResponse = ApiSuccess | ApiFailure;

/** One recorded Bot API call. */
export interface Call {
  /** position in fake.calls */
  index: number;
  /** canonical method name (e.g. 'sendMessage' even if the bot called '/SENDMESSAGE'); as requested if unknown */
  method: string;
  /** parameters as received (see Params) */
  params: Params;
  /** chat_id parsed like the server does (number for numeric ids, string for '@name'), if present */
  chatId?: number | string;
  /** Date.now() when the request arrived */
  at: number;
  /** Date.now() when the response was produced (long polls: later than `at`) */
  respondedAt: number;
  httpStatus: number;
  response: ApiResponse;
  /** true when the call arrived as the body of a webhook response instead of an HTTP request */
  viaWebhookReply: boolean;
}

export type MessageKind =
  | 'text'
  | 'photo'
  | 'document'
  | 'voice'
  | 'location'
  | 'contact'
  | 'sticker'
  | 'other';

export interface InlineButton {
  text: string;
  callbackData?: string;
  url?: string;
}

/** A message of a simulated private chat, as a test sees it. */
export interface BotMessage {
  messageId: number;
  from: 'bot' | 'user';
  kind: MessageKind;
  /** unix seconds, as in the API */
  date: number;
  /** plain text (formatting already parsed, as the real API returns it) */
  text?: string;
  caption?: string;
  /** entities of text or caption */
  entities?: TgMessageEntity[];
  /** reply_markup as last sent by the bot for this message (any of the 4 kinds); undefined when none/removed */
  replyMarkup?: TgReplyMarkup;
  /** the inline keyboard currently attached ([] when none) */
  buttons: InlineButton[][];
  deleted: boolean;
  /** Date.now() of the last edit */
  editedAt?: number;
  /** the Message object as the API would return it now (a copy) */
  raw: TgMessage;
}

export interface WebhookDelivery {
  updateId: number | undefined;
  url: string;
  /** HTTP status, 0 when the connection failed */
  status: number;
  error?: string;
  attempt: number;
  at: number;
  secretSent: boolean;
}

export interface FailSpec {
  errorCode: number;
  description: string;
  retryAfter?: number;
  migrateToChatId?: number;
}
