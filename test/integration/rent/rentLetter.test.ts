import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { addDays, toLocal } from '../../../bot/services/desk/zonedTime';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';
import { sendLetter, toRentStart } from '../../support/rentFlow';
import { answer } from '../../support/reportFlow';

interface QueueItem {
  id: number;
  topic: string;
  urgent: boolean;
  neighbourhoodId: string;
}
interface RequestView {
  request: QueueItem;
  messages: { author: string; kind: string; text: string | null; fileUrl: string | null }[];
  transcript: { direction: string; text: string }[];
}

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' }));
/** A date typed as the tenant reads it in the letter, "d/m/yyyy". */
const typed = (iso: string) => iso.split('-').reverse().map(Number).join('/');

describe('rent, bills and letters: a letter reaches the managers as a "rent" request', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let manager: ConsoleClient;
  let nextUserId = 20000;
  const today = toLocal(new Date()).date;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    const base = `http://127.0.0.1:${bot.app.port}`;
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    expect((await admin.call('PUT', '/neighbourhoods/san-siro/settings', { claimLimitMinutes: 10, staffChatId: null, openingHours: ALL_WEEK, holidays: [] })).status).toBe(204);
    manager = await staffSession(base, { email: 'lucia@casa.test', name: 'Lucia', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
  });
  afterAll(() => bot.stop());

  async function requestOf(userId: number): Promise<RequestView> {
    const row = await bot.app.db.personRequest.findFirstOrThrow({ where: { tenant: { channelUserId: String(userId) } }, orderBy: { id: 'desc' } });
    const view = await manager.call('GET', `/requests/${row.id}`);
    expect(view.status).toBe(200);
    return view.body as RequestView;
  }

  it.each([
    ['it', 10, true],
    ['ar', 45, false],
    ['es', undefined, false],
  ] as const)('in %s: the photo and the date (%s days ahead) reach the queue with topic "rent", urgent: %s', async (language, daysAhead, urgent) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Samira', languageCode: language });
    const start = await toRentStart(user, t);
    const date = daysAhead === undefined ? undefined : addDays(today, daysAhead);
    const [queued] = await sendLetter(user, t, start, date === undefined ? undefined : typed(date));
    // The tenant is told when they will be answered, and can leave the queue.
    expect(queued!.text).toContain(t('person:queued', { neighbourhood: t('common:neighbourhood.sanSiro') }));
    expect(labels(queued!)).toEqual([t('person:cancelButton')]);

    const { request, messages, transcript } = await requestOf(user.id);
    expect(request).toMatchObject({ topic: 'rent', urgent, neighbourhoodId: 'san-siro' });
    expect(messages[0]).toMatchObject({ author: 'tenant', kind: 'photo' });
    expect(messages[0]!.fileUrl).toBeTruthy();
    const [year, month, day] = (date ?? '').split('-');
    expect(messages[0]!.text).toBe(date ? `ALER\n📅 ${day}/${month}/${year}` : 'ALER');
    // The path is private: nothing of it is in the transcript the managers read.
    expect(transcript.map((entry) => entry.text).join('\n')).not.toContain(t('rent:letter.askDated'));
  });

  it('asks the date again when it is not understood; a letter sent while a request is open joins it and makes it urgent', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Paolo', languageCode: 'it' });
    const [queued] = await sendLetter(user, t, await toRentStart(user, t), undefined);
    expect(labels(queued!)).toEqual([t('person:cancelButton')]);
    const first = await requestOf(user.id);
    expect(first.request.urgent).toBe(false);

    // The manager hands the chat back to the bot: the request stays open (one open request per tenant).
    expect((await manager.call('POST', `/requests/${first.request.id}/claim`)).status).toBe(204);
    expect((await untilQuestion(user))[0]!.text).toBe(t('person:claimed', { name: 'Lucia' }));
    expect((await manager.call('POST', `/requests/${first.request.id}/hand-back`)).status).toBe(204);
    expect((await untilQuestion(user)).map((message) => message.text)).toContain(t('person:handedBack'));

    const replies = await sendLetter(user, t, await toRentStart(user, t), 'presto');
    expect(replies.map((message) => message.text)).toEqual([t('rent:letter.dateNotUnderstood'), t('rent:letter.askDate')]);
    user.sendText(typed(addDays(today, 3)));
    const again = await untilQuestion(user);
    expect(again.map((message) => message.text).join('\n')).toContain(t('person:alreadyOpen'));
    const second = await requestOf(user.id);
    expect(second.request).toMatchObject({ id: first.request.id, topic: 'rent', urgent: true });
    expect(second.messages.filter((message) => message.kind === 'photo')).toHaveLength(2);
  });

  it.each(['it', 'ar', 'es'])('in %s: "I cannot pay" explains the kinds of support, each marked as a sample to check', async (language) => {
    const t = i18n.getFixedT(language);
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Rosa', languageCode: language });
    let support = await answer(user, await toRentStart(user, t), t('rent:button.cantPay'), t('rent:support.intro'));
    for (const kind of ['plan', 'contribution', 'social', 'bring']) {
      press(user, support, t(`rent:support.button.${kind}`));
      const [text, again] = await untilQuestion(user);
      expect(text!.text).toBe(t(`rent:support.${kind}`));
      expect(again!.text).toBe(t('rent:support.intro'));
      support = again!;
    }
    expect(t('rent:support.plan')).toMatch(/ℹ️/);
  });

  it('counts the rent requests per neighbourhood and week in the figures', async () => {
    const admin = await ConsoleClient.login(`http://127.0.0.1:${bot.app.port}`, ADMIN.email, ADMIN.password);
    const { rows } = await admin.expect<{ rows: { neighbourhoodId: string; rentRequests: number; requests: number }[] }>(200, 'GET', '/figures?weeks=4');
    const sanSiro = rows.filter((row) => row.neighbourhoodId === 'san-siro');
    expect(sanSiro.reduce((sum, row) => sum + row.rentRequests, 0)).toBe(await bot.app.db.personRequest.count({ where: { topic: 'rent', neighbourhoodId: 'san-siro' } }));
    expect(sanSiro.reduce((sum, row) => sum + row.rentRequests, 0)).toBeGreaterThanOrEqual(4);
  });
});
