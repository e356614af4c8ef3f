import { badRequest, forbidden } from './apiError';
import { ForumState, type BotRights } from './forum';
import { newChatInstance } from './ids';
import { toBotMessage } from './messageView';
import { isInlineKeyboard } from './replyMarkup';
import type {
  BotMessage,
  MessageRef,
  TgChat,
  TgMessage,
  TgReplyKeyboardMarkup,
  TgReplyMarkup,
  TgSupergroupChat,
  TgUser,
} from './types';

export { isServiceMessage, messageKind, toBotMessage } from './messageView';

/** One message of a chat, with the fake's bookkeeping. */
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
  /** forum topics: the topic's message_thread_id (undefined in private chats and in General) */
  threadId?: number;
  /** made by copyMessage(s) from this message */
  copyOf?: MessageRef;
  /** made by forwardMessage(s) from this message */
  forwardOf?: MessageRef;
}

/** A private chat (chat id == user id) or a forum supergroup (negative id). */
export interface ChatState {
  chat: TgChat;
  /** private chats: the user */
  user?: TgUser;
  /** forum supergroups: topics and the bot's rights */
  forum?: ForumState;
  messages: StoredMessage[];
  nextMessageId: number;
  /** the user blocked the bot: sending answers 403 */
  blocked: boolean;
  /** reply keyboard currently shown to the user */
  replyKeyboard?: TgReplyKeyboardMarkup;
  /** snapshots of messages sent by the bot, in order (for nextBotMessage) */
  botOutbox: BotMessage[];
}

export interface ForumGroupSpec {
  id: number;
  title: string;
  username?: string;
  rights: BotRights;
}

type BotMessageListener = (chatId: number, message: BotMessage) => void;

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Users, their private chats with the bot, forum supergroups, and every message of those chats. */
export class ChatStore {
  private readonly users = new Map<number, TgUser>();
  private readonly chats = new Map<number, ChatState>();
  private readonly listeners = new Set<BotMessageListener>();
  private readonly storedListeners = new Set<(chatId: number) => void>();

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

  /** A forum supergroup the bot is an administrator of (same id → same chat). */
  createForumGroup(spec: ForumGroupSpec): ChatState {
    const existing = this.chats.get(spec.id);
    if (existing !== undefined) return existing;
    const chat: TgSupergroupChat = {
      id: spec.id,
      type: 'supergroup',
      title: spec.title,
      ...(spec.username !== undefined && { username: spec.username }),
      is_forum: true,
    };
    // Message 1 of a supergroup is its creation; it is also the id of the General topic.
    const state: ChatState = {
      chat,
      forum: new ForumState({ ...spec.rights }, newChatInstance()),
      messages: [],
      nextMessageId: 2,
      blocked: false,
      botOutbox: [],
    };
    this.chats.set(spec.id, state);
    return state;
  }

  findChat(chatId: number): ChatState | undefined {
    return this.chats.get(chatId);
  }

  /**
   * Resolves chat_id as sent by the bot: a numeric id (string or number), or "@username" of a
   * public supergroup. Unknown chats (users that never wrote to the bot, @usernames of users)
   * → 400 chat not found.
   */
  resolve(chatIdRaw: string | undefined): ChatState {
    if (chatIdRaw === undefined) throw badRequest('chat_id is empty');
    const trimmed = chatIdRaw.trim();
    const state = /^-?\d+$/.test(trimmed) ? this.chats.get(Number(trimmed)) : this.byUsername(trimmed);
    if (state === undefined) throw badRequest('chat not found');
    return state;
  }

  private byUsername(raw: string): ChatState | undefined {
    if (!raw.startsWith('@')) return undefined;
    const name = raw.slice(1).toLowerCase();
    return [...this.chats.values()].find((s) => s.chat.type === 'supergroup' && s.chat.username?.toLowerCase() === name);
  }

  /** Like resolve, for methods that send something: a blocked bot gets 403. */
  resolveForSending(chatIdRaw: string | undefined): ChatState {
    const state = this.resolve(chatIdRaw);
    if (state.blocked) throw forbidden('bot was blocked by the user');
    return state;
  }

  /**
   * Adds a message (the next message_id of the chat). Bot messages are also recorded in the
   * chat's outbox and reported to onBotMessage listeners.
   */
  addMessage(
    state: ChatState,
    from: 'bot' | 'user',
    build: (messageId: number) => TgMessage,
    replyMarkup?: TgReplyMarkup,
    origin: { copyOf?: MessageRef; forwardOf?: MessageRef } = {},
  ): StoredMessage {
    const stored = this.store(state, from, build, replyMarkup, origin);
    if (from === 'bot') {
      if (replyMarkup !== undefined && 'keyboard' in replyMarkup) state.replyKeyboard = clone(replyMarkup);
      if (replyMarkup !== undefined && 'remove_keyboard' in replyMarkup) delete state.replyKeyboard;
      const snapshot = toBotMessage(stored);
      state.botOutbox.push(snapshot);
      for (const listener of this.listeners) listener(state.chat.id, snapshot);
    }
    return stored;
  }

  /** A service message (forum_topic_created, ...): stored, but not part of the bot's outbox. */
  addServiceMessage(state: ChatState, from: 'bot' | 'user', build: (messageId: number) => TgMessage): StoredMessage {
    return this.store(state, from, build, undefined, {});
  }

  private store(
    state: ChatState,
    from: 'bot' | 'user',
    build: (messageId: number) => TgMessage,
    replyMarkup: TgReplyMarkup | undefined,
    origin: { copyOf?: MessageRef; forwardOf?: MessageRef },
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
      ...(message.is_topic_message === true && message.message_thread_id !== undefined && { threadId: message.message_thread_id }),
      ...(origin.copyOf !== undefined && { copyOf: { ...origin.copyOf } }),
      ...(origin.forwardOf !== undefined && { forwardOf: { ...origin.forwardOf } }),
    };
    state.messages.push(stored);
    for (const listener of [...this.storedListeners]) listener(state.chat.id);
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

  /** Called after any message (also user and service messages) was added to a chat. */
  onMessageStored(listener: (chatId: number) => void): () => void {
    this.storedListeners.add(listener);
    return () => this.storedListeners.delete(listener);
  }
}
