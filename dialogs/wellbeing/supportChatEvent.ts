import { ActivityTypes, type Activity } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { turnServices } from '../engine/turnServices';
import { SUPPORT_CHAT_EVENT, type SupportChatEventValue } from './discreetPath';
import { findInStack } from './dialogStack';
import { SUPPORT_CHAT_DIALOG, type SupportChatState } from './supportChatDialog';

export function isSupportChatEvent(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Event && activity.name === SUPPORT_CHAT_EVENT;
}

/**
 * The operator's side of a chat reaches the tenant's dialog only while the tenant is in that very chat.
 * Otherwise the person has left it (quick exit, a new path, a reset): the chat is deleted and nothing is
 * shown, so the receipt tells the operator.
 */
export async function answerSupportChatEvent(dc: DialogContext): Promise<void> {
  const value = dc.context.activity.value as SupportChatEventValue;
  const chat = findInStack(dc, SUPPORT_CHAT_DIALOG);
  if ((chat?.state as Partial<SupportChatState> | undefined)?.chatId === value.chatId) {
    await dc.continueDialog();
    return;
  }
  const { keepOutOfTranscript, support } = turnServices(dc.context);
  keepOutOfTranscript();
  await support.chat.end(value.chatId);
}
