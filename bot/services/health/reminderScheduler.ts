import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import { HEALTH_EVENT, type HealthEventValue } from '../../../dialogs/health/healthDesk';
import type { ConversationGateway } from '../../turn/conversationGateway';
import { freeExpiredHolds } from './holds';
import { PeriodicPasses } from '../periodicPasses';

const TICK_MS = 30_000;

/**
 * The health points' clock: sends each configured reminder once (a conditional update claims it, so several
 * processes and restarts send nothing twice; a cancelled appointment is never reminded) and frees holds that
 * ran out.
 */
export class ReminderScheduler extends PeriodicPasses {
  constructor(
    private readonly db: Db,
    private readonly gateway: ConversationGateway,
    /** Hours before the appointment, e.g. [24, 2]. */
    private readonly reminderHours: number[],
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    super(TICK_MS, (error) => log.error({ err: error.message }, 'health reminder pass failed'));
  }

  protected async pass(): Promise<void> {
    const now = this.now();
    await freeExpiredHolds(this.db, now);
    const stages = [...this.reminderHours].sort((a, b) => b - a);
    for (const [stage, before] of stages.entries()) {
      const due = await this.db.appointment.findMany({
        where: { status: 'booked', remindersSent: { lte: stage }, startsAt: { gt: now, lte: new Date(now.getTime() + before * 3_600_000) } },
        include: { tenant: { select: { channelUserId: true } } },
      });
      for (const appointment of due) {
        if (!appointment.tenant) continue;
        // Later stages that are also due are covered by this one reminder.
        const sentUpTo = remindersPast(this.reminderHours, appointment.startsAt, now);
        const claimed = await this.db.appointment.updateMany({ where: { id: appointment.id, status: 'booked', remindersSent: appointment.remindersSent }, data: { remindersSent: sentUpTo } });
        if (claimed.count !== 1) continue;
        const value: HealthEventValue = { appointmentId: appointment.id, change: 'reminder' };
        const address = { channel: appointment.channel, conversationId: appointment.conversationId, userId: appointment.tenant.channelUserId };
        await this.gateway.runEvent(address, HEALTH_EVENT, value).catch((error: Error) => this.log.warn({ appointmentId: appointment.id, err: error.message }, 'could not send a health reminder'));
      }
    }
  }
}

/** How many of the reminders are already due at `now` (a booking made late is not reminded of what it just read). */
export function remindersPast(reminderHours: number[], startsAt: Date, now: Date): number {
  return reminderHours.filter((hours) => startsAt.getTime() - hours * 3_600_000 <= now.getTime()).length;
}
