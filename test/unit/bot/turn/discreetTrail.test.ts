import { BotAdapter, MemoryStorage, TurnContext, type Activity, type ConversationReference, type ResourceResponse, type StoreItems } from 'botbuilder';
import { EtagBotState } from '../../../../bot/state/etagBotState';
import { conversationStateKey, createConversationState } from '../../../../bot/state/conversationStates';
import type { ConversationAddress } from '../../../../bot/turn/conversationGateway';
import { DiscreetTrail } from '../../../../bot/turn/discreetTrail';

/** Gives every sent message an id "<chat>:<n>" and notes what is deleted. */
class RecordingAdapter extends BotAdapter {
  private next = 100;
  readonly deleted: string[] = [];

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map(() => ({ id: `${context.activity.conversation.id}:${this.next++}` }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(_context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    this.deleted.push(reference.activityId ?? '');
  }
  async continueConversation(): Promise<void> {}
}

/** Conversation states in memory, each noted with when it was last written (what the database's updatedAt is). */
class StatesInMemory extends MemoryStorage {
  readonly writtenAt = new Map<string, number>();

  override async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    for (const key of Object.keys(changes)) this.writtenAt.set(key, Date.now());
  }

  async writtenBetween(after: Date, before: Date): Promise<Record<string, unknown>[]> {
    const keys = [...this.writtenAt].filter(([, at]) => at > after.getTime() && at <= before.getTime()).map(([key]) => key);
    return Object.values(await this.read(keys)) as Record<string, unknown>[];
  }
}

function turn(adapter: RecordingAdapter, chat = '42', messageRef?: string): TurnContext {
  return new TurnContext(adapter, {
    type: 'message',
    channelId: 'telegram',
    conversation: { id: chat, isGroup: false, conversationType: 'private', name: '' },
    from: { id: chat, name: 'Sara' },
    recipient: { id: 'bot', name: '' },
    channelData: messageRef ? { casaKind: 'text', messageRef } : undefined,
  });
}

const MINUTE = 60_000;

describe('DiscreetTrail', () => {
  let storage: StatesInMemory;
  let state: EtagBotState;
  let adapter: RecordingAdapter;
  let idle: string[];
  let trail: DiscreetTrail;

  /** A turn of the chat that runs body and saves the state, as CasaBot does. */
  async function inTurn(chat: string, body: (context: TurnContext) => Promise<unknown>, messageRef?: string): Promise<void> {
    const context = turn(adapter, chat, messageRef);
    await body(context);
    await state.saveChanges(context);
  }

  const stored = async (chat: string) => (await storage.read([conversationStateKey('telegram', chat)]))[conversationStateKey('telegram', chat)] as { trail?: { refs: string[] } } | undefined;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    jest.setSystemTime(new Date('2026-11-28T10:00:00Z'));
    storage = new StatesInMemory();
    state = createConversationState(storage);
    adapter = new RecordingAdapter();
    idle = [];
    trail = new DiscreetTrail({
      idleMs: 5 * MINUTE,
      shortestIdleMs: 5 * MINUTE,
      conversationState: state,
      states: storage,
      onIdle: async (address: ConversationAddress) => void idle.push(address.conversationId),
    });
  });
  afterEach(async () => {
    await trail.stop();
    jest.useRealTimers();
  });

  it('keeps the path\'s messages in the chat\'s own state, saved with the turn, and forgets them once erased', async () => {
    await inTurn('42', async (context) => {
      await trail.follow(context);
      await context.sendActivity('hello');
    }, '42:7');
    expect((await stored('42'))?.trail?.refs).toEqual(['42:7', '42:100']);

    await inTurn('42', (context) => trail.erase(context));
    expect(adapter.deleted).toEqual(['42:7', '42:100']);
    expect(await stored('42')).not.toHaveProperty('trail');
  });

  it('adds the messages of every turn of the chat (an operator\'s reply is an event turn there) to the same trail', async () => {
    await inTurn('42', (context) => trail.follow(context), '42:7');
    await inTurn('42', async (context) => {
      await trail.follow(context, 20);
      await context.sendActivities([{ type: 'message', text: 'a' }, { type: 'message', text: 'b' }]);
    });
    expect((await stored('42'))?.trail?.refs).toEqual(['42:7', '42:100', '42:101']);
  });

  it('erases when idle, and waits again when the path moved meanwhile (a turn in another process)', async () => {
    const otherProcess = new DiscreetTrail({ idleMs: 5 * MINUTE, shortestIdleMs: 5 * MINUTE, conversationState: state, states: storage, onIdle: async () => undefined });
    await inTurn('42', (context) => trail.follow(context), '42:7');
    await jest.advanceTimersByTimeAsync(4 * MINUTE);
    // An operator's reply, an event turn of the chat in the process that serves the console.
    await inTurn('42', (context) => otherProcess.follow(context), '42:200');
    await jest.advanceTimersByTimeAsync(MINUTE);
    expect(idle).toEqual(['42']);
    let erased = true;
    await inTurn('42', async (context) => void (erased = await trail.expire(context)));
    expect(erased).toBe(false);
    expect(adapter.deleted).toEqual([]);
    await jest.advanceTimersByTimeAsync(4 * MINUTE);
    expect(idle).toEqual(['42', '42']);
    await inTurn('42', async (context) => void (erased = await trail.expire(context)));
    expect(erased).toBe(true);
    expect(adapter.deleted).toEqual(['42:7', '42:200']);
    await otherProcess.stop();
  });

  it('sweeps at start: the trails overdue are erased through their chat\'s turn, the others and the recent states are left', async () => {
    await inTurn('old', (context) => trail.follow(context), 'old:1');
    await jest.advanceTimersByTimeAsync(MINUTE);
    await inTurn('chat', (context) => trail.follow(context, 20), 'chat:1');
    await inTurn('plain', async (context) => void (await state.createProperty('buttons').set(context, { a: 1 })));
    jest.setSystemTime(Date.now() + 6 * MINUTE);
    await inTurn('young', (context) => trail.follow(context), 'young:1');
    // A new process: no timers, only what the states hold.
    const restarted = new DiscreetTrail({
      idleMs: 5 * MINUTE,
      shortestIdleMs: 5 * MINUTE,
      conversationState: state,
      states: storage,
      onIdle: async (address: ConversationAddress) => void idle.push(`swept ${address.conversationId}`),
    });
    await restarted.start();
    expect(idle.filter((entry) => entry.startsWith('swept'))).toEqual(['swept old']);
    jest.setSystemTime(Date.now() + 15 * MINUTE);
    await jest.advanceTimersByTimeAsync(MINUTE);
    expect(idle.filter((entry) => entry.startsWith('swept'))).toEqual(['swept old', 'swept old', 'swept chat', 'swept young']);
    await restarted.stop();
  });

  it('never lets a failing idle turn escape its timer or the sweep (a channel not running in this process)', async () => {
    const failing = new DiscreetTrail({
      idleMs: MINUTE,
      shortestIdleMs: MINUTE,
      conversationState: state,
      states: storage,
      onIdle: () => Promise.reject(new Error('channel telegram is not running')),
    });
    await inTurn('42', (context) => failing.follow(context), '42:3');
    await expect(jest.advanceTimersByTimeAsync(2 * MINUTE)).resolves.toBeUndefined();
    await expect(failing.sweep()).resolves.toBeUndefined();
    await failing.stop();
  });

  it('does nothing when the trail was already erased (two processes\' sweeps)', async () => {
    await inTurn('42', (context) => trail.follow(context), '42:3');
    await inTurn('42', (context) => trail.erase(context));
    await inTurn('42', (context) => trail.expire(context));
    expect(adapter.deleted).toEqual(['42:3']);
  });
});
