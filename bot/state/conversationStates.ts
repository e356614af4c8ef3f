import type { Storage, TurnContext } from 'botbuilder';
import { EtagBotState } from './etagBotState';

async function conversationKey(context: TurnContext): Promise<string> {
  const { channelId, conversation } = context.activity;
  return `${channelId}/conversations/${conversation.id}`;
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
