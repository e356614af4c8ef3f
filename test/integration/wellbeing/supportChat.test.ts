import path from 'node:path';
import type { i18n as I18n, TFunction } from 'i18next';
import pino from 'pino';
import { createI18n } from '../../../bot/i18n/i18n';
import { ChatNotifier } from '../../../bot/services/support/chatNotifier';
import { PartnerChats } from '../../../bot/services/support/partnerChats';
import { supportKey } from '../../../bot/services/support/sealing';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, createAccount } from '../../support/consoleClient';
import type { FakeUser } from '../../support/fakeTelegram';
import { chatRows, nextQuestion, tenantOpensChat, trailRefs, visible } from '../../support/wellbeingFlow';
import { conversationStateKey } from '../../../bot/state/conversationStates';
import { until } from '../../support/until';

interface ChatSummary {
  id: string;
  status: string;
  language: string;
  messages: number;
  mine: boolean;
  operatorName: string | null;
}
interface ChatView {
  status: string;
  mine: boolean;
  messages: { fromOperator: boolean; text: string }[];
}

const LEFT = 'the person has left the chat';
const PASSWORD = 'staff-password-123';

describe('the discreet path: a chat with a partner operator', () => {
  let bot: BotUnderTest;
  let i18n: I18n;
  let base: string;
  let admin: ConsoleClient;
  let operator: ConsoleClient;
  let colleague: ConsoleClient;
  let nextUserId = 15000;

  /** A new account, logged in (log-in is limited to 10 a minute: the admin logs in once). */
  async function account(email: string, role: string, neighbourhoodIds: string[] = []): Promise<ConsoleClient> {
    await createAccount(base, admin, { email, name: email.split('@')[0]!, role, neighbourhoodIds }, PASSWORD);
    return ConsoleClient.login(base, email, PASSWORD);
  }

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    i18n = await createI18n();
    base = `http://127.0.0.1:${bot.app.port}`;
    admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    operator = await account('elena@cav.test', 'partner_support');
    colleague = await account('marta@cav.test', 'partner_support');
  });
  afterAll(() => bot.stop());

  const chats = async () => (await operator.expect<{ chats: ChatSummary[] }>(200, 'GET', '/support/chats')).chats;
  const newTenant = (language: string) => bot.fake.user({ id: nextUserId++, firstName: 'Amal', languageCode: language });

  /** The waiting chat in this language once its messages reached it, as the operator's list shows it. */
  async function waitingChat(language: string, messages: number): Promise<ChatSummary> {
    let found: ChatSummary | undefined;
    await until(async () => {
      found = (await chats()).find((chat) => chat.status === 'waiting' && chat.language === language && chat.messages === messages);
      return found !== undefined;
    }, 5000, `a waiting chat in ${language} with ${messages} messages`);
    return found!;
  }

  /** A tenant in the chat, written once, and the chat as the operator has taken it; before: the chat's messages before the path. */
  async function chatTaken(t: TFunction, language: string, first: string): Promise<{ user: FakeUser; chatId: string; before: number[] }> {
    const user = newTenant(language);
    user.start();
    const menu = await nextQuestion(user);
    const before = visible(user).map((message) => message.messageId);
    await tenantOpensChat(user, t, menu);
    user.sendText(first);
    const chat = await waitingChat(language, 1);
    await operator.expect(204, 'POST', `/support/chats/${chat.id}/take`);
    expect((await user.nextBotMessage()).text).toBe(t('wellbeing:chat.taken'));
    return { user, chatId: chat.id, before };
  }

  it('in Arabic: the operator takes the chat and answers, the tenant sees it with the quick exit and writes back; the operator ends it', async () => {
    const t = i18n.getFixedT('ar');
    const user = newTenant('ar');
    const waiting = await tenantOpensChat(user, t);
    expect(waiting.text).toBe([t('wellbeing:chat.waiting'), t('wellbeing:chat.idle', { count: 20 })].join('\n\n'));
    expect(labels(waiting)).toEqual([t('common:button.quickExit'), t('wellbeing:chat.endButton')]);
    const first = 'أحتاج إلى مساعدة، لا أستطيع الاتصال';
    user.sendText(first);
    const listed = await waitingChat('ar', 1);
    expect(listed).toEqual(expect.objectContaining({ mine: false, operatorName: null }));
    // Sealed: neither the chat's address nor the message can be read in the database.
    expect((await bot.app.db.supportChat.findUniqueOrThrow({ where: { id: listed.id } })).sealed).not.toContain(String(user.id));
    expect((await bot.app.db.supportChatMessage.findFirstOrThrow({ where: { chatId: listed.id } })).sealed).not.toContain(first);

    await operator.expect(204, 'POST', `/support/chats/${listed!.id}/take`);
    const taken = await user.nextBotMessage();
    expect(taken.text).toBe(t('wellbeing:chat.taken'));
    expect(labels(taken)).toEqual([t('common:button.quickExit'), t('wellbeing:chat.endButton')]);
    // One operator per chat: her colleague can neither take it nor read it.
    const second = await colleague.call<{ message: string; detail: { reason: string } }>('POST', `/support/chats/${listed!.id}/take`);
    expect([second.status, second.body.detail.reason]).toEqual([409, 'taken']);
    expect((await colleague.call('GET', `/support/chats/${listed!.id}`)).status).toBe(403);
    const seenByColleague = (await colleague.expect<{ chats: ChatSummary[] }>(200, 'GET', '/support/chats')).chats.find((chat) => chat.id === listed.id);
    expect(seenByColleague).toEqual(expect.objectContaining({ status: 'open', mine: false, operatorName: 'elena' }));

    const answer = 'مرحبًا، أنا هنا. هل أنت في أمان الآن؟';
    await operator.expect(201, 'POST', `/support/chats/${listed!.id}/messages`, { text: answer });
    const shown = await user.nextBotMessage();
    expect(shown.text).toBe(t('wellbeing:chat.fromOperator', { text: answer }));
    expect(labels(shown)).toEqual([t('common:button.quickExit'), t('wellbeing:chat.endButton')]);
    const reply = 'نعم، أنا وحدي الآن';
    user.sendText(reply);
    await until(async () => (await chatRows(bot.app.db, listed.id)).messages === 3, 5000, 'the answer reaching the chat');
    const view = await operator.expect<ChatView>(200, 'GET', `/support/chats/${listed!.id}`);
    expect(view.messages).toEqual([
      expect.objectContaining({ fromOperator: false, text: first }),
      expect.objectContaining({ fromOperator: true, text: answer }),
      expect.objectContaining({ fromOperator: false, text: reply }),
    ]);

    await operator.expect(204, 'POST', `/support/chats/${listed!.id}/end`);
    expect((await user.nextBotMessage()).text).toBe(t('wellbeing:chat.endedByOperator'));
    expect((await nextQuestion(user)).text).toBe(t('wellbeing:menu'));
    expect(await chatRows(bot.app.db, listed.id)).toEqual({ chats: 0, messages: 0 });
    const late = await operator.call<{ message: string }>('POST', `/support/chats/${listed!.id}/messages`, { text: 'ci sei?' });
    expect([late.status, late.body.message]).toEqual([409, LEFT]);
    expect((await operator.call('GET', `/support/chats/${listed!.id}`)).status).toBe(404);

    // Nothing of it reached the community desk or the transcript the managers read.
    expect(await bot.app.db.personRequest.count()).toBe(0);
    const transcript = (await bot.app.db.transcriptEntry.findMany({ where: { tenant: { channelUserId: String(user.id) } } })).map((entry) => entry.text).join('\n');
    expect([first, answer, reply, t('wellbeing:chat.waiting')].filter((text) => transcript.includes(text))).toEqual([]);
  }, 60_000);

  it('the tenant ends the chat with its button: the chat is deleted and the tenant is back at the path\'s menu', async () => {
    const t = i18n.getFixedT('it');
    const { user, chatId } = await chatTaken(t, 'it', 'Vorrei parlare con qualcuno');
    await operator.expect(201, 'POST', `/support/chats/${chatId}/messages`, { text: 'Certo, dimmi pure.' });
    const reply = await user.nextBotMessage();
    press(user, reply, t('wellbeing:chat.endButton'));
    expect((await user.nextBotMessage()).text).toBe(t('wellbeing:chat.ended'));
    expect((await nextQuestion(user)).text).toBe(t('wellbeing:menu'));
    expect(await chatRows(bot.app.db, chatId)).toEqual({ chats: 0, messages: 0 });
    const late = await operator.call<{ message: string }>('POST', `/support/chats/${chatId}/messages`, { text: 'Sei ancora lì?' });
    expect([late.status, late.body.message]).toEqual([409, LEFT]);
  }, 60_000);

  it('quick exit during a chat deletes every message of the path from the chat and the chat from the database', async () => {
    const t = i18n.getFixedT('es');
    const { user, chatId, before } = await chatTaken(t, 'es', 'Necesito ayuda');
    await operator.expect(201, 'POST', `/support/chats/${chatId}/messages`, { text: 'Estoy aquí. ¿Puede hablar?' });
    const reply = await user.nextBotMessage();
    // The trail, in the chat's sealed state, lists every message of the path: the operator's reply too.
    expect(await trailRefs(bot.app.stateStorage, user)).toHaveLength(visible(user).length - before.length);
    press(user, reply, t('common:button.quickExit'));
    const innocuous = await user.nextBotMessage();
    expect(innocuous.text).toBe(t('common:innocuous'));
    await until(() => visible(user).length === before.length + 1, 8000, 'the path leaving the chat');
    expect(visible(user).map((message) => message.messageId)).toEqual([...before, innocuous.messageId]);
    expect(await chatRows(bot.app.db, chatId)).toEqual({ chats: 0, messages: 0 });
    await until(async () => (await trailRefs(bot.app.stateStorage, user)) === undefined, 5000, 'the trail going');
    const late = await operator.call<{ message: string }>('POST', `/support/chats/${chatId}/messages`, { text: '¿Sigue ahí?' });
    expect([late.status, late.body.message]).toEqual([409, LEFT]);
  }, 60_000);

  it('a chat whose person has gone (state lost) answers the operator that the person has left, and is deleted', async () => {
    const t = i18n.getFixedT('en');
    const { user, chatId } = await chatTaken(t, 'en', 'Hello');
    await bot.app.stateStorage.delete([conversationStateKey('telegram', String(user.id))]);
    const sent = await operator.call<{ message: string; detail: { reason: string } }>('POST', `/support/chats/${chatId}/messages`, { text: 'Are you there?' });
    expect([sent.status, sent.body.message, sent.body.detail.reason]).toEqual([409, LEFT, 'left']);
    expect(await chatRows(bot.app.db, chatId)).toEqual({ chats: 0, messages: 0 });
    expect(user.chat().some((message) => message.text?.includes('Are you there?'))).toBe(false);
  }, 60_000);

  it('deletes a chat a day after its last message', async () => {
    const t = i18n.getFixedT('it');
    const { chatId } = await chatTaken(t, 'it', 'Ci sei?');
    const key = supportKey(undefined, path.join(path.dirname(bot.database.url.slice('file:'.length)), 'support.key'));
    const hoursLater = (hours: number) => new PartnerChats(bot.app.db, key, new ChatNotifier(bot.app.gateway, pino({ level: 'silent' })), 5, () => new Date(Date.now() + hours * 3_600_000));
    await hoursLater(23).sweep();
    expect(await chatRows(bot.app.db, chatId)).toEqual({ chats: 1, messages: 1 });
    await hoursLater(25).sweep();
    expect(await chatRows(bot.app.db, chatId)).toEqual({ chats: 0, messages: 0 });
  }, 60_000);

  it('refuses the chats to every other role (403) and checks what operators send', async () => {
    const t = i18n.getFixedT('it');
    const { chatId } = await chatTaken(t, 'it', 'Aiuto');
    const others = [
      admin,
      await account('coord@casa.test', 'coordinator'),
      await account('cm@casa.test', 'community_manager', ['san-siro']),
      await account('nurse@casa.test', 'nurse', ['san-siro']),
    ];
    for (const other of others) {
      const answers = [
        await other.call('GET', '/support/chats'),
        await other.call('GET', `/support/chats/${chatId}`),
        await other.call('POST', `/support/chats/${chatId}/take`),
        await other.call('POST', `/support/chats/${chatId}/messages`, { text: 'x' }),
        await other.call('POST', `/support/chats/${chatId}/end`),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403]);
    }
    expect((await operator.call('POST', `/support/chats/${chatId}/messages`, { text: '   ' })).status).toBe(400);
    expect((await operator.call('POST', `/support/chats/${chatId}/messages`, { text: 'x'.repeat(2001) })).status).toBe(400);
    expect((await operator.call('POST', `/support/chats/${chatId}/messages`, { note: 'no text' })).status).toBe(400);
    expect((await operator.call('POST', `/support/chats/${'x'.repeat(41)}/take`)).status).toBe(400);
    expect((await operator.call('POST', `/support/chats/${chatId}/end`, undefined, { csrf: false })).status).toBe(403);
    await operator.expect(204, 'POST', `/support/chats/${chatId}/end`);
  }, 60_000);
});
