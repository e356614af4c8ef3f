import { clone, toBotMessage, type ChatState } from './chatStore';
import { toTopicInfo } from './forum';
import { FakeGroupMember, type TopicRef } from './groupMember';
import type { FakeUser, UserEnvironment } from './tenant';
import type { BotMessage, ForumTopicInfo, TgSupergroupChat } from './types';
import { waitFor } from './waitFor';

export interface FakeForumGroupSpec {
  /** negative, like real supergroup ids (e.g. -1001234567890) */
  id: number;
  title: string;
  /** public supergroups: chat_id may then also be "@username" */
  username?: string;
  /** the bot's can_manage_topics administrator right; default true */
  botCanManageTopics?: boolean;
  /** the bot's can_delete_messages administrator right; default true */
  botCanDeleteMessages?: boolean;
}

export type TopicPredicate = (topic: ForumTopicInfo) => boolean;
export type MessagePredicate = (message: BotMessage) => boolean;

function threadOf(topic: TopicRef): number | undefined {
  return topic === 'general' ? undefined : topic;
}

/**
 * A forum supergroup (is_forum: true) the bot is an administrator of. Tests read what the bot
 * did there (topics, messages per topic) and act as members through member(user).
 */
export class FakeForumGroup {
  readonly id: number;
  private readonly members = new Map<number, FakeGroupMember>();
  /** per topic: index in the bot's outbox of this group where waitForMessageInTopic continues */
  private readonly cursors = new Map<TopicRef, number>();

  constructor(private readonly state: ChatState, private readonly env: UserEnvironment) {
    this.id = state.chat.id;
  }

  /** The Chat object as updates carry it. */
  get chat(): TgSupergroupChat {
    const chat = this.state.chat;
    if (chat.type !== 'supergroup') throw new Error(`fakeTelegram: chat ${chat.id} is not a supergroup`);
    return clone(chat);
  }

  /** The simulated member `user` (same user → same member). */
  member(user: FakeUser): FakeGroupMember {
    const existing = this.members.get(user.id);
    if (existing !== undefined) return existing;
    const member = new FakeGroupMember(this.state, user.user, this.env);
    this.members.set(user.id, member);
    return member;
  }

  /** Topics that exist now (not deleted), in creation order. */
  topics(): ForumTopicInfo[] {
    return (this.state.forum?.all() ?? []).filter((t) => !t.deleted).map(toTopicInfo);
  }

  /** One topic, also when deleted (deleted: true). */
  topic(threadId: number): ForumTopicInfo | undefined {
    const topic = this.state.forum?.get(threadId);
    return topic === undefined ? undefined : toTopicInfo(topic);
  }

  /** Every message of the group as it is now (all topics and General, service messages too). */
  messages(): BotMessage[] {
    return this.state.messages.map(toBotMessage);
  }

  /**
   * Bot and member messages of one topic (or General) as they are now, deleted ones flagged.
   * Service messages (forum_topic_created, forum_topic_closed, ...) only with includeService.
   */
  messagesInTopic(topic: TopicRef, options: { includeService?: boolean } = {}): BotMessage[] {
    const threadId = threadOf(topic);
    return this.messages().filter((m) => m.threadId === threadId && (options.includeService === true || m.kind !== 'service'));
  }

  message(messageId: number): BotMessage | undefined {
    const stored = this.state.messages.find((m) => m.messageId === messageId);
    return stored === undefined ? undefined : toBotMessage(stored);
  }

  /** Resolves with the first topic (existing now or created later, not deleted) matching `predicate`. */
  waitForTopic(predicate: TopicPredicate = () => true, timeoutMs = 5000): Promise<ForumTopicInfo> {
    const subscribe = (notify: () => void) => this.env.chats.onMessageStored((chatId) => chatId === this.id && notify());
    return waitFor(
      () => this.topics().find(predicate),
      subscribe,
      timeoutMs,
      () => {
        const names = this.topics().map((t) => `  #${t.messageThreadId} ${JSON.stringify(t.name)}${t.closed ? ' (closed)' : ''}`);
        return `fakeTelegram: no matching topic in group ${this.id} within ${timeoutMs} ms. Topics:\n${names.join('\n') || '  (none)'}`;
      },
    );
  }

  /**
   * The next message the bot sent to this topic (or General) matching `predicate`, as it was when
   * sent. Like a cursor: each call continues after the previous match (also skipping the
   * non-matching messages before it); waits when there is none yet.
   */
  waitForMessageInTopic(topic: TopicRef, predicate: MessagePredicate = () => true, timeoutMs = 5000): Promise<BotMessage> {
    const threadId = threadOf(topic);
    const take = (): BotMessage | undefined => {
      const outbox = this.state.botOutbox;
      for (let i = this.cursors.get(topic) ?? 0; i < outbox.length; i++) {
        const message = outbox[i];
        if (message !== undefined && message.threadId === threadId && predicate(message)) {
          this.cursors.set(topic, i + 1);
          return clone(message);
        }
      }
      return undefined;
    };
    const subscribe = (notify: () => void) => this.env.chats.onBotMessage((chatId) => chatId === this.id && notify());
    return waitFor(take, subscribe, timeoutMs, () =>
      `fakeTelegram: the bot sent no matching message to topic ${String(topic)} of group ${this.id} within ${timeoutMs} ms. Topic so far:\n${this.transcript(topic)}`,
    );
  }

  /** Moves the cursor of waitForMessageInTopic past every bot message sent so far. */
  skipMessagesInTopic(topic: TopicRef): void {
    this.cursors.set(topic, this.state.botOutbox.length);
  }

  private transcript(topic: TopicRef): string {
    const lines = this.messagesInTopic(topic).map((m) => {
      const who = m.from === 'bot' ? 'bot' : `user ${m.senderId}`;
      const body = m.text ?? m.caption ?? `[${m.kind}]`;
      return `  #${m.messageId} ${who}${m.deleted ? ' (deleted)' : ''}${m.copyOf === undefined ? '' : ' (copy)'}: ${body}`;
    });
    return lines.join('\n') || '  (empty)';
  }
}
