import type { Activity } from 'botbuilder';
import { CHANNEL_DATA_KIND, type IncomingChannelData, type IncomingKind } from '../../bot/turn/activityContract';

/** What kind of message the tenant sent, as the channel labelled it. */
export function incomingKind(activity: Partial<Activity>): IncomingKind {
  const data = activity.channelData as Partial<IncomingChannelData> | undefined;
  return data?.[CHANNEL_DATA_KIND] ?? (activity.attachments?.length ? 'document' : 'text');
}

export interface ParsedCommand {
  name: string;
  payload: string;
}

/** "/start b_12" → { name: 'start', payload: 'b_12' }; "/menu@casa_bot" → { name: 'menu' }. */
export function parseCommand(text: string | undefined): ParsedCommand | undefined {
  const match = /^\/([a-zA-Z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec((text ?? '').trim());
  if (!match) return undefined;
  return { name: match[1]!.toLowerCase(), payload: (match[2] ?? '').trim().slice(0, 64) };
}
