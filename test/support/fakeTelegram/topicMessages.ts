import { clone, type ChatState, type ChatStore, type StoredMessage } from './chatStore';
import { topicCreatedContent, type TopicState } from './forum';
import type { TgMessage, TgUser } from './types';

/** A message as embedded in reply_to_message: "will not contain further reply_to_message fields". */
export function asRepliedMessage(stored: StoredMessage): TgMessage {
  const replied = clone(stored.message);
  delete replied.reply_to_message;
  return replied;
}

/**
 * message_thread_id, is_topic_message and reply_to_message of a new message. In a topic, a
 * message that replies to nothing else replies to the topic's forum_topic_created message,
 * as on the real server.
 */
export function threadFields(chat: ChatState, threadId: number | undefined, replyTo: StoredMessage | undefined): Partial<TgMessage> {
  if (threadId === undefined) return replyTo === undefined ? {} : { reply_to_message: asRepliedMessage(replyTo) };
  const root = replyTo ?? chat.messages.find((m) => m.messageId === threadId);
  return {
    message_thread_id: threadId,
    is_topic_message: true,
    ...(root !== undefined && { reply_to_message: asRepliedMessage(root) }),
  };
}

export interface TopicAuthor {
  from: 'bot' | 'user';
  user: TgUser;
  /** unix seconds */
  date: number;
}

/** Creates a topic: its forum_topic_created service message's id becomes the message_thread_id. */
export function createTopic(
  chats: ChatStore,
  chat: ChatState,
  author: TopicAuthor,
  spec: { name: string; iconColor: number; iconCustomEmojiId?: string },
): { topic: TopicState; stored: StoredMessage } {
  const forum = chat.forum;
  if (forum === undefined) throw new Error('fakeTelegram: createTopic in a chat that is not a forum');
  let topic: TopicState | undefined;
  const stored = chats.addServiceMessage(chat, author.from, (messageId) => {
    topic = forum.add({
      messageThreadId: messageId,
      name: spec.name,
      iconColor: spec.iconColor,
      ...(spec.iconCustomEmojiId !== undefined && { iconCustomEmojiId: spec.iconCustomEmojiId }),
      closed: false,
      deleted: false,
      createdBy: author.user.id,
    });
    return {
      message_id: messageId,
      from: clone(author.user),
      chat: clone(chat.chat),
      date: author.date,
      message_thread_id: messageId,
      is_topic_message: true,
      forum_topic_created: topicCreatedContent(topic),
    };
  });
  if (topic === undefined) throw new Error('fakeTelegram: topic was not created');
  return { topic, stored };
}

/** forum_topic_edited / forum_topic_closed / forum_topic_reopened posted in the topic. */
export function postTopicServiceMessage(
  chats: ChatStore,
  chat: ChatState,
  topic: TopicState,
  author: TopicAuthor,
  content: Pick<TgMessage, 'forum_topic_edited' | 'forum_topic_closed' | 'forum_topic_reopened'>,
): StoredMessage {
  return chats.addServiceMessage(chat, author.from, (messageId) => ({
    message_id: messageId,
    from: clone(author.user),
    chat: clone(chat.chat),
    date: author.date,
    ...threadFields(chat, topic.messageThreadId, undefined),
    ...content,
  }));
}
