import type { TFunction } from 'i18next';
import { neighbourhoodLabel } from '../person/neighbourhoods';
import type { PrivacySummary, RetentionView } from './privacyDesk';

/** "What you keep about me": the tenant's data in a few lines, and how long each kind is kept. */
export function summaryText(t: TFunction, summary: PrivacySummary, retention: RetentionView): string {
  const unknown = t('privacy:summary.unknown');
  const days = (count: number) => t('privacy:days', { count });
  const months = (count: number) => t('privacy:months', { count });
  return [
    t('privacy:summary.intro'),
    t('privacy:summary.language', { value: summary.language ? t('language:name', { lng: summary.language }) : unknown }),
    t('privacy:summary.neighbourhood', { value: summary.neighbourhoodId ? neighbourhoodLabel(t, summary.neighbourhoodId) : unknown }),
    t('privacy:summary.address', { value: summary.address ?? unknown }),
    t('privacy:summary.reports', { number: summary.reports }),
    t('privacy:summary.appointments', { number: summary.appointments }),
    t('privacy:summary.requests', { number: summary.requests }),
    t('privacy:summary.consent', { value: t(summary.healthConsent ? 'privacy:summary.yes' : 'privacy:summary.no') }),
    '',
    t('privacy:summary.periods', {
      transcript: days(retention.transcriptDays),
      messages: months(retention.requestMessagesMonths),
      notes: months(retention.healthNotesMonths),
      photos: months(retention.photosMonths),
      inactive: months(retention.inactiveTenantMonths),
    }),
  ].join('\n');
}
