import { MessageFactory, type TurnContext } from 'botbuilder';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult, type FoundChoice } from 'botbuilder-dialogs';
import { formatShortDay, formatTime } from '../../bot/i18n/format';
import { SOURCE_LANGUAGE, type Language } from '../../bot/i18n/languages';
import type { DialogOutcome } from '../actions/actionRegistry';
import { askChoice, askInput } from '../engine/ask';
import { isNavigationResult } from '../engine/navigation';
import { isSkip } from '../engine/prompts';
import { turnServices } from '../engine/turnServices';
import { appointmentCalendar } from './calendarFile';
import { BOOKING_HORIZON_DAYS, HOLD_MINUTES, NOTE_LIMIT, type FreeSlot } from './healthDesk';
import { appointmentLines, noonOf, whenText } from './healthText';
import { parseTypedDate, todayInMilan, understandsDateWords } from './typedDate';

export const BOOKING_DIALOG = 'health-booking';
const DAY_BUTTONS = 6;
const TIME_BUTTONS = 24;

export interface BookingOptions {
  /** Moving an appointment: same point and service, the old place kept until the new one is confirmed. */
  moveFrom?: { appointmentId: number; pointId: string; serviceId: string };
}

type Stage = 'point' | 'service' | 'day' | 'time' | 'note' | 'confirm';

interface BookingState {
  stage: Stage;
  pointId?: string;
  serviceId?: string;
  day?: string;
  /** Slots offered as buttons (the day's, or the nearest after a lost race), as epoch milliseconds. */
  offered?: number[];
  appointmentId?: number;
  note?: string;
  moveFromId?: number;
}

/**
 * Booking with the community nurses: health point → service → day (buttons, or a typed date) → time →
 * optional note → summary → confirm. The place is held from the choice of the time until the confirmation,
 * and freed if the tenant goes back or away. Ends with the outcome "booked".
 */
export class BookingDialog extends Dialog<BookingOptions> {
  constructor() {
    super(BOOKING_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: BookingOptions): Promise<DialogTurnResult> {
    const state: BookingState = { stage: 'point' };
    dc.activeDialog!.state = state;
    if (options?.moveFrom) {
      Object.assign(state, { stage: 'day', pointId: options.moveFrom.pointId, serviceId: options.moveFrom.serviceId, moveFromId: options.moveFrom.appointmentId });
      await dc.context.sendActivity(MessageFactory.text(turnServices(dc.context).t('health:move.intro')));
    }
    return this.ask(dc, state);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as BookingState;
    if (isNavigationResult(result)) {
      await this.releaseHold(dc.context, state);
      return dc.endDialog(result);
    }
    const services = turnServices(dc.context);
    const { t, health } = services;
    const language = services.language ?? SOURCE_LANGUAGE;
    const chosen = (result as FoundChoice | undefined)?.value;
    switch (state.stage) {
      case 'point':
        state.pointId = chosen;
        return this.moveTo(dc, state, 'service');
      case 'service':
        state.serviceId = chosen;
        return this.moveTo(dc, state, 'day');
      case 'day':
        return this.onDay(dc, state, typeof result === 'string' ? result : '');
      case 'time': {
        const startsAt = Number(chosen?.slice(2));
        return this.onTime(dc, state, new Date(startsAt));
      }
      case 'note':
        state.note = isSkip(dc.context.activity) || typeof result !== 'string' ? undefined : result.trim();
        return this.moveTo(dc, state, 'confirm');
      case 'confirm': {
        if (chosen !== 'yes') {
          await this.releaseHold(dc.context, state);
          await dc.context.sendActivity(MessageFactory.text(t('health:confirm.dropped')));
          return dc.endDialog();
        }
        const booked = await health.confirm(state.appointmentId!, state.note, language);
        if (!booked) {
          state.appointmentId = undefined;
          await dc.context.sendActivity(MessageFactory.text(t('health:holdLost')));
          return this.moveTo(dc, state, 'day');
        }
        state.appointmentId = undefined;
        const lines = [t(state.moveFromId ? 'health:moved' : 'health:booked'), '', ...appointmentLines(t, language, booked), '', t('health:bring', { bring: booked.service.bring }), t('health:calendarHint')];
        await dc.context.sendActivity(MessageFactory.text(lines.join('\n')));
        const calendar = appointmentCalendar(booked, `${booked.service.name} – ${booked.point.name}`, t('health:bring', { bring: booked.service.bring }), new Date());
        await dc.context.sendActivity({ attachments: [{ contentType: 'text/calendar', contentUrl: `data:text/calendar;base64,${Buffer.from(calendar).toString('base64')}`, name: `${booked.code}.ics` }] });
        const outcome: DialogOutcome = { outcome: 'booked' };
        return dc.endDialog(outcome);
      }
    }
  }

  /** /cancel, /menu…: a held place is freed at once rather than when the hold runs out. */
  override async endDialog(context: TurnContext, instance: DialogInstance<BookingState>, reason: DialogReason): Promise<void> {
    if (reason === DialogReason.cancelCalled) await this.releaseHold(context, instance.state);
  }

  private async onDay(dc: DialogContext, state: BookingState, answer: string): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const { t } = services;
    const language = services.language ?? SOURCE_LANGUAGE;
    const today = todayInMilan();
    const day = answer.startsWith('d-') ? answer.slice(2) : parseTypedDate(answer, language, today);
    let problem: string | undefined;
    if (!day) problem = t('health:day.notUnderstood');
    else if (day < today) problem = t('health:day.past');
    else if (noonOf(day).getTime() - noonOf(today).getTime() > BOOKING_HORIZON_DAYS * 86_400_000) problem = t('health:day.tooFar', { count: BOOKING_HORIZON_DAYS });
    else if ((await services.health.freeSlots(state.pointId!, state.serviceId!, day)).length === 0) problem = t('health:day.full', { day: formatShortDay(noonOf(day), language) });
    if (problem) {
      await dc.context.sendActivity(MessageFactory.text(problem));
      return this.ask(dc, state);
    }
    state.day = day;
    return this.moveTo(dc, state, 'time');
  }

  private async onTime(dc: DialogContext, state: BookingState, startsAt: Date): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const { t, health, tenant } = services;
    const { activity } = dc.context;
    const who = { tenantId: tenant.id, language: services.language ?? SOURCE_LANGUAGE, channel: activity.channelId, conversationId: activity.conversation.id };
    const held = await health.hold(who, state.pointId!, state.serviceId!, startsAt, state.moveFromId);
    if (held.kind === 'held') {
      state.appointmentId = held.appointmentId;
      return this.moveTo(dc, state, 'note');
    }
    if (held.kind === 'limit') {
      await dc.context.sendActivity(MessageFactory.text(held.reason === 'future' ? t('health:limit.future', { max: held.max }) : t('health:limit.sandbox')));
      return dc.endDialog();
    }
    if (held.kind === 'taken' && held.nearest.length > 0) {
      await dc.context.sendActivity(MessageFactory.text(t('health:taken')));
      return this.askTimes(dc, state, held.nearest, true);
    }
    await dc.context.sendActivity(MessageFactory.text(t('health:day.full', { day: formatShortDay(startsAt, services.language ?? SOURCE_LANGUAGE) })));
    return this.moveTo(dc, state, 'day');
  }

  private moveTo(dc: DialogContext, state: BookingState, stage: Stage): Promise<DialogTurnResult> {
    state.stage = stage;
    return this.ask(dc, state);
  }

  private async ask(dc: DialogContext, state: BookingState): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const { t, health, tenant } = services;
    const language: Language = services.language ?? SOURCE_LANGUAGE;
    switch (state.stage) {
      case 'point': {
        const points = await health.points();
        const own = points.filter((point) => point.neighbourhoodId === tenant.neighbourhoodId);
        const ordered = [...own, ...points.filter((point) => !own.includes(point))];
        return askChoice(dc, t('health:askPoint'), ordered.map((point) => ({ id: point.id, label: own.includes(point) ? t('health:ownPoint', { name: point.name }) : point.name })));
      }
      case 'service': {
        const offered = await health.services(state.pointId!, language);
        return askChoice(dc, t('health:askService'), offered.map((service) => ({ id: service.id, label: service.name })));
      }
      case 'day': {
        const days = await health.freeDays(state.pointId!, state.serviceId!, DAY_BUTTONS);
        if (days.length === 0) {
          const point = (await health.points()).find((candidate) => candidate.id === state.pointId);
          await dc.context.sendActivity(MessageFactory.text(t('health:noDays', { phone: point?.phone ?? '' })));
          return dc.endDialog();
        }
        const hint = understandsDateWords(language) ? t('health:askDayWords') : t('health:askDayNumbers');
        return askInput(dc, 'text', hint, days.map((day) => ({ id: `d-${day}`, label: formatShortDay(noonOf(day), language) })), { maxLength: 60 }, { columns: 2 });
      }
      case 'time': {
        const slots = await health.freeSlots(state.pointId!, state.serviceId!, state.day!);
        return this.askTimes(dc, state, slots, false);
      }
      case 'note':
        return askInput(dc, 'text', t('health:askNote', { max: NOTE_LIMIT, minutes: HOLD_MINUTES }), [], { maxLength: NOTE_LIMIT, optional: true });
      case 'confirm':
        return askChoice(dc, t('health:confirm.ask'), [
          { id: 'yes', label: t('health:confirm.yes') },
          { id: 'no', label: t('health:confirm.no') },
        ]);
    }
  }

  private askTimes(dc: DialogContext, state: BookingState, slots: FreeSlot[], withDay: boolean): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const language = services.language ?? SOURCE_LANGUAGE;
    state.stage = 'time';
    const shown = slots.slice(0, TIME_BUTTONS);
    state.offered = shown.map((slot) => slot.startsAt.getTime());
    const label = (slot: FreeSlot) => (withDay ? whenText(services.t, language, slot.startsAt) : formatTime(slot.startsAt, language));
    const text = withDay ? services.t('health:askNearest') : services.t('health:askTime', { day: formatShortDay(noonOf(state.day!), language) });
    return askChoice(dc, text, shown.map((slot) => ({ id: `t-${slot.startsAt.getTime()}`, label: label(slot) })), { columns: withDay ? 1 : 3 });
  }

  private async releaseHold(context: TurnContext, state: BookingState): Promise<void> {
    if (state.appointmentId === undefined) return;
    await turnServices(context).health.release(state.appointmentId);
    state.appointmentId = undefined;
  }
}
