import { MessageFactory, type TurnContext } from 'botbuilder';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult, type FoundChoice } from 'botbuilder-dialogs';
import { formatNumericDay, formatShortDay, formatTime } from '../../bot/i18n/format';
import { SOURCE_LANGUAGE, type Language } from '../../bot/i18n/languages';
import type { DialogOutcome } from '../actions/actionRegistry';
import { askChoice, askInput } from '../engine/ask';
import { isNavigationResult } from '../engine/navigation';
import { isSkip } from '../engine/prompts';
import { turnServices } from '../engine/turnServices';
import { bookingTexts, HEALTH_BOOKING, type BookingKind } from './bookingKinds';
import { appointmentCalendar } from './calendarFile';
import { BOOKING_HORIZON_DAYS, HOLD_MINUTES, NOTE_LIMIT, type FreeSlot } from './healthDesk';
import { appointmentLines, noonOf, whenText } from './healthText';
import { parseTypedDate, todayInMilan, understandsDateWords } from '../../bot/i18n/typedDate';

export const BOOKING_DIALOG = HEALTH_BOOKING.bookingDialog;
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
 * Booking at a service point of one kind (a health point with the community nurses, a C.A.S.A. centre desk with
 * the community managers): point → service → day (buttons, or a typed date) → time → optional note → summary →
 * confirm. The place is held from the choice of the time until the confirmation, and freed if the tenant goes
 * back or away. Ends with the outcome "booked".
 */
export class BookingDialog extends Dialog<BookingOptions> {
  constructor(private readonly kind: BookingKind = HEALTH_BOOKING) {
    super(kind.bookingDialog);
  }

  override async beginDialog(dc: DialogContext, options?: BookingOptions): Promise<DialogTurnResult> {
    const state: BookingState = { stage: 'point' };
    dc.activeDialog!.state = state;
    if (options?.moveFrom) {
      Object.assign(state, { stage: 'day', pointId: options.moveFrom.pointId, serviceId: options.moveFrom.serviceId, moveFromId: options.moveFrom.appointmentId });
      await dc.context.sendActivity(MessageFactory.text(this.texts(dc.context)('move.intro')));
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
    const text = this.texts(dc.context);
    const desk = this.kind.desk(services);
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
          await dc.context.sendActivity(MessageFactory.text(text('confirm.dropped')));
          return dc.endDialog();
        }
        const booked = await desk.confirm(state.appointmentId!, state.note, language);
        if (!booked) {
          state.appointmentId = undefined;
          await dc.context.sendActivity(MessageFactory.text(text('holdLost')));
          return this.moveTo(dc, state, 'day');
        }
        state.appointmentId = undefined;
        const lines = [text(state.moveFromId ? 'moved' : 'booked'), '', ...appointmentLines(text, language, booked), '', text('bring', { bring: booked.service.bring }), text('calendarHint')];
        await dc.context.sendActivity(MessageFactory.text(lines.join('\n')));
        const calendar = appointmentCalendar(booked, `${booked.service.name} – ${booked.point.name}`, text('bring', { bring: booked.service.bring }), new Date());
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

  private texts(context: TurnContext) {
    return bookingTexts(this.kind, turnServices(context).t);
  }

  private async onDay(dc: DialogContext, state: BookingState, answer: string): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const text = this.texts(dc.context);
    const language = services.language ?? SOURCE_LANGUAGE;
    const today = todayInMilan();
    const day = answer.startsWith('d-') ? answer.slice(2) : parseTypedDate(answer, language, today);
    let problem: string | undefined;
    if (!day) problem = text('day.notUnderstood');
    else if (day < today) problem = text('day.past');
    else if (noonOf(day).getTime() - noonOf(today).getTime() > BOOKING_HORIZON_DAYS * 86_400_000) problem = text('day.tooFar', { count: BOOKING_HORIZON_DAYS });
    else if ((await this.kind.desk(services).freeSlots(state.pointId!, state.serviceId!, day)).length === 0) problem = text('day.full', { day: formatShortDay(noonOf(day), language) });
    if (problem) {
      await dc.context.sendActivity(MessageFactory.text(problem));
      return this.ask(dc, state);
    }
    state.day = day;
    return this.moveTo(dc, state, 'time');
  }

  private async onTime(dc: DialogContext, state: BookingState, startsAt: Date): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const text = this.texts(dc.context);
    const { activity } = dc.context;
    const who = { tenantId: services.tenant.id, language: services.language ?? SOURCE_LANGUAGE, channel: activity.channelId, conversationId: activity.conversation.id };
    const held = await this.kind.desk(services).hold(who, state.pointId!, state.serviceId!, startsAt, state.moveFromId);
    if (held.kind === 'held') {
      state.appointmentId = held.appointmentId;
      return this.moveTo(dc, state, 'note');
    }
    if (held.kind === 'limit') {
      await dc.context.sendActivity(MessageFactory.text(held.reason === 'future' ? text('limit.future', { max: held.max }) : text('limit.sandbox')));
      return dc.endDialog();
    }
    if (held.kind === 'taken' && held.nearest.length > 0) {
      await dc.context.sendActivity(MessageFactory.text(text('taken')));
      return this.askTimes(dc, state, held.nearest, true);
    }
    await dc.context.sendActivity(MessageFactory.text(text('day.full', { day: formatShortDay(startsAt, services.language ?? SOURCE_LANGUAGE) })));
    return this.moveTo(dc, state, 'day');
  }

  private moveTo(dc: DialogContext, state: BookingState, stage: Stage): Promise<DialogTurnResult> {
    state.stage = stage;
    return this.ask(dc, state);
  }

  private async ask(dc: DialogContext, state: BookingState): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const text = this.texts(dc.context);
    const desk = this.kind.desk(services);
    const language: Language = services.language ?? SOURCE_LANGUAGE;
    switch (state.stage) {
      case 'point': {
        const points = await desk.points(language);
        const own = points.filter((point) => point.neighbourhoodId === services.tenant.neighbourhoodId);
        const ordered = [...own, ...points.filter((point) => !own.includes(point))];
        return askChoice(dc, text('askPoint'), ordered.map((point) => ({ id: point.id, label: own.includes(point) ? text('ownPoint', { name: point.name }) : point.name })));
      }
      case 'service': {
        const offered = await desk.services(state.pointId!, language);
        return askChoice(dc, text('askService'), offered.map((service) => ({ id: service.id, label: service.name })));
      }
      case 'day': {
        const days = await desk.freeDays(state.pointId!, state.serviceId!, DAY_BUTTONS);
        if (days.length === 0) {
          const point = (await desk.points(language)).find((candidate) => candidate.id === state.pointId);
          await dc.context.sendActivity(MessageFactory.text(text('noDays', { phone: point?.phone ?? '' })));
          return dc.endDialog();
        }
        // The example is a day the tenant could really book, not a fixed date that may have passed.
        const example = formatNumericDay(noonOf(days[0]!));
        const hint = understandsDateWords(language) ? text('askDayWords', { example }) : text('askDayNumbers', { example });
        return askInput(dc, 'text', hint, days.map((day) => ({ id: `d-${day}`, label: formatShortDay(noonOf(day), language) })), { maxLength: 60 }, { columns: 2 });
      }
      case 'time': {
        const slots = await desk.freeSlots(state.pointId!, state.serviceId!, state.day!);
        return this.askTimes(dc, state, slots, false);
      }
      case 'note':
        return askInput(dc, 'text', text('askNote', { max: NOTE_LIMIT, minutes: HOLD_MINUTES }), [], { maxLength: NOTE_LIMIT, optional: true });
      case 'confirm': {
        const service = this.kind.bringBeforeConfirm ? (await desk.services(state.pointId!, language)).find((offered) => offered.id === state.serviceId) : undefined;
        const question = service ? `${text('bring', { bring: service.bring })}\n\n${text('confirm.ask')}` : text('confirm.ask');
        return askChoice(dc, question, [
          { id: 'yes', label: text('confirm.yes') },
          { id: 'no', label: text('confirm.no') },
        ]);
      }
    }
  }

  private askTimes(dc: DialogContext, state: BookingState, slots: FreeSlot[], withDay: boolean): Promise<DialogTurnResult> {
    const services = turnServices(dc.context);
    const text = this.texts(dc.context);
    const language = services.language ?? SOURCE_LANGUAGE;
    state.stage = 'time';
    const shown = slots.slice(0, TIME_BUTTONS);
    state.offered = shown.map((slot) => slot.startsAt.getTime());
    const label = (slot: FreeSlot) => (withDay ? whenText(text, language, slot.startsAt) : formatTime(slot.startsAt, language));
    const question = withDay ? text('askNearest') : text('askTime', { day: formatShortDay(noonOf(state.day!), language) });
    return askChoice(dc, question, shown.map((slot) => ({ id: `t-${slot.startsAt.getTime()}`, label: label(slot) })), { columns: withDay ? 1 : 3 });
  }

  private async releaseHold(context: TurnContext, state: BookingState): Promise<void> {
    if (state.appointmentId === undefined) return;
    await this.kind.desk(turnServices(context)).release(state.appointmentId);
    state.appointmentId = undefined;
  }
}
