// Report data in Italian words: category, status, place, reason, access time, source.
import { ACCESS_TIMES, COMMON_AREAS, REJECT_REASONS, REPORT_CATEGORIES, REPORT_SOURCES, REPORT_STATUSES } from '../../labels.js';

export const categoryName = (category) => REPORT_CATEGORIES[category] || category || '—';
export const reportStatusName = (status) => REPORT_STATUSES[status] || status || '—';
export const reasonName = (reason) => REJECT_REASONS[reason] || reason || '—';
export const accessName = (access) => ACCESS_TIMES[access] || access || '—';
export const sourceName = (source) => REPORT_SOURCES[source] || source || '—';

/** "Appartamento · scala B · piano 3 · interno 12" or "Parti comuni: Scale · scala A"; '' without a place. */
export function placeText(place) {
  if (!place || !place.kind) return '';
  const parts = [place.kind === 'common' ? `Parti comuni: ${COMMON_AREAS[place.commonArea] || place.commonArea || 'non indicate'}` : 'Appartamento'];
  if (place.staircase) parts.push(`scala ${place.staircase}`);
  if (place.floor) parts.push(`piano ${place.floor}`);
  if (place.flat) parts.push(`interno ${place.flat}`);
  return parts.join(' · ');
}
