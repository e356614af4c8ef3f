import type { TFunction } from 'i18next';
import type { TurnServices } from '../engine/turnServices';
import type { AppointmentView, BookingDesk } from './healthDesk';

/** The texts every kind of booking has, each under the kind's own prefix (its own words: "nurse", "centre"…). */
export const BOOKING_TEXT_KEYS = [
  'askDayNumbers', 'askDayWords', 'askNearest', 'askNote', 'askPoint', 'askService', 'askTime', 'booked', 'bring',
  'calendarHint', 'cancel.ask', 'cancel.done', 'cancel.failed', 'cancel.kept', 'cancel.no', 'cancel.yes',
  'cancelledByStaff', 'code', 'codeNotYours', 'confirm.ask', 'confirm.dropped', 'confirm.no', 'confirm.yes', 'day.full',
  'day.notUnderstood', 'day.past', 'day.tooFar', 'holdLost', 'limit.future', 'limit.sandbox', 'mine.ask', 'mine.cancel',
  'mine.move', 'mine.none', 'mine.title', 'move.intro', 'moved', 'noDays', 'ownPoint', 'reminder.cancel', 'reminder.come',
  'reminder.confirmed', 'reminder.stale', 'reminder.title', 'taken', 'when',
] as const;
export type BookingTextKey = (typeof BOOKING_TEXT_KEYS)[number];

/**
 * A kind of service point the one booking engine serves: the health points (community nurses) or the C.A.S.A.
 * centre desks (community managers). Its dialogs, its texts and its side of the appointment service.
 */
export interface BookingKind {
  readonly id: 'health' | 'centre';
  readonly bookingDialog: string;
  readonly appointmentsDialog: string;
  /** Where its texts are: every BookingTextKey exists under this prefix (test/unit/dialogs/health/bookingKinds.test.ts). */
  readonly texts: string;
  /** What to bring is shown before the confirmation too (the centre's documents checklist of the topic). */
  readonly bringBeforeConfirm: boolean;
  desk(services: TurnServices): BookingDesk;
}

export const HEALTH_BOOKING: BookingKind = {
  id: 'health',
  bookingDialog: 'health-booking',
  appointmentsDialog: 'health-appointments',
  texts: 'health:',
  bringBeforeConfirm: false,
  desk: (services) => services.health,
};

export const CENTRE_BOOKING: BookingKind = {
  id: 'centre',
  bookingDialog: 'centre-booking',
  appointmentsDialog: 'centre-appointments',
  texts: 'rent:booking.',
  bringBeforeConfirm: true,
  desk: (services) => services.centre,
};

export const BOOKING_KINDS: readonly BookingKind[] = [HEALTH_BOOKING, CENTRE_BOOKING];

export type BookingTexts = (key: BookingTextKey, options?: Record<string, unknown>) => string;

/** The kind's texts in the tenant's language. */
export function bookingTexts(kind: BookingKind, t: TFunction): BookingTexts {
  return (key, options) => t(`${kind.texts}${key}`, options ?? {});
}

export interface FoundAppointment {
  kind: BookingKind;
  appointment: AppointmentView;
}

/** The tenant's appointment, whichever its kind (a reminder's buttons and a typed code name only its number). */
export async function findAppointment(services: TurnServices, appointmentId: number, language: string): Promise<FoundAppointment | undefined> {
  for (const kind of BOOKING_KINDS) {
    const appointment = await kind.desk(services).appointment(services.tenant.id, appointmentId, language);
    if (appointment) return { kind, appointment };
  }
  return undefined;
}
