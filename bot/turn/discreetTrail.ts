import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { EtagBotState } from '../state/etagBotState';
import type { StateRows } from '../state/prismaStorage';
import type { IncomingChannelData } from './activityContract';
import type { ConversationAddress } from './conversationGateway';

/** The path's trail as the chat's conversation state keeps it (sealed with the rest of the state). */
const trailSchema = z.object({
  address: z.object({ channel: z.string(), conversationId: z.string(), userId: z.string() }),
  refs: z.array(z.string()),
  /** How long without a message before the path is erased: the last turn's (a chat waits longer). */
  idleMs: z.number(),
  /** When the path last moved (ms since the epoch). */
  movedAt: z.number(),
});

type Trail = z.infer<typeof trailSchema>;

/** The conversation state's property that holds the trail. */
const TRAIL_PROPERTY = 'trail';

export interface DiscreetTrailOptions {
  /** DISCREET_IDLE_MINUTES, in ms. */
  idleMs: number;
  /** The shortest idle time a trail can have (the path's or a chat's): states written more recently cannot be overdue. */
  shortestIdleMs: number;
  conversationState: EtagBotState;
  states: StateRows;
  /** Runs a turn in the chat that erases the path (an event turn): a timer or the sweep has no turn of its own. */
  onIdle(address: ConversationAddress): Promise<void>;
  /** After an erase has been written: what the database keeps besides (SQLite's log) is cleaned too. */
  afterErase?: () => void;
  now?: () => number;
}

const HOOKED = Symbol('discreetTrailHooked');
/** Older trails are left alone: Telegram lets a bot delete its messages for 48 hours only. */
const SWEEP_HORIZON_MS = 2 * 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60_000;

/**
 * The messages of the discreet path, per chat (the tenant's and the bot's), so that quick exit, or a few idle
 * minutes, can delete them all. The trail lives in the chat's own conversation state, which every tenant has
 * and which is sealed: a copy of the database cannot tell a chat in the path from any other. Every change to
 * it is a turn of that chat (operators' replies are event turns there too), under the chat's lock.
 * Timers in memory erase promptly; a sweep (at start and every minute) reads the states written long enough
 * ago and runs the erasing turn for the trails that are overdue, so a restart or another process's timers
 * leave nothing behind. Reading writes nothing; the erasing turn is the only writer, and erasing twice is harmless.
 */
export class DiscreetTrail {
  private readonly trail: StatePropertyAccessor<Trail | undefined>;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly now: () => number;
  private sweeper: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(private readonly options: DiscreetTrailOptions) {
    this.trail = options.conversationState.createProperty<Trail | undefined>(TRAIL_PROPERTY);
    this.now = options.now ?? Date.now;
  }

  async follow(context: TurnContext, idleMinutes?: number): Promise<void> {
    const { activity } = context;
    const trail = (await this.trail.get(context)) ?? { address: addressOf(context), refs: [], idleMs: this.options.idleMs, movedAt: 0 };
    trail.idleMs = idleMinutes === undefined ? this.options.idleMs : idleMinutes * 60_000;
    trail.movedAt = this.now();
    const incoming = (activity.channelData as Partial<IncomingChannelData> | undefined)?.messageRef;
    if (incoming && !trail.refs.includes(incoming)) trail.refs.push(incoming);
    await this.trail.set(context, trail);
    if (!context.turnState.get(HOOKED)) {
      context.turnState.set(HOOKED, true);
      context.onSendActivities(async (_context, _activities, next) => {
        const responses = await next();
        // The state is saved at the end of the turn, in its transaction: with the messages it lists.
        const current = await this.trail.get(context);
        for (const response of responses ?? []) if (current && response?.id && !current.refs.includes(response.id)) current.refs.push(response.id);
        return responses;
      });
    }
    this.arm(trail.address, trail.idleMs);
  }

  /** Deletes every message of the path and forgets the trail (nothing to do when there is none). */
  async erase(context: TurnContext): Promise<void> {
    const trail = await this.trail.get(context);
    this.disarm(addressOf(context));
    for (const ref of trail?.refs ?? []) await context.deleteActivity(ref);
    if (trail) await this.trail.delete(context);
    this.options.afterErase?.();
  }

  /**
   * The idle erase's turn: erases the path if it has been idle long enough (or has no trail left); otherwise
   * another turn, maybe in another process, moved it meanwhile, and the timer waits for the rest. True if erased.
   */
  async expire(context: TurnContext): Promise<boolean> {
    const trail = await this.trail.get(context);
    const quietFor = trail ? this.now() - trail.movedAt : Infinity;
    if (trail && quietFor < trail.idleMs) {
      this.arm(trail.address, trail.idleMs - quietFor);
      return false;
    }
    await this.erase(context);
    return true;
  }

  /** Sweeps now (the trails a restart left), then every minute (or sooner with very short idle times). */
  async start(): Promise<void> {
    await this.sweep();
    this.sweeper = setInterval(() => void this.sweep(), Math.min(SWEEP_EVERY_MS, this.options.shortestIdleMs / 2));
    this.sweeper.unref();
  }

  /** Runs the erasing turn for each overdue trail among the states written between the horizon and the shortest idle time ago. */
  sweep(): Promise<void> {
    this.sweeping ??= this.sweepOnce().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  /** Stops the timers and the sweep (the states keep the trails for the next start). */
  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    await this.sweeping;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async sweepOnce(): Promise<void> {
    const now = this.now();
    const states = await this.options.states.writtenBetween(new Date(now - SWEEP_HORIZON_MS), new Date(now - this.options.shortestIdleMs)).catch(() => []);
    for (const state of states) {
      const trail = trailSchema.safeParse(state[TRAIL_PROPERTY]);
      if (trail.success && now - trail.data.movedAt >= trail.data.idleMs) await this.runIdle(trail.data.address);
    }
  }

  private arm(address: ConversationAddress, delayMs: number): void {
    this.disarm(address);
    const timer = setTimeout(() => {
      this.timers.delete(keyOf(address));
      void this.runIdle(address);
    }, delayMs);
    timer.unref();
    this.timers.set(keyOf(address), timer);
  }

  private disarm(address: Pick<ConversationAddress, 'channel' | 'conversationId'>): void {
    clearTimeout(this.timers.get(keyOf(address)));
    this.timers.delete(keyOf(address));
  }

  /** The erasing turn; a failure (a channel not running here) waits for the next sweep. */
  private async runIdle(address: ConversationAddress): Promise<void> {
    try {
      await this.options.onIdle(address);
    } catch {
      // The trail stays in the state: the next sweep tries again.
    }
  }
}

function addressOf(context: TurnContext): ConversationAddress {
  const { activity } = context;
  return { channel: activity.channelId, conversationId: activity.conversation.id, userId: activity.from.id };
}

function keyOf(address: Pick<ConversationAddress, 'channel' | 'conversationId'>): string {
  return `${address.channel}:${address.conversationId}`;
}
