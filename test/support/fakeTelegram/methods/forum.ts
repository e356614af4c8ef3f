import { badRequest } from '../apiError';
import type { Args } from '../args';
import type { ChatState } from '../chatStore';
import {
  cleanTopicName,
  customEmojiId,
  normalizeIconColor,
  toForumTopic,
  type ForumState,
  type TopicState,
} from '../forum';
import { createTopic, postTopicServiceMessage, type TopicAuthor } from '../topicMessages';
import type { TgForumTopic, TgForumTopicEdited } from '../types';
import { unixTime, type FakeState, type MethodContext, type MethodTable } from './context';

interface ForumChat {
  chat: ChatState;
  forum: ForumState;
}

/** chat_id of a topic method: unknown → chat not found; not a forum supergroup → the chat is not a forum. */
function resolveForum(args: Args, state: FakeState): ForumChat {
  const chat = state.chats.resolveForSending(args.str('chat_id'));
  if (chat.forum === undefined) throw badRequest('the chat is not a forum');
  return { chat, forum: chat.forum };
}

function readTopicId(args: Args): number {
  const invalid = 'invalid message thread identifier specified';
  const id = args.int('message_thread_id', invalid);
  if (id === undefined || id <= 0) throw badRequest(invalid);
  return id;
}

/**
 * The topic a management method acts on. Like TDLib, the rights check comes first for a known
 * topic the bot did not create; unknown or deleted topics are then TOPIC_ID_INVALID.
 */
function topicToManage(args: Args, state: FakeState, target: ForumChat, hasRight: boolean, noRights: string): TopicState {
  const threadId = readTopicId(args);
  const known = target.forum.get(threadId);
  if (known !== undefined && !known.deleted && !hasRight && known.createdBy !== state.bot.id) throw badRequest(noRights);
  return target.forum.forManaging(threadId);
}

function botAuthor(state: FakeState): TopicAuthor {
  return { from: 'bot', user: state.bot, date: unixTime(state) };
}

function createForumTopic({ args, state }: MethodContext): TgForumTopic {
  const target = resolveForum(args, state);
  if (!target.forum.rights.canManageTopics) throw badRequest('not enough rights to create a topic');
  const name = cleanTopicName(args.str('name') ?? '');
  if (name === '') throw badRequest('title must be non-empty');
  const color = args.int('icon_color') ?? 0;
  if (color < 0 || color > 0xffffff) throw badRequest('invalid icon color specified');
  const emoji = customEmojiId(args.str('icon_custom_emoji_id'));
  const { topic } = createTopic(state.chats, target.chat, botAuthor(state), {
    name,
    iconColor: normalizeIconColor(color),
    ...(emoji !== undefined && { iconCustomEmojiId: emoji }),
  });
  return toForumTopic(topic);
}

/** Spec: name "If not specified or empty, the current name of the topic will be kept"; an empty icon_custom_emoji_id removes the icon. */
function editForumTopic({ args, state }: MethodContext): true {
  const target = resolveForum(args, state);
  const topic = topicToManage(args, state, target, target.forum.rights.canManageTopics, 'not enough rights to edit the topic');
  const rawName = args.str('name');
  const name = rawName === undefined ? undefined : cleanTopicName(rawName);
  if (name === '') throw badRequest('title must be non-empty');
  const rawIcon = args.raw.icon_custom_emoji_id;
  const editIcon = rawIcon !== undefined && rawIcon !== null;
  const icon = editIcon ? customEmojiId(args.str('icon_custom_emoji_id')) : undefined;
  if (name === undefined && !editIcon) return true; // TDLib: nothing to change, no request to the server
  const nameChanged = name !== undefined && name !== topic.name;
  const iconChanged = editIcon && icon !== topic.iconCustomEmojiId;
  if (!nameChanged && !iconChanged) throw badRequest('TOPIC_NOT_MODIFIED');
  const edited: TgForumTopicEdited = {};
  if (nameChanged) {
    topic.name = name;
    edited.name = name;
  }
  if (iconChanged) {
    if (icon === undefined) delete topic.iconCustomEmojiId;
    else topic.iconCustomEmojiId = icon;
    edited.icon_custom_emoji_id = icon ?? '';
  }
  postTopicServiceMessage(state.chats, target.chat, topic, botAuthor(state), { forum_topic_edited: edited });
  return true;
}

function setClosed({ args, state }: MethodContext, closed: boolean): true {
  const target = resolveForum(args, state);
  const topic = topicToManage(args, state, target, target.forum.rights.canManageTopics, 'not enough rights to close or open the topic');
  if (topic.closed === closed) throw badRequest('TOPIC_NOT_MODIFIED');
  topic.closed = closed;
  const content = closed ? { forum_topic_closed: {} } : { forum_topic_reopened: {} };
  postTopicServiceMessage(state.chats, target.chat, topic, botAuthor(state), content);
  return true;
}

/** Deletes the topic with all its messages. */
function deleteForumTopic({ args, state }: MethodContext): true {
  const target = resolveForum(args, state);
  const topic = topicToManage(args, state, target, target.forum.rights.canDeleteMessages, 'not enough rights to delete the topic');
  topic.deleted = true;
  for (const message of target.chat.messages) {
    if (message.threadId === topic.messageThreadId) message.deleted = true;
  }
  return true;
}

export const forumMethods: MethodTable = {
  createForumTopic,
  editForumTopic,
  closeForumTopic: (ctx) => setClosed(ctx, true),
  reopenForumTopic: (ctx) => setClosed(ctx, false),
  deleteForumTopic,
};
