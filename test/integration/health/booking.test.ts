import pino from 'pino';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { ReminderScheduler } from '../../../bot/services/health/reminderScheduler';
import { appointmentCode } from '../../../dialogs/health/healthDesk';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';
import { formatNumericDay } from '../../../bot/i18n/format';
import { noonOf } from '../../../dialogs/health/healthText';
import { allWeekSchedule, bookFirstTime, offeredDayAhead, offeredDays, toDayQuestion } from '../../support/healthFlow';
import { addDays, toLocal } from '../../../bot/services/desk/zonedTime';
import { answer, expectQuestion } from '../../support/reportFlow';

describe('health appointments through Telegram', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let nextUserId = 11000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    const admin = await ConsoleClient.login(`http://127.0.0.1:${bot.app.port}`, ADMIN.email, ADMIN.password);
    const saved = await admin.call('PUT', '/health/points/ps-san-siro', allWeekSchedule(2, ['pressure', 'glucose', 'vaccination']));
    expect(saved.status).toBe(200);
  });
  afterAll(() => bot.stop());

  const latestOf = (userId: number) =>
    bot.app.db.appointment.findFirstOrThrow({ where: { tenant: { channelUserId: String(userId) } }, orderBy: { id: 'desc' } });

  it.each(['it', 'ar', 'es'])('in %s: consent, service, day, time, confirm; a code, what to bring and a calendar file', async (language) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Nour', languageCode: language });
    const day = await toDayQuestion(user, t, await serviceLabel(language, 'pressure'));
    // The example is the first day offered, written as tenants type it.
    const example = formatNumericDay(noonOf(offeredDays(day)[0]!));
    expect(day.text).toBe(t(language === 'ar' ? 'health:askDayNumbers' : 'health:askDayWords', { example }));
    press(user, day, labels(day)[0]!);
    const times = await expectQuestion(user, '');
    const replies = await bookFirstTime(user, t, times);
    const appointment = await latestOf(user.id);
    expect(appointment).toMatchObject({ status: 'booked', language, serviceId: 'pressure', pointId: 'ps-san-siro' });
    const text = replies.map((message) => message.text ?? '').join('\n');
    expect(text).toContain(t('health:booked'));
    expect(text).toContain(t('health:code', { code: appointmentCode(appointment.id) }));
    expect(text).toContain(t('health:bring', { bring: await bringOf(language, 'pressure') }));
    const calendar = replies.find((message) => message.kind === 'document')!;
    expect(calendar.raw.document?.file_name).toBe(`${appointmentCode(appointment.id)}.ics`);
    expect(await bot.app.db.slotSeat.count({ where: { appointmentId: appointment.id } })).toBe(1);
    // Nothing of the health path reaches the transcript the community managers read.
    const transcript = await bot.app.db.transcriptEntry.findMany({ where: { tenantId: appointment.tenantId! } });
    expect(transcript.map((entry) => entry.text).join('\n')).not.toContain(await serviceLabel(language, 'pressure'));
  });

  it('understands a typed day, and explains a past one, a too far one and nonsense', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Gino', languageCode: 'it' });
    const day = await toDayQuestion(user, t, await serviceLabel('it', 'glucose'));
    user.sendText('1/1/2020');
    expect((await untilQuestion(user))[0]!.text).toBe(t('health:day.past'));
    user.sendText('quando volete');
    expect((await untilQuestion(user))[0]!.text).toBe(t('health:day.notUnderstood'));
    user.sendText('1/1/2030');
    expect((await untilQuestion(user))[0]!.text).toBe(t('health:day.tooFar', { count: 30 }));
    // "dopodomani" when that day has places (a holiday such as Sant'Ambrogio has none), else the next day offered.
    const today = toLocal(new Date()).date;
    const ahead = offeredDayAhead(day, today, 2);
    user.sendText(ahead.iso === addDays(today, 2) ? 'dopodomani' : `${ahead.day}/${ahead.month}`);
    const times = await untilQuestion(user);
    expect(times.at(-1)!.text).toMatch(/:/);
    expect(day).toBeDefined();
  });

  it('without consent, no data is kept and the phone numbers are given', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Ada', languageCode: 'it' });
    user.start();
    press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.health'));
    const ask = await expectQuestion(user, t('health:consent.ask'));
    press(user, ask, t('health:consent.refuse'));
    const [phones] = await untilQuestion(user);
    expect(phones!.text).toContain(t('health:consent.refused'));
    expect(phones!.text).toContain('📞 Punto salute San Siro: 02 1234 5678');
    const tenant = await bot.app.db.tenant.findFirstOrThrow({ where: { channelUserId: String(user.id) } });
    expect(tenant.healthConsentAt).toBeNull();
  });

  it('moves an appointment (the old place kept until the new one is confirmed) and cancels one', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Rosa', languageCode: 'it' });
    const day = await toDayQuestion(user, t, await serviceLabel('it', 'vaccination'));
    press(user, day, labels(day)[0]!);
    await bookFirstTime(user, t, await expectQuestion(user, ''));
    const first = await latestOf(user.id);

    const start = await expectQuestion(user, t('health:start'));
    const mine = await answer(user, start, t('health:button.mine'), t('health:mine.ask'));
    press(user, mine, labels(mine).find((label) => label.startsWith('🔄'))!);
    const newDay = await expectQuestion(user, '');
    expect(newDay.text).toBe(t('health:askDayWords', { example: formatNumericDay(noonOf(offeredDays(newDay)[0]!)) }));
    press(user, newDay, labels(newDay)[1]!);
    const times = await expectQuestion(user, '');
    press(user, times, labels(times)[0]!);
    await expectQuestion(user, t('health:askNote', { max: 300, minutes: 10 }));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('booked');
    const confirm = await answer(user, user.chat().at(-1)!, t('common:button.skip'), t('health:confirm.ask'));
    press(user, confirm, t('health:confirm.yes'));
    const moved = await user.nextBotMessage();
    expect(moved.text).toContain(t('health:moved'));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('cancelled');
    const second = await latestOf(user.id);
    expect(second).toMatchObject({ status: 'booked', movedFromId: first.id });

    const again = await expectQuestion(user, t('health:start'));
    const list = await answer(user, again, t('health:button.mine'), t('health:mine.ask'));
    press(user, list, labels(list).find((label) => label.startsWith('❌'))!);
    const sure = await expectQuestion(user, '');
    press(user, sure, t('health:cancel.yes'));
    expect((await user.nextBotMessage()).text).toBe(t('health:cancel.done'));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('cancelled');
    expect(await bot.app.db.slotSeat.count({ where: { appointmentId: { in: [first.id, second.id] } } })).toBe(0);
  });

  it('reminds once per stage on a controlled clock, also with two schedulers, and never for a cancelled appointment', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Lia', languageCode: 'it' });
    const day = await toDayQuestion(user, t, await serviceLabel('it', 'pressure'));
    press(user, day, labels(day).at(-4)!);
    await bookFirstTime(user, t, await expectQuestion(user, ''));
    const appointment = await latestOf(user.id);
    await expectQuestion(user, t('health:start'));
    let clock = new Date(appointment.startsAt.getTime() - 23 * 3_600_000);
    const log = pino({ level: 'silent' });
    const schedulers = [0, 1].map(() => new ReminderScheduler(bot.app.db, bot.app.gateway, [24, 2], log, () => clock));
    await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
    const reminder = await user.nextBotMessage();
    expect(reminder.text).toContain(t('health:reminder.title'));
    expect(labels(reminder)).toEqual([t('health:reminder.come'), t('health:reminder.cancel')]);
    await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
    await expect(user.nextBotMessage(500)).rejects.toThrow();

    clock = new Date(appointment.startsAt.getTime() - 3_600_000);
    await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
    const second = await user.nextBotMessage();
    expect(second.text).toContain(t('health:reminder.title'));
    press(user, second, t('health:reminder.come'));
    expect((await user.nextBotMessage()).text).toBe(t('health:reminder.confirmed'));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).confirmedAt).not.toBeNull();

    // A cancelled appointment is never reminded.
    await bot.app.db.appointment.update({ where: { id: appointment.id }, data: { status: 'cancelled', remindersSent: 0 } });
    await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
    await expect(user.nextBotMessage(500)).rejects.toThrow();
  });

  async function serviceLabel(language: string, serviceId: string): Promise<string> {
    const text = await bot.app.db.healthServiceText.findUnique({ where: { serviceId_language: { serviceId, language } } });
    return text?.name ?? (await bot.app.db.healthServiceText.findUniqueOrThrow({ where: { serviceId_language: { serviceId, language: 'it' } } })).name;
  }

  async function bringOf(language: string, serviceId: string): Promise<string> {
    const text = await bot.app.db.healthServiceText.findUnique({ where: { serviceId_language: { serviceId, language } } });
    return text?.bring ?? (await bot.app.db.healthServiceText.findUniqueOrThrow({ where: { serviceId_language: { serviceId, language: 'it' } } })).bring;
  }
});
