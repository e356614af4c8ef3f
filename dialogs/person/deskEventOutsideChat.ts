import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import { DESK_EVENT } from '../../bot/turn/conversationGateway';
import { turnServices } from '../engine/turnServices';
import type { DeskEventValue } from './handoverDesk';

/**
 * A desk change for a tenant who is not in the chat with a person any more (they were handed back to the
 * bot, or their conversation was reset): only the closing is worth telling, without interrupting them.
 */
export async function answerDeskEventOutsideChat(context: TurnContext): Promise<void> {
  const { activity } = context;
  if (activity.type !== ActivityTypes.Event || activity.name !== DESK_EVENT) return;
  if ((activity.value as DeskEventValue | undefined)?.change !== 'closed') return;
  await context.sendActivity(MessageFactory.text(turnServices(context).t('person:closed')));
}
