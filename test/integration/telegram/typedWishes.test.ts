import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import type { BotMessage, FakeUser } from '../../support/fakeTelegram';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';

describe('what a tenant types instead of pressing a button starts the flow it means', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let nextId = 2600;

  beforeAll(async () => {
    bot = await startBotUnderTest();
    i18n = await createI18n();
  });
  afterAll(() => bot.stop());

  async function atMenu(language: string): Promise<{ user: FakeUser; menu: BotMessage }> {
    const user = bot.fake.user({ id: nextId++, firstName: 'Rita', languageCode: language });
    user.start();
    return { user, menu: (await untilQuestion(user)).at(-1)! };
  }

  it.each([
    ['it', 'ho il termosifone rotto', 'maintenance:category.heating'],
    ['ar', 'الشوفاج خربان', 'maintenance:category.heating'],
    ['bn', 'লিফট কাজ করে না', 'maintenance:category.lift'],
  ])('%s: "%s" says what it understood, asks about danger first, then goes on without asking the kind of fault', async (language, typed, category) => {
    const t = i18n.getFixedT(language);
    const { user } = await atMenu(language);
    user.sendText(typed);
    const [understood, safety] = await untilQuestion(user);
    expect(understood!.text).toBe(t('understand:understood', { what: t(category) }));
    expect(safety!.text).toBe(t('maintenance:safety.ask'));
    press(user, safety!, t('maintenance:safety.none'));
    const next = (await untilQuestion(user)).at(-1)!;
    expect(next.text).not.toBe(t('maintenance:askCategory'));
    expect(next.text).toBe(t('maintenance:place.askNeighbourhood'));
    // Back returns to the question the words answered, which is then asked.
    press(user, next, t('common:button.back'));
    expect((await untilQuestion(user)).at(-1)!.text).toBe(t('maintenance:askCategory'));
  });

  it.each([
    ['it', 'vorrei prenotare la pressione'],
    ['ar', 'بغيت نقيس الضغط'],
    ['bn', 'প্রেশার মাপতে চাই'],
  ])('%s: "%s" asks for the health consent, then goes straight to the booking', async (language, typed) => {
    const t = i18n.getFixedT(language);
    const { user } = await atMenu(language);
    user.sendText(typed);
    const [understood, consent] = await untilQuestion(user);
    expect(understood!.text).toBe(t('understand:understood', { what: t('health:button.book') }));
    expect(consent!.text).toBe(t('health:consent.ask'));
    press(user, consent!, t('health:consent.agree'));
    expect((await untilQuestion(user)).at(-1)!.text).toBe(t('health:askPoint'));
  });

  it('words that answer the question being asked press its button, without starting over', async () => {
    const t = i18n.getFixedT('bn');
    const { user, menu } = await atMenu('bn');
    press(user, menu, t('menu:entry.maintenance'));
    const start = (await untilQuestion(user)).at(-1)!;
    press(user, start, t('maintenance:button.newReport'));
    const safety = (await untilQuestion(user)).at(-1)!;
    press(user, safety, t('maintenance:safety.none'));
    expect((await untilQuestion(user)).at(-1)!.text).toBe(t('maintenance:askCategory'));
    user.sendText('হিটার কাজ করে না');
    const replies = await untilQuestion(user);
    expect(replies.map((reply) => reply.text)).toEqual([t('maintenance:place.askNeighbourhood')]);
  });

  it('offers the two likeliest flows and a person when the words may mean either', async () => {
    const t = i18n.getFixedT('it');
    const { user } = await atMenu('it');
    user.sendText('citofono e ascensore');
    const [offer] = await untilQuestion(user);
    expect(offer!.text).toBe(t('understand:maybe'));
    expect(labels(offer!)).toEqual(expect.arrayContaining([t('maintenance:category.lift'), t('maintenance:category.intercom'), t('common:button.person')]));
    expect(labels(offer!)).not.toContain(t('menu:entry.health'));
    press(user, offer!, t('maintenance:category.intercom'));
    const safety = (await untilQuestion(user)).at(-1)!;
    expect(safety.text).toBe(t('maintenance:safety.ask'));
  });

  it('keeps the old answer for words it does not know, and leaves typed words alone on the discreet path', async () => {
    const t = i18n.getFixedT('it');
    const { user } = await atMenu('it');
    user.sendText('il mio gatto è scappato');
    expect((await untilQuestion(user))[0]!.text).toBe(`${t('common:notUnderstood')}\n\n${t('menu:prompt')}`);

    const { user: other, menu } = await atMenu('it');
    press(other, menu, t('menu:entry.wellbeing'));
    const safe = (await untilQuestion(other)).at(-1)!;
    expect(safe.text).toBe(t('wellbeing:safe'));
    other.sendText('il termosifone è rotto');
    const replies = await untilQuestion(other);
    expect(replies.map((reply) => reply.text)).not.toContain(t('understand:understood', { what: t('maintenance:category.heating') }));
    expect(replies.map((reply) => reply.text).join('\n')).not.toContain(t('maintenance:safety.ask'));
  });
});
