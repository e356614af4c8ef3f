import { badRequest } from './apiError';
import type { ForumTopicInfo, TgForumTopic, TgForumTopicCreated } from './types';

/** The six colors of the spec; anything else is replaced by the first (the real server's default). */
export const TOPIC_ICON_COLORS: readonly number[] = [0x6fb9f0, 0xffd67e, 0xcb86db, 0x8eee98, 0xff93b2, 0xfb6f5f];
export const DEFAULT_TOPIC_ICON_COLOR = 0x6fb9f0; // 7322096
/** Topic names are cut to this many characters (TDLib truncates instead of failing). */
export const TOPIC_NAME_LIMIT = 128;

/** Administrator rights of the bot in a forum supergroup. */
export interface BotRights {
  canManageTopics: boolean;
  canDeleteMessages: boolean;
}

/** One topic (mutable); messageThreadId is the message_id of its forum_topic_created service message. */
export type TopicState = ForumTopicInfo;

/** TDLib's clean_name: control characters become spaces, trimmed, cut to 128 characters. */
export function cleanTopicName(raw: string): string {
  const cleaned = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return Array.from(cleaned).slice(0, TOPIC_NAME_LIMIT).join('').trim();
}

/** icon_color as the server treats it: one of the six colors, else the default one. */
export function normalizeIconColor(color: number | undefined): number {
  return color !== undefined && TOPIC_ICON_COLORS.includes(color) ? color : DEFAULT_TOPIC_ICON_COLOR;
}

/** icon_custom_emoji_id is read as an integer by the server: anything else means "no emoji". */
export function customEmojiId(raw: string | undefined): string | undefined {
  const trimmed = raw?.trim();
  return trimmed !== undefined && /^[1-9]\d*$/.test(trimmed) ? trimmed : undefined;
}

export function toForumTopic(topic: TopicState): TgForumTopic {
  return {
    message_thread_id: topic.messageThreadId,
    name: topic.name,
    icon_color: topic.iconColor,
    ...(topic.iconCustomEmojiId !== undefined && { icon_custom_emoji_id: topic.iconCustomEmojiId }),
  };
}

export function topicCreatedContent(topic: TopicState): TgForumTopicCreated {
  return {
    name: topic.name,
    icon_color: topic.iconColor,
    ...(topic.iconCustomEmojiId !== undefined && { icon_custom_emoji_id: topic.iconCustomEmojiId }),
  };
}

/** A copy for tests. */
export function toTopicInfo(topic: TopicState): ForumTopicInfo {
  return { ...topic };
}

/** The topics of a forum supergroup and the bot's rights there. */
export class ForumState {
  private readonly topics = new Map<number, TopicState>();

  constructor(readonly rights: BotRights, readonly chatInstance: string) {}

  add(topic: TopicState): TopicState {
    this.topics.set(topic.messageThreadId, topic);
    return topic;
  }

  /** Every topic ever created (deleted ones too), in creation order. */
  all(): TopicState[] {
    return [...this.topics.values()];
  }

  get(threadId: number): TopicState | undefined {
    return this.topics.get(threadId);
  }

  /** A topic messages can be sent to: unknown or deleted → 400 message thread not found. */
  forSending(threadId: number): TopicState {
    const topic = this.topics.get(threadId);
    if (topic === undefined || topic.deleted) throw badRequest('message thread not found');
    return topic;
  }

  /** A topic the topic-management methods can act on: unknown or deleted → 400 TOPIC_ID_INVALID. */
  forManaging(threadId: number): TopicState {
    const topic = this.topics.get(threadId);
    if (topic === undefined || topic.deleted) throw badRequest('TOPIC_ID_INVALID');
    return topic;
  }
}
