import type { TFunction } from 'i18next';
import { sandboxConversation } from '../../support/sandboxClient';
import type { SandboxOperation } from '../../../bot/channels/sandbox/sandboxAdapter';
import { createI18n } from '../../../bot/i18n/i18n';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV, ConsoleClient, staffSession } from '../../support/consoleClient';

type Message = Extract<SandboxOperation, { op: 'message' }>;
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' }));
let CONVERSATION = '';

describe('a tenant in the sandbox talks to a person', () => {
  let bot: BotUnderTest;
  let base: string;
  let t: TFunction;

  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
    base = `http://127.0.0.1:${bot.app.port}`;
    CONVERSATION = await sandboxConversation(base);
    t = (await createI18n()).getFixedT('it');
    const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
    await admin.expect(204, 'PUT', '/neighbourhoods/mazzini/settings', { claimLimitMinutes: 10, staffChatId: null, openingHours: ALL_WEEK, holidays: [] });
  });
  afterAll(() => bot.stop());

  async function turn(body: { text: string } | { button: string }): Promise<Message[]> {
    const response = await fetch(`${base}/sandbox/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: CONVERSATION, locale: 'it', ...body }),
    });
    return ((await response.json()) as { operations: SandboxOperation[] }).operations.filter((op): op is Message => op.op === 'message');
  }

  async function pressLabel(messages: Message[], label: string): Promise<Message[]> {
    const button = messages.flatMap((message) => message.buttons.flat()).find((candidate) => candidate.label === label);
    if (!button?.data) throw new Error(`no button "${label}"`);
    return turn({ button: button.data });
  }

  async function polled(): Promise<string[]> {
    const response = await fetch(`${base}/sandbox/api/messages?conversationId=${CONVERSATION}`);
    return ((await response.json()) as { operations: SandboxOperation[] }).operations.flatMap((op) => (op.op === 'message' ? [op.text] : []));
  }

  it('gets the manager and their replies by polling, as the page does', async () => {
    let messages = await pressLabel(await turn({ text: '/start' }), t('menu:entry.person'));
    messages = await pressLabel(messages, t('common:neighbourhood.mazzini'));
    messages = await pressLabel(messages, t('person:topic.neighbourhood'));
    expect(messages[0]!.text).toBe(t('person:askFirstMessage'));
    expect((await turn({ text: 'Vorrei proporre una festa di cortile' }))[0]!.text).toContain(t('person:position', { position: 1 }));
    expect(await polled()).toEqual([]);

    const manager = await staffSession(base, { email: 'lia@casa.test', name: 'Lia', role: 'community_manager', neighbourhoodIds: ['mazzini'] });
    const queue = await manager.expect<{ waiting: { id: number }[] }>(200, 'GET', '/queue');
    const id = queue.waiting[0]!.id;
    await manager.expect(204, 'POST', `/requests/${id}/claim`);
    await manager.expect(201, 'POST', `/requests/${id}/messages`, { text: 'Che bella idea!' });
    expect(await polled()).toEqual([t('person:claimed', { name: 'Lia' }), t('person:fromStaff', { name: 'Lia', text: 'Che bella idea!' })]);
    expect(await polled()).toEqual([]);
  });

  it('answers a poll without a valid conversation id with 400', async () => {
    expect((await fetch(`${base}/sandbox/api/messages?conversationId=x`)).status).toBe(400);
  });
});
