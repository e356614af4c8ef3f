import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../../bot/i18n/languages';
import { parseReportCode } from '../../../dialogs/maintenance/reportDesk';
import { labels, press, startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient } from '../../support/consoleClient';
import { answer, askDescription, codeIn, expectQuestion, reportFault } from '../../support/reportFlow';

describe('report, follow and confirm a repair, in every language', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let admin: ConsoleClient;
  let nextUserId = 9500;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    admin = await ConsoleClient.login(`http://127.0.0.1:${bot.app.port}`, ADMIN.email, ADMIN.password);
  });
  afterAll(() => bot.stop());

  it.each(SUPPORTED_LANGUAGES.map((language, index) => [language, index]))('%s', async (language, index) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Tenant', languageCode: language });
    // Each language reports a different category, so none joins another's report.
    const category = ['water', 'heating', 'electrical', 'lift', 'doors', 'intercom', 'damp', 'pests', 'common', 'other'][index]!;
    const { sent } = await reportFault(user, t, {
      category,
      place: async (question) => {
        const where = await answer(user, question, t('common:neighbourhood.gratosoglio'), t('maintenance:place.askAddress', { neighbourhood: t('common:neighbourhood.gratosoglio') }));
        if (category === 'lift') {
          // The lift is its own place: at most its staircase is asked.
          press(user, where, '🏠 Via Feraboli 12');
          const next = await expectQuestion(user, '');
          if (next.text !== t('maintenance:place.askStaircase')) return next;
          return answer(user, next, labels(next)[0]!, askDescription(t, category));
        }
        const kind = await answer(user, where, '🏠 Via Feraboli 12', t('maintenance:place.askKind', { address: 'Via Feraboli 12' }));
        const area = await answer(user, kind, t('maintenance:place.common'), t('maintenance:place.askArea'));
        return answer(user, area, t('maintenance:area.entrance'), askDescription(t, category));
      },
      description: `Guasto ${language}`,
      questions: async (question) => {
        const extra = { water: 'maintenance:answer.no', heating: 'maintenance:answer.today' }[category];
        if (category === 'lift') {
          const stuck = question.text === t('maintenance:question.liftStuck') ? question : await answer(user, question, t('common:button.skip'), t('maintenance:question.liftStuck'));
          return answer(user, stuck, t('maintenance:answer.no'), t('maintenance:files.ask', { max: 5 }));
        }
        return extra ? answer(user, question, t(extra), t('maintenance:files.ask', { max: 5 })) : question;
      },
    });
    const code = codeIn(sent);
    expect(sent.map((message) => message.text)).toContain(t('maintenance:sent.done', { code }));

    expect((await admin.call('POST', `/reports/${parseReportCode(code)!.id}/status`, { status: 'resolved' })).status).toBe(204);
    const resolved = await user.nextBotMessage();
    expect(resolved.text).toBe(t('maintenance:notice.resolved', { code }));
    press(user, resolved, t('maintenance:fix.yes'));
    expect((await user.nextBotMessage()).text).toBe(t('maintenance:fix.confirmed'));
    const reporter = await bot.app.db.reportReporter.findFirstOrThrow({ where: { reportId: parseReportCode(code)!.id } });
    expect(reporter).toMatchObject({ language, fixAnswer: 'yes' });
  });
});
