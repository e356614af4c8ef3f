import { ActivityTypes, MessageFactory, type CardAction, type TurnContext } from 'botbuilder';
import type { ButtonValue } from '../../bot/turn/activityContract';
import { formatDay, formatTime } from '../../bot/i18n/format';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { turnServices } from '../engine/turnServices';
import { REJECT_REASONS, REPORT_EVENT, type ReportEventValue } from './reportDesk';

/** "Is it really fixed?" buttons: they stay valid whatever the tenant does meanwhile, so they carry the report. */
const FIX_BUTTON = /^fix\.(\d{1,9})\.(y|n)$/;

/**
 * Report news (an event turn: the report was assigned, scheduled, resolved…) and the answers to "is it
 * really fixed?" are handled here, whatever dialog the tenant is in, without moving it. True when the turn
 * was one of these.
 */
export async function answerReportTurn(context: TurnContext): Promise<boolean> {
  const { activity } = context;
  if (activity.type === ActivityTypes.Event && activity.name === REPORT_EVENT) {
    await announce(context, activity.value as ReportEventValue);
    return true;
  }
  const button = (activity.value as Partial<ButtonValue> | undefined)?.button;
  const match = typeof button === 'string' ? FIX_BUTTON.exec(button) : null;
  if (!match) return false;
  const { reports, tenant, t } = turnServices(context);
  const answer = await reports.answerFix(tenant.id, Number(match[1]), match[2] === 'y');
  await context.sendActivity(MessageFactory.text(t(`maintenance:fix.${answer}`)));
  return true;
}

async function announce(context: TurnContext, value: ReportEventValue): Promise<void> {
  const { t, language } = turnServices(context);
  const code = value.code;
  switch (value.change) {
    case 'scheduled': {
      const when = new Date(value.scheduledFor ?? '');
      const lang = language ?? SOURCE_LANGUAGE;
      await context.sendActivity(MessageFactory.text(Number.isNaN(when.getTime()) ? t('maintenance:notice.assigned', { code }) : t('maintenance:notice.scheduled', { code, day: formatDay(when, lang), time: formatTime(when, lang) })));
      return;
    }
    case 'resolved': {
      const buttons: CardAction[] = [
        { type: 'postBack', title: t('maintenance:fix.yes'), value: `fix.${value.reportId}.y` },
        { type: 'postBack', title: t('maintenance:fix.no'), value: `fix.${value.reportId}.n` },
      ];
      await context.sendActivity(MessageFactory.suggestedActions(buttons, t('maintenance:notice.resolved', { code })));
      return;
    }
    case 'duplicate':
      await context.sendActivity(MessageFactory.text(t('maintenance:notice.duplicate', { code, other: value.duplicateOf ?? '' })));
      return;
    case 'rejected': {
      const reason = value.reason && (REJECT_REASONS as readonly string[]).includes(value.reason) ? value.reason : 'other';
      await context.sendActivity(MessageFactory.text(t('maintenance:notice.rejected', { code, reason: t(`maintenance:reason.${reason}`) })));
      return;
    }
    default:
      await context.sendActivity(MessageFactory.text(t(`maintenance:notice.${value.change === 'reopened' ? 'reopened' : 'assigned'}`, { code })));
  }
}
