import { MessageFactory } from 'botbuilder';
import { Dialog, DialogReason, type DialogContext, type DialogTurnResult, type FoundChoice } from 'botbuilder-dialogs';
import { formatShortDay, formatTime } from '../../bot/i18n/format';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { askChoice } from '../engine/ask';
import type { ButtonSpec } from '../engine/buttons';
import { isNavigationResult } from '../engine/navigation';
import { turnServices } from '../engine/turnServices';
import type { BookingOptions } from './bookingDialog';
import { bookingTexts, HEALTH_BOOKING, type BookingKind } from './bookingKinds';
import type { AppointmentView } from './healthDesk';
import { appointmentLines, whenText } from './healthText';

export const APPOINTMENTS_DIALOG = HEALTH_BOOKING.appointmentsDialog;

interface AppointmentsState {
  stage: 'pick' | 'confirmCancel' | 'moving';
  appointmentId?: number;
}

/** "My appointments" of one kind: the coming ones, each with Cancel (asked twice) and Move (a new booking that replaces it). */
export class AppointmentsDialog extends Dialog {
  constructor(private readonly kind: BookingKind = HEALTH_BOOKING) {
    super(kind.appointmentsDialog);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state: AppointmentsState = { stage: 'pick' };
    dc.activeDialog!.state = state;
    const services = turnServices(dc.context);
    const text = bookingTexts(this.kind, services.t);
    const language = services.language ?? SOURCE_LANGUAGE;
    const upcoming = await this.kind.desk(services).upcoming(services.tenant.id, language);
    if (upcoming.length === 0) {
      await dc.context.sendActivity(MessageFactory.text(text('mine.none')));
      return dc.endDialog();
    }
    const list = upcoming.map((appointment) => appointmentLines(text, language, appointment).join('\n'));
    await dc.context.sendActivity(MessageFactory.text([text('mine.title', { count: upcoming.length }), ...list].join('\n\n')));
    const short = (appointment: AppointmentView) => `${formatShortDay(appointment.startsAt, language)} ${formatTime(appointment.startsAt, language)}`;
    const buttons: ButtonSpec[] = upcoming.flatMap((appointment) => [
      { id: `m-${appointment.id}`, label: text('mine.move', { when: short(appointment) }) },
      { id: `c-${appointment.id}`, label: text('mine.cancel', { when: short(appointment) }) },
    ]);
    return askChoice(dc, text('mine.ask'), buttons, { columns: 2 });
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    if (isNavigationResult(result)) return dc.endDialog(result);
    const state = dc.activeDialog!.state as AppointmentsState;
    const services = turnServices(dc.context);
    const { tenant } = services;
    const text = bookingTexts(this.kind, services.t);
    const desk = this.kind.desk(services);
    const language = services.language ?? SOURCE_LANGUAGE;
    if (state.stage === 'moving') return dc.endDialog();
    const chosen = (result as FoundChoice | undefined)?.value ?? '';
    if (state.stage === 'confirmCancel') {
      const cancelled = chosen === 'yes' && (await desk.cancel(tenant.id, state.appointmentId!));
      await dc.context.sendActivity(MessageFactory.text(text(chosen !== 'yes' ? 'cancel.kept' : cancelled ? 'cancel.done' : 'cancel.failed')));
      return dc.endDialog();
    }
    const appointment = await desk.appointment(tenant.id, Number(chosen.slice(2)), language);
    if (!appointment || appointment.status !== 'booked') {
      await dc.context.sendActivity(MessageFactory.text(text('cancel.failed')));
      return dc.endDialog();
    }
    state.appointmentId = appointment.id;
    if (chosen.startsWith('m-')) {
      state.stage = 'moving';
      const options: BookingOptions = { moveFrom: { appointmentId: appointment.id, pointId: appointment.point.id, serviceId: appointment.service.id } };
      return dc.beginDialog(this.kind.bookingDialog, options);
    }
    state.stage = 'confirmCancel';
    return askChoice(dc, text('cancel.ask', { when: whenText(text, language, appointment.startsAt), service: appointment.service.name }), [
      { id: 'yes', label: text('cancel.yes') },
      { id: 'no', label: text('cancel.no') },
    ]);
  }
}
