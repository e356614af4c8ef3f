import { createI18n } from '../../../bot/i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../../bot/i18n/languages';
import { press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';

describe("the tenant's transcript for the community managers", () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBotUnderTest();
  });
  afterAll(() => bot.stop());

  it('keeps the ordinary conversation and nothing of a visit to the wellbeing path', async () => {
    const i18n = await createI18n();
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: 4242, firstName: 'Maria', languageCode: 'it' });
    user.start();
    press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.maintenance'));
    press(user, (await untilQuestion(user))[0]!, t('common:button.back'));
    press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.wellbeing'));
    press(user, (await untilQuestion(user)).at(-1)!, t('wellbeing:safeYes'));
    press(user, (await untilQuestion(user)).at(-1)!, t('wellbeing:numbersButton'));
    await untilQuestion(user);
    await untilQuestion(user);
    user.sendText('ho paura');
    const retry = (await untilQuestion(user)).at(-1)!;
    press(user, retry, t('common:button.quickExit'));
    await user.nextBotMessage();
    user.sendText('/menu');
    press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.help'));
    expect((await untilQuestion(user))[0]!.text).toBe(t('menu:help'));

    const tenant = await bot.database.db.tenant.findFirstOrThrow({ where: { channelUserId: '4242' } });
    const read = async () => (await bot.database.db.transcriptEntry.findMany({ where: { tenantId: tenant.id } })).map((entry) => entry.text).join('\n');
    // The transcript is written after the reply is sent: wait for the last turn's lines.
    for (let tries = 0; tries < 100 && !(await read()).includes(t('menu:help')); tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const transcript = await read();
    expect(transcript).toContain(t('menu:entry.maintenance'));
    expect(transcript).toContain(t('maintenance:start'));
    expect(transcript).toContain(t('menu:help'));
    const wellbeing = SUPPORTED_LANGUAGES.flatMap((language) =>
      ['menu:entry.wellbeing', 'wellbeing:safe', 'wellbeing:safeYes', 'wellbeing:numbersButton', 'wellbeing:contacts.line1522', 'common:button.quickExit'].map((key) => i18n.getFixedT(language)(key)),
    );
    for (const text of [...wellbeing, 'ho paura']) expect(transcript).not.toContain(text);
  });

  it('shows each pressed button by its label, in the Italian of the staff beside the tenant\'s language', async () => {
    const i18n = await createI18n();
    const en = i18n.getFixedT('en');
    const it = i18n.getFixedT('it');
    const user = bot.fake.user({ id: 4343, firstName: 'Amal', languageCode: 'en' });
    user.start();
    press(user, (await untilQuestion(user)).at(-1)!, en('menu:entry.maintenance'));
    await untilQuestion(user);

    const tenant = await bot.database.db.tenant.findFirstOrThrow({ where: { channelUserId: '4343' } });
    const read = async () => (await bot.database.db.transcriptEntry.findMany({ where: { tenantId: tenant.id, direction: 'in' } })).map((entry) => entry.text);
    for (let tries = 0; tries < 100 && !(await read()).some((text) => text.startsWith('▸')); tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await read()).toContain(`▸ ${en('menu:entry.maintenance')} (${it('menu:entry.maintenance')})`);
  });
});
