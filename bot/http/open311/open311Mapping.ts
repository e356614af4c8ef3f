import type { TFunction } from 'i18next';
import { OPEN_REPORT_STATUSES, REJECT_REASONS, type RejectReason } from '../../../dialogs/maintenance/reportDesk';
import { formatDay, formatTime, TIME_ZONE } from '../../i18n/format';
import type { Open311Report } from '../../services/maintenance/open311Queries';
import { serviceName } from './open311Services';

export const AGENCY = 'ALER Milano';
const CITY = 'Milano';

/** A service request as GeoReport v2 describes it. Deliberately no media_url: tenants' photos stay inside. */
export type GeoReportRequest = {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string;
  address_id: string;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
};

/** A report for an Open311 client; `t` gives the Italian category names. */
export function toGeoReport(report: Open311Report, t: TFunction): GeoReportRequest {
  return {
    service_request_id: report.code,
    status: OPEN_REPORT_STATUSES.includes(report.status) ? 'open' : 'closed',
    status_notes: statusNotes(report),
    service_name: serviceName(t, report.category),
    service_code: report.category,
    description: report.description,
    agency_responsible: AGENCY,
    service_notice: null,
    requested_datetime: w3DateTime(report.createdAt),
    updated_datetime: w3DateTime(report.updatedAt),
    expected_datetime: report.scheduledFor ? w3DateTime(report.scheduledFor) : null,
    address: `${report.building.address}, ${CITY}`,
    address_id: report.building.code,
    zipcode: null,
    lat: report.building.latitude,
    long: report.building.longitude,
  };
}

const REJECTED: Record<RejectReason, string> = {
  not_aler: "Respinta: l'intervento non è di competenza di ALER Milano.",
  tenant_duty: "Respinta: l'intervento è a carico dell'inquilino.",
  not_found: 'Respinta: al sopralluogo il guasto non è stato riscontrato.',
  other: 'Respinta.',
};

/** Why the request is in its status, in Italian (what the tenants' contractors read). */
export function statusNotes(report: Open311Report): string | null {
  const who = report.assignedTo;
  switch (report.status) {
    case 'received':
      return report.reopenCount > 0 ? 'Riaperta: il guasto non risulta risolto.' : 'Ricevuta, in attesa di assegnazione.';
    case 'assigned':
      return who ? `Assegnata a ${who}.` : 'Assegnata.';
    case 'scheduled': {
      const when = report.scheduledFor ? ` per ${formatDay(report.scheduledFor, 'it')} alle ${formatTime(report.scheduledFor, 'it')}` : '';
      return `Intervento programmato${when}${who ? ` (${who})` : ''}.`;
    }
    case 'resolved':
      return 'Guasto risolto.';
    case 'duplicate':
      return report.duplicateOf ? `Duplicato della segnalazione ${report.duplicateOf}.` : "Duplicato di un'altra segnalazione.";
    case 'rejected':
      return REJECTED[isRejectReason(report.rejectReason) ? report.rejectReason : 'other'];
  }
}

function isRejectReason(value: string | null): value is RejectReason {
  return (REJECT_REASONS as readonly (string | null)[]).includes(value);
}

const OFFSET_NAME = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** A date-time in the W3C profile of ISO 8601, in Milan time with its offset: "2026-11-28T14:03:00+01:00". */
export function w3DateTime(date: Date): string {
  const name = OFFSET_NAME.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + minutes * 60_000);
  return `${local.toISOString().slice(0, 19)}${offset ? `${offset[1]}${offset[2]}:${offset[3]}` : '+00:00'}`;
}

/** The service_notice of POST requests: a new report, or the open one of the same fault it joined. */
export function creationNotice(code: string, joined: boolean): string {
  return joined
    ? `Il guasto era già stato segnalato per questo stabile e categoria: la richiesta è stata unita alla segnalazione aperta ${code}.`
    : `Segnalazione ${code} registrata: ${AGENCY} la prenderà in carico.`;
}
