import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../../bot/i18n/languages';
import { appointmentCode } from '../../../dialogs/health/healthDesk';
import { formatDay, formatTime } from '../../../bot/i18n/format';
import seedPoints from '../../../prisma/seed/healthPoints.json';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';
import { allWeekSchedule, bookFirstTime, toDayQuestion } from '../../support/healthFlow';
import { answer, expectQuestion } from '../../support/reportFlow';

describe('book, move and cancel an appointment in every language, and the wrong inputs', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let nextUserId = 12000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    const admin = await ConsoleClient.login(`http://127.0.0.1:${bot.app.port}`, ADMIN.email, ADMIN.password);
    expect((await admin.call('PUT', '/health/points/ps-san-siro', allWeekSchedule(3, ['pressure']))).status).toBe(200);
  });
  afterAll(() => bot.stop());

  const pressureIn = async (language: string) => (await bot.app.db.healthServiceText.findUniqueOrThrow({ where: { serviceId_language: { serviceId: 'pressure', language } } })).name;

  it.each([...SUPPORTED_LANGUAGES])('%s', async (language) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Tenant', languageCode: language });
    const day = await toDayQuestion(user, t, await pressureIn(language));
    press(user, day, labels(day)[0]!);
    const replies = await bookFirstTime(user, t, await expectQuestion(user, ''));
    const booked = await bot.app.db.appointment.findFirstOrThrow({ where: { tenant: { channelUserId: String(user.id) }, status: 'booked' } });
    expect(replies.map((message) => message.text ?? '').join('\n')).toContain(t('health:code', { code: appointmentCode(booked.id) }));

    const start = await expectQuestion(user, t('health:start'));
    const mine = await answer(user, start, t('health:button.mine'), t('health:mine.ask'));
    press(user, mine, labels(mine).find((label) => label.startsWith('❌'))!);
    const sure = await expectQuestion(user, '');
    press(user, sure, t('health:cancel.yes'));
    expect((await user.nextBotMessage()).text).toBe(t('health:cancel.done'));
    expect((await bot.app.db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe('cancelled');
  });

  it.each(['ar', 'bn'])('in %s, the booking names the health point, the day and the time in the tenant\'s language, with the digits of its texts', async (language) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Tenant', languageCode: language });
    const day = await toDayQuestion(user, t, await pressureIn(language));
    const replies = [day];
    press(user, day, labels(day)[0]!);
    const times = await expectQuestion(user, '');
    replies.push(times, ...(await bookFirstTime(user, t, times)));
    const booked = await bot.app.db.appointment.findFirstOrThrow({ where: { tenant: { channelUserId: String(user.id) }, status: 'booked' }, include: { point: true } });
    const seeded = seedPoints.points.find((point) => point.id === 'ps-san-siro')!.translations[language as 'ar' | 'bn'];
    const shown = replies.flatMap((message) => [message.text ?? '', ...labels(message)]).join('\n');
    expect(shown).toContain(`📍 ${seeded.name}, ${seeded.address}`);
    expect(shown).not.toContain(booked.point.name);
    expect(shown).toContain(t('health:when', { day: formatDay(booked.startsAt, language), time: formatTime(booked.startsAt, language) }));
    expect(labels(times)).toContain(formatTime(booked.startsAt, language));
    expect(shown).not.toMatch(/[\u0660-\u0669\u09e6-\u09ef]|\d (AM|PM|ص|م)(\s|$)/m);
  });

  it('explains a note over the limit, a stale button, and a booking code that is not the tenant\'s', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Ugo', languageCode: 'it' });
    const day = await toDayQuestion(user, t, await pressureIn('it'));
    press(user, day, labels(day)[0]!);
    const times = await expectQuestion(user, '');
    const note = await answer(user, times, labels(times)[0]!, t('health:askNote', { max: 300, minutes: 10 }));
    user.sendText('x'.repeat(301));
    expect((await untilQuestion(user)).at(-1)!.text).toContain(t('common:tooLong', { count: 300 }));
    // The day buttons of the earlier question are stale now.
    const dayButton = day.buttons.flat()[0]!;
    user.pressButton(day.messageId, dayButton.callbackData!, { allowMissingButton: true });
    expect((await untilQuestion(user))[0]!.text).toContain(t('common:staleButton'));
    user.sendText('Ho la pressione alta');
    const confirm = await expectQuestion(user, t('health:confirm.ask'));
    press(user, confirm, t('health:confirm.yes'));
    while ((await user.nextBotMessage()).kind !== 'document');
    const booked = await bot.app.db.appointment.findFirstOrThrow({ where: { tenant: { channelUserId: String(user.id) }, status: 'booked' } });
    expect(booked.note).toBe('Ho la pressione alta');
    expect(note).toBeDefined();

    const stranger = bot.fake.user({ id: nextUserId++, firstName: 'Eva', languageCode: 'it' });
    stranger.start();
    await untilQuestion(stranger);
    stranger.sendText(appointmentCode(booked.id));
    expect((await untilQuestion(stranger))[0]!.text).toBe(t('health:codeNotYours', { code: appointmentCode(booked.id) }));
    await expectQuestion(user, t('health:start'));
    user.sendText(appointmentCode(booked.id).toLowerCase());
    expect((await untilQuestion(user))[0]!.text).toContain(t('health:code', { code: appointmentCode(booked.id) }));
  });
});
