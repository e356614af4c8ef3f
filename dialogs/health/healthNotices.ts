import { ActivityTypes, MessageFactory, type CardAction, type TurnContext } from 'botbuilder';
import type { ButtonValue } from '../../bot/turn/activityContract';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { turnServices } from '../engine/turnServices';
import { bookingTexts, findAppointment, HEALTH_BOOKING, type FoundAppointment } from './bookingKinds';
import { HEALTH_EVENT, type HealthEventValue } from './healthDesk';
import { appointmentLines, whenText } from './healthText';

/** Reminder buttons carry the appointment, so they work whatever the tenant does meanwhile. */
const REMINDER_BUTTON = /^appt\.(\d{1,9})\.(y|n)$/;

/**
 * Reminders and staff cancellations (event turns), and the answers to a reminder's buttons, for every kind of
 * appointment (health points, C.A.S.A. centre desks). True when the turn was one.
 */
export async function answerHealthTurn(context: TurnContext): Promise<boolean> {
  const { activity } = context;
  const isEvent = activity.type === ActivityTypes.Event && activity.name === HEALTH_EVENT;
  const button = (activity.value as Partial<ButtonValue> | undefined)?.button;
  const match = typeof button === 'string' ? REMINDER_BUTTON.exec(button) : null;
  if (!isEvent && !match) return false;
  // Appointments stay out of the transcript the community managers read (health data; a tenant's arrears).
  const services = turnServices(context);
  services.keepOutOfTranscript();
  const language = services.language ?? SOURCE_LANGUAGE;
  const found = await findAppointment(services, isEvent ? (activity.value as HealthEventValue).appointmentId : Number(match![1]), language);
  if (isEvent) {
    if (found) await announce(context, activity.value as HealthEventValue, found);
    return true;
  }
  // A button of an appointment that is gone: answered in the health points' words, as before the centre desks.
  const text = bookingTexts(found?.kind ?? HEALTH_BOOKING, services.t);
  const desk = found?.kind.desk(services);
  const id = Number(match![1]);
  const done = desk ? (match![2] === 'y' ? await desk.confirmAttendance(services.tenant.id, id) : await desk.cancel(services.tenant.id, id)) : false;
  const answer = !done ? 'reminder.stale' : match![2] === 'y' ? 'reminder.confirmed' : 'cancel.done';
  await context.sendActivity(MessageFactory.text(text(answer)));
  return true;
}

async function announce(context: TurnContext, value: HealthEventValue, { kind, appointment }: FoundAppointment): Promise<void> {
  const services = turnServices(context);
  const text = bookingTexts(kind, services.t);
  const language = services.language ?? SOURCE_LANGUAGE;
  if (value.change === 'cancelledByStaff') {
    await context.sendActivity(MessageFactory.text(text('cancelledByStaff', { when: whenText(text, language, appointment.startsAt), service: appointment.service.name })));
    return;
  }
  if (appointment.status !== 'booked') return;
  const buttons: CardAction[] = [
    { type: 'postBack', title: text('reminder.come'), value: `appt.${appointment.id}.y` },
    { type: 'postBack', title: text('reminder.cancel'), value: `appt.${appointment.id}.n` },
  ];
  const lines = [text('reminder.title'), ...appointmentLines(text, language, appointment), text('bring', { bring: appointment.service.bring })].join('\n');
  await context.sendActivity(MessageFactory.suggestedActions(buttons, lines));
}
