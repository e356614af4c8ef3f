import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { OutgoingChannelData } from '../../bot/turn/activityContract';

/** The tree variable that says the tenant chose silent messages on the path (kept in the path's sealed state only). */
export const SILENT_VAR = 'silent';

const DELIVERY = Symbol('discreetDelivery');

interface Delivery {
  silent: boolean;
}

/**
 * This turn belongs to the discreet path: every message it sends cannot be forwarded or saved, and arrives
 * without sound once the tenant chose silence. Nothing is stored: each turn derives it from the dialog in
 * progress (see silenceChosen), and the channel maps it (Telegram: protect_content, disable_notification).
 */
export function protectPath(context: TurnContext, silent = false): void {
  const current = context.turnState.get(DELIVERY) as Delivery | undefined;
  if (current) {
    current.silent ||= silent;
    return;
  }
  const delivery: Delivery = { silent };
  context.turnState.set(DELIVERY, delivery);
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) {
      if (activity.type !== undefined && activity.type !== ActivityTypes.Message) continue;
      const hints: OutgoingChannelData = { ...(activity.channelData as OutgoingChannelData | undefined), protectContent: true, ...(delivery.silent ? { silent: true } : {}) };
      activity.channelData = hints;
    }
    return next();
  });
}

/** Whether this turn's path is protected (for tests and the channel-independent checks). */
export function isPathProtected(context: TurnContext): boolean {
  return context.turnState.get(DELIVERY) !== undefined;
}

/** Whether the tenant chose silent messages in the path in progress: a variable of the path's tree, at any depth. */
export function silenceChosen(dc: DialogContext): boolean {
  for (let inner: DialogContext | undefined = dc; inner; inner = inner.child) {
    if (inner.stack.some((entry) => (entry.state as { vars?: Record<string, unknown> } | undefined)?.vars?.[SILENT_VAR] === true)) return true;
  }
  return false;
}
