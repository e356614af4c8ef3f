import type { TFunction } from 'i18next';
import { REPORT_CATEGORIES, type ReportStatus } from '../../../../../dialogs/maintenance/reportDesk';
import { creationNotice, statusNotes, toGeoReport, w3DateTime } from '../../../../../bot/http/open311/open311Mapping';
import { geoReportServices, serviceName } from '../../../../../bot/http/open311/open311Services';
import { createI18n } from '../../../../../bot/i18n/i18n';
import type { Open311Report } from '../../../../../bot/services/maintenance/open311Queries';

const report = (overrides: Partial<Open311Report> = {}): Open311Report => ({
  code: 'MI-2026-000042',
  category: 'lift',
  status: 'received',
  description: 'Ascensore fermo.',
  assignedTo: null,
  scheduledFor: null,
  rejectReason: null,
  duplicateOf: null,
  reopenCount: 0,
  createdAt: new Date('2026-01-15T12:00:00Z'),
  updatedAt: new Date('2026-07-15T12:00:05Z'),
  building: { code: 'GR-0001', address: 'Via dei Missaglia 51', latitude: 45.4135, longitude: 9.174 },
  ...overrides,
});

describe('Open311 mapping', () => {
  let t: TFunction;
  beforeAll(async () => {
    t = (await createI18n()).getFixedT('it');
  });

  it('writes date-times in Milan time with the offset of the day (winter and summer)', () => {
    expect(w3DateTime(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15T13:00:00+01:00');
    expect(w3DateTime(new Date('2026-07-15T12:00:05.900Z'))).toBe('2026-07-15T14:00:05+02:00');
    expect(w3DateTime(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01T00:30:00+01:00');
  });

  it.each<[ReportStatus, 'open' | 'closed']>([
    ['received', 'open'],
    ['assigned', 'open'],
    ['scheduled', 'open'],
    ['resolved', 'closed'],
    ['duplicate', 'closed'],
    ['rejected', 'closed'],
  ])('maps %s to %s', (status, expected) => {
    expect(toGeoReport(report({ status }), t).status).toBe(expected);
  });

  it('gives the building, the agency and the dates, and never a media_url', () => {
    const request = toGeoReport(report({ scheduledFor: new Date('2026-02-02T08:00:00Z') }), t);
    expect(request).toMatchObject({
      service_request_id: 'MI-2026-000042',
      service_code: 'lift',
      address: 'Via dei Missaglia 51, Milano',
      address_id: 'GR-0001',
      lat: 45.4135,
      long: 9.174,
      agency_responsible: 'ALER Milano',
      requested_datetime: '2026-01-15T13:00:00+01:00',
      updated_datetime: '2026-07-15T14:00:05+02:00',
      expected_datetime: '2026-02-02T09:00:00+01:00',
    });
    expect(request).not.toHaveProperty('media_url');
  });

  it('explains each status in Italian', () => {
    expect(statusNotes(report())).toBe('Ricevuta, in attesa di assegnazione.');
    expect(statusNotes(report({ reopenCount: 1 }))).toBe('Riaperta: il guasto non risulta risolto.');
    expect(statusNotes(report({ status: 'assigned', assignedTo: 'Ascensori Bianchi' }))).toBe('Assegnata a Ascensori Bianchi.');
    expect(statusNotes(report({ status: 'scheduled', scheduledFor: new Date('2026-02-02T08:00:00Z') }))).toMatch(/^Intervento programmato per lunedì 2 febbraio alle 09:00\.$/);
    expect(statusNotes(report({ status: 'scheduled' }))).toBe('Intervento programmato.');
    expect(statusNotes(report({ status: 'resolved' }))).toBe('Guasto risolto.');
    expect(statusNotes(report({ status: 'duplicate', duplicateOf: 'MI-2026-000007' }))).toBe('Duplicato della segnalazione MI-2026-000007.');
    expect(statusNotes(report({ status: 'rejected', rejectReason: 'not_aler' }))).toBe("Respinta: l'intervento non è di competenza di ALER Milano.");
    expect(statusNotes(report({ status: 'rejected', rejectReason: 'not_found' }))).toBe('Respinta: al sopralluogo il guasto non è stato riscontrato.');
    expect(statusNotes(report({ status: 'rejected', rejectReason: 'something new' }))).toBe('Respinta.');
  });

  it('names the new or joined report in the service notice', () => {
    expect(creationNotice('MI-2026-000042', false)).toContain('MI-2026-000042');
    expect(creationNotice('MI-2026-000042', true)).toMatch(/già stato segnalato.*MI-2026-000042/);
  });

  it('lists every category as a realtime service without metadata, named without the chat emoji', () => {
    const services = geoReportServices(t);
    expect(services.map((service) => service.service_code)).toEqual([...REPORT_CATEGORIES]);
    for (const service of services) {
      expect(service).toMatchObject({ metadata: false, type: 'realtime', group: 'manutenzione' });
      expect(service.service_name).toMatch(/^\p{L}/u);
      expect(t(`maintenance:category.${service.service_code}`)).toContain(service.service_name);
    }
  });

  it('takes only the leading emoji off a name', async () => {
    const names = { heating: '🌡️ Riscaldamento e acqua calda', other: '❓ Altro 2' };
    const fixed = (await createI18n({ it: { maintenance: { category: names } } })).getFixedT('it');
    expect(serviceName(fixed, 'heating')).toBe('Riscaldamento e acqua calda');
    expect(serviceName(fixed, 'other')).toBe('Altro 2');
  });
});
