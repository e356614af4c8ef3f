import { ActivityTypes, MessageFactory, type Activity } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { DESK_EVENT } from '../../bot/turn/conversationGateway';
import { formatDay, formatTime } from '../../bot/i18n/format';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { issueButtons, readPress } from '../engine/buttons';
import { parseCommand } from '../engine/incoming';
import { incomingContent, type IncomingContent } from '../engine/incomingContent';
import { turnServices } from '../engine/turnServices';
import type { DeskEventValue, DeskStatus, DeskTopic } from './handoverDesk';
import { neighbourhoodLabel } from './neighbourhoods';

export const HANDOVER_DIALOG = 'handover';
const LEAVE = 'leave';
/** Telegram's own limit is 4096; a little room is left for the manager's view. */
const MESSAGE_LIMIT = 4000;

export interface HandoverOptions {
  topic?: DeskTopic;
  first?: IncomingContent;
  urgent?: boolean;
}

/** How the chat with a person ended, as the tree's outcome. */
export type HandoverEnding = 'closed' | 'cancelled' | 'returned';

interface HandoverState {
  requestId: number;
}

/**
 * The tenant's side of a chat with a person: queued, then with a manager. Everything the tenant sends
 * goes to the desk; /cancel or the button leaves; the desk's changes arrive as events.
 */
export class HandoverDialog extends Dialog<HandoverOptions> {
  constructor() {
    super(HANDOVER_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: HandoverOptions): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const { desk, tenant } = services;
    let status = await desk.openRequestOf(tenant.id);
    if (status) {
      await this.say(dc, services.t('person:alreadyOpen'));
      if (status.status === 'bot') status = await desk.resume(status.requestId);
      if (options?.first) await desk.addTenantMessage(status.requestId, options.first);
      if (options?.urgent) await desk.markUrgent(status.requestId);
    } else {
      const { activity } = dc.context;
      status = await desk.open({
        tenantId: tenant.id,
        neighbourhoodId: tenant.neighbourhoodId!,
        topic: options?.topic ?? 'other',
        language: services.language ?? SOURCE_LANGUAGE,
        address: { channel: activity.channelId, conversationId: activity.conversation.id, userId: activity.from.id },
        first: options?.first,
        urgent: options?.urgent,
      });
    }
    const state: HandoverState = { requestId: status.requestId };
    dc.activeDialog!.state = state;
    await this.tellStatus(dc, status);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type === ActivityTypes.Event && activity.name === DESK_EVENT) return this.onDeskEvent(dc, activity.value as DeskEventValue);
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const services = turnServices(dc.context);
    services.keepOutOfTranscript();
    const state = dc.activeDialog!.state as HandoverState;
    const press = await readPress(dc.context);
    const command = parseCommand(activity.text);
    if ((press.kind === 'current' && press.id === LEAVE) || command?.name === 'cancel') return this.leave(dc, state);
    if (press.kind !== 'none' || command) return this.remind(dc, services.t('person:inChat'));
    const content = incomingContent(activity);
    if (!content) return this.remind(dc, services.t('person:unsupported'));
    if ((content.text?.length ?? 0) > MESSAGE_LIMIT) return this.remind(dc, services.t('person:tooLong', { count: MESSAGE_LIMIT }));
    const still = await services.desk.openRequestOf(services.tenant.id);
    if (still?.requestId !== state.requestId) {
      await this.say(dc, services.t('person:closed'));
      return dc.endDialog('returned' satisfies HandoverEnding);
    }
    await services.desk.addTenantMessage(state.requestId, content);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context']): Promise<void> {
    await this.sendWithLeave(context, turnServices(context).t('person:inChat'), 'person:cancelButton');
  }

  private async onDeskEvent(dc: DialogContext, value: DeskEventValue): Promise<DialogTurnResult> {
    const { t } = turnServices(dc.context);
    switch (value.change) {
      case 'claimed':
        await this.sendWithLeave(dc.context, t('person:claimed', { name: value.staffName ?? '' }), 'person:endButton');
        return Dialog.EndOfTurn;
      case 'transferred':
        await this.sendWithLeave(dc.context, t('person:transferred', { neighbourhood: neighbourhoodLabel(t, value.neighbourhoodId) }), 'person:cancelButton');
        return Dialog.EndOfTurn;
      case 'closed':
        await this.say(dc, t('person:closed'));
        return dc.endDialog('closed' satisfies HandoverEnding);
      case 'handedBack':
        await this.say(dc, t('person:handedBack'));
        return dc.endDialog('returned' satisfies HandoverEnding);
    }
  }

  private async leave(dc: DialogContext, state: HandoverState): Promise<DialogTurnResult> {
    const { desk, t } = turnServices(dc.context);
    const ending = await desk.leave(state.requestId);
    if (ending === 'closed') {
      await this.say(dc, t('person:closed'));
      return dc.endDialog('closed' satisfies HandoverEnding);
    }
    await this.say(dc, t('person:cancelled'));
    return dc.endDialog('cancelled' satisfies HandoverEnding);
  }

  private async tellStatus(dc: DialogContext, status: DeskStatus): Promise<void> {
    const services = turnServices(dc.context);
    const { t } = services;
    if (status.status === 'claimed') {
      await this.sendWithLeave(dc.context, t('person:claimed', { name: status.staffName ?? '' }), 'person:endButton');
      return;
    }
    const lines = [t('person:queued', { neighbourhood: neighbourhoodLabel(t, status.neighbourhoodId) })];
    if (status.opensAt) {
      const language = services.language ?? SOURCE_LANGUAGE;
      lines.push(t('person:closedNow', { day: formatDay(status.opensAt, language), time: formatTime(status.opensAt, language) }));
    } else {
      lines.push(t('person:position', { position: status.position }), t('person:wait', { count: status.expectedMinutes }));
    }
    lines.push(t('person:whileWaiting'));
    await this.sendWithLeave(dc.context, lines.join('\n\n'), 'person:cancelButton');
  }

  private async remind(dc: DialogContext, text: string): Promise<DialogTurnResult> {
    await this.sendWithLeave(dc.context, text, 'person:cancelButton');
    return Dialog.EndOfTurn;
  }

  private async sendWithLeave(context: DialogContext['context'], text: string, labelKey: string): Promise<void> {
    const { t } = turnServices(context);
    const [button] = await issueButtons(context, [{ id: LEAVE, label: t(labelKey) }]);
    await context.sendActivity(MessageFactory.suggestedActions([button!.action!], text) as Partial<Activity>);
  }

  private async say(dc: DialogContext, text: string): Promise<void> {
    await dc.context.sendActivity(MessageFactory.text(text));
  }
}
