import type { Activity } from 'botbuilder';
import type { Logger } from '../../../config/logger';
import type { Db } from '../../../db/prismaClient';
import type { DeskEvent, DeskEvents } from '../../../services/desk/deskEvents';
import type { StaffDesk } from '../../../services/desk/staffDesk';
import type { StaffMessages } from '../../../services/desk/staffMessages';
import { ConflictError, ForbiddenError } from '../../../services/errors';
import type { StaffAccounts } from '../../../services/staff/staffAccounts';
import type { TelegramCall } from '../activityToCalls';
import { fileIdOf, type TelegramActivityData } from '../updateToActivity';
import { staffTexts } from './staffTexts';

const CLAIM_PREFIX = 'claim:';
const CLOSE_COMMANDS = new Set(['/chiudi', '/close']);

export interface StaffForumDeps {
  db: Db;
  staffDesk: StaffDesk;
  staffMessages: StaffMessages;
  accounts: StaffAccounts;
  languageName: (code: string) => string;
  /** A call in a chat's order (the outbox); a direct call for answering button presses. */
  send: (chatId: string, call: TelegramCall) => Promise<unknown>;
  direct: (call: TelegramCall) => Promise<unknown>;
  log: Logger;
}

/**
 * The neighbourhood's staff Telegram group with topics: each request opens a topic where the tenant's
 * messages appear, and a manager's reply there reaches the tenant as from the console (claiming applies).
 */
export class StaffForum {
  constructor(private readonly deps: StaffForumDeps) {}

  start(events: DeskEvents): void {
    events.subscribe((event) => this.onDeskEvent(event));
  }

  /** A message or button press in a group (TelegramChannel's group handler). */
  readonly handle = async (activity: Partial<Activity>, data: TelegramActivityData): Promise<void> => {
    const chatId = activity.conversation!.id;
    if (data.threadId === undefined) return;
    const request = await this.deps.db.personRequest.findFirst({ where: { forumChatId: chatId, forumThreadId: data.threadId } });
    if (!request) return;
    const staff = await this.deps.accounts.identityByTelegram(activity.from!.id);
    const pressed = data.callbackQueryId ? String((activity.value as { button?: string } | undefined)?.button ?? '') : undefined;
    if (!staff) return this.answer(chatId, data, staffTexts.notLinked);
    try {
      if (pressed !== undefined) {
        if (pressed === `${CLAIM_PREFIX}${request.id}`) await this.deps.staffDesk.claim(staff, request.id);
        await this.deps.direct({ method: 'answerCallbackQuery', params: { callback_query_id: data.callbackQueryId } });
        return;
      }
      const text = (activity.text ?? '').trim();
      if (CLOSE_COMMANDS.has(text.split(/[\s@]/)[0]!.toLowerCase())) {
        await this.deps.staffDesk.close(staff, request.id, 'resolved', undefined);
        return;
      }
      if (!text) return;
      if (request.status === 'waiting') await this.deps.staffDesk.claim(staff, request.id);
      const messageId = await this.deps.staffMessages.send(staff, request.id, { text }, 'telegram');
      const sent = await this.deps.db.requestMessage.findUnique({ where: { id: messageId } });
      if (sent?.delivery === 'failed') await this.post(request, { method: 'sendMessage', params: { text: staffTexts.notDelivered(sent.deliveryError ?? '') } });
    } catch (error) {
      if (error instanceof ConflictError) return this.answer(chatId, data, staffTexts.alreadyClaimed(String(error.detail?.claimedBy ?? '')));
      if (error instanceof ForbiddenError) return this.answer(chatId, data, staffTexts.notAllowed);
      throw error;
    }
  };

  private async onDeskEvent(event: DeskEvent): Promise<void> {
    if (event.type === 'request.visible') return this.openTopic(event.requestId);
    const request = await this.deps.db.personRequest.findUnique({ where: { id: event.requestId }, include: { neighbourhood: true, tenant: true } });
    if (!request?.forumChatId || request.forumThreadId === null) return;
    switch (event.type) {
      case 'message.added':
        return this.mirrorMessage(request, event.messageId);
      case 'request.overdue':
        return this.post(request, { method: 'sendMessage', params: { text: staffTexts.overdue(request.neighbourhood.claimLimitMinutes) } });
      case 'request.changed':
        // A move to another neighbourhood is announced to both; the topic reacts once.
        if (event.neighbourhoodId !== request.neighbourhoodId) return undefined;
        return this.onChange(request, event.change, event.staffId);
      default:
        return undefined;
    }
  }

  private async onChange(request: TopicRequest, change: string, staffId: string | undefined): Promise<void> {
    if (change === 'claimed') {
      const staff = staffId ? await this.deps.accounts.identityById(staffId) : undefined;
      return this.post(request, { method: 'sendMessage', params: { text: staffTexts.claimedBy(staff?.name ?? '') } });
    }
    const note = { closed: staffTexts.closed, cancelled: staffTexts.cancelled, handedBack: staffTexts.handedBack, transferred: staffTexts.transferred }[
      change as 'closed' | 'cancelled' | 'handedBack' | 'transferred'
    ];
    if (!note) return;
    await this.post(request, { method: 'sendMessage', params: { text: note } });
    const movedAway = change === 'transferred' && request.forumChatId !== request.neighbourhood.staffChatId;
    if (change === 'closed' || change === 'cancelled' || movedAway) await this.closeTopic(request);
  }

  /** Closes the request's topic; after a move to another neighbourhood it also forgets it (unless a new one was opened meanwhile). */
  private async closeTopic(request: TopicRequest): Promise<void> {
    const { forumChatId, forumThreadId } = request;
    await this.deps.send(forumChatId!, { method: 'closeForumTopic', params: { chat_id: forumChatId, message_thread_id: forumThreadId } });
    if (request.forumChatId !== request.neighbourhood.staffChatId) {
      await this.deps.db.personRequest.updateMany({ where: { id: request.id, forumChatId, forumThreadId }, data: { forumChatId: null, forumThreadId: null } });
    }
  }

  private async openTopic(requestId: number): Promise<void> {
    const request = await this.deps.db.personRequest.findUnique({ where: { id: requestId }, include: { neighbourhood: true, tenant: true } });
    const chatId = request?.neighbourhood.staffChatId;
    if (!request || !chatId) return;
    const language = this.deps.languageName(request.language);
    // A request back in the queue after a hand-back keeps its topic in the same group.
    const existing = request.forumChatId === chatId ? request.forumThreadId : null;
    const threadId =
      existing ??
      ((await this.deps.send(chatId, {
        method: 'createForumTopic',
        params: { chat_id: chatId, name: staffTexts.topicName(request.id, request.topic, language) },
      })) as { message_thread_id: number }).message_thread_id;
    const placed = await this.deps.db.personRequest.update({
      where: { id: requestId },
      data: { forumChatId: chatId, forumThreadId: threadId },
      include: { neighbourhood: true, tenant: true },
    });
    await this.post(placed, {
      method: 'sendMessage',
      params: {
        text: staffTexts.newRequest(request.id, request.neighbourhood.name, request.topic, language, request.tenant.name ?? ''),
        reply_markup: { inline_keyboard: [[{ text: staffTexts.claimButton, callback_data: `${CLAIM_PREFIX}${request.id}` }]] },
      },
    });
    if (existing !== null) return;
    const messages = await this.deps.db.requestMessage.findMany({ where: { requestId }, orderBy: { id: 'asc' } });
    for (const message of messages) await this.mirrorMessage(placed, message.id);
  }

  /** Shows a tenant's message (or a reply written in the console) in the topic. */
  private async mirrorMessage(request: TopicRequest, messageId: number): Promise<void> {
    const message = await this.deps.db.requestMessage.findUnique({ where: { id: messageId } });
    if (!message || message.via === 'telegram') return;
    if (message.author === 'staff') {
      const staff = message.staffId ? await this.deps.accounts.identityById(message.staffId) : undefined;
      return this.post(request, { method: 'sendMessage', params: { text: staffTexts.staffSaysFromConsole(staff?.name ?? '', message.text ?? '') } });
    }
    const name = request.tenant.name ?? '';
    const fileId = message.fileUrl ? fileIdOf(message.fileUrl) : undefined;
    const caption = staffTexts.tenantSays(name, message.text ?? '').slice(0, 1024);
    if (message.kind === 'photo' && fileId) return this.post(request, { method: 'sendPhoto', params: { photo: fileId, caption } });
    if (message.kind === 'voice' && fileId) return this.post(request, { method: 'sendVoice', params: { voice: fileId, caption } });
    if (message.kind === 'document' && fileId) return this.post(request, { method: 'sendDocument', params: { document: fileId, caption } });
    if (message.kind === 'location' && message.latitude !== null && message.longitude !== null) {
      await this.post(request, { method: 'sendMessage', params: { text: staffTexts.tenantSays(name, '📍') } });
      return this.post(request, { method: 'sendLocation', params: { latitude: message.latitude, longitude: message.longitude } });
    }
    if (!message.text) return;
    return this.post(request, { method: 'sendMessage', params: { text: staffTexts.tenantSays(name, message.text) } });
  }

  private async post(request: { forumChatId: string | null; forumThreadId: number | null }, call: TelegramCall): Promise<void> {
    if (!request.forumChatId || request.forumThreadId === null) return;
    await this.deps.send(request.forumChatId, {
      method: call.method,
      params: { ...call.params, chat_id: request.forumChatId, message_thread_id: request.forumThreadId },
    });
  }

  /** Tells one manager something: as the button's alert, or as a message in the topic. */
  private async answer(chatId: string, data: TelegramActivityData, text: string): Promise<void> {
    if (data.callbackQueryId) {
      await this.deps.direct({ method: 'answerCallbackQuery', params: { callback_query_id: data.callbackQueryId, text, show_alert: true } });
      return;
    }
    await this.deps.send(chatId, { method: 'sendMessage', params: { chat_id: chatId, message_thread_id: data.threadId, text } });
  }
}

type TopicRequest = {
  id: number;
  forumChatId: string | null;
  forumThreadId: number | null;
  tenant: { name: string | null };
  neighbourhood: { staffChatId: string | null };
};
