import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import { isUniqueViolation } from '../../db/prismaErrors';
import { toLocal } from '../desk/zonedTime';
import { PeriodicPasses } from '../periodicPasses';
import { daysBefore, monthsBefore, type RetentionPeriods } from './retentionPolicy';
import { ERASED_CHANNEL, type TenantErasure } from './tenantErasure';

/** What one day's run erased, rule by rule. */
export interface RetentionCounts {
  transcriptLines: number;
  requestMessages: number;
  healthNotes: number;
  reportFiles: number;
  inactiveTenants: number;
}

const CLOSED_REQUESTS = ['closed', 'cancelled'];
const CLOSED_REPORTS = ['resolved', 'duplicate', 'rejected'];
const HOUR = 60 * 60 * 1000;

/**
 * Applies the retention periods once a day (Rome's day), whatever the number of processes: the day's RetentionRun row
 * is the claim, so the first process to write it runs the day and the others skip it. Tenants are erased by the same
 * rules as an erasure asked in the chat, each in a unit of work of its own.
 */
export class RetentionJob extends PeriodicPasses {
  constructor(
    private readonly db: Db,
    private readonly erasure: TenantErasure,
    private readonly periods: RetentionPeriods,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    super(HOUR, (error) => log.error({ err: error.message }, 'retention run failed'));
  }

  protected async pass(): Promise<void> {
    const now = this.now();
    const day = toLocal(now).date;
    if (!(await this.claim(day, now))) return;
    const counts: RetentionCounts = {
      transcriptLines: await this.transcripts(now),
      requestMessages: await this.requestMessages(now),
      healthNotes: await this.healthNotes(now),
      reportFiles: await this.reportFiles(now),
      inactiveTenants: await this.inactiveTenants(now),
    };
    await this.db.retentionRun.update({ where: { day }, data: { finishedAt: this.now(), counts: JSON.stringify(counts) } });
    this.log.info({ day, ...counts }, 'retention applied');
  }

  private async claim(day: string, now: Date): Promise<boolean> {
    try {
      await this.db.retentionRun.create({ data: { day, startedAt: now } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  private async transcripts(now: Date): Promise<number> {
    return (await this.db.transcriptEntry.deleteMany({ where: { createdAt: { lt: daysBefore(now, this.periods.transcriptDays) } } })).count;
  }

  /** Messages of requests closed longer ago than the period; the request stays as a fact (topic, dates, rating). */
  private async requestMessages(now: Date): Promise<number> {
    const cutoff = monthsBefore(now, this.periods.requestMessagesMonths);
    const old = { status: { in: CLOSED_REQUESTS }, OR: [{ closedAt: { lt: cutoff } }, { closedAt: null, createdAt: { lt: cutoff } }] };
    const { count } = await this.db.requestMessage.deleteMany({ where: { request: old } });
    await this.db.personRequest.updateMany({ where: { ...old, ratingComment: { not: null } }, data: { ratingComment: null } });
    return count;
  }

  private async healthNotes(now: Date): Promise<number> {
    const { count } = await this.db.appointment.updateMany({ where: { note: { not: null }, startsAt: { lt: monthsBefore(now, this.periods.healthNotesMonths) } }, data: { note: null } });
    return count;
  }

  private async reportFiles(now: Date): Promise<number> {
    const cutoff = monthsBefore(now, this.periods.photosMonths);
    const { count } = await this.db.reportFile.deleteMany({
      where: { report: { status: { in: CLOSED_REPORTS }, OR: [{ closedAt: { lt: cutoff } }, { closedAt: null, resolvedAt: { lt: cutoff } }] } },
    });
    return count;
  }

  private async inactiveTenants(now: Date): Promise<number> {
    const silent = await this.db.tenant.findMany({
      where: { erasedAt: null, channel: { not: ERASED_CHANNEL }, lastSeenAt: { lt: monthsBefore(now, this.periods.inactiveTenantMonths) } },
      select: { id: true },
    });
    let erased = 0;
    for (const { id } of silent) {
      if (await this.db.$transaction(() => this.erasure.erase(id, 'retention'))) erased += 1;
    }
    return erased;
  }
}
