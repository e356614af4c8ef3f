import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { parseReportCode } from '../../../dialogs/maintenance/reportDesk';
import { press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { answer, askDescription, codeIn, expectQuestion, reportFault } from '../../support/reportFlow';

describe('a tenant reports a fault through Telegram', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let nextUserId = 7000;

  beforeAll(async () => {
    bot = await startBotUnderTest();
    i18n = await createI18n();
  });
  afterAll(() => bot.stop());

  const report = (code: string) =>
    bot.app.db.maintenanceReport.findUniqueOrThrow({ where: { id: parseReportCode(code)!.id }, include: { reporters: true, files: true, building: true } });

  it.each([
    ['it', 'Gratosoglio', 'gratosoglio', 'Via dei Missaglia 51'],
    ['ar', 'San Siro', 'sanSiro', 'Via Preneste 5'],
    ['zh', 'Mazzini', 'mazzini', 'Via Mompiani 5'],
  ])('in %s: lift fault, asked only its staircase, with a photo and a voice note, gets a code and is stored whole', async (language, _name, neighbourhood, address) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Rosa', languageCode: language });
    const { summary, sent } = await reportFault(user, t, {
      category: 'lift',
      place: async (question) => {
        expect(question.text).toBe(t('maintenance:place.askNeighbourhood'));
        const where = await answer(user, question, t(`common:neighbourhood.${neighbourhood}`), t('maintenance:place.askAddress', { neighbourhood: t(`common:neighbourhood.${neighbourhood}`) }));
        // The lift is a common area: no "flat or common area?", no "where?", only the staircase.
        const staircase = await answer(user, where, `🏠 ${address}`, t('maintenance:place.askStaircase'));
        return answer(user, staircase, t('maintenance:place.staircaseName', { name: 'B' }), askDescription(t, 'lift'));
      },
      description: 'Ascensore bloccato al terzo piano',
      // The staircase names the lift: "which lift?" is not asked.
      questions: async (stuck) => {
        expect(stuck.text).toBe(t('maintenance:question.liftStuck'));
        return answer(user, stuck, t('maintenance:answer.yes'), t('maintenance:files.ask', { max: 5 }));
      },
      files: async (tenant) => {
        tenant.sendPhoto({ width: 1280, height: 960 });
        const received = await expectQuestion(tenant, t('maintenance:files.received', { count: 1, max: 5 }));
        expect(received.buttons.flat().map((button) => button.text)).toContain(t('maintenance:files.done'));
        tenant.sendVoice({ duration: 6 });
      },
    });
    const summaryText = summary.map((message) => message.text).join('\n');
    expect(summaryText).toContain(t('maintenance:summary.category', { category: t('maintenance:category.lift') }));
    expect(summaryText).toContain(t('maintenance:place.staircaseName', { name: 'B' }));
    expect(summaryText).not.toContain(t('maintenance:summary.access', { access: t('maintenance:access.anytime') }));
    expect(summaryText).toContain(t('maintenance:summary.photos', { count: 1 }));
    expect(summaryText).toContain(t('maintenance:summary.voice', { count: 1 }));
    const code = codeIn(sent);
    expect(sent.map((message) => message.text)).toContain(t('maintenance:sent.done', { code }));

    const stored = await report(code);
    expect(stored).toMatchObject({ category: 'lift', status: 'received', place: 'common', commonArea: 'lift', staircase: 'B', floor: null, flat: null, access: null, source: 'telegram' });
    expect(JSON.parse(stored.details)).toEqual({ liftStuck: 'yes' });
    expect(stored.building.address).toBe(address);
    expect(stored.reporters).toHaveLength(1);
    expect(stored.reporters[0]!.language).toBe(language);
    expect(stored.files.map((file) => [file.kind, file.mimeType])).toEqual([['photo', 'image/jpeg'], ['voice', 'audio/ogg']]);
    expect(stored.files.every((file) => file.data.length > 0)).toBe(true);
  });

  it('remembers the address for the next report, and "another fault here" skips the place', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Gino', languageCode: 'it' });
    const first = await reportFault(user, t, {
      category: 'heating',
      place: async (question) => {
        const where = await answer(user, question, t('common:neighbourhood.moliseCalvairate'), t('maintenance:place.askAddress', { neighbourhood: t('common:neighbourhood.moliseCalvairate') }));
        user.sendText('ciceri visconti 7');
        const kind = await expectQuestion(user, t('maintenance:place.askKind', { address: 'Via Ciceri Visconti 7' }));
        const floor = await answer(user, kind, t('maintenance:place.flat'), t('maintenance:place.askFloor'));
        const flat = await answer(user, floor, t('maintenance:place.groundFloor'), t('maintenance:place.askFlat'));
        press(user, flat, t('common:button.skip'));
        return expectQuestion(user, askDescription(t, 'heating'));
      },
      description: 'Termosifoni freddi',
      questions: async (since) => answer(user, since, t('maintenance:answer.days'), t('maintenance:files.ask', { max: 5 })),
      access: 'phone',
      // "Call me first" asks for the number: any digit system, spaces and dashes, read by the one normaliser.
      callPhone: '+39 ٣٣٣-١٢٣ ٤٥٦٧',
    });
    expect(first.summary.map((message) => message.text)).toContainEqual(expect.stringContaining(t('maintenance:summary.callPhone', { phone: '3331234567' })));
    // The description's example was the heating's (reportFault checks the question's exact text).
    expect(askDescription(t, 'heating')).toContain('«il termosifone in cucina è freddo»');
    const stored = await report(codeIn(first.sent));
    expect(stored.access).toBe('phone');
    expect(JSON.parse(stored.details)).toEqual({ heatingSince: 'days', callPhone: '3331234567' });
    const after = first.sent.at(-1)!;
    const category = await answer(user, after, t('maintenance:after.another'), t('maintenance:askCategory'));
    const description = await answer(user, category, t('maintenance:category.intercom'), askDescription(t, 'intercom'));
    expect(description).toBeDefined();

    // A new report later starts from the remembered address.
    user.sendText('/menu');
    press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.maintenance'));
    const start = await expectQuestion(user, t('maintenance:start'));
    const safety = await answer(user, start, t('maintenance:button.newReport'), t('maintenance:safety.ask'));
    const categoryAgain = await answer(user, safety, t('maintenance:safety.none'), t('maintenance:askCategory'));
    press(user, categoryAgain, t('maintenance:category.doors'));
    const remembered = await expectQuestion(user, t('maintenance:place.remembered', { place: `Via Ciceri Visconti 7, ${t('maintenance:place.groundFloor')}` }));
    const kind = await answer(user, remembered, t('maintenance:place.same'), t('maintenance:place.askKind', { address: 'Via Ciceri Visconti 7' }));
    await answer(user, kind, t('maintenance:place.flat'), askDescription(t, 'doors'));
    const code = codeIn(first.sent);
    expect((await report(code)).floor).toBe('0');
  });
});
