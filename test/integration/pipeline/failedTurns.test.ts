import type { TFunction } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { until } from '../../support/until';

interface FailedTurnView {
  id: string;
  at: string;
  flow: string | null;
  error: string;
}

/** A turn that fails on a bug: answered once with the error text, kept with its error (never the text), run again by a coordinator. */
describe('failed turns', () => {
  let bot: BotUnderTest;
  let t: TFunction;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    t = (await createI18n()).getFixedT('it');
  });
  afterAll(() => bot.stop());

  it('answers the error text once, lists the turn for coordinators and admins, and a coordinator runs it again', async () => {
    const user = bot.fake.user({ id: 31_000, firstName: 'Bruno', languageCode: 'it' });
    user.start();
    await untilQuestion(user);
    // A conversation state that cannot be read: every turn of this chat meets the same fault (a bug, not a blip).
    await bot.app.db.stateItem.updateMany({ data: { data: 'not-a-sealed-state' } });
    const written = 'una frase da non conservare';
    user.sendText(written);
    expect((await user.nextBotMessage()).text).toBe(t('common:error'));

    const base = `http://127.0.0.1:${bot.app.port}`;
    const coordinator = await staffSession(base, { email: 'coord@casa.test', name: 'Carla', role: 'coordinator', neighbourhoodIds: [] });
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    let listed: FailedTurnView[] = [];
    await until(async () => (listed = await coordinator.expect<FailedTurnView[]>(200, 'GET', '/failed-turns')).length === 1, 5000, 'the failed turn in the list');
    expect(listed[0]!.error).toMatch(/^\w*Error/);
    expect(JSON.stringify(listed)).not.toContain(written);
    expect(await admin.expect<FailedTurnView[]>(200, 'GET', '/failed-turns')).toHaveLength(1);
    const row = await bot.app.db.inboxUpdate.findFirstOrThrow({ where: { status: 'failed' } });
    expect(`${row.error}${row.flow}`).not.toContain(written);

    expect((await admin.call('POST', `/failed-turns/${listed[0]!.id}/retry`)).status).toBe(403);
    // The error answer reset the broken state: run again, the turn now works.
    await coordinator.expect(204, 'POST', `/failed-turns/${listed[0]!.id}/retry`);
    const replies = await untilQuestion(user);
    expect(replies.at(-1)!.text).toContain(t('menu:prompt'));
    expect(await coordinator.expect<FailedTurnView[]>(200, 'GET', '/failed-turns')).toEqual([]);
    expect(user.chat().filter((message) => message.text === t('common:error'))).toHaveLength(1);
  });
});
