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
import { outboxMessageRef, parseMessageRef } from './messageRefs';
import { TELEGRAM_CHANNEL, type TelegramActivityData } from './updateToActivity';

type TurnLogic = (context: TurnContext) => Promise<void>;

/** The Bot API calls the adapter makes outside the chat's order (answering a button press). */
export type DirectCall = (call: TelegramCall) => Promise<unknown>;

/** Where the adapter writes a chat's calls: outbox rows of the running unit of work; resolves with the row's id. */
export type EnqueueCall = (chatId: string, call: TelegramCall & { fallback?: TelegramCall }) => Promise<number>;

/** The error text in a language, sent in place of a message Telegram refuses as malformed. */
export type ErrorNotice = (locale: string | undefined) => string;

/**
 * Telegram as a Bot Framework channel: runs turns for incoming activities, and turns outgoing activities into
 * Bot API calls written to the outbox, which sends them once the turn has committed. It knows nothing of dialogs.
 */
export class TelegramAdapter extends BotAdapter {
  constructor(
    private readonly enqueue: EnqueueCall,
    private readonly direct: DirectCall,
    readonly botId: string,
    private readonly log: Logger,
    private readonly errorNotice: ErrorNotice,
  ) {
    super();
  }

  /** Runs a turn; its errors reach the caller, which rolls the turn back (there is no onTurnError here). */
  async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    const data = activity.channelData as TelegramActivityData | undefined;
    if (data?.callbackQueryId) await this.acknowledgePress(activity.conversation!.id, data);
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses = await this.write(context.activity.conversation.id, activities, context.activity.locale);
    context.turnState.set(WRITTEN, [...writtenIn(context), ...responses.map((response) => response.id).filter((id) => id !== '')]);
    return responses;
  }

  /** Writes activities as outbox calls (in a turn, or in a unit of work of their own); ids name the last call's message. */
  async write(defaultChatId: string, activities: Partial<Activity>[], locale?: string): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const chatId = activity.conversation?.id ?? defaultChatId;
      const fallback: TelegramCall = { method: 'sendMessage', params: { chat_id: chatId, text: this.errorNotice(activity.locale ?? locale) } };
      let lastId = '';
      for (const call of activityToCalls(activity, chatId)) lastId = outboxMessageRef(chatId, await this.enqueue(chatId, { ...call, fallback }));
      responses.push({ id: lastId });
    }
    return responses;
  }

  async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    const { chatId, messageId } = parseMessageRef(activity.id, context.activity.conversation.id);
    await this.enqueue(chatId, activityToEdit(activity, chatId, messageId));
    return { id: activity.id! };
  }

  async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    const { chatId, messageId } = parseMessageRef(reference.activityId, context.activity.conversation.id);
    await this.enqueue(chatId, { method: 'deleteMessage', params: { chat_id: chatId, message_id: messageId } });
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    await this.runEvent(reference, 'continueConversation', undefined, logic);
  }

  /** A turn for an event from inside the bot (a desk change), as if the tenant's chat had received it; returns the refs it wrote. */
  async runEvent(reference: Partial<ConversationReference>, name: string, value: unknown, logic: TurnLogic): Promise<string[]> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name, value, channelId: TELEGRAM_CHANNEL }, reference, true);
    activity.recipient = activity.recipient ?? { id: this.botId, name: '' };
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
    return writtenIn(context);
  }

  /** Stops the button's spinner at once, and takes the keyboard off the pressed message (in the chat's order). */
  private async acknowledgePress(chatId: string, data: TelegramActivityData): Promise<void> {
    void this.direct({ method: 'answerCallbackQuery', params: { callback_query_id: data.callbackQueryId } }).catch((error: Error) =>
      this.log.warn({ err: error.message }, 'answerCallbackQuery failed'),
    );
    if (data.messageId === undefined) return;
    const edit: TelegramCall =
      data.pressedMessageText && data.pressedLabel
        ? { method: 'editMessageText', params: { chat_id: chatId, message_id: data.messageId, text: withChoice(data.pressedMessageText, data.pressedLabel) } }
        : { method: 'editMessageReplyMarkup', params: { chat_id: chatId, message_id: data.messageId, reply_markup: { inline_keyboard: [] } } };
    await this.enqueue(chatId, edit);
  }
}

const WRITTEN = Symbol('telegramWritten');

function writtenIn(context: TurnContext): string[] {
  return (context.turnState.get(WRITTEN) as string[] | undefined) ?? [];
}

/** Shows the tenant's choice under the question it answered (within Telegram's 4096 characters). */
function withChoice(text: string, label: string): string {
  const suffix = `\n\n✅ ${label}`;
  return text.length + suffix.length <= 4096 ? text + suffix : text;
}
