import { badRequest, forbidden } from './apiError';
import { isInlineKeyboard } from './replyMarkup';
import type {
  BotMessage,
  InlineButton,
  MessageKind,
  TgChat,
  TgMessage,
  TgReplyKeyboardMarkup,
  TgReplyMarkup,
  TgUser,
} from './types';

/** One message of a private chat, with the fake's bookkeeping. */
export interface StoredMessage {
  chatId: number;
  messageId: number;
  from: 'bot' | 'user';
  /** the Message object as the API returns it now */
  message: TgMessage;
  /** reply_markup as sent by the bot (any kind); undefined when none or removed */
  replyMarkup?: TgReplyMarkup;
  deleted: boolean;
  editedAt?: number;
}

export interface ChatState {
  chat: TgChat;
  user: TgUser;
  messages: StoredMessage[];
  nextMessageId: number;
  /** the user blocked the bot: sending answers 403 */
  blocked: boolean;
  /** reply keyboard currently shown to the user */
  replyKeyboard?: TgReplyKeyboardMarkup;
  /** snapshots of messages sent by the bot, in order (for nextBotMessage) */
  botOutbox: BotMessage[];
}

type BotMessageListener = (chatId: number, message: BotMessage) => void;

export function messageKind(message: TgMessage): MessageKind {
  if (message.text !== undefined) return 'text';
  if (message.photo !== undefined) return 'photo';
  if (message.document !== undefined) return 'document';
  if (message.voice !== undefined) return 'voice';
  if (message.location !== undefined) return 'location';
  if (message.contact !== undefined) return 'contact';
  if (message.sticker !== undefined) return 'sticker';
  return 'other';
}

export function clone<T>(value: T): T {
  return structuredClone(value);
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

export function toBotMessage(stored: StoredMessage): BotMessage {
  const message = stored.message;
  const entities = message.entities ?? message.caption_entities;
  return {
    messageId: stored.messageId,
    from: stored.from,
    kind: messageKind(message),
    date: message.date,
    ...(message.text !== undefined && { text: message.text }),
    ...(message.caption !== undefined && { caption: message.caption }),
    ...(entities !== undefined && { entities: clone(entities) }),
    ...(stored.replyMarkup !== undefined && { replyMarkup: clone(stored.replyMarkup) }),
    buttons: buttonsOf(stored.replyMarkup),
    deleted: stored.deleted,
    ...(stored.editedAt !== undefined && { editedAt: stored.editedAt }),
    raw: clone(message),
  };
}

/** Users, their private chats with the bot, and every message of those chats. */
export class ChatStore {
  private readonly users = new Map<number, TgUser>();
  private readonly chats = new Map<number, ChatState>();
  private readonly listeners = new Set<BotMessageListener>();

  registerUser(user: TgUser): void {
    this.users.set(user.id, user);
  }

  getUser(userId: number): TgUser | undefined {
    return this.users.get(userId);
  }

  /** Opens the private chat (the user wrote to the bot); chat id == user id. */
  openChat(userId: number): ChatState {
    const existing = this.chats.get(userId);
    if (existing !== undefined) return existing;
    const user = this.users.get(userId);
    if (user === undefined) throw new Error(`fakeTelegram: unknown user ${userId}`);
    const chat: TgChat = {
      id: user.id,
      type: 'private',
      first_name: user.first_name,
      ...(user.last_name !== undefined && { last_name: user.last_name }),
      ...(user.username !== undefined && { username: user.username }),
    };
    const state: ChatState = { chat, user, messages: [], nextMessageId: 1, blocked: false, botOutbox: [] };
    this.chats.set(userId, state);
    return state;
  }

  findChat(chatId: number): ChatState | undefined {
    return this.chats.get(chatId);
  }

  /**
   * Resolves chat_id as sent by the bot. Unknown chats (users that never wrote to
   * the bot, @usernames of users) → 400 chat not found.
   */
  resolve(chatIdRaw: string | undefined): ChatState {
    if (chatIdRaw === undefined) throw badRequest('chat_id is empty');
    const trimmed = chatIdRaw.trim();
    const state = /^-?\d+$/.test(trimmed) ? this.chats.get(Number(trimmed)) : undefined;
    if (state === undefined) throw badRequest('chat not found');
    return state;
  }

  /** Like resolve, for methods that send something: a blocked bot gets 403. */
  resolveForSending(chatIdRaw: string | undefined): ChatState {
    const state = this.resolve(chatIdRaw);
    if (state.blocked) throw forbidden('bot was blocked by the user');
    return state;
  }

  addMessage(
    state: ChatState,
    from: 'bot' | 'user',
    build: (messageId: number) => TgMessage,
    replyMarkup?: TgReplyMarkup,
  ): StoredMessage {
    const messageId = state.nextMessageId++;
    const message = build(messageId);
    if (isInlineKeyboard(replyMarkup)) message.reply_markup = clone(replyMarkup);
    const stored: StoredMessage = {
      chatId: state.chat.id,
      messageId,
      from,
      message,
      deleted: false,
      ...(replyMarkup !== undefined && { replyMarkup: clone(replyMarkup) }),
    };
    state.messages.push(stored);
    if (from === 'bot') {
      if (replyMarkup !== undefined && 'keyboard' in replyMarkup) state.replyKeyboard = clone(replyMarkup);
      if (replyMarkup !== undefined && 'remove_keyboard' in replyMarkup) delete state.replyKeyboard;
      const snapshot = toBotMessage(stored);
      state.botOutbox.push(snapshot);
      for (const listener of this.listeners) listener(state.chat.id, snapshot);
    }
    return stored;
  }

  /** A message of the chat, deleted or not. */
  find(state: ChatState, messageId: number | undefined): StoredMessage | undefined {
    if (messageId === undefined) return undefined;
    return state.messages.find((m) => m.messageId === messageId);
  }

  onBotMessage(listener: BotMessageListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
