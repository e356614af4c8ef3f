import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { ConversationAddress } from '../../../../bot/turn/conversationGateway';
import { DiscreetTrail, type TrailRecord, type TrailStore } from '../../../../bot/turn/discreetTrail';

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

/** A store in memory that notes every call. */
class MemoryStore implements TrailStore {
  readonly rows = new Map<string, TrailRecord>();
  readonly calls: string[] = [];

  async save(address: ConversationAddress, refs: string[]): Promise<void> {
    this.calls.push(`save ${refs.join(',')}`);
    const known = this.rows.get(address.conversationId)?.refs ?? [];
    this.rows.set(address.conversationId, { address, refs: [...new Set([...known, ...refs])], updatedAt: new Date() });
  }
  async find(address: ConversationAddress): Promise<TrailRecord | undefined> {
    return this.rows.get(address.conversationId);
  }
  async remove(address: ConversationAddress): Promise<void> {
    this.calls.push('remove');
    this.rows.delete(address.conversationId);
  }
  async all(): Promise<TrailRecord[]> {
    return [...this.rows.values()];
  }
}

const ADDRESS: ConversationAddress = { channel: 'telegram', conversationId: '42', userId: '42' };

function turn(adapter: RecordingAdapter, messageRef?: string): TurnContext {
  return new TurnContext(adapter, {
    type: 'message',
    channelId: 'telegram',
    conversation: { id: '42', isGroup: false, conversationType: 'private', name: '' },
    from: { id: '42', name: 'Sara' },
    recipient: { id: 'bot', name: '' },
    channelData: messageRef ? { casaKind: 'text', messageRef } : undefined,
  });
}


describe('DiscreetTrail', () => {
  afterEach(() => jest.useRealTimers());

  it('keeps the path\'s messages in the store as the path goes, and removes them once erased', async () => {
    const adapter = new RecordingAdapter();
    const store = new MemoryStore();
    const trail = new DiscreetTrail(60_000, async () => undefined, store);
    const context = turn(adapter, '42:7');
    await trail.follow(context);
    await context.sendActivity('hello');
    expect(store.rows.get('42')?.refs).toEqual(['42:7', '42:100']);

    await trail.erase(turn(adapter));
    expect(adapter.deleted).toEqual(['42:7', '42:100']);
    expect(store.rows.size).toBe(0);
    expect(store.calls.at(-1)).toBe('remove');
    await trail.stop();
  });

  it('writes the record within the turn: the tenant\'s message once, then after each send', async () => {
    const adapter = new RecordingAdapter();
    const store = new MemoryStore();
    const trail = new DiscreetTrail(60_000, async () => undefined, store);
    const context = turn(adapter, '42:7');
    await trail.follow(context);
    await trail.follow(context);
    await context.sendActivities([{ type: 'message', text: 'a' }, { type: 'message', text: 'b' }]);
    await trail.stop();
    expect(store.calls).toEqual(['save 42:7', 'save 42:7,42:100,42:101']);
  });

  it('at start, erases now a path idle for longer than the idle time, and waits for the rest of it otherwise', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const now = new Date('2026-11-28T10:00:00Z');
    jest.setSystemTime(now);
    const store = new MemoryStore();
    store.rows.set('old', { address: { ...ADDRESS, conversationId: 'old' }, refs: ['old:1'], updatedAt: new Date(now.getTime() - 10 * 60_000) });
    store.rows.set('young', { address: { ...ADDRESS, conversationId: 'young' }, refs: ['young:1'], updatedAt: new Date(now.getTime() - 2 * 60_000) });
    const idle: string[] = [];
    const trail = new DiscreetTrail(5 * 60_000, async (address) => void idle.push(address.conversationId), store);
    await trail.resume(now);
    await jest.advanceTimersByTimeAsync(0);
    expect(idle).toEqual(['old']);
    await jest.advanceTimersByTimeAsync(3 * 60_000 - 1);
    expect(idle).toEqual(['old']);
    await jest.advanceTimersByTimeAsync(1);
    expect(idle).toEqual(['old', 'young']);
    await trail.stop();
  });

  it('waits again when another process saw the path move, and erases the messages every process kept', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    jest.setSystemTime(new Date('2026-11-28T10:00:00Z'));
    const adapter = new RecordingAdapter();
    const store = new MemoryStore();
    const idle: string[] = [];
    const trail = new DiscreetTrail(5 * 60_000, async (address) => void idle.push(address.conversationId), store);
    await trail.follow(turn(adapter, '42:7'));
    await jest.advanceTimersByTimeAsync(4 * 60_000);
    // An operator's reply sent by another process, a minute before this one's timer.
    await store.save(ADDRESS, ['42:200']);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(idle).toEqual([]);
    await jest.advanceTimersByTimeAsync(4 * 60_000);
    expect(idle).toEqual(['42']);
    await trail.erase(turn(adapter));
    expect(adapter.deleted).toEqual(['42:7', '42:200']);
    expect(store.rows.size).toBe(0);
    await trail.stop();
  });

  it('never lets a failing idle turn escape its timer (a channel missing in this process)', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const store = new MemoryStore();
    store.rows.set('42', { address: ADDRESS, refs: ['42:3'], updatedAt: new Date(Date.now() - 10 * 60_000) });
    const trail = new DiscreetTrail(60_000, () => {
      throw new Error('no connector for channel "telegram"');
    }, store);
    await trail.resume();
    await expect(jest.advanceTimersByTimeAsync(0)).resolves.toBeUndefined();
    await trail.stop();
  });

  it('erases, after a restart, the messages the store kept', async () => {
    const adapter = new RecordingAdapter();
    const store = new MemoryStore();
    store.rows.set('42', { address: ADDRESS, refs: ['42:3', '42:4'], updatedAt: new Date() });
    const trail = new DiscreetTrail(60_000, async () => undefined, store);
    await trail.resume();
    await trail.erase(turn(adapter));
    expect(adapter.deleted).toEqual(['42:3', '42:4']);
    expect(store.rows.size).toBe(0);
    await trail.stop();
  });
});
