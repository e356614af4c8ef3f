import type { TFunction } from 'i18next';
import { formatDay, formatTime } from '../../bot/i18n/format';
import type { Language } from '../../bot/i18n/languages';
import type { BuildingView, ReportPlace, ReportSummary } from './reportDesk';

/** Where the fault is, in words: "Via Preneste 5, scala B, piano 3, interno 12" or "…, cortile". */
export function placeText(t: TFunction, building: Pick<BuildingView, 'address'>, place: Omit<ReportPlace, 'buildingId'>): string {
  const parts = [building.address];
  if (place.staircase) parts.push(t('maintenance:place.staircaseName', { name: place.staircase }));
  if (place.kind === 'common') parts.push(t(`maintenance:area.${place.commonArea ?? 'other'}`));
  else {
    if (place.floor !== undefined) parts.push(place.floor === '0' ? t('maintenance:place.groundFloor') : t('maintenance:place.floorName', { floor: place.floor }));
    if (place.flat) parts.push(t('maintenance:place.flatName', { flat: place.flat }));
  }
  return parts.join(', ');
}

export function statusText(t: TFunction, language: Language, report: Pick<ReportSummary, 'status' | 'scheduledFor'>): string {
  if (report.status === 'scheduled' && report.scheduledFor) {
    return t('maintenance:status.scheduledOn', { day: formatDay(report.scheduledFor, language), time: formatTime(report.scheduledFor, language) });
  }
  return t(`maintenance:status.${report.status}`);
}

/** A report as the tenant sees it in "My reports" and when typing its code. */
export function reportCard(t: TFunction, language: Language, report: ReportSummary): string {
  return [
    `📄 ${report.code}`,
    `${t(`maintenance:category.${report.category}`)} · ${report.address}`,
    t('maintenance:card.status', { status: statusText(t, language, report) }),
    t('maintenance:card.since', { day: formatDay(report.createdAt, language) }),
    t('maintenance:card.reporters', { count: report.reporters }),
  ].join('\n');
}
