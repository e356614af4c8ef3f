import type { TFunction } from 'i18next';
import { formatDay, formatTime } from '../../bot/i18n/format';
import type { Language } from '../../bot/i18n/languages';
import type { AppointmentView } from './healthDesk';

/** The day and time of an appointment in words, for the tenant. */
export function whenText(t: TFunction, language: Language, startsAt: Date): string {
  return t('health:when', { day: formatDay(startsAt, language), time: formatTime(startsAt, language) });
}

/** An appointment as the tenant reads it: service, when, where. */
export function appointmentLines(t: TFunction, language: Language, appointment: AppointmentView): string[] {
  return [
    appointment.service.name,
    `📅 ${whenText(t, language, appointment.startsAt)}`,
    `📍 ${appointment.point.name}, ${appointment.point.address}`,
    t('health:code', { code: appointment.code }),
  ];
}

/** The noon of a Milan date, for formatting a day that has no time yet. */
export function noonOf(date: string): Date {
  return new Date(`${date}T11:00:00Z`);
}
