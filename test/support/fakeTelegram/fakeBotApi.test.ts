import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Markup, Telegraf } from 'telegraf';
import { FakeBotApi, toChat, type FakeUser, type TgUpdate } from './index';
import { png, rawCall, telegramError, type RawResponse } from './testHelpers';

const TOKEN = '123:ABC';

let fake: FakeBotApi;
let bot: Telegraf;

beforeEach(async () => {
  fake = await FakeBotApi.start({ token: TOKEN, botUsername: 'casa_test_bot' });
  bot = new Telegraf(TOKEN, { telegram: { apiRoot: fake.apiRoot } });
});

afterEach(async () => {
  await fake.stop();
});

const api = (method: string, params: Record<string, unknown> = {}, token = TOKEN): Promise<RawResponse> => rawCall(fake.apiRoot, token, method, params);

function updatesOf(response: RawResponse): TgUpdate[] {
  return response.body.result as TgUpdate[];
}

describe('HTTP surface', () => {
  it('answers getMe with the bot user', async () => {
    const me = await bot.telegram.getMe();
    expect(me).toMatchObject({ id: 123, is_bot: true, username: 'casa_test_bot' });
    expect(fake.calls.map((c) => c.method)).toEqual(['getMe']);
  });

  it('answers 401 Unauthorized to a wrong token', async () => {
    const response = await api('getMe', {}, '123:WRONG');
    expect(response).toEqual({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    const other = new Telegraf('999:XYZ', { telegram: { apiRoot: fake.apiRoot } });
    const error = await telegramError(() => other.telegram.getMe());
    expect(error.code).toBe(401);
  });

  it('answers 404 Not Found to an unknown method (no catch-all)', async () => {
    const response = await api('sendFoo', { chat_id: 1 });
    expect(response).toEqual({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
    const error = await telegramError(() => bot.telegram.callApi('getChat' as 'getMe', {} as never));
    expect(error.code).toBe(404);
    expect(fake.calls.map((c) => c.httpStatus)).toEqual([404, 404]);
  });

  it('treats method names case-insensitively and records the canonical name', async () => {
    const response = await api('GETME');
    expect(response.body.ok).toBe(true);
    expect(fake.calls[0]?.method).toBe('getMe');
  });

  it('accepts GET with a query string, urlencoded forms and multipart bodies', async () => {
    fake.user({ id: 1001 }).sendText('hi');
    const viaGet = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendMessage?chat_id=1001&text=from%20GET`);
    expect(((await viaGet.json()) as RawResponse['body']).result).toMatchObject({ text: 'from GET' });

    const viaForm = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ chat_id: '1001', text: 'from form', reply_markup: '{"inline_keyboard":[[{"text":"A","callback_data":"a"}]]}' }),
    });
    expect(((await viaForm.json()) as RawResponse['body']).result).toMatchObject({
      text: 'from form',
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] },
    });

    const form = new FormData();
    form.append('chat_id', '1001');
    form.append('text', 'from multipart');
    const viaMultipart = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendMessage`, { method: 'POST', body: form });
    expect(viaMultipart.status).toBe(200);
    expect(fake.calls.map((c) => c.params.text)).toEqual(['from GET', 'from form', 'from multipart']);
    expect(fake.calls.every((c) => c.chatId === 1001)).toBe(true);
  });
});

describe('getUpdates', () => {
  it('confirms updates with update_id < offset and keeps the others', async () => {
    const u = fake.user({ id: 1001, firstName: 'Amina' });
    const ids = ['a', 'b', 'c'].map((text) => u.sendText(text).update_id);
    const [first, second, third] = ids as [number, number, number];
    expect(second).toBe(first + 1);

    const all = await api('getUpdates');
    expect(updatesOf(all).map((x) => x.update_id)).toEqual(ids);
    // without offset nothing is confirmed
    expect(updatesOf(await api('getUpdates')).map((x) => x.update_id)).toEqual(ids);
    // offset = second confirms only the first
    expect(updatesOf(await api('getUpdates', { offset: second })).map((x) => x.update_id)).toEqual([second, third]);
    expect(updatesOf(await api('getUpdates', { offset: third + 1 }))).toEqual([]);
    expect(fake.pendingUpdates()).toEqual([]);
  });

  it('supports negative offsets, limit and message content', async () => {
    const u = fake.user({ id: 1001, firstName: 'Amina', languageCode: 'ar' });
    const updates = ['x', 'y', '/start b_123'].map((t) => u.sendText(t));
    const limited = updatesOf(await api('getUpdates', { limit: 2 }));
    expect(limited).toHaveLength(2);

    const last = updatesOf(await api('getUpdates', { offset: -1 }));
    expect(last.map((x) => x.update_id)).toEqual([updates[2]?.update_id]);
    expect(last[0]?.message).toMatchObject({
      text: '/start b_123',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      from: { id: 1001, is_bot: false, first_name: 'Amina', language_code: 'ar' },
      chat: { id: 1001, type: 'private' },
    });
    // the earlier ones were forgotten
    expect(updatesOf(await api('getUpdates')).map((x) => x.update_id)).toEqual([updates[2]?.update_id]);
  });

  it('holds a long poll and answers promptly when an update arrives', async () => {
    const u = fake.user({ id: 1001 });
    const started = Date.now();
    const poll = api('getUpdates', { timeout: 10 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const queued = u.sendText('wake up');
    const response = await poll;
    const elapsed = Date.now() - started;
    expect(updatesOf(response).map((x) => x.update_id)).toEqual([queued.update_id]);
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(1500);
  });

  it('returns an empty array when the long-poll timeout elapses', async () => {
    const started = Date.now();
    const response = await api('getUpdates', { timeout: 1 });
    expect(updatesOf(response)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('terminates the older of two concurrent getUpdates with 409', async () => {
    const older = api('getUpdates', { timeout: 5 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const newer = api('getUpdates', { timeout: 5 });
    const olderResponse = await older;
    expect(olderResponse.status).toBe(409);
    expect(olderResponse.body.description).toBe(
      'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    );
    const queued = fake.user({ id: 1001 }).sendText('hello');
    expect(updatesOf(await newer).map((x) => x.update_id)).toEqual([queued.update_id]);
  });

  it('applies allowed_updates to updates created afterwards', async () => {
    await api('getUpdates', { allowed_updates: ['callback_query'] });
    const u = fake.user({ id: 1001 });
    const dropped = u.sendText('not wanted');
    expect(updatesOf(await api('getUpdates'))).toEqual([]);
    expect(fake.filteredUpdates.map((x) => x.update_id)).toEqual([dropped.update_id]);
    await api('getUpdates', { allowed_updates: [] }); // back to the default
    const kept = u.sendText('wanted');
    expect(updatesOf(await api('getUpdates')).map((x) => x.update_id)).toEqual([kept.update_id]);
  });

  it('redelivers an update re-queued with the same update_id', async () => {
    const original = fake.user({ id: 1001 }).sendText('once');
    await api('getUpdates');
    expect(updatesOf(await api('getUpdates', { offset: original.update_id + 1 }))).toEqual([]);
    fake.queueUpdate(original);
    const again = updatesOf(await api('getUpdates', { offset: original.update_id + 1 }));
    expect(again).toEqual([original]);
    expect(updatesOf(await api('getUpdates', { offset: original.update_id + 1 }))).toEqual([]);
  });

  it('drives a real Telegraf polling bot end to end', async () => {
    bot.start((ctx) => ctx.reply(`payload:${ctx.payload}`, Markup.inlineKeyboard([Markup.button.callback('Yes', 'answer:yes')])));
    bot.action('answer:yes', async (ctx) => {
      await ctx.answerCbQuery('Saved');
      await ctx.editMessageText('You said yes');
    });
    const launched = bot.launch({ dropPendingUpdates: true });
    try {
      await fake.waitUntilReceiving(3000);
      const u = fake.user({ id: 1001, firstName: 'Amina' });
      const start = u.sendText('/start b_123');
      const reply = await u.nextBotMessage();
      expect(reply).toMatchObject({ from: 'bot', kind: 'text', text: 'payload:b_123', deleted: false });
      expect(reply.buttons).toEqual([[{ text: 'Yes', callbackData: 'answer:yes' }]]);
      await fake.waitForUpdateConsumed(start.update_id);

      const press = u.pressButton(reply.messageId, 'answer:yes');
      const edit = await fake.waitForCall('editMessageText', toChat(1001));
      expect(edit.httpStatus).toBe(200);
      expect(fake.callbackAnswer(press.callback_query?.id ?? '')).toMatchObject({ text: 'Saved', showAlert: false });
      expect(u.message(reply.messageId)).toMatchObject({ text: 'You said yes', buttons: [] });
      expect(u.message(reply.messageId)?.editedAt).toEqual(expect.any(Number));
    } finally {
      bot.stop('test over');
      await launched;
    }
  });
});

describe('sendMessage', () => {
  let u: FakeUser;
  beforeEach(() => {
    u = fake.user({ id: 1001, firstName: 'Amina', username: 'amina' });
    u.sendText('hello');
  });

  it('returns a full Message with per-chat message ids', async () => {
    const message = await bot.telegram.sendMessage(1001, '<b>Ciao</b> Amina', { parse_mode: 'HTML' });
    expect(message).toMatchObject({
      message_id: 2, // the user's message was 1
      from: { id: 123, is_bot: true, username: 'casa_test_bot' },
      chat: { id: 1001, type: 'private', first_name: 'Amina', username: 'amina' },
      text: 'Ciao Amina',
      entities: [{ type: 'bold', offset: 0, length: 4 }],
    });
    expect(message.date).toBeCloseTo(Date.now() / 1000, -1);
    expect((await bot.telegram.sendMessage(1001, 'again')).message_id).toBe(3);
    expect(u.chat().map((m) => [m.messageId, m.from, m.text])).toEqual([
      [1, 'user', 'hello'],
      [2, 'bot', 'Ciao Amina'],
      [3, 'bot', 'again'],
    ]);
  });

  it('normalizes text like Telegram: trims spaces/newlines and turns control characters into spaces', async () => {
    const message = await bot.telegram.sendMessage(1001, '\n  Ciao\tAmina \n\n');
    expect(message.text).toBe('Ciao Amina');
    // so an edit that only adds trailing whitespace is "not modified"
    const error = await telegramError(() => bot.telegram.editMessageText(1001, message.message_id, undefined, 'Ciao Amina\n'));
    expect(error.description).toMatch(/^Bad Request: message is not modified/);
  });

  it('rejects text longer than 4096 UTF-16 code units', async () => {
    await expect(bot.telegram.sendMessage(1001, 'a'.repeat(4096))).resolves.toMatchObject({ message_id: 2 });
    const error = await telegramError(() => bot.telegram.sendMessage(1001, 'a'.repeat(4097)));
    expect([error.code, error.description]).toEqual([400, 'Bad Request: message is too long']);
    // each emoji is 2 UTF-16 code units
    await expect(bot.telegram.sendMessage(1001, '😀'.repeat(2048))).resolves.toBeDefined();
    const emoji = await telegramError(() => bot.telegram.sendMessage(1001, '😀'.repeat(2049)));
    expect(emoji.description).toBe('Bad Request: message is too long');
  });

  it('rejects empty text and unknown chats', async () => {
    for (const text of ['', '   ']) {
      const error = await telegramError(() => bot.telegram.sendMessage(1001, text));
      expect(error.description).toBe('Bad Request: message text is empty');
    }
    const missing = await api('sendMessage', { chat_id: 1001 });
    expect(missing).toEqual({ status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: message text is empty' } });
    fake.user({ id: 2002 }); // exists but never wrote to the bot
    for (const chatId of [2002, 999, '@amina']) {
      const error = await telegramError(() => bot.telegram.sendMessage(chatId, 'hi'));
      expect(error.description).toBe('Bad Request: chat not found');
    }
  });

  it('validates inline keyboards and callback_data (1-64 bytes)', async () => {
    const send = (button: Record<string, unknown>) =>
      bot.telegram.sendMessage(1001, 'pick', { reply_markup: { inline_keyboard: [[button as never]] } });
    await expect(send({ text: 'ok', callback_data: 'x'.repeat(64) })).resolves.toBeDefined();
    await expect(send({ text: 'ok', callback_data: 'è'.repeat(32) })).resolves.toBeDefined(); // 64 bytes
    for (const data of ['x'.repeat(65), 'è'.repeat(33)]) {
      const error = await telegramError(() => send({ text: 'too long', callback_data: data }));
      expect(error.description).toBe('Bad Request: BUTTON_DATA_INVALID');
    }
    const textOnly = await telegramError(() => send({ text: 'just text' }));
    expect(textOnly.description).toBe("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    const twoActions = await telegramError(() => send({ text: 'both', url: 'https://example.org', callback_data: 'a' }));
    expect(twoActions.code).toBe(400);
    const notRows = await telegramError(() =>
      bot.telegram.sendMessage(1001, 'x', { reply_markup: { inline_keyboard: [{ text: 'a', callback_data: 'a' }] as never } }),
    );
    expect(notRows.description).toBe('Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    const badJson = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ chat_id: '1001', text: 'x', reply_markup: '{not json' }),
    });
    expect(await badJson.json()).toEqual({
      ok: false,
      error_code: 400,
      description: "Bad Request: can't parse reply keyboard markup JSON object",
    });
  });

  it('tracks reply keyboards, and parses HTML and MarkdownV2 like Telegram', async () => {
    await bot.telegram.sendMessage(1001, 'Choose', Markup.keyboard([['Yes', 'No']]).resize());
    expect(u.replyKeyboard()?.keyboard).toEqual([[{ text: 'Yes' }, { text: 'No' }]]);
    const pressed = u.pressKeyboardButton('Yes');
    expect(pressed.message?.text).toBe('Yes');
    await bot.telegram.sendMessage(1001, 'Removed', Markup.removeKeyboard());
    expect(u.replyKeyboard()).toBeUndefined();

    const unclosed = await telegramError(() => bot.telegram.sendMessage(1001, '<b>bold', { parse_mode: 'HTML' }));
    expect(unclosed.description).toBe("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
    const lessThan = await telegramError(() => bot.telegram.sendMessage(1001, 'a < b', { parse_mode: 'HTML' }));
    expect(lessThan.description).toBe('Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 2');
    const escaped = await bot.telegram.sendMessage(1001, 'a &lt; b &amp; <i>c</i>', { parse_mode: 'HTML' });
    expect(escaped).toMatchObject({ text: 'a < b & c', entities: [{ type: 'italic', offset: 8, length: 1 }] });
    const reserved = await telegramError(() => bot.telegram.sendMessage(1001, 'Version 1.0', { parse_mode: 'MarkdownV2' }));
    expect(reserved.description).toBe("Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'");
    const md = await bot.telegram.sendMessage(1001, '*Ciao* 1\\.0', { parse_mode: 'MarkdownV2' });
    expect(md).toMatchObject({ text: 'Ciao 1.0', entities: [{ type: 'bold', offset: 0, length: 4 }] });
  });

  it('answers 403 when the user blocked the bot', async () => {
    const update = u.blockBot();
    expect(update.my_chat_member?.new_chat_member.status).toBe('kicked');
    const error = await telegramError(() => bot.telegram.sendMessage(1001, 'still there?'));
    expect([error.code, error.description]).toEqual([403, 'Forbidden: bot was blocked by the user']);
    u.unblockBot();
    await expect(bot.telegram.sendMessage(1001, 'welcome back')).resolves.toBeDefined();
  });

  it('replies to messages with reply_parameters', async () => {
    const reply = await bot.telegram.sendMessage(1001, 'answer', { reply_parameters: { message_id: 1 } });
    expect(reply.reply_to_message).toMatchObject({ message_id: 1, text: 'hello' });
    const error = await telegramError(() => bot.telegram.sendMessage(1001, 'x', { reply_parameters: { message_id: 77 } }));
    expect(error.description).toBe('Bad Request: message to be replied not found');
    await expect(
      bot.telegram.sendMessage(1001, 'x', { reply_parameters: { message_id: 77, allow_sending_without_reply: true } }),
    ).resolves.not.toHaveProperty('reply_to_message');
  });

  it('validates sendChatAction actions', async () => {
    await expect(bot.telegram.sendChatAction(1001, 'typing')).resolves.toBe(true);
    const error = await telegramError(() => bot.telegram.sendChatAction(1001, 'dancing' as 'typing'));
    expect(error.description).toBe('Bad Request: wrong parameter action in request');
  });
});

describe('editing and deleting', () => {
  let u: FakeUser;
  let messageId: number;
  const keyboard = Markup.inlineKeyboard([Markup.button.callback('A', 'a')]);

  beforeEach(async () => {
    u = fake.user({ id: 1001 });
    u.sendText('hi');
    messageId = (await bot.telegram.sendMessage(1001, 'original', keyboard)).message_id;
  });

  it('edits text, refuses identical content and drops the keyboard when reply_markup is omitted', async () => {
    const edited = await bot.telegram.editMessageText(1001, messageId, undefined, 'changed', keyboard);
    expect(edited).toMatchObject({ message_id: messageId, text: 'changed', edit_date: expect.any(Number) });
    const same = await telegramError(() => bot.telegram.editMessageText(1001, messageId, undefined, 'changed', keyboard));
    expect(same.description).toBe(
      'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    );
    // same text without reply_markup is a modification: the inline keyboard is removed
    await bot.telegram.editMessageText(1001, messageId, undefined, 'changed');
    expect(u.message(messageId)).toMatchObject({ text: 'changed', buttons: [], editedAt: expect.any(Number) });
  });

  it('edits reply markup and reports unknown or user messages', async () => {
    const newKeyboard = Markup.inlineKeyboard([Markup.button.url('Site', 'https://example.org')]);
    await bot.telegram.editMessageReplyMarkup(1001, messageId, undefined, newKeyboard.reply_markup);
    expect(u.message(messageId)?.buttons).toEqual([[{ text: 'Site', url: 'https://example.org' }]]);
    const same = await telegramError(() => bot.telegram.editMessageReplyMarkup(1001, messageId, undefined, newKeyboard.reply_markup));
    expect(same.description).toMatch(/^Bad Request: message is not modified/);
    const unknown = await telegramError(() => bot.telegram.editMessageText(1001, 999, undefined, 'x'));
    expect(unknown.description).toBe('Bad Request: message to edit not found');
    const userMessage = await telegramError(() => bot.telegram.editMessageText(1001, 1, undefined, 'x'));
    expect(userMessage.description).toBe("Bad Request: message can't be edited");
  });

  it('deletes once, keeps the message flagged deleted, and deleteMessages skips unknown ids', async () => {
    await expect(bot.telegram.deleteMessage(1001, messageId)).resolves.toBe(true);
    expect(u.message(messageId)).toMatchObject({ deleted: true, text: 'original' });
    const again = await telegramError(() => bot.telegram.deleteMessage(1001, messageId));
    expect(again.description).toBe('Bad Request: message to delete not found');
    const unknown = await telegramError(() => bot.telegram.deleteMessage(1001, 4242));
    expect(unknown.description).toBe('Bad Request: message to delete not found');
    const editDeleted = await telegramError(() => bot.telegram.editMessageText(1001, messageId, undefined, 'x'));
    expect(editDeleted.description).toBe('Bad Request: message to edit not found');

    await expect(bot.telegram.deleteMessages(1001, [1, 4242])).resolves.toBe(true);
    expect(u.chat().map((m) => m.deleted)).toEqual([true, true]);
    expect(() => u.pressButton(messageId, 'a')).toThrow(/not visible/);
  });
});

describe('callback queries', () => {
  it('includes the message and can be answered exactly once', async () => {
    const u = fake.user({ id: 1001 });
    u.sendText('hi');
    const sent = await bot.telegram.sendMessage(1001, 'Pick', Markup.inlineKeyboard([Markup.button.callback('One', 'one')]));
    const update = u.pressButton(sent.message_id, 'one');
    const query = update.callback_query;
    expect(query).toMatchObject({ from: { id: 1001 }, data: 'one', message: { message_id: sent.message_id, text: 'Pick' } });
    expect(typeof query?.id).toBe('string');
    expect(typeof query?.chat_instance).toBe('string');
    expect(() => u.pressButton(sent.message_id, 'forged')).toThrow(/no inline button/);
    expect(u.pressButton(sent.message_id, 'forged', { allowMissingButton: true }).callback_query?.data).toBe('forged');

    await expect(bot.telegram.answerCbQuery(query?.id ?? '', 'Done')).resolves.toBe(true);
    const twice = await telegramError(() => bot.telegram.answerCbQuery(query?.id ?? ''));
    expect(twice.description).toBe('Bad Request: query is too old and response timeout expired or query ID is invalid');
    const unknown = await telegramError(() => bot.telegram.answerCbQuery('123456'));
    expect(unknown.code).toBe(400);
  });
});

describe('fault injection', () => {
  beforeEach(() => {
    fake.user({ id: 1001 }).sendText('hi');
  });

  it('makes the next call fail with 429 and retry_after visible to Telegraf', async () => {
    fake.failNext('sendMessage', { errorCode: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    const error = await telegramError(() => bot.telegram.sendMessage(1001, 'x'));
    expect(error.code).toBe(429);
    expect(error.description).toBe('Too Many Requests: retry after 1');
    expect(error.parameters?.retry_after).toBe(1);
    expect(fake.calls.at(-1)?.httpStatus).toBe(429);
    await expect(bot.telegram.sendMessage(1001, 'x')).resolves.toBeDefined();
  });

  it('fails `times` calls, with any status, and rejects unknown method names', async () => {
    fake.failNext('SENDMESSAGE', { errorCode: 403, description: 'Forbidden: bot was blocked by the user' }, 2);
    for (let i = 0; i < 2; i++) {
      const error = await telegramError(() => bot.telegram.sendMessage(1001, 'x'));
      expect([error.code, error.description]).toEqual([403, 'Forbidden: bot was blocked by the user']);
    }
    await expect(bot.telegram.sendMessage(1001, 'x')).resolves.toBeDefined();
    expect(() => fake.failNext('sendFoo', { errorCode: 500, description: 'x' })).toThrow(/unknown method/);
  });
});

describe('webhook', () => {
  interface Received {
    headers: IncomingHttpHeaders;
    body: TgUpdate;
  }
  let receiver: Server;
  let receiverUrl: string;
  let received: Received[];
  let answers: { status: number; body?: string }[];

  beforeEach(async () => {
    received = [];
    answers = [];
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as TgUpdate });
        const secretOk = req.headers['x-telegram-bot-api-secret-token'] === 's3cr3t';
        const answer = answers.shift() ?? { status: secretOk ? 200 : 401 };
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.body ?? '');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/telegram`;
  });

  afterEach(async () => {
    await fake.stop(); // stop deliveries before closing the receiver
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('POSTs updates with the secret header, blocks getUpdates, and reports webhook info', async () => {
    await expect(bot.telegram.setWebhook(receiverUrl, { secret_token: 's3cr3t' })).resolves.toBe(true);
    const conflict = await api('getUpdates');
    expect(conflict).toEqual({
      status: 409,
      body: {
        ok: false,
        error_code: 409,
        description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      },
    });
    const update = fake.user({ id: 1001 }).sendText('via webhook');
    await fake.waitForUpdateConsumed(update.update_id);
    expect(received).toHaveLength(1);
    expect(received[0]?.headers['x-telegram-bot-api-secret-token']).toBe('s3cr3t');
    expect(received[0]?.headers['content-type']).toBe('application/json');
    expect(received[0]?.body).toEqual(update);
    expect(fake.webhookDeliveries).toEqual([expect.objectContaining({ updateId: update.update_id, status: 200, attempt: 1, secretSent: true })]);
    const info = await bot.telegram.getWebhookInfo();
    expect(info).toMatchObject({ url: receiverUrl, pending_update_count: 0, has_custom_certificate: false });
    await expect(bot.telegram.deleteWebhook()).resolves.toBe(true);
    expect((await api('getUpdates')).status).toBe(200);
  });

  it('retries non-2xx answers and delivers updates in order', async () => {
    await fake.stop();
    fake = await FakeBotApi.start({ token: TOKEN, webhookRetryDelayMs: 20 });
    bot = new Telegraf(TOKEN, { telegram: { apiRoot: fake.apiRoot } });
    await bot.telegram.setWebhook(receiverUrl, { secret_token: 's3cr3t' });
    answers.push({ status: 500 }, { status: 502 });
    const u = fake.user({ id: 1001 });
    const first = u.sendText('one');
    const second = u.sendText('two');
    await fake.waitForUpdateConsumed(second.update_id);
    expect(fake.webhookDeliveries.map((d) => [d.updateId, d.status, d.attempt])).toEqual([
      [first.update_id, 500, 1],
      [first.update_id, 502, 2],
      [first.update_id, 200, 3],
      [second.update_id, 200, 1],
    ]);
    expect(received.map((r) => r.body.message?.text)).toEqual(['one', 'one', 'one', 'two']);
    const info = await bot.telegram.getWebhookInfo();
    expect(info.last_error_message).toMatch(/502/);
  });

  it('posts raw updates with a wrong, missing or configured secret', async () => {
    await bot.telegram.setWebhook(receiverUrl, { secret_token: 's3cr3t' });
    const update = { update_id: 1, message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'x' } };
    await expect(fake.postToWebhook(update, { secret: 'wrong' })).resolves.toBe(401);
    await expect(fake.postToWebhook(update, { secret: null })).resolves.toBe(401);
    await expect(fake.postToWebhook(update)).resolves.toBe(200);
    expect(received.map((r) => r.headers['x-telegram-bot-api-secret-token'])).toEqual(['wrong', undefined, 's3cr3t']);
    expect(fake.pendingUpdates()).toEqual([]);
  });

  it('executes a method sent back in the webhook response body', async () => {
    await bot.telegram.setWebhook(receiverUrl, { secret_token: 's3cr3t' });
    answers.push({ status: 200, body: JSON.stringify({ method: 'sendMessage', chat_id: 1001, text: 'replied in webhook' }) });
    const u = fake.user({ id: 1001 });
    u.sendText('hi');
    const call = await fake.waitForCall('sendMessage');
    expect(call).toMatchObject({ viaWebhookReply: true, httpStatus: 200 });
    expect((await u.nextBotMessage()).text).toBe('replied in webhook');
  });

  it('drives a real Telegraf webhook bot, including answers sent in the webhook response', async () => {
    bot.start((ctx) => ctx.reply('Menu', Markup.inlineKeyboard([Markup.button.callback('Go', 'go')])));
    bot.action('go', (ctx) => ctx.answerCbQuery('Going')); // Telegraf answers this inside the webhook response
    const botServer = createServer(bot.webhookCallback('/hook', { secretToken: 'bot-secret' }));
    await new Promise<void>((resolve) => botServer.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(botServer.address() as AddressInfo).port}/hook`;
      await bot.telegram.setWebhook(url, { secret_token: 'bot-secret' });
      const u = fake.user({ id: 1001 });
      u.sendText('/start');
      const menu = await u.nextBotMessage();
      expect(menu.text).toBe('Menu');
      const press = u.pressButton(menu.messageId, 'go');
      const answer = await fake.waitForCall('answerCallbackQuery');
      expect(answer).toMatchObject({ viaWebhookReply: true, httpStatus: 200 });
      expect(fake.callbackAnswer(press.callback_query?.id ?? '')?.text).toBe('Going');
      expect(await fake.postToWebhook(press, { secret: 'wrong' })).toBe(403);
    } finally {
      await fake.stop();
      await new Promise<void>((resolve) => botServer.close(() => resolve()));
    }
  });

  it('rejects plain-http webhooks outside loopback', async () => {
    const error = await telegramError(() => bot.telegram.setWebhook('http://example.org/hook'));
    expect(error.description).toBe('Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
  });
});

describe('files', () => {
  it('serves files sent by users through getFile and /file/bot<token>/<path>', async () => {
    const u = fake.user({ id: 1001 });
    const update = u.sendPhoto({ width: 1600, height: 1200, fileSize: 240_000 });
    const photo = update.message?.photo ?? [];
    expect(photo.map((p) => [p.width, p.height])).toEqual([[90, 68], [320, 240], [800, 600], [1280, 960], [1600, 1200]]);
    const largest = photo.at(-1);
    const file = await bot.telegram.getFile(largest?.file_id ?? '');
    expect(file).toMatchObject({ file_id: largest?.file_id, file_size: 240_000, file_path: expect.stringMatching(/^photos\//) });
    const link = await bot.telegram.getFileLink(largest?.file_id ?? '');
    expect(link.href).toBe(`${fake.apiRoot}/file/bot${TOKEN}/${file.file_path}`);
    const download = await fetch(link.href);
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBe(240_000);

    const unknown = await telegramError(() => bot.telegram.getFile('AgACnope'));
    expect(unknown.description).toBe('Bad Request: invalid file_id');
    const big = u.sendDocument({ fileName: 'scan.pdf', mimeType: 'application/pdf', fileSize: 25 * 1024 * 1024 });
    const tooBig = await telegramError(() => bot.telegram.getFile(big.message?.document?.file_id ?? ''));
    expect(tooBig.description).toBe('Bad Request: file is too big');
    expect((await fetch(`${fake.apiRoot}/file/bot${TOKEN}/documents/nope.pdf`)).status).toBe(404);
  });

  it('accepts multipart uploads and file ids in sendPhoto/sendDocument', async () => {
    const u = fake.user({ id: 1001 });
    const userPhoto = u.sendPhoto({ width: 640, height: 480 }).message?.photo ?? [];
    const uploaded = await bot.telegram.sendPhoto(1001, { source: png(400, 300) }, { caption: 'Your receipt' });
    expect(uploaded.photo.at(-1)).toMatchObject({ width: 400, height: 300 });
    expect(uploaded.caption).toBe('Your receipt');
    const call = fake.calls.at(-1);
    expect(call?.params.photo).toMatchObject({ kind: 'upload', fileName: 'photo.jpg', size: 64 });
    expect(call?.chatId).toBe(1001);

    const byId = await bot.telegram.sendPhoto(1001, userPhoto.at(-1)?.file_id ?? '');
    expect(byId.photo).toEqual(userPhoto);
    const doc = await bot.telegram.sendDocument(1001, { source: Buffer.from('%PDF-1.4 test'), filename: 'contract.pdf' });
    expect(doc.document).toMatchObject({ file_name: 'contract.pdf', mime_type: 'application/pdf', file_size: 13 });
    const downloaded = await fetch(await bot.telegram.getFileLink(doc.document.file_id));
    expect(await downloaded.text()).toBe('%PDF-1.4 test');

    const notImage = await telegramError(() => bot.telegram.sendPhoto(1001, { source: Buffer.from('not an image') }));
    expect(notImage.description).toBe('Bad Request: IMAGE_PROCESS_FAILED');
    const longCaption = await telegramError(() => bot.telegram.sendPhoto(1001, { source: png(10, 10) }, { caption: 'c'.repeat(1025) }));
    expect(longCaption.description).toBe('Bad Request: message caption is too long');
    const wrongId = await telegramError(() => bot.telegram.sendDocument(1001, 'no-such-file'));
    expect(wrongId.description).toBe('Bad Request: wrong file identifier/HTTP URL specified');
    expect(u.chat().map((m) => m.kind)).toEqual(['photo', 'photo', 'photo', 'document']);
  });
});

describe('bot settings', () => {
  it('stores commands per scope and language and validates them', async () => {
    const commands = [{ command: 'start', description: 'Start' }, { command: 'help_me', description: 'Help' }];
    await expect(bot.telegram.setMyCommands(commands)).resolves.toBe(true);
    await bot.telegram.setMyCommands([{ command: 'aiuto', description: 'Aiuto' }], { language_code: 'it', scope: { type: 'all_private_chats' } });
    expect(await bot.telegram.getMyCommands()).toEqual(commands);
    expect(await bot.telegram.getMyCommands({ language_code: 'it', scope: { type: 'all_private_chats' } })).toEqual([
      { command: 'aiuto', description: 'Aiuto' },
    ]);
    expect(await bot.telegram.getMyCommands({ language_code: 'it' })).toEqual([]);
    expect(fake.myCommands({ type: 'all_private_chats' }, 'it')).toHaveLength(1);

    const upper = await telegramError(() => bot.telegram.setMyCommands([{ command: 'Start', description: 'x' }]));
    expect(upper.description).toBe('Bad Request: BOT_COMMAND_INVALID');
    const tooLong = await telegramError(() => bot.telegram.setMyCommands([{ command: 'a'.repeat(33), description: 'x' }]));
    expect(tooLong.description).toBe('Bad Request: BOT_COMMAND_INVALID');
    const noDescription = await telegramError(() => bot.telegram.setMyCommands([{ command: 'ok', description: '' }]));
    expect(noDescription.description).toBe('Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
    await bot.telegram.deleteMyCommands();
    expect(await bot.telegram.getMyCommands()).toEqual([]);
  });

  it('stores descriptions and the menu button', async () => {
    await bot.telegram.setMyDescription('Assistente C.A.S.A.', 'it');
    await bot.telegram.setMyShortDescription('Assistente');
    expect(await bot.telegram.getMyDescription('it')).toEqual({ description: 'Assistente C.A.S.A.' });
    expect(await bot.telegram.getMyShortDescription()).toEqual({ short_description: 'Assistente' });
    const tooLong = await telegramError(() => bot.telegram.setMyShortDescription('x'.repeat(121)));
    expect(tooLong.code).toBe(400);
    await bot.telegram.setChatMenuButton({ menuButton: { type: 'web_app', text: 'Open', web_app: { url: 'https://example.org' } } });
    expect(await bot.telegram.getChatMenuButton()).toEqual({ type: 'web_app', text: 'Open', web_app: { url: 'https://example.org' } });
  });
});

describe('observing the bot', () => {
  it('waits for future calls, calls since an index, and walks calls with a cursor', async () => {
    fake.user({ id: 1001 }).sendText('hi');
    fake.user({ id: 2002 }).sendText('hi');
    await bot.telegram.sendMessage(1001, 'before');
    const future = fake.waitForCall('sendMessage', toChat(1001), 2000);
    const cursor = fake.callCursor();
    await bot.telegram.sendMessage(2002, 'other chat');
    await bot.telegram.sendMessage(1001, 'first');
    await bot.telegram.sendMessage(1001, 'second');
    expect((await future).params.text).toBe('first');
    expect((await cursor.next('sendMessage', toChat(1001))).params.text).toBe('first');
    expect((await cursor.next('sendMessage', toChat(1001))).params.text).toBe('second');
    expect((await fake.waitForCallSince(0, 'sendMessage')).params.text).toBe('before');
    await expect(cursor.next('sendMessage', toChat(1001), 50)).rejects.toThrow(/no sendMessage call/);
    expect(fake.calls[0]).toMatchObject({ index: 0, method: 'sendMessage', httpStatus: 200, response: { ok: true } });
    expect(fake.calls[0]?.respondedAt).toBeGreaterThanOrEqual(fake.calls[0]?.at ?? Infinity);
  });

  it('returns each bot message once, in order, as it was when sent', async () => {
    const u = fake.user({ id: 1001 });
    u.sendText('hi');
    const first = await bot.telegram.sendMessage(1001, 'one');
    await bot.telegram.sendMessage(1001, 'two');
    await bot.telegram.editMessageText(1001, first.message_id, undefined, 'one (edited)');
    expect((await u.nextBotMessage()).text).toBe('one');
    expect((await u.nextBotMessage()).text).toBe('two');
    await expect(u.nextBotMessage(50)).rejects.toThrow(/no new message/);
    expect(u.chat().map((m) => [m.from, m.text, m.editedAt !== undefined])).toEqual([
      ['user', 'hi', false],
      ['bot', 'one (edited)', true],
      ['bot', 'two', false],
    ]);
    const later = u.nextBotMessage(2000);
    await bot.telegram.sendMessage(1001, 'three');
    expect((await later).text).toBe('three');
  });
});
