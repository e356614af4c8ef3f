import pino from 'pino';
import type { TFunction } from 'i18next';
import { REPORT_CATEGORIES, parseReportCode } from '../../../dialogs/maintenance/reportDesk';
import { createI18n } from '../../../bot/i18n/i18n';
import { ApiKeys } from '../../../bot/services/maintenance/apiKeys';
import { ReportNotifier } from '../../../bot/services/maintenance/reportNotifier';
import { ReportWorkflow } from '../../../bot/services/maintenance/reportWorkflow';
import type { StaffIdentity } from '../../../bot/services/staff/permissions';
import { ConversationGateway } from '../../../bot/turn/conversationGateway';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import type { Provider } from '../../support/testDatabase';

interface Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: string;
  keywords: string;
  group: string;
}
interface Created {
  service_request_id: string;
  service_notice: string;
  account_id: null;
}
interface ServiceRequest {
  service_request_id: string;
  status: string;
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string;
  address_id: string;
  lat: number | null;
  long: number | null;
}
interface GeoError {
  code: number;
  description: string;
}
interface Answer<T> {
  status: number;
  type: string;
  body: T;
}

const W3_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const STAFF: StaffIdentity = { id: 'staff-open311-test', name: 'Test', role: 'admin', neighbourhoodIds: [] };

describe.each<Provider>(['sqlite', 'postgresql'])('the Open311 GeoReport v2 API on %s', (provider) => {
  let bot: BotUnderTest;
  let base: string;
  let key: string;
  let keyId: string;
  let apiKeys: ApiKeys;
  let workflow: ReportWorkflow;
  let t: TFunction;

  // Each block below takes a key of its own, so no key comes near the limit of 120 requests a minute.
  beforeAll(async () => {
    bot = await startBotUnderTest({ provider });
    base = `http://127.0.0.1:${bot.app.port}/open311/v2`;
    apiKeys = new ApiKeys(bot.app.db);
    ({ key, id: keyId } = await apiKeys.create('Impresa Rossi'));
    workflow = new ReportWorkflow(bot.app.db, new ReportNotifier(bot.app.db, new ConversationGateway(), pino({ level: 'silent' })));
    t = (await createI18n()).getFixedT('it');
    // Starting on PostgreSQL (migrations through the Prisma CLI) can take long on a busy 2-core machine.
  }, 120_000);
  afterAll(() => bot.stop());

  async function answer<T>(response: Response): Promise<Answer<T>> {
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, type, body: (type.includes('json') ? JSON.parse(text) : text) as T };
  }

  /** GET path?params, with the test's api_key unless the params say otherwise. */
  async function get<T>(path: string, params: Record<string, string> = {}): Promise<Answer<T>> {
    const query = new URLSearchParams({ api_key: key, ...params });
    return answer<T>(await fetch(`${base}${path}?${query}`));
  }

  /** POST requests.<format> as the spec's form, or as JSON. */
  async function post<T>(fields: Record<string, string | number>, options: { json?: boolean; format?: string } = {}): Promise<Answer<T>> {
    const body = options.json
      ? JSON.stringify(fields)
      : new URLSearchParams(Object.entries(fields).map(([name, value]) => [name, String(value)])).toString();
    const contentType = options.json ? 'application/json' : 'application/x-www-form-urlencoded; charset=utf-8';
    return answer<T>(await fetch(`${base}/requests.${options.format ?? 'json'}`, { method: 'POST', headers: { 'content-type': contentType }, body }));
  }

  async function create(fields: Record<string, string | number>, options: { json?: boolean } = {}): Promise<string> {
    const created = await post<Created[]>({ api_key: key, ...fields }, options);
    if (created.status !== 201) throw new Error(`expected 201, got ${created.status} ${JSON.stringify(created.body)}`);
    return created.body[0]!.service_request_id;
  }

  async function one(code: string): Promise<ServiceRequest> {
    const found = await get<ServiceRequest[]>(`/requests/${code}.json`);
    expect(found.status).toBe(200);
    expect(found.body).toHaveLength(1);
    return found.body[0]!;
  }

  const idOf = (code: string) => parseReportCode(code)!.id;
  /** The category's Italian name without the emoji the chat buttons start with. */
  const plainName = (category: string) => t(`maintenance:category.${category}`).replace(/^[^\p{L}]+/u, '');
  const reportCount = () => bot.app.db.maintenanceReport.count();

  describe('services', () => {
    it('lists the ten categories with their Italian names, without an api_key', async () => {
      const services = await answer<Service[]>(await fetch(`${base}/services.json`));
      expect(services.status).toBe(200);
      expect(services.type).toMatch(/^application\/json/);
      expect(services.body.map((service) => service.service_code)).toEqual([...REPORT_CATEGORIES]);
      for (const service of services.body) {
        expect(service).toMatchObject({ service_name: plainName(service.service_code), metadata: false, type: 'realtime', group: 'manutenzione' });
        expect(service.service_name).toMatch(/^\p{Lu}/u);
        expect(service.description.length).toBeGreaterThan(0);
        expect(service.keywords.split(', ').length).toBeGreaterThan(0);
      }
    });

    it('answers in XML too, with the XML declaration', async () => {
      const services = await answer<string>(await fetch(`${base}/services.xml`));
      expect(services.status).toBe(200);
      expect(services.type).toMatch(/^text\/xml/);
      expect(services.body.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<services><service><service_code>water</service_code>')).toBe(true);
      expect(services.body.match(/<service>/g)).toHaveLength(REPORT_CATEGORIES.length);
    });
  });

  describe('making and reading requests', () => {
    it('makes a report from the spec form with address_id, keeping no personal field', async () => {
      const created = await post<Created[]>({
        api_key: key,
        service_code: 'lift',
        address_id: 'GR-0001',
        description: "L'ascensore della scala B è fermo al terzo piano.",
        first_name: 'Mario',
        last_name: 'Bianchi',
        email: 'mario.bianchi@example.com',
        phone: '+39 333 1234567',
        media_url: 'https://example.com/photo.jpg',
        'attribute[floor]': '3',
      });
      expect(created.status).toBe(201);
      expect(created.body).toEqual([{ service_request_id: expect.stringMatching(/^MI-\d{4}-\d{6}$/), service_notice: expect.any(String), account_id: null }]);
      const code = created.body[0]!.service_request_id;
      expect(created.body[0]!.service_notice).toContain(code);

      const row = await bot.app.db.maintenanceReport.findUniqueOrThrow({ where: { id: idOf(code) }, include: { reporters: true, files: true, building: true } });
      expect(row).toMatchObject({ source: 'open311', apiKeyId: keyId, place: 'common', category: 'lift', status: 'received', description: "L'ascensore della scala B è fermo al terzo piano." });
      expect(row.building.code).toBe('GR-0001');
      expect(row.reporters).toEqual([]);
      expect(row.files).toEqual([]);
      const stored = JSON.stringify(await bot.app.db.maintenanceReport.findMany({ include: { events: true } }));
      for (const personal of ['Mario', 'Bianchi', 'mario.bianchi@example.com', '333 1234567', 'photo.jpg']) expect(stored).not.toContain(personal);

      const request = await one(code);
      expect(request).toEqual({
        service_request_id: code,
        status: 'open',
        status_notes: expect.any(String),
        service_name: plainName('lift'),
        service_code: 'lift',
        description: "L'ascensore della scala B è fermo al terzo piano.",
        agency_responsible: 'ALER Milano',
        service_notice: null,
        requested_datetime: expect.stringMatching(W3_WITH_OFFSET),
        updated_datetime: expect.stringMatching(W3_WITH_OFFSET),
        expected_datetime: null,
        address: 'Via dei Missaglia 51, Milano',
        address_id: 'GR-0001',
        zipcode: null,
        lat: 45.4135,
        long: 9.174,
      });
      expect(Date.parse(request.requested_datetime)).toBe(Math.floor(row.createdAt.getTime() / 1000) * 1000);
    });

    it('makes a report from JSON with lat/long, in the nearest building within 150 m', async () => {
      // About 35 m north of GR-0002 (Via Costantino Baroni 79, 45.4117, 9.1762).
      const code = await create({ service_code: 'intercom', lat: 45.4120, long: 9.1762, description: 'Il citofono non suona.' }, { json: true });
      const request = await one(code);
      expect(request).toMatchObject({ address_id: 'GR-0002', address: 'Via Costantino Baroni 79, Milano', service_code: 'intercom', status: 'open' });
    });

    it('reads lat/long sent as form text', async () => {
      const code = await create({ service_code: 'damp', lat: '45.4381', long: '9.2186', description: 'Muffa sul soffitto del pianerottolo.' });
      expect((await one(code)).address_id).toBe('MZ-0001');
    });

    it('refuses a point farther than 150 m from every building, writing nothing', async () => {
      const before = await reportCount();
      const refused = await post<GeoError[]>({ api_key: key, service_code: 'water', lat: 45.5, long: 9.3, description: 'Perdita in cortile.' });
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual([{ code: 400, description: expect.stringContaining('150 m') }]);
      expect(await reportCount()).toBe(before);
    });

    it('joins the open report of the same building and category: one report, the same id', async () => {
      const first = await post<Created[]>({ api_key: key, service_code: 'heating', address_id: 'SS-0001', description: 'Termosifoni freddi in tutta la scala A.' });
      const second = await post<Created[]>({ api_key: key, service_code: 'heating', address_id: 'SS-0001', description: 'Anche la scala C è senza riscaldamento.' });
      expect(first.status).toBe(201);
      expect(second.status).toBe(200);
      expect(second.body[0]!.service_request_id).toBe(first.body[0]!.service_request_id);
      const building = await bot.app.db.building.findUniqueOrThrow({ where: { code: 'SS-0001' } });
      expect(await bot.app.db.maintenanceReport.count({ where: { buildingId: building.id, category: 'heating' } })).toBe(1);
    });

    it('answers a POST to requests.xml in XML', async () => {
      const created = await post<string>({ api_key: key, service_code: 'pests', address_id: 'MC-0001', description: 'Topi in cantina.' }, { format: 'xml' });
      expect(created.status).toBe(201);
      expect(created.type).toMatch(/^text\/xml/);
      expect(created.body).toMatch(/<service_requests><request><service_request_id>MI-\d{4}-\d{6}<\/service_request_id><service_notice>[^<]+<\/service_notice><account_id\/><\/request><\/service_requests>/);
    });
  });

  describe('searching requests', () => {
    let water: string;
    let doors: string;

    beforeAll(async () => {
      key = (await apiKeys.create('Impresa Verdi')).key;
      water = await create({ service_code: 'water', address_id: 'GR-0003', description: 'Perdita dal soffitto del box.' });
      doors = await create({ service_code: 'doors', address_id: 'GR-0003', description: 'Il portone non si chiude.' });
    });

    const codesOf = (requests: ServiceRequest[]) => requests.map((request) => request.service_request_id);

    it('lists the last 90 days by default, newest first', async () => {
      const list = await get<ServiceRequest[]>('/requests.json');
      expect(list.status).toBe(200);
      const codes = codesOf(list.body);
      expect(codes).toEqual(expect.arrayContaining([water, doors]));
      expect(codes.indexOf(doors)).toBeLessThan(codes.indexOf(water));
    });

    it('filters by service_code (comma delimited)', async () => {
      const onlyWater = codesOf((await get<ServiceRequest[]>('/requests.json', { service_code: 'water' })).body);
      expect(onlyWater).toContain(water);
      expect(onlyWater).not.toContain(doors);
      const both = codesOf((await get<ServiceRequest[]>('/requests.json', { service_code: 'water,doors' })).body);
      expect(both).toEqual(expect.arrayContaining([water, doors]));
    });

    it('finds requests by service_request_id, which overrides the other filters', async () => {
      const list = await get<ServiceRequest[]>('/requests.json', { service_request_id: `${water},${doors}`, service_code: 'lift', status: 'closed' });
      expect(codesOf(list.body).sort()).toEqual([water, doors].sort());
    });

    it('filters by start_date and end_date, with an offset', async () => {
      const old = await get<ServiceRequest[]>('/requests.json', { start_date: '2020-01-01T00:00:00+01:00', end_date: '2020-03-01T00:00:00+01:00' });
      expect(old).toMatchObject({ status: 200, body: [] });
      const recent = await get<ServiceRequest[]>('/requests.json', { start_date: new Date(Date.now() - 24 * 3600_000).toISOString() });
      expect(codesOf(recent.body)).toEqual(expect.arrayContaining([water, doors]));
    });

    it('maps every status to open or closed, with Italian status notes', async () => {
      await workflow.change(STAFF, idOf(doors), { status: 'duplicate', duplicateOf: water });
      expect(await one(doors)).toMatchObject({ status: 'closed', status_notes: `Duplicato della segnalazione ${water}.` });

      const id = idOf(water);
      expect(await one(water)).toMatchObject({ status: 'open', status_notes: 'Ricevuta, in attesa di assegnazione.' });
      await workflow.change(STAFF, id, { status: 'assigned', assignedTo: 'Idraulica Verdi' });
      expect(await one(water)).toMatchObject({ status: 'open', status_notes: 'Assegnata a Idraulica Verdi.' });

      const visit = new Date('2030-03-04T08:30:00Z');
      await workflow.change(STAFF, id, { status: 'scheduled', scheduledFor: visit });
      const scheduled = await one(water);
      expect(scheduled).toMatchObject({ status: 'open', status_notes: expect.stringMatching(/^Intervento programmato per .+ alle 09:30 \(Idraulica Verdi\)\.$/) });
      expect(scheduled.expected_datetime).toBe('2030-03-04T09:30:00+01:00');

      await workflow.change(STAFF, id, { status: 'rejected', reason: 'tenant_duty' });
      expect(await one(water)).toMatchObject({ status: 'closed', status_notes: "Respinta: l'intervento è a carico dell'inquilino." });
      expect(codesOf((await get<ServiceRequest[]>('/requests.json', { status: 'closed' })).body)).toEqual(expect.arrayContaining([water, doors]));
      expect(codesOf((await get<ServiceRequest[]>('/requests.json', { status: 'open' })).body)).not.toContain(water);
      expect(codesOf((await get<ServiceRequest[]>('/requests.json', { status: 'open,closed' })).body)).toContain(water);

      await workflow.change(STAFF, id, { status: 'received' });
      expect(await one(water)).toMatchObject({ status: 'open', status_notes: 'Riaperta: il guasto non risulta risolto.' });
      await workflow.change(STAFF, id, { status: 'resolved' });
      expect(await one(water)).toMatchObject({ status: 'closed', status_notes: 'Guasto risolto.' });
    });

    it('opens a new report once the earlier one of the same fault is closed', async () => {
      const again = await post<Created[]>({ api_key: key, service_code: 'water', address_id: 'GR-0003', description: 'La perdita è ricominciata.' });
      expect(again.status).toBe(201);
      expect(again.body[0]!.service_request_id).not.toBe(water);
    });

    it('answers one request in XML', async () => {
      const xml = await get<string>(`/requests/${doors}.xml`);
      expect(xml.status).toBe(200);
      expect(xml.body).toContain(`<service_requests><request><service_request_id>${doors}</service_request_id><status>closed</status>`);
      expect(xml.body).toContain('<address_id>GR-0003</address_id>');
    });
  });

  describe('keys and errors', () => {
    beforeAll(async () => {
      key = (await apiKeys.create('Impresa Gialli')).key;
    });

    it('refuses every request endpoint without a valid api_key (403), in the GeoReport error format', async () => {
      const revoked = await apiKeys.create('Impresa chiusa');
      await apiKeys.revoke(revoked.id);
      for (const apiKey of ['', 'casa_not-a-real-key', revoked.key]) {
        const list = await get<GeoError[]>('/requests.json', { api_key: apiKey });
        expect(list).toMatchObject({ status: 403, body: [{ code: 403, description: expect.stringMatching(/api_key/) }] });
        expect(list.type).toMatch(/^application\/json/);
      }
      const code = await create({ service_code: 'other', address_id: 'SS-0002', description: 'Vetro rotto nel portone.' });
      expect((await get<GeoError[]>(`/requests/${code}.json`, { api_key: revoked.key })).status).toBe(403);
      expect((await get<ServiceRequest[]>(`/requests/${code}.json`)).status).toBe(200);

      const before = await reportCount();
      const post403 = await post<GeoError[]>({ api_key: revoked.key, service_code: 'other', address_id: 'SS-0003', description: 'Vetro rotto.' });
      expect(post403).toMatchObject({ status: 403, body: [{ code: 403 }] });
      expect(await reportCount()).toBe(before);
    });

    it('answers errors in XML for .xml resources', async () => {
      const refused = await answer<string>(await fetch(`${base}/requests.xml`));
      expect(refused.status).toBe(403);
      expect(refused.type).toMatch(/^text\/xml/);
      expect(refused.body).toMatch(/<errors><error><code>403<\/code><description>[^<]*api_key[^<]*<\/description><\/error><\/errors>/);
    });

    it.each<[string, Record<string, string | number>, RegExp]>([
      ['an unknown service_code', { service_code: 'graffiti', address_id: 'GR-0001', description: 'x' }, /service_code/],
      ['no service_code', { address_id: 'GR-0001', description: 'x' }, /service_code/],
      ['an unknown address_id', { service_code: 'water', address_id: 'XX-9999', description: 'x' }, /XX-9999/],
      ['no location', { service_code: 'water', description: 'Perdita.' }, /location/],
      ['lat without long', { service_code: 'water', lat: 45.4135, description: 'Perdita.' }, /lat, long/],
      ['address_string only', { service_code: 'water', address_string: 'Via dei Missaglia 51', description: 'Perdita.' }, /address_string/],
      ['a latitude out of range', { service_code: 'water', lat: 145, long: 9.17, description: 'Perdita.' }, /lat/],
      ['a latitude that is no number', { service_code: 'water', lat: 'north', long: 9.17, description: 'Perdita.' }, /lat/],
      ['no description', { service_code: 'water', address_id: 'GR-0001' }, /description/],
      ['a blank description', { service_code: 'water', address_id: 'GR-0001', description: '   ' }, /description/],
      ['a description over 4000 characters', { service_code: 'water', address_id: 'GR-0001', description: 'a'.repeat(4001) }, /4000/],
    ])('refuses a POST with %s (400), writing nothing', async (_case, fields, description) => {
      const before = await reportCount();
      const refused = await post<GeoError[]>({ api_key: key, ...fields });
      expect(refused).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringMatching(description) }] });
      expect(await reportCount()).toBe(before);
    });

    it('refuses a malformed JSON body and an unsupported content type (400)', async () => {
      const malformed = await answer<GeoError[]>(await fetch(`${base}/requests.json`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"api_key": "x", ' }));
      expect(malformed).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringMatching(/JSON/) }] });
      const xml = await answer<GeoError[]>(await fetch(`${base}/requests.json`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<request/>' }));
      expect(xml).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringMatching(/content type/) }] });
      const text = await answer<GeoError[]>(await fetch(`${base}/requests.json?api_key=${key}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }));
      expect(text).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringMatching(/form .* or a JSON object/) }] });
      const array = await answer<GeoError[]>(await fetch(`${base}/requests.json?api_key=${key}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' }));
      expect(array).toMatchObject({ status: 400, body: [{ code: 400 }] });
    });

    it.each<[string, Record<string, string>, RegExp]>([
      ['a date without a time zone', { start_date: '2026-01-01T00:00:00' }, /start_date/],
      ['a date that is no date', { end_date: 'yesterday' }, /end_date/],
      ['end_date before start_date', { start_date: '2026-02-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' }, /start_date/],
      ['a range over 90 days', { start_date: '2026-01-01T00:00:00Z', end_date: '2026-06-01T00:00:00Z' }, /90 days/],
      ['an unknown status', { status: 'pending' }, /status/],
      ['an unknown service_code', { service_code: 'water,graffiti' }, /graffiti/],
      ['a malformed service_request_id', { service_request_id: '12345' }, /service_request_id/],
    ])('refuses a search with %s (400)', async (_case, params, description) => {
      const refused = await get<GeoError[]>('/requests.json', params);
      expect(refused).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringMatching(description) }] });
    });

    it('refuses formats other than json and xml (400)', async () => {
      const csv = await get<GeoError[]>('/requests.csv');
      expect(csv).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringMatching(/\.json or \.xml/) }] });
    });

    it('answers 404 for an unknown or impossible request id and for unknown resources', async () => {
      for (const code of ['MI-2020-999999', 'MI-2026-99999999999999', 'not-a-code']) {
        const missing = await get<GeoError[]>(`/requests/${code}.json`);
        expect(missing).toMatchObject({ status: 404, body: [{ code: 404 }] });
      }
      const unknown = await get<GeoError[]>('/discovery.json');
      expect(unknown).toMatchObject({ status: 404, body: [{ code: 404 }] });
    });

    it('does not find a report under a code with the wrong year', async () => {
      const code = await create({ service_code: 'electrical', address_id: 'SS-0004', description: 'Luce delle scale spenta.' });
      const parsed = parseReportCode(code)!;
      const wrongYear = `MI-${parsed.year - 1}-${String(parsed.id).padStart(6, '0')}`;
      expect((await get<GeoError[]>(`/requests/${wrongYear}.json`)).status).toBe(404);
      expect((await get<ServiceRequest[]>('/requests.json', { service_request_id: wrongYear })).body).toEqual([]);
    });
  });
});
