import type { TurnContext } from 'botbuilder';
import type { IncomingChannelData } from './activityContract';
import type { ConversationAddress } from './conversationGateway';

interface Trail {
  address: ConversationAddress;
  refs: Set<string>;
  /** How long without a message before the path is erased: the last turn's (a chat waits longer). */
  idleMs: number;
  timer?: NodeJS.Timeout;
}

/** A trail as kept in the database: the chat, its messages to delete, and when it last changed. */
export interface TrailRecord {
  address: ConversationAddress;
  refs: string[];
  updatedAt: Date;
}

/**
 * Where trails are kept besides memory: so the path's messages are still deleted after a restart, and so that
 * processes share them (an operator's reply may be sent by another process than the tenant's turns).
 */
export interface TrailStore {
  /** Adds these messages to the chat's trail (those other processes added stay) and marks it active now. */
  save(address: ConversationAddress, refs: string[]): Promise<void>;
  find(address: ConversationAddress): Promise<TrailRecord | undefined>;
  remove(address: ConversationAddress): Promise<void>;
  all(): Promise<TrailRecord[]>;
}

const HOOKED = Symbol('discreetTrailHooked');

/**
 * The messages of the discreet path, per chat: the tenant's and the bot's, so that quick exit, or a few idle
 * minutes, can delete them all from the chat. Memory is what the path uses; the store is the safety net for a
 * restart (written as the path goes, removed once erased; resume() takes the timers back).
 */
export class DiscreetTrail {
  private readonly trails = new Map<string, Trail>();

  constructor(
    private readonly idleMs: number,
    /** Runs a turn in the chat that erases the path (an event turn): the timer has no turn of its own. */
    private readonly onIdle: (address: ConversationAddress) => Promise<void>,
    private readonly store: TrailStore,
    /** After an erase has been written: what the database keeps besides (SQLite's log) is cleaned too. */
    private readonly afterErase: () => void = () => undefined,
  ) {}

  async follow(context: TurnContext, idleMinutes?: number): Promise<void> {
    const { activity } = context;
    const key = keyOf(activity.channelId, activity.conversation.id);
    const trail = this.trails.get(key) ?? { address: { channel: activity.channelId, conversationId: activity.conversation.id, userId: activity.from.id }, refs: new Set<string>(), idleMs: this.idleMs };
    trail.idleMs = idleMinutes === undefined ? this.idleMs : idleMinutes * 60_000;
    this.trails.set(key, trail);
    if (!context.turnState.get(HOOKED)) {
      context.turnState.set(HOOKED, true);
      context.onSendActivities(async (_context, _activities, next) => {
        const responses = await next();
        const current = this.trails.get(key);
        for (const response of responses ?? []) if (current && response?.id) current.refs.add(response.id);
        // In the turn's own transaction: the record is written with the messages it lists.
        if (current) await this.store.save(current.address, [...current.refs]);
        return responses;
      });
    }
    this.arm(trail, trail.idleMs);
    const incoming = (activity.channelData as Partial<IncomingChannelData> | undefined)?.messageRef;
    if (incoming && !trail.refs.has(incoming)) {
      trail.refs.add(incoming);
      // The tenant's message may get no answer in this turn (a chat message): it is recorded now.
      await this.store.save(trail.address, [...trail.refs]);
    }
  }

  /** Deletes every message of the path, those this process saw and those the store has from other processes. */
  async erase(context: TurnContext): Promise<void> {
    const { activity } = context;
    const key = keyOf(activity.channelId, activity.conversation.id);
    const address = { channel: activity.channelId, conversationId: activity.conversation.id, userId: activity.from.id };
    const trail = this.trails.get(key);
    this.trails.delete(key);
    clearTimeout(trail?.timer);
    const stored = await this.store.find(address);
    for (const ref of new Set([...(trail?.refs ?? []), ...(stored?.refs ?? [])])) await context.deleteActivity(ref);
    if (trail || stored) await this.store.remove(address);
    this.afterErase();
  }

  /** At start: the trails a restart interrupted get their timers back; those idle for long enough are erased now. */
  async resume(now = new Date()): Promise<void> {
    for (const record of await this.store.all()) {
      const key = keyOf(record.address.channel, record.address.conversationId);
      if (this.trails.has(key)) continue;
      // After a restart the shorter idle time applies, even to a path that had a chat open: the safer choice.
      const trail: Trail = { address: record.address, refs: new Set(record.refs), idleMs: this.idleMs };
      this.trails.set(key, trail);
      this.arm(trail, Math.max(0, this.idleMs - (now.getTime() - record.updatedAt.getTime())));
    }
  }

  /** Stops the timers (the store keeps the trails for the next start). */
  async stop(): Promise<void> {
    for (const trail of this.trails.values()) clearTimeout(trail.timer);
    this.trails.clear();
  }

  private arm(trail: Trail, delayMs: number): void {
    clearTimeout(trail.timer);
    trail.timer = setTimeout(() => void this.whenIdle(trail).catch(() => undefined), delayMs);
    trail.timer.unref();
  }

  /** Erases the path, unless another process saw it move meanwhile: then waits for the rest of the idle time. */
  private async whenIdle(trail: Trail): Promise<void> {
    const stored = await this.store.find(trail.address);
    const quietFor = stored ? Date.now() - stored.updatedAt.getTime() : Infinity;
    if (quietFor < trail.idleMs) return this.arm(trail, trail.idleMs - quietFor);
    await this.onIdle(trail.address);
  }
}

function keyOf(channel: string, conversationId: string): string {
  return `${channel}:${conversationId}`;
}
