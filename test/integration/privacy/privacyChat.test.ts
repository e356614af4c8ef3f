import type { i18n as I18n, TFunction } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { toLocal } from '../../../bot/services/desk/zonedTime';
import { ApiKeys } from '../../../bot/services/maintenance/apiKeys';
import { parseReportCode } from '../../../dialogs/maintenance/reportDesk';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { databaseBytes } from '../../support/databaseBytes';
import type { FakeUser } from '../../support/fakeTelegram';
import { allWeekSchedule, bookFirstTime, toDayQuestion } from '../../support/healthFlow';
import { eraseData, exportData, exportedJson, openPrivacy } from '../../support/privacyFlow';
import { answer, askDescription, codeIn, expectQuestion, reportFault } from '../../support/reportFlow';
import type { Provider } from '../../support/testDatabase';
import { until } from '../../support/until';

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' }));

/** A tenant of the test: who they are and the words only they wrote (to find them, or not, anywhere). */
interface Someone {
  language: string;
  user: FakeUser;
  name: string;
  words: { report: string; note: string; request: string };
  category: string;
}

interface AgendaRow {
  id: number;
  status: string;
  date: string;
  tenantName: string | null;
}

/**
 * Two tenants (Italian and Arabic) each report a fault with a photo, book an appointment with a note and talk to a
 * manager; each exports their data (all of theirs, nothing of the other's) and erases it: nothing of them is left in
 * the database's bytes, the reports stay as facts, the nurses' agenda shows the cancellation, the request is closed.
 */
describe.each<Provider>(['sqlite', 'postgresql'])('a tenant sees, takes and erases their data from the chat (%s)', (provider) => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let admin: ConsoleClient;
  let manager: ConsoleClient;
  /** An Open311 client's key: contractors see the report stay, without the tenant's words. */
  let key: string;
  const base = provider === 'sqlite' ? 731_946_200 : 731_946_300;

  beforeAll(async () => {
    bot = await startBotUnderTest({ provider, env: ADMIN_ENV });
    i18n = await createI18n();
    const url = `http://127.0.0.1:${bot.app.port}`;
    admin = await ConsoleClient.login(url, ADMIN.email, ADMIN.password);
    expect((await admin.call('PUT', '/health/points/ps-san-siro', allWeekSchedule(2, ['pressure']))).status).toBe(200);
    expect((await admin.call('PUT', '/neighbourhoods/san-siro/settings', { claimLimitMinutes: 10, staffChatId: null, openingHours: ALL_WEEK, holidays: [] })).status).toBe(204);
    manager = await staffSession(url, { email: 'giulia@casa.test', name: 'Giulia', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    ({ key } = await new ApiKeys(bot.app.db).create('Impresa Rossi'));
  }, 60_000);
  afterAll(() => bot.stop());

  const someone = (language: string, offset: number, name: string, category: string): Someone => ({
    language,
    user: bot.fake.user({ id: base + offset, firstName: name, languageCode: language }),
    name,
    words: { report: `Zampillo${base + offset} dal soffitto`, note: `Allergia${base + offset} al lattice`, request: `Affitto${base + offset} in ritardo` },
    category,
  });

  async function reportsAFault(tenant: Someone, t: TFunction): Promise<string> {
    const { user } = tenant;
    const { sent } = await reportFault(user, t, {
      category: tenant.category,
      place: async (question) => {
        const address = await answer(user, question, t('common:neighbourhood.sanSiro'), t('maintenance:place.askAddress', { neighbourhood: t('common:neighbourhood.sanSiro') }));
        const kind = await answer(user, address, labels(address)[0]!, '');
        const staircase = await answer(user, kind, t('maintenance:place.flat'), t('maintenance:place.askStaircase'));
        const floor = await answer(user, staircase, labels(staircase)[0]!, t('maintenance:place.askFloor'));
        await answer(user, floor, '3', t('maintenance:place.askFlat'));
        user.sendText('12');
        return expectQuestion(user, askDescription(t, tenant.category));
      },
      description: tenant.words.report,
      files: async (sender) => void sender.sendPhoto({ width: 800, height: 600 }),
      access: 'mornings',
    });
    return codeIn(sent);
  }

  async function booksAnAppointment(tenant: Someone, t: TFunction): Promise<void> {
    const service = await bot.app.db.healthServiceText.findUniqueOrThrow({ where: { serviceId_language: { serviceId: 'pressure', language: tenant.language } } });
    const day = await toDayQuestion(tenant.user, t, service.name);
    press(tenant.user, day, labels(day)[0]!);
    await bookFirstTime(tenant.user, t, await expectQuestion(tenant.user, ''), tenant.words.note);
    await expectQuestion(tenant.user, t('health:start'));
  }

  /** The tenant asks for a person, the manager answers and hands the chat back: the request stays open. */
  async function talksToAManager(tenant: Someone, t: TFunction): Promise<number> {
    const { user } = tenant;
    user.start();
    press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.person'));
    const topic = await expectQuestion(user, t('person:askTopic'));
    await answer(user, topic, t('person:topic.rent'), t('person:askFirstMessage'));
    user.sendText(tenant.words.request);
    await untilQuestion(user);
    const request = await bot.app.db.personRequest.findFirstOrThrow({ where: { tenant: { channelUserId: String(user.id) } } });
    expect((await manager.call('POST', `/requests/${request.id}/claim`)).status).toBe(204);
    expect((await manager.call('POST', `/requests/${request.id}/messages`, { text: 'Buongiorno, controllo subito.' })).status).toBe(201);
    expect((await manager.call('POST', `/requests/${request.id}/hand-back`)).status).toBe(204);
    // Told, then back at the main menu.
    while (!(await user.nextBotMessage()).text?.includes(t('menu:prompt')));
    return request.id;
  }

  it('exports all of their own data, then erases it twice over; nothing of them is left', async () => {
    const tenants = [someone('it', 1, 'Ottavina', 'doors'), someone('ar', 2, 'ريحانة', 'intercom')];
    const made = new Map<Someone, { code: string; requestId: number }>();
    for (const tenant of tenants) {
      const t = i18n.getFixedT(tenant.language);
      const code = await reportsAFault(tenant, t);
      await booksAnAppointment(tenant, t);
      made.set(tenant, { code, requestId: await talksToAManager(tenant, t) });
    }

    for (const tenant of tenants) {
      const t = i18n.getFixedT(tenant.language);
      const other = tenants.find((candidate) => candidate !== tenant)!;
      const { files, messages } = await exportData(bot.fake, tenant.user, t);
      expect(messages[0]!.text).toBe(`${t('privacy:export.sending')}\n${t('privacy:export.discreet', { wellbeing: t('menu:entry.wellbeing') })}`);
      expect(files.map((file) => file.fileName)).toEqual([expect.stringMatching(/^casa-bot-\d{4}-\d{2}-\d{2}\.json$/), expect.stringMatching(/\.pdf$/)]);
      expect(files[1]!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const json = exportedJson(files);
      const text = JSON.stringify(json);
      for (const words of Object.values(tenant.words)) expect(text).toContain(words);
      for (const words of Object.values(other.words)) expect(text).not.toContain(words);
      expect(text).not.toContain(other.name);
      expect(json).toMatchObject({
        profile: { name: tenant.name, language: tenant.language, neighbourhood: 'san-siro' },
        reports: [{ code: made.get(tenant)!.code, description: tenant.words.report, flat: '12', files: [`${made.get(tenant)!.code}-1.jpg`] }],
        appointments: [{ status: 'booked', note: tenant.words.note }],
        requests: [{ topic: 'rent', messages: [{ from: 'tenant', text: tenant.words.request }, { from: 'staff', text: 'Buongiorno, controllo subito.' }] }],
        files: [{ name: `${made.get(tenant)!.code}-1.jpg`, mimeType: 'image/jpeg' }],
      });
    }

    for (const tenant of tenants) {
      const t = i18n.getFixedT(tenant.language);
      const appointment = await bot.app.db.appointment.findFirstOrThrow({ where: { tenant: { channelUserId: String(tenant.user.id) } } });
      expect((await eraseData(tenant.user, t)).text).toBe(t('privacy:erase.done'));
      await until(async () => (await bot.app.db.tenant.count({ where: { channelUserId: String(tenant.user.id) } })) === 0);

      const report = await bot.app.db.maintenanceReport.findUniqueOrThrow({ where: { id: parseReportCode(made.get(tenant)!.code)!.id }, include: { reporters: true, files: true } });
      expect(report).toMatchObject({ category: tenant.category, place: 'flat', staircase: expect.any(String), description: '', details: '{}', flat: null, access: null });
      expect(report.reporters).toEqual([]);
      expect(report.files).toEqual([]);
      const open311 = await fetch(`http://127.0.0.1:${bot.app.port}/open311/v2/requests/${made.get(tenant)!.code}.json?api_key=${key}`);
      expect(await open311.json()).toEqual([expect.objectContaining({ service_request_id: made.get(tenant)!.code, service_code: tenant.category, description: '' })]);
      const request = await bot.app.db.personRequest.findUniqueOrThrow({ where: { id: made.get(tenant)!.requestId }, include: { messages: true, events: true } });
      expect(request).toMatchObject({ status: 'closed', outcome: 'other', conversationId: '' });
      expect(request.messages).toEqual([]);
      expect(request.events.at(-1)!.detail).toContain('personal data erased');
      const agenda = (await admin.call('GET', `/health/agenda?pointId=ps-san-siro&date=${toLocal(appointment.startsAt).date}`)).body as AgendaRow[];
      expect(agenda.find((row) => row.id === appointment.id)).toMatchObject({ status: 'cancelled', tenantName: null });
    }

    // A later message starts as a new tenant, who can erase again.
    const [first] = tenants;
    const t = i18n.getFixedT(first!.language);
    first!.user.sendText('ciao');
    const welcome = await untilQuestion(first!.user);
    expect(welcome[0]!.text).toBe(t('menu:welcome', { name: first!.name }));
    expect(await bot.app.db.tenant.count({ where: { channelUserId: String(first!.user.id) } })).toBe(1);
    expect((await eraseData(first!.user, t)).text).toBe(t('privacy:erase.done'));
    await until(async () => (await bot.app.db.tenant.count({ where: { channelUserId: String(first!.user.id) } })) === 0);
    await until(async () => (await bot.app.db.outboxMessage.count()) === 0);

    const bytes = await databaseBytes(bot, provider);
    for (const tenant of tenants) {
      for (const needle of [tenant.name, String(tenant.user.id), ...Object.values(tenant.words)]) expect({ needle, found: bytes.includes(needle) }).toEqual({ needle, found: false });
    }
    const erasures = await bot.app.db.auditEntry.findMany({ where: { action: 'tenant.erased' } });
    expect(erasures.map((entry) => entry.detail)).toEqual(['tenant', 'tenant', 'tenant']);
  }, 240_000);

  it('withdraws the health consent: the coming appointment is cancelled, its note erased, the booking no one\'s', async () => {
    const tenant = someone('it', 60, 'Ersilia', 'doors');
    const t = i18n.getFixedT('it');
    await booksAnAppointment(tenant, t);
    const booked = await bot.app.db.appointment.findFirstOrThrow({ where: { tenant: { channelUserId: String(tenant.user.id) } } });
    const ask = await answer(tenant.user, await openPrivacy(tenant.user, t), t('privacy:button.health'), t('privacy:health.ask'));
    press(tenant.user, ask, t('privacy:health.yes'));
    expect((await untilQuestion(tenant.user))[0]!.text).toBe(t('privacy:health.done', { number: 1 }));
    expect(await bot.app.db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).toMatchObject({ status: 'cancelled', cancelledBy: 'consent', tenantId: null, note: null });
    expect(await bot.app.db.slotSeat.count({ where: { appointmentId: booked.id } })).toBe(0);
    expect(await bot.app.db.tenant.findFirstOrThrow({ where: { channelUserId: String(tenant.user.id) } })).toMatchObject({ healthConsentAt: null });
    const agenda = (await admin.call('GET', `/health/agenda?pointId=ps-san-siro&date=${toLocal(booked.startsAt).date}`)).body as AgendaRow[];
    expect(agenda.find((row) => row.id === booked.id)).toMatchObject({ status: 'cancelled', tenantName: null });
  }, 60_000);

  it('exports a tenant with no data: empty lists, a PDF, and nothing of the discreet path', async () => {
    const t = i18n.getFixedT('ar');
    const user = bot.fake.user({ id: base + 50, firstName: 'Nour', languageCode: 'ar' });
    user.start();
    await untilQuestion(user);
    const { files } = await exportData(bot.fake, user, t);
    expect(exportedJson(files)).toMatchObject({ profile: { name: 'Nour', language: 'ar' }, reports: [], appointments: [], requests: [], files: [] });
    expect(files.at(-1)!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
