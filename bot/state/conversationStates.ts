import type { Storage, TurnContext } from 'botbuilder';
import { EtagBotState } from './etagBotState';

/** botbuilder's key of a conversation's state (the storage may keep it as a keyed hash). */
export function conversationStateKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}`;
}

async function conversationKey(context: TurnContext): Promise<string> {
  const { channelId, conversation } = context.activity;
  return conversationStateKey(channelId, conversation.id);
}

async function userKey(context: TurnContext): Promise<string> {
  const { channelId, from } = context.activity;
  return `${channelId}/users/${from.id}`;
}

export function createConversationState(storage: Storage): EtagBotState {
  return new EtagBotState(storage, conversationKey);
}

export function createUserState(storage: Storage): EtagBotState {
  return new EtagBotState(storage, userKey);
}
