import { ActivityTypes, MessageFactory, type CardAction, type TurnContext } from 'botbuilder';
import type { ButtonValue } from '../../bot/turn/activityContract';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { turnServices } from '../engine/turnServices';
import { HEALTH_EVENT, type HealthEventValue } from './healthDesk';
import { appointmentLines, whenText } from './healthText';

/** Reminder buttons carry the appointment, so they work whatever the tenant does meanwhile. */
const REMINDER_BUTTON = /^appt\.(\d{1,9})\.(y|n)$/;

/** Reminders and staff cancellations (event turns), and the answers to a reminder's buttons. True when the turn was one. */
export async function answerHealthTurn(context: TurnContext): Promise<boolean> {
  const { activity } = context;
  const isEvent = activity.type === ActivityTypes.Event && activity.name === HEALTH_EVENT;
  const button = (activity.value as Partial<ButtonValue> | undefined)?.button;
  const match = typeof button === 'string' ? REMINDER_BUTTON.exec(button) : null;
  if (!isEvent && !match) return false;
  // Health details stay out of the transcript the community managers read.
  turnServices(context).keepOutOfTranscript();
  if (isEvent) {
    await announce(context, activity.value as HealthEventValue);
    return true;
  }
  const { health, tenant, t } = turnServices(context);
  const id = Number(match![1]);
  const done = match![2] === 'y' ? await health.confirmAttendance(tenant.id, id) : await health.cancel(tenant.id, id);
  const answer = !done ? 'health:reminder.stale' : match![2] === 'y' ? 'health:reminder.confirmed' : 'health:cancel.done';
  await context.sendActivity(MessageFactory.text(t(answer)));
  return true;
}

async function announce(context: TurnContext, value: HealthEventValue): Promise<void> {
  const services = turnServices(context);
  const { t, health, tenant } = services;
  const language = services.language ?? SOURCE_LANGUAGE;
  const appointment = await health.appointment(tenant.id, value.appointmentId, language);
  if (!appointment) return;
  if (value.change === 'cancelledByStaff') {
    await context.sendActivity(MessageFactory.text(t('health:cancelledByStaff', { when: whenText(t, language, appointment.startsAt), service: appointment.service.name })));
    return;
  }
  if (appointment.status !== 'booked') return;
  const buttons: CardAction[] = [
    { type: 'postBack', title: t('health:reminder.come'), value: `appt.${appointment.id}.y` },
    { type: 'postBack', title: t('health:reminder.cancel'), value: `appt.${appointment.id}.n` },
  ];
  const text = [t('health:reminder.title'), ...appointmentLines(t, language, appointment), t('health:bring', { bring: appointment.service.bring })].join('\n');
  await context.sendActivity(MessageFactory.suggestedActions(buttons, text));
}
