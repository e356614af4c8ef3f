import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { issueButtons, readPress } from '../engine/buttons';
import { incomingKind, parseCommand } from '../engine/incoming';
import { turnServices } from '../engine/turnServices';
import type { DialogOutcome } from '../actions/actionRegistry';
import { SUPPORT_CHAT_EVENT, type SupportChatEventValue } from './discreetPath';
import { discreetMessage, quickExitButton } from './quickExit';

export const SUPPORT_CHAT_DIALOG = 'supportChat';
const END = 'end';
/** The operator reads on a screen, not a phone: a long message is better split. */
const CHAT_MESSAGE_LIMIT = 2000;

export interface SupportChatState {
  chatId: string;
}

/**
 * The tenant's side of a chat with a partner operator, inside the discreet path: what they write goes, sealed,
 * to the operator; the operator's side arrives as events. Every message carries the quick exit and "End the
 * chat"; the chat is deleted whenever this dialog ends (the button, the operator, quick exit, idle erase).
 */
export class SupportChatDialog extends Dialog {
  constructor() {
    super(SUPPORT_CHAT_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { t, support, language, discreet } = turnServices(dc.context);
    const { activity } = dc.context;
    // Waiting for an operator takes longer than reading a screen: the path's messages stay a while longer.
    await discreet.follow(support.chat.idleMinutes);
    const chatId = await support.chat.open({
      address: { channel: activity.channelId, conversationId: activity.conversation.id, userId: activity.from.id },
      language: language ?? SOURCE_LANGUAGE,
    });
    const state: SupportChatState = { chatId };
    dc.activeDialog!.state = state;
    await this.send(dc.context, [t('wellbeing:chat.waiting'), t('wellbeing:chat.idle', { count: Math.max(1, Math.round(support.chat.idleMinutes)) })].join('\n\n'));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type === ActivityTypes.Event) return activity.name === SUPPORT_CHAT_EVENT ? this.onOperator(dc, activity.value as SupportChatEventValue) : Dialog.EndOfTurn;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const { t, support } = turnServices(dc.context);
    const press = await readPress(dc.context);
    const command = parseCommand(activity.text);
    if ((press.kind === 'current' && press.id === END) || command?.name === 'cancel') return this.finish(dc, t('wellbeing:chat.ended'));
    if (press.kind !== 'none' || command) return this.remind(dc.context, t('wellbeing:chat.inChat'));
    if (incomingKind(activity) !== 'text' || !activity.text) return this.remind(dc.context, t('wellbeing:chat.onlyText'));
    if (activity.text.length > CHAT_MESSAGE_LIMIT) return this.remind(dc.context, t('wellbeing:chat.tooLong'));
    const { chatId } = dc.activeDialog!.state as SupportChatState;
    // Gone meanwhile (the operator closed it, or a day went by): the chat is over.
    if (!(await support.chat.say(chatId, activity.text))) return this.finish(dc, t('wellbeing:chat.ended'));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await this.send(context, turnServices(context).t('wellbeing:chat.inChat'));
  }

  /** However the dialog ends (cancelled by quick exit or the idle erase too), the chat and its messages are deleted. */
  override async endDialog(context: TurnContext, instance: DialogInstance, _reason: DialogReason): Promise<void> {
    const { chatId } = (instance.state ?? {}) as Partial<SupportChatState>;
    if (chatId) await turnServices(context).support.chat.end(chatId);
  }

  private async onOperator(dc: DialogContext, value: SupportChatEventValue): Promise<DialogTurnResult> {
    const { t } = turnServices(dc.context);
    if (value.change === 'ended') {
      const result = await this.finish(dc, t('wellbeing:chat.endedByOperator'));
      value.receipt.shown = true;
      return result;
    }
    await this.send(dc.context, value.change === 'taken' ? t('wellbeing:chat.taken') : t('wellbeing:chat.fromOperator', { text: value.text ?? '' }));
    value.receipt.shown = true;
    return Dialog.EndOfTurn;
  }

  private async finish(dc: DialogContext, text: string): Promise<DialogTurnResult> {
    // Back on the path's menu: its usual, shorter idle time.
    await turnServices(dc.context).discreet.follow();
    await dc.context.sendActivity(discreetMessage(turnServices(dc.context).t, text));
    const outcome: DialogOutcome = { outcome: 'ended' };
    return dc.endDialog(outcome);
  }

  private async remind(context: TurnContext, text: string): Promise<DialogTurnResult> {
    await this.send(context, text);
    return Dialog.EndOfTurn;
  }

  /** A message of the chat: the quick exit (valid on any message) and "End the chat" (valid on the latest). */
  private async send(context: TurnContext, text: string): Promise<void> {
    const { t } = turnServices(context);
    const [end] = await issueButtons(context, [{ id: END, label: t('wellbeing:chat.endButton') }]);
    await context.sendActivity(MessageFactory.suggestedActions([quickExitButton(t), end!.action!], text));
  }
}
