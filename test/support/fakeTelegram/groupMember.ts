import { clone, type ChatState, type StoredMessage } from './chatStore';
import { pressButtonOn } from './buttonPress';
import { normalizeIconColor } from './forum';
import type { SendTextOptions, UserEnvironment } from './tenant';
import { createTopic, postTopicServiceMessage, threadFields } from './topicMessages';
import type { TgMessage, TgUpdate, TgUser } from './types';
import { documentContent, photoContent, textContent, type DocumentSpec, type PhotoSpec } from './userContent';

/** A forum topic by its message_thread_id, or the General topic. */
export type TopicRef = number | 'general';

/**
 * A simulated member (e.g. staff) of a forum supergroup. Every send* method adds the message to
 * the group and queues the `message` update the bot (an administrator, so it sees every message)
 * receives, with message_thread_id and is_topic_message for topic messages. Members may post in
 * closed topics (as administrators can).
 */
export class FakeGroupMember {
  readonly id: number;

  constructor(
    private readonly group: ChatState,
    readonly user: TgUser,
    private readonly env: UserEnvironment,
  ) {
    this.id = user.id;
  }

  private unixNow(): number {
    return Math.floor(this.env.now() / 1000);
  }

  private threadIdOf(topic: TopicRef): number | undefined {
    if (topic === 'general') return undefined;
    const state = this.group.forum?.get(topic);
    if (state === undefined || state.deleted) {
      throw new Error(`fakeTelegram: group ${this.group.chat.id} has no topic ${topic}${state?.deleted === true ? ' (deleted)' : ''}`);
    }
    return topic;
  }

  private visibleMessage(messageId: number): StoredMessage {
    const stored = this.group.messages.find((m) => m.messageId === messageId);
    if (stored === undefined || stored.deleted) {
      throw new Error(`fakeTelegram: message ${messageId} is not visible in group ${this.group.chat.id}`);
    }
    return stored;
  }

  /** Adds a message with these content fields to the topic (or General) and queues the update. */
  sendMessageWith(topic: TopicRef, fields: Partial<TgMessage>, replyTo?: number): TgUpdate {
    const threadId = this.threadIdOf(topic);
    const replied = replyTo === undefined ? undefined : this.visibleMessage(replyTo);
    if (replied !== undefined && replied.threadId !== threadId) {
      throw new Error(`fakeTelegram: message ${replyTo} is not in topic ${String(topic)} of group ${this.group.chat.id}`);
    }
    const stored = this.env.chats.addMessage(this.group, 'user', (messageId) => ({
      message_id: messageId,
      from: clone(this.user),
      chat: clone(this.group.chat),
      date: this.unixNow(),
      ...threadFields(this.group, threadId, replied),
      ...clone(fields),
    }));
    return this.env.enqueue({ message: clone(stored.message) });
  }

  sendText(topic: TopicRef, text: string, options: SendTextOptions = {}): TgUpdate {
    return this.sendMessageWith(topic, textContent(text, options.entities), options.replyTo);
  }

  sendPhoto(topic: TopicRef, spec: PhotoSpec): TgUpdate {
    return this.sendMessageWith(topic, photoContent(this.env.files, spec));
  }

  sendDocument(topic: TopicRef, spec: DocumentSpec): TgUpdate {
    return this.sendMessageWith(topic, documentContent(this.env.files, spec));
  }

  /**
   * Presses an inline button of a bot message in the group: queues a callback_query whose
   * `message` is the message as it is now (with its message_thread_id) and whose chat_instance
   * is the group's. Throws like FakeUser.pressButton.
   */
  pressButton(messageId: number, callbackData: string, options: { allowMissingButton?: boolean } = {}): TgUpdate {
    return pressButtonOn(this.env, this.user, this.visibleMessage(messageId), callbackData, this.group.forum?.chatInstance ?? '', options);
  }

  /** Closes (or reopens) a topic from the Telegram app: queues the forum_topic_closed/reopened service message. */
  closeTopic(threadId: number, closed = true): TgUpdate {
    const topic = this.group.forum?.get(threadId);
    if (topic === undefined || topic.deleted || topic.closed === closed) {
      throw new Error(`fakeTelegram: topic ${threadId} of group ${this.group.chat.id} can't be ${closed ? 'closed' : 'reopened'}`);
    }
    topic.closed = closed;
    const stored = postTopicServiceMessage(
      this.env.chats,
      this.group,
      topic,
      { from: 'user', user: this.user, date: this.unixNow() },
      closed ? { forum_topic_closed: {} } : { forum_topic_reopened: {} },
    );
    return this.env.enqueue({ message: clone(stored.message) });
  }

  reopenTopic(threadId: number): TgUpdate {
    return this.closeTopic(threadId, false);
  }

  /** Creates a topic from the Telegram app: queues the forum_topic_created service message. */
  createTopic(name: string, options: { iconColor?: number } = {}): TgUpdate {
    const { stored } = createTopic(
      this.env.chats,
      this.group,
      { from: 'user', user: this.user, date: this.unixNow() },
      { name, iconColor: normalizeIconColor(options.iconColor) },
    );
    return this.env.enqueue({ message: clone(stored.message) });
  }
}
