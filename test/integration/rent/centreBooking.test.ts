import pino from 'pino';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { ReminderScheduler } from '../../../bot/services/health/reminderScheduler';
import { appointmentCode } from '../../../dialogs/health/healthDesk';
import { formatNumericDay } from '../../../bot/i18n/format';
import { noonOf } from '../../../dialogs/health/healthText';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { allWeekSchedule, offeredDays } from '../../support/healthFlow';
import { confirmCentre, toCentreDayQuestion } from '../../support/rentFlow';
import { answer, expectQuestion } from '../../support/reportFlow';

const TOPICS = ['arrears', 'letter', 'contribution'];

describe('appointments at the C.A.S.A. centre with a community manager', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let base: string;
  let manager: ConsoleClient;
  let nextUserId = 30000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    base = `http://127.0.0.1:${bot.app.port}`;
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    const saved = await admin.call('PUT', '/centre/points/centro-san-siro', { ...allWeekSchedule(2, TOPICS), name: 'Centro C.A.S.A. San Siro', address: 'Via Abbiati 4' });
    expect(saved.status).toBe(200);
    manager = await staffSession(base, { email: 'anna@casa.test', name: 'Anna', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
  });
  afterAll(() => bot.stop());

  const latestOf = (userId: number) =>
    bot.app.db.appointment.findFirstOrThrow({ where: { tenant: { channelUserId: String(userId) } }, orderBy: { id: 'desc' } });

  async function topicText(language: string, serviceId: string) {
    return bot.app.db.healthServiceText.findUniqueOrThrow({ where: { serviceId_language: { serviceId, language } } });
  }

  /** Books the first free time of the first offered day with a note; returns the bot's messages after "yes". */
  async function book(language: string, userId: number, note: string, dayButton = 0) {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: userId, firstName: 'Karim', languageCode: language });
    const topic = await topicText(language, 'arrears');
    const day = await toCentreDayQuestion(user, t, topic.name);
    press(user, day, labels(day).at(dayButton)!);
    const times = await expectQuestion(user, '');
    const ask = await answer(user, times, labels(times)[0]!, t('rent:booking.askNote', { max: 300, minutes: 10 }));
    user.sendText(note);
    // The documents checklist of the topic comes before the confirmation.
    const confirm = await expectQuestion(user, t('rent:booking.confirm.ask'));
    expect(confirm.text).toContain(t('rent:booking.bring', { bring: topic.bring }));
    expect(ask).toBeDefined();
    const replies = await confirmCentre(user, t, confirm);
    // Back to the path's menu.
    const start = await expectQuestion(user, t('rent:start'));
    return { user, t, topic, replies, start };
  }

  it.each(['it', 'ar', 'es'])('in %s: books with no health consent; the code, the documents and a calendar file; the manager sees it', async (language) => {
    const { user, t, topic, replies } = await book(language, nextUserId++, 'Ho ricevuto la diffida di ALER');
    const appointment = await latestOf(user.id);
    expect(appointment).toMatchObject({ status: 'booked', language, serviceId: 'arrears', pointId: 'centro-san-siro', note: 'Ho ricevuto la diffida di ALER' });
    const text = replies.map((message) => message.text ?? '').join('\n');
    expect(text).toContain(t('rent:booking.booked'));
    expect(text).toContain(t('rent:booking.code', { code: appointmentCode(appointment.id) }));
    expect(text).toContain(t('rent:booking.bring', { bring: topic.bring }));
    expect(replies.find((message) => message.kind === 'document')!.raw.document?.file_name).toBe(`${appointmentCode(appointment.id)}.ics`);
    expect((await bot.app.db.tenant.findFirstOrThrow({ where: { id: appointment.tenantId! } })).healthConsentAt).toBeNull();
    const transcript = await bot.app.db.transcriptEntry.findMany({ where: { tenantId: appointment.tenantId! } });
    expect(transcript.map((entry) => entry.text).join('\n')).not.toContain('diffida');

    // The manager's agenda has it, with the topic and the tenant's note.
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(appointment.startsAt);
    const agenda = await manager.call('GET', `/centre/agenda?pointId=centro-san-siro&date=${date}`);
    expect(agenda.status).toBe(200);
    expect(agenda.body).toEqual(expect.arrayContaining([expect.objectContaining({ id: appointment.id, serviceId: 'arrears', note: 'Ho ricevuto la diffida di ALER', tenantName: 'Karim' })]));
  });

  it.each(['it', 'ar', 'es'])('in %s: moves (the old place kept until the new one is confirmed) and cancels an appointment at the San Siro centre', async (language) => {
    const { user, t, start } = await book(language, nextUserId++, 'Piano di rientro');
    const first = await latestOf(user.id);

    const mine = await answer(user, start, t('rent:button.mine'), t('rent:booking.mine.ask'));
    press(user, mine, labels(mine).find((label) => label.startsWith('🔄'))!);
    // Arabic dates are typed in numbers only.
    const newDay = (await untilQuestion(user)).at(-1)!;
    const example = formatNumericDay(noonOf(offeredDays(newDay)[0]!));
    expect(newDay.text).toBe(t(language === 'ar' ? 'rent:booking.askDayNumbers' : 'rent:booking.askDayWords', { example }));
    press(user, newDay, labels(newDay)[1]!);
    const times = await expectQuestion(user, '');
    const note = await answer(user, times, labels(times)[0]!, t('rent:booking.askNote', { max: 300, minutes: 10 }));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('booked');
    const replies = await confirmCentre(user, t, await answer(user, note, t('common:button.skip'), t('rent:booking.confirm.ask')));
    expect(replies[0]!.text).toContain(t('rent:booking.moved'));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('cancelled');
    const second = await latestOf(user.id);
    expect(second).toMatchObject({ status: 'booked', movedFromId: first.id, pointId: 'centro-san-siro' });

    const list = await answer(user, await expectQuestion(user, t('rent:start')), t('rent:button.mine'), t('rent:booking.mine.ask'));
    press(user, list, labels(list).find((label) => label.startsWith('❌'))!);
    const sure = await expectQuestion(user, '');
    press(user, sure, t('rent:booking.cancel.yes'));
    expect((await user.nextBotMessage()).text).toBe(t('rent:booking.cancel.done'));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('cancelled');
    expect(await bot.app.db.slotSeat.count({ where: { appointmentId: { in: [first.id, second.id] } } })).toBe(0);
  });

  it('reminds with buttons and the documents to bring; "I will come" is recorded', async () => {
    // The last day offered (Back, Main menu and Talk to a person follow it): its 24-hour reminder is still to come.
    const { user, t, topic } = await book('es', nextUserId++, 'Carta del abogado', -4);
    const appointment = await latestOf(user.id);
    const clock = new Date(appointment.startsAt.getTime() - 23 * 3_600_000);
    await new ReminderScheduler(bot.app.db, bot.app.gateway, [24, 2], pino({ level: 'silent' }), () => clock).tick();
    const reminder = await user.nextBotMessage();
    expect(reminder.text).toContain(t('rent:booking.reminder.title'));
    expect(reminder.text).toContain(t('rent:booking.bring', { bring: topic.bring }));
    expect(labels(reminder)).toEqual([t('rent:booking.reminder.come'), t('rent:booking.reminder.cancel')]);
    press(user, reminder, t('rent:booking.reminder.come'));
    expect((await user.nextBotMessage()).text).toBe(t('rent:booking.reminder.confirmed'));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).confirmedAt).not.toBeNull();
  });

  it('a nurse cannot see rent appointments and a community manager cannot see health ones', async () => {
    const { user } = await book('it', nextUserId++, 'Sfratto');
    const rent = await latestOf(user.id);
    const tenant = await bot.app.db.tenant.findUniqueOrThrow({ where: { id: rent.tenantId! } });
    const health = await bot.app.db.appointment.create({
      data: { tenantId: tenant.id, pointId: 'ps-san-siro', serviceId: 'pressure', startsAt: rent.startsAt, endsAt: rent.endsAt, status: 'booked', language: 'it', channel: 'telegram', conversationId: 'x' },
    });
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(rent.startsAt);
    const nurse = await staffSession(base, { email: 'nurse@casa.test', name: 'Marta', role: 'nurse', neighbourhoodIds: ['san-siro'] });

    expect((await nurse.call('GET', '/centre/points')).status).toBe(403);
    expect((await nurse.call('GET', `/centre/agenda?pointId=centro-san-siro&date=${date}`)).status).toBe(403);
    expect((await nurse.call('GET', `/health/agenda?pointId=centro-san-siro&date=${date}`)).status).toBe(404);
    expect((await nurse.call('POST', `/health/appointments/${rent.id}/cancel`, { notify: false })).status).toBe(404);
    expect((await nurse.call('GET', '/health/points')).body).toEqual([expect.objectContaining({ id: 'ps-san-siro' })]);

    expect((await manager.call('GET', '/health/points')).status).toBe(403);
    expect((await manager.call('GET', `/centre/agenda?pointId=ps-san-siro&date=${date}`)).status).toBe(404);
    expect((await manager.call('POST', `/centre/appointments/${health.id}/mark`, { status: 'attended' })).status).toBe(404);
    const agenda = (await manager.call('GET', `/centre/agenda?pointId=centro-san-siro&date=${date}`)).body as { id: number }[];
    expect(agenda.map((row) => row.id)).toContain(rent.id);
    expect(agenda.map((row) => row.id)).not.toContain(health.id);
    expect((await manager.call('GET', '/centre/points')).body).toEqual([expect.objectContaining({ id: 'centro-san-siro' })]);
    expect(((await manager.call('GET', '/centre/services')).body as { id: string }[]).map((topic) => topic.id).sort()).toEqual([...TOPICS].sort());
  });

  it('counts the centre appointments per neighbourhood and week in the figures, without the tenants\' words', async () => {
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    const { rows } = await admin.expect<{ rows: { neighbourhoodId: string; centreAppointments: number; rentRequests: number }[] }>(200, 'GET', '/figures?weeks=8');
    const counted = rows.filter((row) => row.neighbourhoodId === 'san-siro').reduce((sum, row) => sum + row.centreAppointments, 0);
    const kept = await bot.app.db.appointment.count({ where: { status: { in: ['booked', 'attended', 'noshow'] }, point: { kind: 'centre', neighbourhoodId: 'san-siro' } } });
    expect(counted).toBe(kept);
    expect(counted).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/diffida|Sfratto|abogado/);
  });
});
