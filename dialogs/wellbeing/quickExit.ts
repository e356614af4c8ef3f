import { MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { TFunction } from 'i18next';
import type { ButtonValue } from '../../bot/turn/activityContract';
import { turnServices } from '../engine/turnServices';
import { findInStack } from './dialogStack';
import { protectPath, silenceChosen } from './pathDelivery';

/** The quick-exit button's data: the same on every message of the path, so it works from any of them, at any time. */
export const QUICK_EXIT = 'quick-exit';

export function quickExitButton(t: TFunction): CardAction {
  return { type: 'postBack', title: t('common:button.quickExit'), value: QUICK_EXIT };
}

export function isQuickExit(activity: Partial<Activity>): boolean {
  return (activity.value as Partial<ButtonValue> | undefined)?.button === QUICK_EXIT;
}

/** A message of the path, with the quick-exit button. */
export function discreetMessage(t: TFunction, text: string): Partial<Activity> {
  return MessageFactory.suggestedActions([quickExitButton(t)], text);
}

/**
 * Quick exit: every message of the path leaves the chat (the tenant's and the bot's), the dialogs end
 * without a trace in the state, and one innocuous message is left behind.
 */
export async function quickExit(dc: DialogContext): Promise<void> {
  const { discreet, t } = turnServices(dc.context);
  turnServices(dc.context).keepOutOfTranscript();
  // The innocuous message too: silent if the tenant chose so (read before the path's state is gone).
  protectPath(dc.context, silenceChosen(dc));
  await discreet.erase();
  await dc.cancelAllDialogs(true);
  await dc.context.sendActivity(MessageFactory.text(t('common:innocuous')));
}

/**
 * The path (its dialog pathDialogId) was left idle: its messages are deleted; if the tenant is still in it, it ends
 * silently. Nothing happens if the path moved since the timer was set (a turn in another process).
 */
export async function expireDiscreetPath(dc: DialogContext, pathDialogId: string): Promise<void> {
  turnServices(dc.context).keepOutOfTranscript();
  if (!(await turnServices(dc.context).discreet.expire())) return;
  if (findInStack(dc, pathDialogId)) await dc.cancelAllDialogs(true);
}
