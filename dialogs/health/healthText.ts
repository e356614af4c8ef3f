import { formatDay, formatTime } from '../../bot/i18n/format';
import type { Language } from '../../bot/i18n/languages';
import type { BookingTexts } from './bookingKinds';
import type { AppointmentView } from './healthDesk';

/** The day and time of an appointment in words, for the tenant. */
export function whenText(text: BookingTexts, language: Language, startsAt: Date): string {
  return text('when', { day: formatDay(startsAt, language), time: formatTime(startsAt, language) });
}

/** An appointment as the tenant reads it: service, when, where. */
export function appointmentLines(text: BookingTexts, language: Language, appointment: AppointmentView): string[] {
  return [
    appointment.service.name,
    `📅 ${whenText(text, language, appointment.startsAt)}`,
    `📍 ${appointment.point.name}, ${appointment.point.address}`,
    text('code', { code: appointment.code }),
  ];
}

/** The noon of a Milan date, for formatting a day that has no time yet. */
export function noonOf(date: string): Date {
  return new Date(`${date}T11:00:00Z`);
}
