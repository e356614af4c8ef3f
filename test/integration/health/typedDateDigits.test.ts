import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { addDays, toLocal } from '../../../bot/services/desk/zonedTime';
import { startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';
import { allWeekSchedule, offeredDayAhead, toDayQuestion } from '../../support/healthFlow';

/** The zero of each digit system a tenant may type in. */
const DIGIT_SYSTEMS: Record<string, number> = { bengali: 0x09e6, arabicIndic: 0x0660, persian: 0x06f0, devanagari: 0x0966, fullWidth: 0xff10 };
const inDigits = (text: string, zero: number) => text.replace(/\d/g, (digit) => String.fromCodePoint(zero + Number(digit)));

describe('a typed day in the tenant\'s own digits, through Telegram', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let nextUserId = 16000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    const admin = await ConsoleClient.login(`http://127.0.0.1:${bot.app.port}`, ADMIN.email, ADMIN.password);
    expect((await admin.call('PUT', '/health/points/ps-san-siro', allWeekSchedule(4, ['pressure']))).status).toBe(200);
  });
  afterAll(() => bot.stop());

  it.each(['bn', 'ar'].flatMap((language) => Object.keys(DIGIT_SYSTEMS).map((system) => [language, system] as const)))('in %s, a day typed in %s digits leads to its times', async (language, system) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Nadia', languageCode: language });
    const service = (await bot.app.db.healthServiceText.findFirst({ where: { serviceId: 'pressure', language } })) ?? (await bot.app.db.healthServiceText.findFirstOrThrow({ where: { serviceId: 'pressure', language: 'it' } }));
    const question = await toDayQuestion(user, t, service.name);
    const { day, month } = offeredDayAhead(question, toLocal(new Date()).date, 2);
    user.sendText(inDigits(`${day}/${month}`, DIGIT_SYSTEMS[system]!));
    const replies = await untilQuestion(user);
    expect(replies.map((reply) => reply.text)).not.toContain(t('health:day.notUnderstood'));
    expect(replies.at(-1)!.text).toMatch(/:/);
  });

  it.each([
    ['ar', DIGIT_SYSTEMS.arabicIndic!],
    ['bn', DIGIT_SYSTEMS.bengali!],
  ])('in %s, yesterday typed in the tenant\'s digits is a day gone by, not one a year away', async (language, zero) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Nadia', languageCode: language });
    const service = (await bot.app.db.healthServiceText.findFirst({ where: { serviceId: 'pressure', language } })) ?? (await bot.app.db.healthServiceText.findFirstOrThrow({ where: { serviceId: 'pressure', language: 'it' } }));
    await toDayQuestion(user, t, service.name);
    const [, month, day] = addDays(toLocal(new Date()).date, -1).split('-').map(Number) as [number, number, number];
    user.sendText(inDigits(`${day}/${month}`, zero));
    expect((await untilQuestion(user))[0]!.text).toBe(t('health:day.past'));
  });
});
