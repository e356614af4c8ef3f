import { Markup, Telegraf } from 'telegraf';
import { FakeBotApi, toChat, type FakeForumGroup, type FakeUser } from './index';
import { png, rawCall, telegramError } from './testHelpers';

const TOKEN = '123:ABC';
const GROUP_ID = -1001234567890;

let fake: FakeBotApi;
let bot: Telegraf;
let group: FakeForumGroup;

beforeEach(async () => {
  fake = await FakeBotApi.start({ token: TOKEN, botUsername: 'casa_test_bot' });
  bot = new Telegraf(TOKEN, { telegram: { apiRoot: fake.apiRoot } });
  group = fake.forumGroup({ id: GROUP_ID, title: 'Staff San Siro' });
});

afterEach(async () => {
  await fake.stop();
});

describe('forum topics', () => {
  it('creates topics with the default or a given icon color and posts forum_topic_created', async () => {
    const topic = await bot.telegram.createForumTopic(GROUP_ID, 'Amina K. – guasto caldaia');
    expect(topic).toEqual({ message_thread_id: 2, name: 'Amina K. – guasto caldaia', icon_color: 7322096 });
    const red = await bot.telegram.createForumTopic(String(GROUP_ID), 'Rossi', { icon_color: 0xfb6f5f, icon_custom_emoji_id: '5312536423851630001' });
    expect(red).toEqual({ message_thread_id: 3, name: 'Rossi', icon_color: 16478047, icon_custom_emoji_id: '5312536423851630001' });

    expect(group.topics()).toEqual([
      { messageThreadId: 2, name: 'Amina K. – guasto caldaia', iconColor: 7322096, closed: false, deleted: false, createdBy: 123 },
      expect.objectContaining({ messageThreadId: 3, name: 'Rossi', iconCustomEmojiId: '5312536423851630001' }),
    ]);
    const [created] = group.messagesInTopic(2, { includeService: true });
    expect(created).toMatchObject({ messageId: 2, from: 'bot', kind: 'service', threadId: 2 });
    expect(created?.raw).toMatchObject({
      message_thread_id: 2,
      is_topic_message: true,
      chat: { id: GROUP_ID, type: 'supergroup', title: 'Staff San Siro', is_forum: true },
      forum_topic_created: { name: 'Amina K. – guasto caldaia', icon_color: 7322096 },
    });
    expect(group.messagesInTopic(2)).toEqual([]); // service messages only on request
    expect(group.chat).toEqual({ id: GROUP_ID, type: 'supergroup', title: 'Staff San Siro', is_forum: true });
    expect(fake.pendingUpdates()).toEqual([]); // the bot gets no update for its own topic
  });

  it('cuts names to 128 characters and rejects empty names, non-forums and unknown chats', async () => {
    const long = await bot.telegram.createForumTopic(GROUP_ID, `  ${'x'.repeat(130)}\n`);
    expect(long.name).toBe('x'.repeat(128));
    const empty = await telegramError(() => bot.telegram.createForumTopic(GROUP_ID, '   '));
    expect([empty.code, empty.description]).toEqual([400, 'Bad Request: title must be non-empty']);

    fake.user({ id: 1001 }).sendText('hi');
    const privateChat = await telegramError(() => bot.telegram.createForumTopic(1001, 'x'));
    expect(privateChat.description).toBe('Bad Request: the chat is not a forum');
    const unknown = await telegramError(() => bot.telegram.createForumTopic(-1009999999999, 'x'));
    expect(unknown.description).toBe('Bad Request: chat not found');
    const badColor = await rawCall(fake.apiRoot, TOKEN, 'createForumTopic', { chat_id: GROUP_ID, name: 'x', icon_color: -1 });
    expect(badColor.body.description).toBe('Bad Request: invalid icon color specified');
  });

  it('edits, closes, reopens and deletes topics with the real errors', async () => {
    const { message_thread_id: id } = await bot.telegram.createForumTopic(GROUP_ID, 'Amina');
    await expect(bot.telegram.editForumTopic(GROUP_ID, id, { name: 'Amina K.' })).resolves.toBe(true);
    const same = await telegramError(() => bot.telegram.editForumTopic(GROUP_ID, id, { name: 'Amina K.' }));
    expect(same.description).toBe('Bad Request: TOPIC_NOT_MODIFIED');
    await expect(bot.telegram.editForumTopic(GROUP_ID, id, {})).resolves.toBe(true); // nothing to change

    await expect(bot.telegram.closeForumTopic(GROUP_ID, id)).resolves.toBe(true);
    expect(group.topic(id)).toMatchObject({ name: 'Amina K.', closed: true });
    const twice = await telegramError(() => bot.telegram.closeForumTopic(GROUP_ID, id));
    expect(twice.description).toBe('Bad Request: TOPIC_NOT_MODIFIED');
    // the bot can manage topics, so it may still write in the closed topic
    await expect(bot.telegram.sendMessage(GROUP_ID, 'still here', { message_thread_id: id })).resolves.toBeDefined();
    await bot.telegram.reopenForumTopic(GROUP_ID, id);
    expect(group.topic(id)?.closed).toBe(false);
    expect(group.messagesInTopic(id, { includeService: true }).map((m) => Object.keys(m.raw).find((k) => k.startsWith('forum_topic')) ?? m.text)).toEqual([
      'forum_topic_created',
      'forum_topic_edited',
      'forum_topic_closed',
      'still here',
      'forum_topic_reopened',
    ]);

    const unknown = await telegramError(() => bot.telegram.closeForumTopic(GROUP_ID, 999));
    expect(unknown.description).toBe('Bad Request: TOPIC_ID_INVALID');
    await expect(bot.telegram.deleteForumTopic(GROUP_ID, id)).resolves.toBe(true);
    expect(group.topics()).toEqual([]);
    expect(group.topic(id)?.deleted).toBe(true);
    expect(group.messagesInTopic(id, { includeService: true }).every((m) => m.deleted)).toBe(true);
    const afterDelete = await telegramError(() => bot.telegram.editForumTopic(GROUP_ID, id, { name: 'x' }));
    expect(afterDelete.description).toBe('Bad Request: TOPIC_ID_INVALID');
    const sendDeleted = await telegramError(() => bot.telegram.sendMessage(GROUP_ID, 'x', { message_thread_id: id }));
    expect(sendDeleted.description).toBe('Bad Request: message thread not found');
    const zero = await telegramError(() => bot.telegram.closeForumTopic(GROUP_ID, 0));
    expect(zero.description).toBe('Bad Request: invalid message thread identifier specified');
  });

  it('enforces the bot administrator rights', async () => {
    const limited = fake.forumGroup({ id: -1005555555555, title: 'Limited', botCanManageTopics: false, botCanDeleteMessages: false });
    const denied = await telegramError(() => bot.telegram.createForumTopic(limited.id, 'x'));
    expect(denied.description).toBe('Bad Request: not enough rights to create a topic');
    const staff = limited.member(fake.user({ id: 777, firstName: 'Giulia' }));
    const topicId = staff.createTopic('Turni').message?.message_thread_id ?? 0;
    const rename = await telegramError(() => bot.telegram.editForumTopic(limited.id, topicId, { name: 'y' }));
    expect(rename.description).toBe('Bad Request: not enough rights to edit the topic');
    const close = await telegramError(() => bot.telegram.closeForumTopic(limited.id, topicId));
    expect(close.description).toBe('Bad Request: not enough rights to close or open the topic');
    const remove = await telegramError(() => bot.telegram.deleteForumTopic(limited.id, topicId));
    expect(remove.description).toBe('Bad Request: not enough rights to delete the topic');
  });

  it('refuses to write to a topic a member closed when the bot cannot manage topics', async () => {
    const limited = fake.forumGroup({ id: -1005555555555, title: 'Limited', botCanManageTopics: false });
    expect(fake.forumGroup({ id: -1005555555555, title: 'ignored' })).toBe(limited); // same id → same group
    const giulia = limited.member(fake.user({ id: 777, firstName: 'Giulia' }));
    const topicId = giulia.createTopic('Turni').message?.message_thread_id ?? 0;
    await expect(bot.telegram.sendMessage(limited.id, 'open', { message_thread_id: topicId })).resolves.toBeDefined();
    const closed = giulia.closeTopic(topicId);
    expect(closed.message).toMatchObject({ message_thread_id: topicId, forum_topic_closed: {} });
    const error = await telegramError(() => bot.telegram.sendMessage(limited.id, 'x', { message_thread_id: topicId }));
    expect(error.description).toBe('Bad Request: TOPIC_CLOSED');
    expect(giulia.reopenTopic(topicId).message).toMatchObject({ forum_topic_reopened: {} });
    await expect(bot.telegram.sendMessage(limited.id, 'again', { message_thread_id: topicId })).resolves.toBeDefined();
  });
});

describe('sending to topics', () => {
  let topicId: number;
  beforeEach(async () => {
    topicId = (await bot.telegram.createForumTopic(GROUP_ID, 'Amina')).message_thread_id;
  });

  it('returns message_thread_id and is_topic_message, replying to the topic like Telegram', async () => {
    const sent = await bot.telegram.sendMessage(String(GROUP_ID), '<b>Nuova richiesta</b>', {
      message_thread_id: topicId,
      parse_mode: 'HTML',
      ...Markup.inlineKeyboard([Markup.button.callback('Chiudi', 'close')]),
    });
    expect(sent).toMatchObject({
      message_id: 3,
      chat: { id: GROUP_ID, type: 'supergroup', title: 'Staff San Siro', is_forum: true },
      message_thread_id: topicId,
      is_topic_message: true,
      text: 'Nuova richiesta',
      reply_to_message: { message_id: topicId, forum_topic_created: { name: 'Amina' } },
    });
    expect(sent.reply_to_message).not.toHaveProperty('reply_to_message');
    const reply = await bot.telegram.sendMessage(GROUP_ID, 'a reply', { reply_parameters: { message_id: sent.message_id } });
    expect(reply).toMatchObject({ message_thread_id: topicId, is_topic_message: true, reply_to_message: { message_id: sent.message_id } });

    const general = await bot.telegram.sendMessage(GROUP_ID, 'in General');
    expect(general).not.toHaveProperty('message_thread_id');
    expect(general).not.toHaveProperty('is_topic_message');
    expect(group.messagesInTopic('general').map((m) => m.text)).toEqual(['in General']);
    expect(group.messagesInTopic(topicId)).toEqual([
      expect.objectContaining({ from: 'bot', senderId: 123, threadId: topicId, text: 'Nuova richiesta', buttons: [[{ text: 'Chiudi', callbackData: 'close' }]] }),
      expect.objectContaining({ text: 'a reply' }),
    ]);
  });

  it('sends photos and documents to topics and rejects unknown threads', async () => {
    const photo = await bot.telegram.sendPhoto(GROUP_ID, { source: png(400, 300) }, { message_thread_id: topicId, caption: 'Foto' });
    expect(photo).toMatchObject({ message_thread_id: topicId, is_topic_message: true, caption: 'Foto' });
    const doc = await bot.telegram.sendDocument(GROUP_ID, { source: Buffer.from('%PDF-1.4'), filename: 'a.pdf' }, { message_thread_id: topicId });
    expect(doc).toMatchObject({ message_thread_id: topicId, document: { file_name: 'a.pdf' } });
    expect(group.messagesInTopic(topicId).map((m) => m.kind)).toEqual(['photo', 'document']);

    for (const threadId of [999, 1]) {
      const error = await telegramError(() => bot.telegram.sendMessage(GROUP_ID, 'x', { message_thread_id: threadId }));
      expect([error.code, error.description]).toEqual([400, 'Bad Request: message thread not found']);
    }
    fake.user({ id: 1001 }).sendText('hi');
    const privateThread = await telegramError(() => bot.telegram.sendMessage(1001, 'x', { message_thread_id: topicId }));
    expect(privateThread.description).toBe('Bad Request: message thread not found');
    await expect(bot.telegram.sendChatAction(GROUP_ID, 'typing', { message_thread_id: topicId })).resolves.toBe(true);
  });

  it('edits and deletes messages in the group', async () => {
    const sent = await bot.telegram.sendMessage(GROUP_ID, 'draft', { message_thread_id: topicId });
    await bot.telegram.editMessageText(GROUP_ID, sent.message_id, undefined, 'final');
    expect(group.message(sent.message_id)).toMatchObject({ text: 'final', editedAt: expect.any(Number) });
    const staffPost = group.member(fake.user({ id: 777 })).sendText(topicId, 'ok').message?.message_id ?? 0;
    await expect(bot.telegram.deleteMessages(GROUP_ID, [sent.message_id, staffPost, 4242])).resolves.toBe(true);
    expect(group.messagesInTopic(topicId).map((m) => m.deleted)).toEqual([true, true]);
    const root = await telegramError(() => bot.telegram.deleteMessage(GROUP_ID, topicId));
    expect(root.description).toBe("Bad Request: message can't be deleted");

    const limited = fake.forumGroup({ id: -1005555555555, title: 'Limited', botCanDeleteMessages: false });
    const otherTopic = (await bot.telegram.createForumTopic(limited.id, 'T')).message_thread_id;
    const memberPost = limited.member(fake.user({ id: 777 })).sendText(otherTopic, 'mine').message?.message_id ?? 0;
    const denied = await telegramError(() => bot.telegram.deleteMessage(limited.id, memberPost));
    expect(denied.description).toBe("Bad Request: message can't be deleted");
    const own = await bot.telegram.sendMessage(limited.id, 'own', { message_thread_id: otherTopic });
    await expect(bot.telegram.deleteMessage(limited.id, own.message_id)).resolves.toBe(true);
  });
});

describe('copying and forwarding', () => {
  let amina: FakeUser;
  let topicId: number;
  beforeEach(async () => {
    amina = fake.user({ id: 1001, firstName: 'Amina' });
    topicId = (await bot.telegram.createForumTopic(GROUP_ID, 'Amina')).message_thread_id;
  });

  it('copies every kind of user message into a topic', async () => {
    const sent = [
      amina.sendText('La caldaia è rotta https://example.org'),
      amina.sendPhoto({ width: 1600, height: 1200, caption: 'foto' }),
      amina.sendDocument({ fileName: 'contratto.pdf', mimeType: 'application/pdf', fileSize: 2000 }),
      amina.sendVoice({ duration: 7 }),
      amina.sendLocation(45.478, 9.123),
      amina.sendContact('+39 333 1234567', 'Amina', { userId: 1001 }),
    ];
    const ids: number[] = [];
    for (const update of sent) {
      const copy = await bot.telegram.copyMessage(GROUP_ID, 1001, update.message?.message_id ?? 0, { message_thread_id: topicId });
      expect(Object.keys(copy)).toEqual(['message_id']);
      ids.push(copy.message_id);
    }
    const copies = group.messagesInTopic(topicId);
    expect(copies.map((m) => [m.messageId, m.kind, m.copyOf?.messageId])).toEqual([
      [ids[0], 'text', 1], [ids[1], 'photo', 2], [ids[2], 'document', 3], [ids[3], 'voice', 4], [ids[4], 'location', 5], [ids[5], 'contact', 6],
    ]);
    expect(copies[0]).toMatchObject({ from: 'bot', text: 'La caldaia è rotta https://example.org', entities: [{ type: 'url' }], copyOf: { chatId: 1001 } });
    expect(copies[1]?.raw.photo).toEqual(sent[1]?.message?.photo);
    expect(copies[1]?.raw).toMatchObject({ caption: 'foto', message_thread_id: topicId, is_topic_message: true, from: { id: 123 } });
    expect(copies[1]?.raw).not.toHaveProperty('forward_origin');
    expect(copies[3]?.raw.voice?.file_id).toBe(sent[3]?.message?.voice?.file_id);
    expect(copies[4]?.raw.location).toEqual({ latitude: 45.478, longitude: 9.123 });
  });

  it('replaces captions and reply markup, and reports missing messages', async () => {
    const photo = amina.sendPhoto({ width: 800, height: 600, caption: 'old' }).message?.message_id ?? 0;
    const copy = await bot.telegram.copyMessage(GROUP_ID, 1001, photo, {
      message_thread_id: topicId,
      caption: '<b>Amina</b>: foto',
      parse_mode: 'HTML',
      ...Markup.inlineKeyboard([Markup.button.callback('Rispondi', 'reply:1001')]),
    });
    expect(group.message(copy.message_id)).toMatchObject({
      caption: 'Amina: foto',
      entities: [{ type: 'bold', offset: 0, length: 5 }],
      buttons: [[{ text: 'Rispondi', callbackData: 'reply:1001' }]],
    });

    const missing = await telegramError(() => bot.telegram.copyMessage(GROUP_ID, 1001, 4242, { message_thread_id: topicId }));
    expect([missing.code, missing.description]).toEqual([400, 'Bad Request: message to copy not found']);
    await bot.telegram.deleteMessage(1001, photo);
    const deleted = await telegramError(() => bot.telegram.copyMessage(GROUP_ID, 1001, photo, { message_thread_id: topicId }));
    expect(deleted.description).toBe('Bad Request: message to copy not found');
    const noChat = await telegramError(() => bot.telegram.copyMessage(GROUP_ID, 2002, 1));
    expect(noChat.description).toBe('Bad Request: chat not found');
    const service = await telegramError(() => bot.telegram.copyMessage(1001, GROUP_ID, topicId));
    expect(service.description).toBe("Bad Request: message can't be copied");
    const text = amina.sendText('x').message?.message_id ?? 0;
    const badThread = await telegramError(() => bot.telegram.copyMessage(GROUP_ID, 1001, text, { message_thread_id: 999 }));
    expect(badThread.description).toBe('Bad Request: message thread not found');
  });

  it('copies staff replies from the topic back to the private chat and forwards messages', async () => {
    amina.sendText('ciao');
    const giulia = group.member(fake.user({ id: 777, firstName: 'Giulia' }));
    const answer = giulia.sendText(topicId, 'Buongiorno, arriviamo domani').message?.message_id ?? 0;
    await bot.telegram.copyMessage(1001, GROUP_ID, answer);
    expect(await amina.nextBotMessage()).toMatchObject({ from: 'bot', text: 'Buongiorno, arriviamo domani', copyOf: { chatId: GROUP_ID, messageId: answer } });
    expect((await amina.nextBotMessage(50).catch(() => undefined))).toBeUndefined();
    expect(amina.chat().at(-1)?.raw).not.toHaveProperty('message_thread_id');

    const forwarded = await bot.telegram.forwardMessage(GROUP_ID, 1001, 1, { message_thread_id: topicId });
    expect(forwarded).toMatchObject({
      message_thread_id: topicId,
      is_topic_message: true,
      text: 'ciao',
      forward_origin: { type: 'user', sender_user: { id: 1001, first_name: 'Amina' } },
      forward_from: { id: 1001 },
    });
    expect(group.message(forwarded.message_id)?.forwardOf).toEqual({ chatId: 1001, messageId: 1 });
    const missing = await telegramError(() => bot.telegram.forwardMessage(GROUP_ID, 1001, 99));
    expect(missing.description).toBe('Bad Request: message to forward not found');
  });
});

describe('staff in the group', () => {
  let topicId: number;
  beforeEach(async () => {
    topicId = (await bot.telegram.createForumTopic(GROUP_ID, 'Amina')).message_thread_id;
  });

  it('queues topic messages, photos and button presses from members', async () => {
    const giulia = group.member(fake.user({ id: 777, firstName: 'Giulia' }));
    expect(group.member(fake.user({ id: 777 }))).toBe(giulia);
    const text = giulia.sendText(topicId, 'Buongiorno /chiudi');
    expect(text.message).toMatchObject({
      from: { id: 777, is_bot: false, first_name: 'Giulia' },
      chat: { id: GROUP_ID, type: 'supergroup', title: 'Staff San Siro', is_forum: true },
      message_thread_id: topicId,
      is_topic_message: true,
      text: 'Buongiorno /chiudi',
      entities: [{ type: 'bot_command', offset: 11, length: 7 }],
      reply_to_message: { message_id: topicId, forum_topic_created: { name: 'Amina' } },
    });
    const photo = giulia.sendPhoto(topicId, { width: 640, height: 480, caption: 'ricevuta' });
    expect(photo.message).toMatchObject({ message_thread_id: topicId, is_topic_message: true, caption: 'ricevuta' });
    const general = giulia.sendText('general', 'riunione alle 10');
    expect(general.message).not.toHaveProperty('message_thread_id');

    const card = await bot.telegram.sendMessage(GROUP_ID, 'Richiesta', {
      message_thread_id: topicId,
      ...Markup.inlineKeyboard([Markup.button.callback('Chiudi', 'close')]),
    });
    const press = giulia.pressButton(card.message_id, 'close');
    expect(press.callback_query).toMatchObject({
      from: { id: 777 },
      data: 'close',
      message: { message_id: card.message_id, chat: { id: GROUP_ID, type: 'supergroup' }, message_thread_id: topicId, is_topic_message: true },
    });
    const other = group.member(fake.user({ id: 778 })).pressButton(card.message_id, 'close');
    expect(other.callback_query?.chat_instance).toBe(press.callback_query?.chat_instance);
    await expect(bot.telegram.answerCbQuery(press.callback_query?.id ?? '', 'Chiusa')).resolves.toBe(true);
    expect(fake.callbackAnswer(press.callback_query?.id ?? '')?.text).toBe('Chiusa');

    expect(() => giulia.sendText(999, 'x')).toThrow(/no topic 999/);
    expect(() => giulia.pressButton(card.message_id, 'nope')).toThrow(/no inline button/);
    expect(group.messagesInTopic(topicId).map((m) => [m.from, m.senderId, m.kind])).toEqual([
      ['user', 777, 'text'], ['user', 777, 'photo'], ['bot', 123, 'text'],
    ]);
  });

  it('lets members create topics (the bot gets the service message)', async () => {
    const update = group.member(fake.user({ id: 777 })).createTopic('Turni', { iconColor: 0x8eee98 });
    expect(update.message).toMatchObject({
      message_thread_id: update.message?.message_id,
      is_topic_message: true,
      forum_topic_created: { name: 'Turni', icon_color: 0x8eee98 },
    });
    await expect(group.waitForTopic((t) => t.name === 'Turni')).resolves.toMatchObject({ createdBy: 777, iconColor: 9367192 });
  });
});

describe('waiting for the bot in the group', () => {
  it('waits for topics and walks the bot messages of a topic with a cursor', async () => {
    const topic = group.waitForTopic((t) => t.name.startsWith('Amina'), 2000);
    await bot.telegram.createForumTopic(GROUP_ID, 'Other');
    const { message_thread_id: id } = await bot.telegram.createForumTopic(GROUP_ID, 'Amina K.');
    expect((await topic).messageThreadId).toBe(id);

    const second = group.waitForMessageInTopic(id, (m) => m.text === 'two', 2000);
    for (const text of ['one', 'two', 'three']) await bot.telegram.sendMessage(GROUP_ID, text, { message_thread_id: id });
    await bot.telegram.sendMessage(GROUP_ID, 'general');
    expect((await second).text).toBe('two');
    expect((await group.waitForMessageInTopic(id)).text).toBe('three'); // continues after the match
    await expect(group.waitForMessageInTopic(id, undefined, 50)).rejects.toThrow(/no matching message to topic/);
    expect((await group.waitForMessageInTopic('general')).text).toBe('general');
    group.skipMessagesInTopic(id);
    await expect(group.waitForTopic((t) => t.name === 'never', 50)).rejects.toThrow(/Amina K\./);
  });
});

describe('a Telegraf bot relaying a private chat to a staff forum', () => {
  it('creates a topic per tenant, copies both ways and closes from a button', async () => {
    const topics = new Map<number, number>();
    const tenants = new Map<number, number>();
    bot.on('message', async (ctx, next) => {
      if (ctx.chat.type !== 'private') return next();
      let threadId = topics.get(ctx.chat.id);
      if (threadId === undefined) {
        threadId = (await ctx.telegram.createForumTopic(GROUP_ID, `${ctx.from.first_name} (${ctx.from.id})`)).message_thread_id;
        topics.set(ctx.chat.id, threadId);
        tenants.set(threadId, ctx.chat.id);
        await ctx.telegram.sendMessage(GROUP_ID, 'Nuova richiesta', {
          message_thread_id: threadId,
          ...Markup.inlineKeyboard([Markup.button.callback('Chiudi', 'close')]),
        });
      }
      await ctx.telegram.copyMessage(GROUP_ID, ctx.chat.id, ctx.message.message_id, { message_thread_id: threadId });
    });
    bot.on('message', async (ctx) => {
      const threadId = ctx.message.is_topic_message === true ? ctx.message.message_thread_id : undefined;
      const tenant = threadId === undefined ? undefined : tenants.get(threadId);
      if (ctx.chat.id !== GROUP_ID || tenant === undefined) return;
      await ctx.telegram.copyMessage(tenant, GROUP_ID, ctx.message.message_id);
    });
    bot.action('close', async (ctx) => {
      const message = ctx.callbackQuery.message;
      const threadId = message !== undefined && 'message_thread_id' in message ? message.message_thread_id : undefined;
      if (threadId === undefined) return;
      await ctx.answerCbQuery('Chiusa');
      await ctx.reply('Richiesta chiusa'); // Telegraf replies in the topic of the pressed message
      await ctx.telegram.closeForumTopic(GROUP_ID, threadId);
    });
    const launched = bot.launch({ dropPendingUpdates: true });
    try {
      await fake.waitUntilReceiving(3000);
      const amina = fake.user({ id: 1001, firstName: 'Amina' });
      amina.sendText('La caldaia non funziona');
      const topic = await group.waitForTopic((t) => t.name === 'Amina (1001)');
      const card = await group.waitForMessageInTopic(topic.messageThreadId);
      expect(card).toMatchObject({ text: 'Nuova richiesta', buttons: [[{ text: 'Chiudi', callbackData: 'close' }]] });
      expect(await group.waitForMessageInTopic(topic.messageThreadId)).toMatchObject({ text: 'La caldaia non funziona', copyOf: { chatId: 1001 } });
      amina.sendPhoto({ width: 1200, height: 900, caption: 'la caldaia' });
      expect(await group.waitForMessageInTopic(topic.messageThreadId)).toMatchObject({ kind: 'photo', caption: 'la caldaia' });

      const giulia = group.member(fake.user({ id: 777, firstName: 'Giulia' }));
      giulia.sendText(topic.messageThreadId, 'Buongiorno, arriviamo domani');
      expect(await amina.nextBotMessage()).toMatchObject({ text: 'Buongiorno, arriviamo domani', copyOf: { chatId: GROUP_ID } });

      giulia.pressButton(card.messageId, 'close');
      await fake.waitForCall('closeForumTopic', toChat(GROUP_ID));
      expect(await group.waitForMessageInTopic(topic.messageThreadId)).toMatchObject({ text: 'Richiesta chiusa', threadId: topic.messageThreadId });
      expect(group.topic(topic.messageThreadId)?.closed).toBe(true);
    } finally {
      bot.stop('test over');
      await launched;
    }
  });
});
