import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from '../../config/logger';
import { activityToCalls, activityToEdit, type TelegramCall } from './activityToCalls';
import type { Outbox } from './outbox';
import { TELEGRAM_CHANNEL, type TelegramActivityData } from './updateToActivity';

type TurnLogic = (context: TurnContext) => Promise<void>;

/** The Bot API calls the adapter makes outside the per-chat outbox. */
export type DirectCall = (call: TelegramCall) => Promise<unknown>;

const MESSAGE_NOT_MODIFIED = /message is not modified/i;

/**
 * Telegram as a Bot Framework channel: runs turns for incoming activities, and turns outgoing activities
 * into Bot API calls through the outbox. It knows nothing of dialogs.
 */
export class TelegramAdapter extends BotAdapter {
  constructor(
    private readonly outbox: Outbox,
    private readonly direct: DirectCall,
    readonly botId: string,
    private readonly log: Logger,
  ) {
    super();
  }

  async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    const data = activity.channelData as TelegramActivityData | undefined;
    if (data?.callbackQueryId) await this.acknowledgePress(activity.conversation!.id, data);
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return this.deliver(context.activity.conversation.id, activities);
  }

  /** Sends activities to a chat outside any turn (a manager's reply); errors reach the caller. */
  async deliver(defaultChatId: string, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const chatId = activity.conversation?.id ?? defaultChatId;
      let lastId = '';
      for (const call of activityToCalls(activity, chatId)) {
        const result = (await this.outbox.send(chatId, call)) as { message_id?: number } | boolean;
        if (typeof result === 'object' && result.message_id !== undefined) lastId = `${chatId}:${result.message_id}`;
      }
      responses.push({ id: lastId });
    }
    return responses;
  }

  async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    const { chatId, messageId } = parseActivityId(activity.id, context.activity.conversation.id);
    try {
      await this.outbox.send(chatId, activityToEdit(activity, chatId, messageId));
    } catch (error) {
      if (!MESSAGE_NOT_MODIFIED.test((error as Error).message)) throw error;
    }
    return { id: activity.id! };
  }

  async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    const { chatId, messageId } = parseActivityId(reference.activityId, context.activity.conversation.id);
    await this.outbox.send(chatId, { method: 'deleteMessage', params: { chat_id: chatId, message_id: messageId } });
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    await this.runEvent(reference, 'continueConversation', undefined, logic);
  }

  /** A turn for an event from inside the bot (a desk change), as if the tenant's chat had received it. */
  async runEvent(reference: Partial<ConversationReference>, name: string, value: unknown, logic: TurnLogic): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name, value, channelId: TELEGRAM_CHANNEL }, reference, true);
    activity.recipient = activity.recipient ?? { id: this.botId, name: '' };
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** Answers the press at once and takes the keyboard off the pressed message, so it cannot be pressed twice. */
  private async acknowledgePress(chatId: string, data: TelegramActivityData): Promise<void> {
    await this.direct({ method: 'answerCallbackQuery', params: { callback_query_id: data.callbackQueryId } }).catch((error: Error) =>
      this.log.warn({ err: error.message }, 'answerCallbackQuery failed'),
    );
    if (data.messageId === undefined) return;
    const edit: TelegramCall =
      data.pressedMessageText && data.pressedLabel
        ? { method: 'editMessageText', params: { chat_id: chatId, message_id: data.messageId, text: withChoice(data.pressedMessageText, data.pressedLabel) } }
        : { method: 'editMessageReplyMarkup', params: { chat_id: chatId, message_id: data.messageId, reply_markup: { inline_keyboard: [] } } };
    await this.outbox.send(chatId, edit).catch((error: Error) => {
      if (!MESSAGE_NOT_MODIFIED.test(error.message)) this.log.warn({ err: error.message }, 'could not clear a pressed keyboard');
    });
  }
}

/** Shows the tenant's choice under the question it answered (within Telegram's 4096 characters). */
function withChoice(text: string, label: string): string {
  const suffix = `\n\n✅ ${label}`;
  return text.length + suffix.length <= 4096 ? text + suffix : text;
}

function parseActivityId(id: string | undefined, fallbackChatId: string): { chatId: string; messageId: number } {
  const [chatPart, messagePart] = (id ?? '').includes(':') ? id!.split(':') : [fallbackChatId, id];
  const messageId = Number(messagePart);
  if (!Number.isInteger(messageId)) throw new Error(`Not a Telegram message reference: "${id}"`);
  return { chatId: chatPart ?? fallbackChatId, messageId };
}
