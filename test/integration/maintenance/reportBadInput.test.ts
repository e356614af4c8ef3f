import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';
import type { BotMessage, FakeUser } from '../../support/fakeTelegram';
import { answer, askDescription, codeIn, expectQuestion, reportFault } from '../../support/reportFlow';

describe('the report path: QR codes, danger first, and every kind of wrong input', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let nextUserId = 9000;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
  });
  afterAll(() => bot.stop());

  const it_ = () => i18n.getFixedT('it');

  /** A new Italian tenant at the safety question of a new report. */
  async function atSafety(user: FakeUser, t = it_()): Promise<BotMessage> {
    user.start();
    press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.maintenance'));
    const start = await expectQuestion(user, t('maintenance:start'));
    return answer(user, start, t('maintenance:button.newReport'), t('maintenance:safety.ask'));
  }

  it('a QR code deep link knows the building and staircase: a Spanish tenant reports from the stairwell', async () => {
    const es = i18n.getFixedT('es');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Lucía', languageCode: 'es' });
    user.start('b_SS-0002_B');
    const safety = (await untilQuestion(user));
    expect(safety.map((message) => message.text)).toContain(es('maintenance:place.fromQr', { address: 'Via Preneste 5' }));
    const category = await answer(user, safety.at(-1)!, es('maintenance:safety.none'), es('maintenance:askCategory'));
    const kind = await answer(user, category, es('maintenance:category.water'), es('maintenance:place.askKind', { address: 'Via Preneste 5' }));
    const area = await answer(user, kind, es('maintenance:place.common'), es('maintenance:place.askArea'));
    const description = await answer(user, area, es('maintenance:area.stairs'), askDescription(es, 'water'));
    user.sendText('Agua en la escalera');
    const ceiling = await expectQuestion(user, es('maintenance:question.ceiling'));
    const files = await answer(user, ceiling, es('maintenance:answer.no'), es('maintenance:files.ask', { max: 5 }));
    // A common area: nobody needs to be let in, so "when can someone come?" is not asked.
    const confirm = await answer(user, files, es('maintenance:files.none'), es('maintenance:confirm.ask'));
    press(user, confirm, es('maintenance:confirm.send'));
    const code = codeIn(await untilQuestion(user));
    const stored = await bot.app.db.maintenanceReport.findFirstOrThrow({ orderBy: { id: 'desc' }, include: { building: true } });
    expect(stored).toMatchObject({ place: 'common', commonArea: 'stairs', staircase: 'B', category: 'water' });
    expect(stored.building.code).toBe('SS-0002');
    expect(JSON.parse(stored.details)).toEqual({ ceiling: 'no' });
    expect(code).toMatch(/^MI-\d{4}-\d{6}$/);
    expect(description).toBeDefined();
  });

  it('an unknown building code in a deep link is explained, and the tenant chooses the address', async () => {
    const t = it_();
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Pia', languageCode: 'it' });
    user.start('b_XX-9999');
    const messages = await untilQuestion(user);
    expect(messages.map((message) => message.text)).toContain(t('maintenance:unknownBuilding'));
    expect(messages.at(-1)!.text).toBe(t('maintenance:start'));
  });

  it('danger comes first: gas gives the instructions, 112 and the numbers coordinators set', async () => {
    const admin = await ConsoleClient.login(`http://127.0.0.1:${bot.app.port}`, ADMIN.email, ADMIN.password);
    const saved = await admin.call('PUT', '/emergency-numbers', [{ neighbourhoodId: null, label: 'Pronto intervento ALER', number: '800 013 191' }]);
    expect(saved.status).toBe(204);
    const wrong = await admin.call('PUT', '/emergency-numbers', [{ neighbourhoodId: 'atlantide', label: 'X', number: '12345' }]);
    expect(wrong.status).toBe(400);

    const t = it_();
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Ada', languageCode: 'it' });
    const safety = await atSafety(user);
    press(user, safety, t('maintenance:safety.gas'));
    const [instructions, after] = await untilQuestion(user);
    expect(instructions!.text).toBe([t('maintenance:hazard.gas'), '', t('maintenance:hazard.call112'), '📞 Pronto intervento ALER: 800 013 191'].join('\n'));
    expect(after!.text).toBe(t('maintenance:safety.afterHazard'));
    await answer(user, after!, t('maintenance:button.continueReport'), t('maintenance:askCategory'));
  });

  it('an emergency number is named in the tenant\'s language where coordinators translated it, else in Italian', async () => {
    const admin = await ConsoleClient.login(`http://127.0.0.1:${bot.app.port}`, ADMIN.email, ADMIN.password);
    const numbers = [{ neighbourhoodId: null, label: 'Pronto intervento ALER', number: '800 013 191', translations: { ar: { label: 'طوارئ ALER (أعطال خطيرة)' } } }];
    expect((await admin.call('PUT', '/emergency-numbers', numbers)).status).toBe(204);
    expect((await admin.call('GET', '/emergency-numbers')).body).toEqual([{ neighbourhoodId: null, label: 'Pronto intervento ALER', number: '800 013 191', translations: { ar: { label: 'طوارئ ALER (أعطال خطيرة)' } } }]);
    for (const [language, label] of [['ar', 'طوارئ ALER (أعطال خطيرة)'], ['bn', 'Pronto intervento ALER']] as const) {
      const t = i18n.getFixedT(language);
      const user = bot.fake.user({ id: nextUserId++, firstName: 'Amal', languageCode: language });
      press(user, await atSafety(user, t), t('maintenance:safety.gas'));
      const [instructions] = await untilQuestion(user);
      expect(instructions!.text).toContain(`📞 ${label}: 800 013 191`);
    }
  });

  it('explains wrong files and texts in the tenant language, keeping what was right', async () => {
    const t = it_();
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Ugo', languageCode: 'it' });
    let filesQuestion!: BotMessage;
    const sentPromise = reportFault(user, t, {
      category: 'other',
      place: async (question) => {
        const where = await answer(user, question, t('common:neighbourhood.mazzini'), t('maintenance:place.askAddress', { neighbourhood: t('common:neighbourhood.mazzini') }));
        user.sendText('Via che non esiste 99');
        const again = await expectQuestion(user, t('maintenance:place.askAddress', { neighbourhood: t('common:neighbourhood.mazzini') }));
        expect(where).toBeDefined();
        const kind = await answer(user, again, '🏠 Via Oglio 18', t('maintenance:place.askKind', { address: 'Via Oglio 18' }));
        const area = await answer(user, kind, t('maintenance:place.common'), t('maintenance:place.askArea'));
        press(user, area, t('maintenance:area.courtyard'));
        const description = await expectQuestion(user, askDescription(t, 'other'));
        user.sendText('x'.repeat(5000));
        const retry = await untilQuestion(user);
        expect(retry.at(-1)!.text).toContain(t('common:tooLong', { count: 1000 }));
        return description;
      },
      description: 'Cancello del cortile rotto',
      files: async (tenant) => {
        const problems: [() => void, string][] = [
          [() => tenant.sendDocument({ fileName: 'contratto.pdf', mimeType: 'application/pdf', fileSize: 20_000 }), 'notImage'],
          [() => tenant.sendDocument({ fileName: 'foto.heic', mimeType: 'image/heic', fileSize: 20_000 }), 'imageFormat'],
          [() => tenant.sendDocument({ fileName: 'grande.jpg', mimeType: 'image/jpeg', fileSize: 15 * 1024 * 1024 }), 'tooLarge'],
          [() => tenant.sendSticker({ emoji: '😀' }), 'unsupported'],
          [() => tenant.sendText('ecco'), 'notAFile'],
        ];
        for (const [send, problem] of problems) {
          send();
          filesQuestion = await expectQuestion(tenant, t(`maintenance:files.problem.${problem}`, { mb: 10 }));
          expect(filesQuestion.buttons.flat().map((button) => button.text)).toContain(t('maintenance:files.none'));
        }
        tenant.sendDocument({ fileName: 'cancello.png', mimeType: 'image/png', fileSize: 50_000, content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
      },
    });
    const { sent, summary } = await sentPromise;
    const code = codeIn(sent);
    const stored = await bot.app.db.maintenanceReport.findFirstOrThrow({ where: { id: Number(code.slice(-6)) }, include: { files: true } });
    expect(stored.files.map((file) => file.mimeType)).toEqual(['image/png']);
    expect(stored.description).toBe('Cancello del cortile rotto');

    // The send button pressed again (a double tap, or another device of the tenant) is acknowledged and ignored: nothing is sent twice.
    const send = summary.at(-1)!.buttons.flat().find((button) => button.text === t('maintenance:confirm.send'))!;
    user.pressButton(summary.at(-1)!.messageId, send.callbackData!, { allowMissingButton: true });
    await expect(user.nextBotMessage(1500)).rejects.toThrow(/no new message/);
    expect(await bot.app.db.maintenanceReport.count({ where: { category: 'other' } })).toBe(1);

    // Typed codes: one's own report is shown, somebody else's is not.
    user.sendText(code);
    const card = await untilQuestion(user);
    expect(card[0]!.text).toContain(code);
    expect(card[0]!.text).toContain(t('maintenance:card.status', { status: t('maintenance:status.received') }));
    const stranger = bot.fake.user({ id: nextUserId++, firstName: 'Eva', languageCode: 'it' });
    stranger.start();
    await untilQuestion(stranger);
    stranger.sendText(code);
    expect((await untilQuestion(stranger))[0]!.text).toBe(t('maintenance:code.notYours', { code }));
  });
});
