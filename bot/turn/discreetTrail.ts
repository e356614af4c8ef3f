import type { TurnContext } from 'botbuilder';
import type { IncomingChannelData } from './activityContract';
import type { ConversationAddress } from './conversationGateway';

interface Trail {
  address: ConversationAddress;
  refs: Set<string>;
  timer?: NodeJS.Timeout;
}

const HOOKED = Symbol('discreetTrailHooked');

/**
 * The messages of the discreet path, per chat, kept in memory only (never in the database): the tenant's and
 * the bot's, so that quick exit, or a few idle minutes, can delete them all from the chat.
 */
export class DiscreetTrail {
  private readonly trails = new Map<string, Trail>();

  constructor(
    private readonly idleMs: number,
    /** Runs a turn in the chat that erases the path (an event turn): the timer has no turn of its own. */
    private readonly onIdle: (address: ConversationAddress) => Promise<void>,
  ) {}

  follow(context: TurnContext): void {
    const { activity } = context;
    const key = keyOf(context);
    const trail = this.trails.get(key) ?? { address: { channel: activity.channelId, conversationId: activity.conversation.id, userId: activity.from.id }, refs: new Set<string>() };
    this.trails.set(key, trail);
    const incoming = (activity.channelData as Partial<IncomingChannelData> | undefined)?.messageRef;
    if (incoming) trail.refs.add(incoming);
    if (!context.turnState.get(HOOKED)) {
      context.turnState.set(HOOKED, true);
      context.onSendActivities(async (_context, _activities, next) => {
        const responses = await next();
        const current = this.trails.get(key);
        for (const response of responses ?? []) if (current && response?.id) current.refs.add(response.id);
        return responses;
      });
    }
    clearTimeout(trail.timer);
    trail.timer = setTimeout(() => {
      void this.onIdle(trail.address).catch(() => undefined);
    }, this.idleMs);
    trail.timer.unref();
  }

  async erase(context: TurnContext): Promise<void> {
    const key = keyOf(context);
    const trail = this.trails.get(key);
    this.trails.delete(key);
    if (!trail) return;
    clearTimeout(trail.timer);
    for (const ref of trail.refs) await context.deleteActivity(ref).catch(() => undefined);
  }

  stop(): void {
    for (const trail of this.trails.values()) clearTimeout(trail.timer);
    this.trails.clear();
  }
}

function keyOf(context: TurnContext): string {
  return `${context.activity.channelId}:${context.activity.conversation.id}`;
}
