import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { OutgoingChannelData } from '../../turn/activityContract';

export const SANDBOX_CHANNEL = 'sandbox';
export const SANDBOX_BOT_ID = 'casa-bot';

export interface SandboxButton {
  label: string;
  /** Button data, as Telegram's callback_data; absent for link buttons. */
  data?: string;
  url?: string;
}

/** What the web page draws: new messages, edits and deletions, in order. */
export type SandboxOperation =
  | { op: 'message'; id: string; text: string; buttons: SandboxButton[][] }
  | { op: 'update'; id: string; text?: string; buttons: SandboxButton[][] }
  | { op: 'delete'; id: string }
  | { op: 'typing' };

type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * The sandbox channel: the same bot, driven from a web page. A turn's outgoing activities are collected
 * and returned to the page that sent the message.
 */
export class SandboxAdapter extends BotAdapter {
  private readonly outputKey = Symbol('sandboxOutput');
  private nextId = 1;

  async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<SandboxOperation[]> {
    const context = new TurnContext(this, activity);
    const operations: SandboxOperation[] = [];
    context.turnState.set(this.outputKey, operations);
    await this.runMiddleware(context, logic);
    return operations;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return this.render(activities, this.outputOf(context));
  }

  /** Turns activities into the page's operations, appended to `output`. */
  render(activities: Partial<Activity>[], output: SandboxOperation[]): ResourceResponse[] {
    return activities.map((activity) => {
      if (activity.type === ActivityTypes.Typing) {
        output.push({ op: 'typing' });
        return { id: '' };
      }
      if (activity.type !== undefined && activity.type !== ActivityTypes.Message) return { id: '' };
      const id = `s${this.nextId++}`;
      output.push({ op: 'message', id, text: activity.text ?? '', buttons: buttonsOf(activity) });
      return { id };
    });
  }

  async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    this.outputOf(context).push({ op: 'update', id: activity.id ?? '', text: activity.text, buttons: buttonsOf(activity) });
  }

  async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    this.outputOf(context).push({ op: 'delete', id: reference.activityId ?? '' });
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    await this.runEvent(reference, 'continueConversation', undefined, logic);
  }

  /** A turn for an event from inside the bot (a desk change); returns what it shows on the page. */
  async runEvent(reference: Partial<ConversationReference>, name: string, value: unknown, logic: TurnLogic): Promise<SandboxOperation[]> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name, value, channelId: SANDBOX_CHANNEL }, reference, true);
    return this.processActivity(activity, logic);
  }

  /** Turn state, not the context object: the middleware hands dialogs a revocable proxy of the context. */
  private outputOf(context: TurnContext): SandboxOperation[] {
    return context.turnState.get(this.outputKey) as SandboxOperation[];
  }
}

function buttonsOf(activity: Partial<Activity>): SandboxButton[][] {
  const actions = activity.suggestedActions?.actions ?? [];
  const columns = Math.max(1, (activity.channelData as OutgoingChannelData | undefined)?.columns ?? 1);
  const buttons: SandboxButton[] = actions.map((action) =>
    action.type === 'openUrl' ? { label: action.title, url: String(action.value) } : { label: action.title, data: String(action.value) },
  );
  const rows: SandboxButton[][] = [];
  for (let i = 0; i < buttons.length; i += columns) rows.push(buttons.slice(i, i + columns));
  return rows;
}
