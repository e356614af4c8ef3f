import { ActivityTypes, type Activity } from 'botbuilder';
import { z } from 'zod';
import { CHANNEL_DATA_KIND, type ButtonValue, type IncomingChannelData } from '../../turn/activityContract';
import { SANDBOX_BOT_ID, SANDBOX_CHANNEL } from './sandboxAdapter';

import { signedConversationIdSchema } from './conversationIds';

/** The conversation id the server issued (random and signed): whoever knows it reads the conversation. */
export const conversationIdSchema = signedConversationIdSchema;

/** A message from the sandbox page: typed text or a pressed button. */
export const sandboxRequestSchema = z
  .object({
    conversationId: conversationIdSchema,
    locale: z.string().max(35).optional(),
    text: z.string().max(10_000).optional(),
    button: z.string().min(1).max(64).optional(),
    /** The pressed button's label as the page showed it, for the staff's transcript. */
    label: z.string().max(200).optional(),
    /** A preview token from the console: the turn runs on the draft. */
    preview: z.string().max(200).optional(),
  })
  .refine((request) => (request.text === undefined) !== (request.button === undefined), 'send either text or button');

export type SandboxRequest = z.infer<typeof sandboxRequestSchema>;

/** Pure mapping of a sandbox request to an activity, shaped as the Telegram channel shapes its own. */
export function sandboxRequestToActivity(request: SandboxRequest & { conversationId: string }, previewDraft = false): Partial<Activity> {
  const channelData: IncomingChannelData = { [CHANNEL_DATA_KIND]: request.button !== undefined ? 'button' : 'text' };
  if (previewDraft) channelData.preview = 'draft';
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    channelId: SANDBOX_CHANNEL,
    serviceUrl: SANDBOX_CHANNEL,
    from: { id: request.conversationId, name: '' },
    recipient: { id: SANDBOX_BOT_ID, name: SANDBOX_BOT_ID },
    conversation: { id: request.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    locale: request.locale,
    timestamp: new Date(),
    text: request.button ?? request.text ?? '',
    channelData,
  };
  if (request.button !== undefined) {
    const value: ButtonValue = { button: request.button };
    activity.value = value;
    if (request.label !== undefined) channelData.pressedLabel = request.label;
  }
  return activity;
}
