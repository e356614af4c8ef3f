import { badRequest } from '../apiError';
import type { Args } from '../args';
import type { ChatState, StoredMessage } from '../chatStore';
import { readReplyTarget } from './common';
import type { FakeState } from './context';

/** Where a new bot message goes: the message it replies to and the forum topic. */
export interface Placement {
  replyTo: StoredMessage | undefined;
  /** message_thread_id of the topic; undefined for private chats and General */
  threadId: number | undefined;
}

/** message_thread_id of a send method; absent or 0 means none. */
export function readMessageThreadId(args: Args): number | undefined {
  const id = args.int('message_thread_id');
  return id === undefined || id === 0 ? undefined : id;
}

/**
 * Reads reply_parameters/reply_to_message_id and message_thread_id. A reply without
 * message_thread_id goes to the topic of the replied message (like on the real server).
 * Unknown or deleted topics, message_thread_id outside forums, and General (1) → 400 message
 * thread not found; a closed topic → 400 TOPIC_CLOSED unless the bot can manage topics.
 */
export function readPlacement(args: Args, state: FakeState, chat: ChatState): Placement {
  const requested = readMessageThreadId(args);
  const forum = chat.forum;
  if (requested !== undefined && forum === undefined) throw badRequest('message thread not found');
  if (requested !== undefined) forum?.forSending(requested);
  const replyTo = readReplyTarget(args, state, chat);
  if (requested !== undefined && replyTo !== undefined && replyTo.threadId !== requested) {
    throw badRequest('message to be replied not found');
  }
  const threadId = requested ?? replyTo?.threadId;
  if (threadId !== undefined && forum !== undefined) {
    const topic = forum.forSending(threadId);
    if (topic.closed && !forum.rights.canManageTopics) throw badRequest('TOPIC_CLOSED');
  }
  return { replyTo, threadId };
}
