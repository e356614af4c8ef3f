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

export interface TgPrivateChat {
  id: number;
  type: 'private';
  first_name: string;
  last_name?: string;
  username?: string;
}

export interface TgSupergroupChat {
  id: number;
  type: 'supergroup';
  title: string;
  username?: string;
  is_forum?: true;
}

export type TgChat = TgPrivateChat | TgSupergroupChat;

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

/** ForumTopic, as createForumTopic returns it. */
export interface TgForumTopic {
  message_thread_id: number;
  name: string;
  icon_color: number;
  icon_custom_emoji_id?: string;
}

export interface TgForumTopicCreated {
  name: string;
  icon_color: number;
  icon_custom_emoji_id?: string;
}

export interface TgForumTopicEdited {
  name?: string;
  icon_custom_emoji_id?: string;
}

/** MessageOrigin of a forwarded message (only the "user" kind is produced). */
export interface TgMessageOriginUser {
  type: 'user';
  date: number;
  sender_user: TgUser;
}

export interface TgMessage {
  message_id: number;
  from?: TgUser;
  chat: TgChat;
  date: number;
  edit_date?: number;
  /** forum topics: the topic's id (= message_id of its forum_topic_created message) */
  message_thread_id?: number;
  /** forum topics: the message was sent to a topic (not to General) */
  is_topic_message?: true;
  forward_origin?: TgMessageOriginUser;
  /** legacy forward fields, still sent by the real server */
  forward_from?: TgUser;
  forward_date?: number;
  /**
   * In forum topics Telegram sets this to the topic's forum_topic_created service message
   * when the message replies to nothing else.
   */
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
  forum_topic_created?: TgForumTopicCreated;
  forum_topic_edited?: TgForumTopicEdited;
  forum_topic_closed?: Record<string, never>;
  forum_topic_reopened?: Record<string, never>;
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
  | 'service'
  | 'other';

export interface InlineButton {
  text: string;
  callbackData?: string;
  url?: string;
}

/** A message of a simulated chat (private chat or forum supergroup), as a test sees it. */
export interface BotMessage {
  messageId: number;
  from: 'bot' | 'user';
  /** user id of the sender (the bot's id for bot messages) */
  senderId: number;
  kind: MessageKind;
  /** forum topics: message_thread_id of the topic (absent in private chats and in General) */
  threadId?: number;
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
  /** the bot made this message with copyMessage(s) from that message */
  copyOf?: MessageRef;
  /** the bot made this message with forwardMessage(s) from that message */
  forwardOf?: MessageRef;
  /** the Message object as the API would return it now (a copy) */
  raw: TgMessage;
}

/** A message of some chat. */
export interface MessageRef {
  chatId: number;
  messageId: number;
}

/** A forum topic as a test sees it. */
export interface ForumTopicInfo {
  messageThreadId: number;
  name: string;
  iconColor: number;
  iconCustomEmojiId?: string;
  closed: boolean;
  /** deleted with deleteForumTopic (its messages are flagged deleted too) */
  deleted: boolean;
  /** user id of the creator (the bot's id when the bot created it) */
  createdBy: number;
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
