import type { CallbackQueries } from './callbackQueries';
import { pressButtonOn } from './buttonPress';
import { clone, toBotMessage, type ChatState, type ChatStore } from './chatStore';
import type { FileStore } from './fileStore';
import { withAutoEntities } from './formatting';
import { newChatInstance } from './ids';
import { documentContent, photoContent, textContent, type DocumentSpec, type PhotoSpec } from './userContent';
import type { BotMessage, TgMessage, TgMessageEntity, TgReplyKeyboardMarkup, TgUpdate, TgUser } from './types';
import { waitFor } from './waitFor';

export interface FakeUserSpec {
  id: number;
  firstName?: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
  isPremium?: boolean;
}

/** What a simulated user needs from the fake. */
export interface UserEnvironment {
  chats: ChatStore;
  files: FileStore;
  callbackQueries: CallbackQueries;
  bot: TgUser;
  now: () => number;
  enqueue: (raw: Record<string, unknown>) => TgUpdate;
}

export interface SendTextOptions {
  /** message_id this message replies to */
  replyTo?: number;
  /** explicit entities instead of the automatically detected ones */
  entities?: TgMessageEntity[];
}

/**
 * A simulated Telegram user talking to the bot in a private chat (chat id == user id).
 * Every send* method queues an update and returns it.
 */
export class FakeUser {
  readonly id: number;
  readonly user: TgUser;
  private outboxCursor = 0;
  private readonly chatInstance = newChatInstance();

  constructor(spec: FakeUserSpec, private readonly env: UserEnvironment) {
    this.id = spec.id;
    this.user = {
      id: spec.id,
      is_bot: false,
      first_name: spec.firstName ?? `User${spec.id}`,
      ...(spec.lastName !== undefined && { last_name: spec.lastName }),
      ...(spec.username !== undefined && { username: spec.username }),
      ...(spec.languageCode !== undefined && { language_code: spec.languageCode }),
      ...(spec.isPremium === true && { is_premium: true as const }),
    };
    env.chats.registerUser(this.user);
  }

  private unixNow(): number {
    return Math.floor(this.env.now() / 1000);
  }

  private openChat(): ChatState {
    const chat = this.env.chats.openChat(this.id);
    if (chat.blocked) throw new Error(`fakeTelegram: user ${this.id} has blocked the bot; call unblockBot() first`);
    return chat;
  }

  /** Adds a user message with the given content fields and queues the `message` update. */
  sendMessageWith(fields: Record<string, unknown>, replyTo?: number): TgUpdate {
    const chat = this.openChat();
    const replied = replyTo === undefined ? undefined : this.env.chats.find(chat, replyTo);
    if (replyTo !== undefined && (replied === undefined || replied.deleted)) {
      throw new Error(`fakeTelegram: message ${replyTo} does not exist in chat ${this.id}`);
    }
    const stored = this.env.chats.addMessage(chat, 'user', (messageId) => {
      const message: TgMessage = {
        message_id: messageId,
        from: clone(this.user),
        chat: clone(chat.chat),
        date: this.unixNow(),
        ...clone(fields),
      };
      if (replied !== undefined) {
        const inner = clone(replied.message);
        delete inner.reply_to_message;
        message.reply_to_message = inner;
      }
      return message;
    });
    return this.env.enqueue({ message: clone(stored.message) });
  }

  /** A text message; commands ("/start b_123") get bot_command entities, URLs/mentions/hashtags too. */
  sendText(text: string, options: SendTextOptions = {}): TgUpdate {
    return this.sendMessageWith(textContent(text, options.entities), options.replyTo);
  }

  /** "/start" or "/start <payload>" as sent by a t.me/<bot>?start=<payload> deep link. */
  start(payload?: string): TgUpdate {
    return this.sendText(payload === undefined || payload === '' ? '/start' : `/start ${payload}`);
  }

  /**
   * Presses an inline button of a bot message: queues a callback_query whose `message`
   * is the message as it is now. Throws if the message does not exist, is deleted, or has
   * no button with that callback_data (unless allowMissingButton, for forged/stale data).
   */
  pressButton(messageId: number, callbackData: string, options: { allowMissingButton?: boolean } = {}): TgUpdate {
    const chat = this.openChat();
    const stored = this.env.chats.find(chat, messageId);
    if (stored === undefined || stored.deleted) {
      throw new Error(`fakeTelegram: message ${messageId} is not visible in chat ${this.id}`);
    }
    return pressButtonOn(this.env, this.user, stored, callbackData, this.chatInstance, options);
  }

  /** Presses a reply-keyboard button: sends its text (request_contact/location buttons: use sendContact/sendLocation). */
  pressKeyboardButton(text: string): TgUpdate {
    const keyboard = this.replyKeyboard();
    if (keyboard === undefined || !keyboard.keyboard.some((row) => row.some((b) => b.text === text))) {
      throw new Error(`fakeTelegram: no reply keyboard button ${JSON.stringify(text)} is shown to user ${this.id}`);
    }
    return this.sendText(text);
  }

  sendPhoto(spec: PhotoSpec): TgUpdate {
    return this.sendMessageWith(photoContent(this.env.files, spec));
  }

  sendDocument(spec: DocumentSpec): TgUpdate {
    return this.sendMessageWith(documentContent(this.env.files, spec));
  }

  sendVoice(spec: { duration: number; fileSize?: number; mimeType?: string }): TgUpdate {
    const mimeType = spec.mimeType ?? 'audio/ogg';
    const file = this.env.files.add({ kind: 'voice', size: spec.fileSize ?? Math.max(1000, spec.duration * 4000), mimeType });
    return this.sendMessageWith({
      voice: { file_id: file.fileId, file_unique_id: file.fileUniqueId, duration: spec.duration, mime_type: mimeType, file_size: file.size },
    });
  }

  sendLocation(latitude: number, longitude: number): TgUpdate {
    return this.sendMessageWith({ location: { latitude, longitude } });
  }

  /** A shared contact; pass userId: this.id for "share my phone number" (request_contact buttons). */
  sendContact(phoneNumber: string, firstName: string, extra: { lastName?: string; userId?: number } = {}): TgUpdate {
    return this.sendMessageWith({
      contact: {
        phone_number: phoneNumber,
        first_name: firstName,
        ...(extra.lastName !== undefined && { last_name: extra.lastName }),
        ...(extra.userId !== undefined && { user_id: extra.userId }),
      },
    });
  }

  sendSticker(spec: { emoji?: string; setName?: string } = {}): TgUpdate {
    const file = this.env.files.add({ kind: 'sticker', size: 18_000, mimeType: 'image/webp' });
    return this.sendMessageWith({
      sticker: {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: spec.emoji ?? '👍',
        ...(spec.setName !== undefined && { set_name: spec.setName }),
        file_size: file.size,
      },
    });
  }

  /** The user edits one of their text messages: queues edited_message. */
  editText(messageId: number, text: string): TgUpdate {
    const chat = this.openChat();
    const stored = this.env.chats.find(chat, messageId);
    if (stored === undefined || stored.deleted || stored.from !== 'user' || stored.message.text === undefined) {
      throw new Error(`fakeTelegram: user ${this.id} has no text message ${messageId} to edit`);
    }
    stored.message.text = text;
    const entities = withAutoEntities(text, []);
    if (entities.length > 0) stored.message.entities = entities;
    else delete stored.message.entities;
    stored.message.edit_date = this.unixNow();
    stored.editedAt = this.env.now();
    return this.env.enqueue({ edited_message: clone(stored.message) });
  }

  /** Any update shape (also malformed ones); update_id is assigned. Opens the chat. */
  sendRaw(update: Record<string, unknown>): TgUpdate {
    this.env.chats.openChat(this.id);
    return this.env.enqueue(update);
  }

  private chatMemberUpdate(oldStatus: string, newStatus: string): TgUpdate {
    const chat = this.env.chats.openChat(this.id);
    return this.env.enqueue({
      my_chat_member: {
        chat: clone(chat.chat),
        from: clone(this.user),
        date: this.unixNow(),
        old_chat_member: { status: oldStatus, user: clone(this.env.bot), ...(oldStatus === 'kicked' && { until_date: 0 }) },
        new_chat_member: { status: newStatus, user: clone(this.env.bot), ...(newStatus === 'kicked' && { until_date: 0 }) },
      },
    });
  }

  /** The user blocks the bot: my_chat_member (member → kicked); sending to them then fails with 403. */
  blockBot(): TgUpdate {
    const chat = this.env.chats.openChat(this.id);
    chat.blocked = true;
    return this.chatMemberUpdate('member', 'kicked');
  }

  unblockBot(): TgUpdate {
    const chat = this.env.chats.openChat(this.id);
    chat.blocked = false;
    return this.chatMemberUpdate('kicked', 'member');
  }

  /** The next message the bot sends to this user (as it was when sent); each is returned once, in order. */
  nextBotMessage(timeoutMs = 5000): Promise<BotMessage> {
    const take = (): BotMessage | undefined => {
      const message = this.env.chats.findChat(this.id)?.botOutbox[this.outboxCursor];
      if (message === undefined) return undefined;
      this.outboxCursor++;
      return clone(message);
    };
    const subscribe = (notify: () => void) => this.env.chats.onBotMessage((chatId) => chatId === this.id && notify());
    return waitFor(take, subscribe, timeoutMs, () => {
      const transcript = this.chat()
        .map((m) => `  #${m.messageId} ${m.from}${m.deleted ? ' (deleted)' : ''}: ${m.text ?? m.caption ?? `[${m.kind}]`}`)
        .join('\n');
      return `fakeTelegram: the bot sent no new message to user ${this.id} within ${timeoutMs} ms. Chat so far:\n${transcript || '  (empty)'}`;
    });
  }

  /** Skips bot messages already sent, so nextBotMessage() waits for new ones. */
  skipBotMessages(): void {
    this.outboxCursor = this.env.chats.findChat(this.id)?.botOutbox.length ?? 0;
  }

  /** The whole chat as it is now: user and bot messages, in order, deleted ones flagged. */
  chat(): BotMessage[] {
    const chat = this.env.chats.findChat(this.id);
    return chat === undefined ? [] : chat.messages.map(toBotMessage);
  }

  /** One message of the chat as it is now. */
  message(messageId: number): BotMessage | undefined {
    const chat = this.env.chats.findChat(this.id);
    const stored = chat === undefined ? undefined : this.env.chats.find(chat, messageId);
    return stored === undefined ? undefined : toBotMessage(stored);
  }

  /** The latest (not deleted) message from the bot, current state. */
  lastBotMessage(): BotMessage | undefined {
    return this.chat().filter((m) => m.from === 'bot' && !m.deleted).pop();
  }

  /** The reply keyboard currently shown (last ReplyKeyboardMarkup not removed by ReplyKeyboardRemove). */
  replyKeyboard(): TgReplyKeyboardMarkup | undefined {
    const keyboard = this.env.chats.findChat(this.id)?.replyKeyboard;
    return keyboard === undefined ? undefined : clone(keyboard);
  }

  /** true when the user has blocked the bot */
  get hasBlockedBot(): boolean {
    return this.env.chats.findChat(this.id)?.blocked ?? false;
  }
}
