import type { Config } from '../../config/config';

/** How long each kind of personal data is kept; the settings RETENTION_*. */
export interface RetentionPeriods {
  transcriptDays: number;
  requestMessagesMonths: number;
  healthNotesMonths: number;
  photosMonths: number;
  inactiveTenantMonths: number;
}

export function retentionPeriodsOf(config: Config): RetentionPeriods {
  return {
    transcriptDays: config.RETENTION_TRANSCRIPT_DAYS,
    requestMessagesMonths: config.RETENTION_REQUEST_MESSAGES_MONTHS,
    healthNotesMonths: config.RETENTION_HEALTH_NOTES_MONTHS,
    photosMonths: config.RETENTION_PHOTOS_MONTHS,
    inactiveTenantMonths: config.RETENTION_INACTIVE_TENANT_MONTHS,
  };
}

/** The date `months` calendar months before `date`. */
export function monthsBefore(date: Date, months: number): Date {
  const earlier = new Date(date);
  earlier.setUTCMonth(earlier.getUTCMonth() - months);
  return earlier;
}

export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * 24 * 60 * 60 * 1000);
}

/** One line of the record of processing activities (GDPR art. 30). */
export interface ProcessingRecord {
  data: string;
  why: string;
  who: string;
  kept: string;
}

/** The record of processing, from the same settings the retention job applies (the README's table and the console's page). */
export function recordOfProcessing(periods: RetentionPeriods): ProcessingRecord[] {
  const inactive = `until the tenant erases it, or ${periods.inactiveTenantMonths} months after their last message`;
  return [
    { data: 'Profile: Telegram id, first name, language, neighbourhood, last address', why: 'to answer in the tenant\'s language and remember their address', who: 'community managers of the neighbourhood', kept: inactive },
    { data: 'Conversation with the bot (transcript)', why: 'so the manager who takes a chat knows what happened before', who: 'community managers', kept: `${periods.transcriptDays} days` },
    { data: 'Requests to talk to a person and their messages', why: 'to answer the tenant', who: 'community managers of the neighbourhood', kept: `messages ${periods.requestMessagesMonths} months after the request is closed; the request's facts (topic, dates, rating) with no one attached after that` },
    { data: 'Maintenance reports: description, flat, answers (with the number to call first)', why: 'to repair the fault and tell the tenant', who: 'ALER staff and contractors (Open311 key holders see the description)', kept: 'while the tenant is known; the report stays as a fact about the building without them' },
    { data: 'Photos and voice notes of reports', why: 'to understand the fault', who: 'ALER staff', kept: `${periods.photosMonths} months after the report is closed` },
    { data: 'Health appointments and notes (special category, art. 9, with consent)', why: 'to book with the community nurses', who: 'the nurses of the health point', kept: `notes ${periods.healthNotesMonths} months after the appointment; on withdrawal or erasure only anonymous counts` },
    { data: 'Discreet path (call-backs, partner chats)', why: 'to put a person in danger in touch with a partner', who: 'partner operators only', kept: 'sealed; call-backs 7 days, chats a day after the last message; never tied to the tenant' },
    { data: 'Staff audit log', why: 'accountability of staff actions', who: 'admins, partner leads', kept: 'append-only, no content; an erasure is recorded without who the tenant was' },
  ];
}

/** The record as a Markdown table (the README carries it; a test keeps the two equal). */
export function recordTable(periods: RetentionPeriods): string {
  const rows = recordOfProcessing(periods).map((row) => `| ${row.data} | ${row.why} | ${row.who} | ${row.kept} |`);
  return ['| data | why | who sees it | how long |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
