import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN_ENV, staffSession, type ConsoleClient } from '../../support/consoleClient';
import { until } from '../../support/until';
import { tenantOpensChat, typesCallbackNumber } from '../../support/wellbeingFlow';

const HOUR_MS = 60 * 60 * 1000;
const RANDOM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every time of a row that is a Date, by column. */
function timesOf(row: object): Date[] {
  return Object.values(row).filter((value): value is Date => value instanceof Date);
}

const isWholeHour = (time: Date) => time.getTime() % HOUR_MS === 0;
/** A time written by the turns of this test (not rounded to the hour, unless by a one-in-millions chance). */
const isExactAndRecent = (iso: string, since: number) => new Date(iso).getTime() >= since && !isWholeHour(new Date(iso));

/**
 * The call-back and the partner chat are written in the tenant's turns: their plain times are hours and their ids
 * random, so they cannot be joined with the other rows of those turns; the partners still see the exact times.
 */
describe('the discreet path\'s rows hold no time that ties them to the turn that wrote them', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let partner: ConsoleClient;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    const base = `http://127.0.0.1:${bot.app.port}`;
    await bot.app.db.codeWord.create({ data: { word: 'girasole' } });
    partner = await staffSession(base, { email: 'op@ebano.test', name: 'Operatrice', role: 'partner_support', neighbourhoodIds: [] });
  });
  afterAll(() => bot.stop());

  it('keeps a call-back\'s and a chat\'s plain times to the hour, with random ids; the partner reads the exact times', async () => {
    const t = i18n.getFixedT('it');
    const since = Date.now();
    const asking = bot.fake.user({ id: 68_001, firstName: 'Lucia', languageCode: 'it' });
    await typesCallbackNumber(asking, t, 'girasole', '3331112222');
    press(asking, (await untilQuestion(asking)).at(-1)!, t('wellbeing:callback.tomorrowEvening'));
    await until(async () => (await bot.app.db.callbackRequest.count()) === 1, 5000, 'the call-back');
    const writing = bot.fake.user({ id: 68_002, firstName: 'Nadia', languageCode: 'it' });
    await tenantOpensChat(writing, t);
    writing.sendText('Ho bisogno di parlare');
    await until(async () => (await bot.app.db.supportChatMessage.count()) === 1, 5000, 'the chat message');

    const rows = [...(await bot.app.db.callbackRequest.findMany()), ...(await bot.app.db.supportChat.findMany()), ...(await bot.app.db.supportChatMessage.findMany())];
    expect(rows).toHaveLength(3);
    expect(rows.flatMap(timesOf).filter((time) => !isWholeHour(time))).toEqual([]);
    expect(rows.map((row) => row.id).filter((id) => !RANDOM_ID.test(id))).toEqual([]);

    const [request] = await partner.expect<{ askedAt: string }[]>(200, 'GET', '/support/callbacks');
    expect(isExactAndRecent(request!.askedAt, since)).toBe(true);
    const { chats } = await partner.expect<{ chats: { id: string; createdAt: string; lastActivityAt: string }[] }>(200, 'GET', '/support/chats');
    expect(chats.map((chat) => isExactAndRecent(chat.createdAt, since) && isExactAndRecent(chat.lastActivityAt, since))).toEqual([true]);
    expect(new Date(chats[0]!.lastActivityAt).getTime()).toBeGreaterThan(new Date(chats[0]!.createdAt).getTime());
    const chat = await partner.expect<{ messages: { text: string; at: string }[] }>(200, 'GET', `/support/chats/${chats[0]!.id}`);
    expect(chat.messages.map((message) => [message.text, isExactAndRecent(message.at, since)])).toEqual([['Ho bisogno di parlare', true]]);
  }, 60_000);
});
