import { MessageFactory } from 'botbuilder';
import type { i18n as I18n } from 'i18next';
import type { Db } from '../../db/prismaClient';
import { SOURCE_LANGUAGE } from '../../i18n/languages';
import { speaks } from '../../i18n/i18n';
import { DeliveryError, type ConversationGateway } from '../../turn/conversationGateway';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { StaffIdentity } from '../staff/permissions';
import type { DeskEvents } from './deskEvents';
import type { StaffDesk } from './staffDesk';
import { addressOf } from './tenantNotifier';

export const STAFF_MESSAGE_LIMIT = 4000;
const MAX_ATTEMPTS = 5;
const RETRY_BASE_MS = 30_000;

export type StaffMessageInput = { text: string } | { cannedReplyId: string };
export type SentVia = 'console' | 'telegram';

/**
 * A manager's message to the tenant: stored first (pending), then delivered through the tenant's channel.
 * A refused delivery is marked failed with the reason; temporary faults are retried with a growing delay.
 */
export class StaffMessages {
  constructor(
    private readonly db: Db,
    private readonly desk: StaffDesk,
    private readonly gateway: ConversationGateway,
    private readonly events: DeskEvents,
    private readonly i18n: I18n,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(actor: StaffIdentity, requestId: number, input: StaffMessageInput, via: SentVia): Promise<number> {
    const request = await this.desk.heldRequest(actor, requestId);
    if (request.status !== 'claimed') throw new ConflictError('claim the request before writing', { status: request.status });
    const { text, cannedReplyId } = await this.resolve(input, request.language);
    const message = await this.db.requestMessage.create({
      data: { requestId, author: 'staff', staffId: actor.id, kind: 'text', text, cannedReplyId, delivery: 'pending', via, createdAt: this.now() },
    });
    this.events.publish({ type: 'message.added', requestId, neighbourhoodId: request.neighbourhoodId, messageId: message.id, author: 'staff' });
    await this.deliver(message.id);
    return message.id;
  }

  /** Tries a failed message again now (from the console). */
  async retry(actor: StaffIdentity, requestId: number, messageId: number): Promise<void> {
    await this.desk.heldRequest(actor, requestId);
    const reset = await this.db.requestMessage.updateMany({
      where: { id: messageId, requestId, author: 'staff', delivery: 'failed' },
      data: { delivery: 'pending', nextAttemptAt: null },
    });
    if (reset.count === 0) throw new NotFoundError('no failed message to retry');
    await this.deliver(messageId);
  }

  /** Retries the messages whose delay has passed (the scheduler calls it); each is taken by one process only. */
  async retryDue(): Promise<void> {
    const due = await this.db.requestMessage.findMany({ where: { delivery: 'failed', nextAttemptAt: { lte: this.now() } }, select: { id: true } });
    for (const { id } of due) {
      const taken = await this.db.requestMessage.updateMany({ where: { id, delivery: 'failed' }, data: { delivery: 'pending', nextAttemptAt: null } });
      if (taken.count === 1) await this.deliver(id);
    }
  }

  private async deliver(messageId: number): Promise<void> {
    const message = await this.db.requestMessage.findUniqueOrThrow({ where: { id: messageId }, include: { request: { include: { tenant: true } } } });
    const staff = message.staffId ? await this.db.staffAccount.findUnique({ where: { id: message.staffId } }) : null;
    const t = this.i18n.getFixedT(speaks(this.i18n, message.request.language) ? message.request.language : SOURCE_LANGUAGE);
    const attempts = message.attempts + 1;
    try {
      await this.gateway.send(addressOf(message.request), [MessageFactory.text(t('person:fromStaff', { name: staff?.name ?? '', text: message.text ?? '' }))]);
      await this.db.requestMessage.update({ where: { id: messageId }, data: { delivery: 'sent', deliveryError: null, attempts } });
    } catch (error) {
      const permanent = error instanceof DeliveryError && error.permanent;
      const retry = !permanent && attempts < MAX_ATTEMPTS;
      await this.db.requestMessage.update({
        where: { id: messageId },
        data: {
          delivery: 'failed',
          deliveryError: (error as Error).message.slice(0, 300),
          attempts,
          nextAttemptAt: retry ? new Date(this.now().getTime() + RETRY_BASE_MS * 2 ** (attempts - 1)) : null,
        },
      });
    }
    this.events.publish({ type: 'message.delivery', requestId: message.requestId, neighbourhoodId: message.request.neighbourhoodId, messageId });
  }

  private async resolve(input: StaffMessageInput, language: string): Promise<{ text: string; cannedReplyId: string | null }> {
    if ('cannedReplyId' in input) {
      const texts = await this.db.cannedReplyText.findMany({ where: { cannedReplyId: input.cannedReplyId } });
      const text = texts.find((entry) => entry.language === language) ?? texts.find((entry) => entry.language === SOURCE_LANGUAGE);
      if (!text) throw new NotFoundError('unknown canned reply');
      return { text: text.text, cannedReplyId: input.cannedReplyId };
    }
    const text = input.text.trim();
    if (text === '') throw new ValidationError('the message is empty');
    if (text.length > STAFF_MESSAGE_LIMIT) throw new ValidationError(`the message is longer than ${STAFF_MESSAGE_LIMIT} characters`);
    return { text, cannedReplyId: null };
  }
}
